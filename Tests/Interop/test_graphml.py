"""The GraphML exporter (Sources/Exporters/GraphML) as the tools that read it see it.

Run: PARLEY=$PWD/.build/debug/parley python3 -m pytest Tests/Interop/test_graphml.py -q

Every export of the sample and of small dossiers written here is read back with
networkx and igraph and compared with what the IR implies. The expected nodes,
edges and attributes are computed in this file from the YAML/JSON, by its own
logic, from the rules the graph projection documents (FullGraph.swift,
ActorGraph.swift, StanceGraph.swift in Sources/Projections/Graph); they are
never taken from the exporter's output.

The official GraphML XSD is read from ../shared/schemas/graphml-1.1 (override
the shared folder with PARLEY_SHARED). When it is absent the XSD tests are
skipped with a message, never passed silently. A missing parley binary fails
(see conftest.py).
"""

import itertools
import json
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pytest
import xmlschema
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "security-talks-2022.parley.yaml"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"
NS = {"g": GRAPHML_NS, "y": YED_NS}
XSD_MISSING = "../shared is absent: GraphML not checked against the official XSD"

# name → extra command-line arguments
PROJECTIONS = {
    "full": [],
    "full+sources": ["--with", "sources"],
    "full+statements": ["--with", "statements"],
    "full+both": ["--with", "sources,statements"],
    "actors": ["--graph", "actors"],
    "stances": ["--graph", "stances"],
}
NON_ACTOR_KINDS = {"place", "document"}


# --------------------------------------------------------------------------- helpers


def load_dossier(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) if path.suffix in (".yaml", ".yml") else json.load(f)


def items(dossier, collection):
    return dossier.get(collection) or []


def write_json(tmp_path, name, dossier):
    path = tmp_path / name
    path.write_text(json.dumps(dossier, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def export(run_parley, source, out, *options, expect_clean=True):
    """Runs `parley export SOURCE -t graphml OPTIONS -o OUT`; asserts success."""
    result = run_parley("export", source, "-t", "graphml", *options, "-o", out)
    assert result.returncode == 0, f"parley exited {result.returncode}:\n{result.stderr}"
    if expect_clean:
        assert result.stderr == "", f"unexpected messages:\n{result.stderr}"
    assert Path(out).is_file()
    return result


def read_nx(path):
    return nx.read_graphml(str(path), force_multigraph=True)


def edges_by_id(graph):
    """Edge id → (source, target, data), from a networkx multigraph (its edge
    keys are the GraphML edge ids)."""
    found = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        assert isinstance(key, str) and key, f"edge {u}->{v} has no id"
        assert key not in found, f"edge id {key!r} twice"
        found[key] = (u, v, data)
    return found


def edtf_start(text):
    """The first day of a plain EDTF date (YYYY, YYYY-MM or YYYY-MM-DD), sortable."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    assert match, f"this test only orders plain dates, not {text!r}"
    year, month, day = match.groups()
    return (int(year), int(month or 1), int(day or 1))


def chronological(positions):
    """Oldest first: undated first, then by the date's start; ties in document order."""
    order = []
    for index, position in enumerate(positions):
        date = position.get("date")
        order.append(((0,) if date is None else (1, edtf_start(date)), index, position))
    return [position for _, _, position in sorted(order, key=lambda entry: entry[:2])]


# ------------------------------------------------------------ expected graphs from the IR


def expected_full(dossier, sources=False, statements=False):
    """Node ids and (source, target, kind) edges of `--graph full`."""
    nodes = [e["id"] for e in items(dossier, "entities")]
    nodes += [t["id"] for t in items(dossier, "talks")]
    nodes += [i["id"] for i in items(dossier, "issues")]
    if sources:
        nodes += [s["id"] for s in items(dossier, "sources")]
    if statements:
        nodes += [s["id"] for s in items(dossier, "statements")]
    edges = []
    for talk in items(dossier, "talks"):
        edges += [(party, talk["id"], "party") for party in talk.get("parties") or []]
        edges += [(p["entity"], talk["id"], "participant") for p in talk.get("participants") or []]
        if talk.get("venue"):
            edges.append((talk["id"], talk["venue"], "venue"))
        edges += [(talk["id"], issue, "agenda") for issue in talk.get("issues") or []]
    for position in items(dossier, "positions"):
        edges.append((position["holder"], position["issue"], "position"))
    for statement in items(dossier, "statements"):
        issues = statement.get("issues") or []
        if statements:
            edges.append((statement["speaker"], statement["id"], "said"))
            edges += [(statement["id"], issue, "about") for issue in issues]
        else:
            edges += [(statement["speaker"], issue, "statement") for issue in issues]
    for relation in items(dossier, "relations"):
        edges.append((relation["from"], relation["to"], relation["kind"]))
    for entity in items(dossier, "entities"):
        for role in entity.get("roles") or []:
            if role.get("of"):
                edges.append((entity["id"], role["of"], "role"))
        if entity.get("country"):
            edges.append((entity["id"], entity["country"], "country"))
    for event in items(dossier, "events"):
        for actor in event.get("actors") or []:
            for target in event.get("targets") or []:
                edges.append((actor, target, "event"))
    if sources:
        cited = items(dossier, "entities") + items(dossier, "talks")
        if statements:
            cited = cited + items(dossier, "statements")
        for record in cited:
            for entry in record.get("sources") or []:
                edges.append((record["id"], entry["source"], "source"))
    return nodes, edges


def expected_actors(dossier):
    """Actor ids and {(a, b) sorted: (talk ids, event ids)} of `--graph actors`."""
    actors = [e["id"] for e in items(dossier, "entities") if e["kind"] not in NON_ACTOR_KINDS]
    actor_set = set(actors)
    shared = {}

    def join(members, slot, record_id):
        present = sorted(set(members) & actor_set)
        for pair in itertools.combinations(present, 2):
            shared.setdefault(pair, ([], []))[slot].append(record_id)

    for talk in items(dossier, "talks"):
        members = list(talk.get("parties") or [])
        for participant in talk.get("participants") or []:
            members.append(participant["entity"])
            if participant.get("party"):
                members.append(participant["party"])
        join(members, 0, talk["id"])
    for event in items(dossier, "events"):
        join((event.get("actors") or []) + (event.get("targets") or []), 1, event["id"])
    return actors, shared


def expected_stances(dossier):
    """Node ids and {(holder, issue): positions, oldest first} of `--graph stances`."""
    by_pair = {}
    for position in items(dossier, "positions"):
        by_pair.setdefault((position["holder"], position["issue"]), []).append(position)
    holders = {holder for holder, _ in by_pair}
    nodes = [e["id"] for e in items(dossier, "entities") if e["id"] in holders]
    nodes += [i["id"] for i in items(dossier, "issues")]
    return nodes, {pair: chronological(history) for pair, history in by_pair.items()}


def node_extras(projection):
    """expected_full's keyword arguments for a full projection of PROJECTIONS."""
    options = PROJECTIONS[projection]
    extras = options[options.index("--with") + 1].split(",") if "--with" in options else []
    return {"sources": "sources" in extras, "statements": "statements" in extras}


def expected_counts(dossier, projection):
    """(nodes, edges) that the IR implies for a projection of PROJECTIONS."""
    if projection.startswith("full"):
        nodes, edges = expected_full(dossier, **node_extras(projection))
        return len(nodes), len(edges)
    if projection == "actors":
        nodes, pairs = expected_actors(dossier)
        return len(nodes), len(pairs)
    nodes, pairs = expected_stances(dossier)
    return len(nodes), len(pairs)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def graphml_schema(repo_root):
    """The official GraphML XSD (xmlschema), or a skip saying it is absent."""
    env = os.environ.get("PARLEY_SHARED")
    base = Path(env) if env else repo_root.parent / "shared"
    candidates = [base, base.parent]  # PARLEY_SHARED may name shared/ or shared/seeds
    for shared in candidates:
        xsd = shared / "schemas" / "graphml-1.1" / "graphml.xsd"
        if xsd.is_file():
            return xmlschema.XMLSchema(str(xsd))
    pytest.skip(XSD_MISSING)


@pytest.fixture(scope="session")
def sample():
    return load_dossier(SAMPLE)


def assert_xsd_valid(schema, path):
    errors = list(schema.iter_errors(str(path)))
    assert not errors, f"{path.name}: {len(errors)} XSD errors, first:\n{errors[0]}"


# ------------------------------------------------- the sample: XSD, networkx and igraph


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_sample_validates_against_the_graphml_xsd(
    projection, run_parley, tmp_path, graphml_schema
):
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    assert_xsd_valid(graphml_schema, out)


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_networkx_and_igraph_read_the_counts_the_ir_implies(
    projection, run_parley, tmp_path, sample
):
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    nodes, edges = expected_counts(sample, projection)
    assert nodes > 0 and edges > 0

    graph = read_nx(out)
    other = igraph.Graph.Read_GraphML(str(out))
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, edges)
    assert (other.vcount(), other.ecount()) == (nodes, edges)
    assert set(other.vs["id"]) == set(graph.nodes)
    directed = projection != "actors"
    assert graph.is_directed() == directed
    assert other.is_directed() == directed


@pytest.mark.parametrize("projection", [p for p in PROJECTIONS if p.startswith("full")])
def test_full_graph_nodes_and_edges_are_those_of_the_ir(projection, run_parley, tmp_path, sample):
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    nodes, edges = expected_full(sample, **node_extras(projection))
    graph = read_nx(out)
    assert len(nodes) == len(set(nodes))
    assert set(graph.nodes) == set(nodes)
    found = Counter((u, v, data["kind"]) for u, v, data in graph.edges(data=True))
    wanted = Counter(edges)
    assert found == wanted, (
        f"missing: {sorted((wanted - found).elements())[:10]}\n"
        f"extra: {sorted((found - wanted).elements())[:10]}")


def test_full_graph_node_types(run_parley, tmp_path, sample):
    out = tmp_path / "both.graphml"
    export(run_parley, SAMPLE, out, "--with", "sources,statements")
    graph = read_nx(out)
    types = Counter(data["type"] for _, data in graph.nodes(data=True))
    assert types == {
        "entity": len(sample["entities"]), "talk": len(sample["talks"]),
        "issue": len(sample["issues"]), "source": len(sample["sources"]),
        "statement": len(sample["statements"])}
    for entity in sample["entities"]:
        assert graph.nodes[entity["id"]]["kind"] == entity["kind"]
        assert graph.nodes[entity["id"]]["label"] == entity["name"]
    for statement in sample["statements"]:
        assert graph.nodes[statement["id"]]["kind"] == statement["mode"]
        assert graph.nodes[statement["id"]]["text"] == statement["text"]


def test_actor_graph_pairs_and_weights(run_parley, tmp_path, sample):
    out = tmp_path / "actors.graphml"
    export(run_parley, SAMPLE, out, "--graph", "actors")
    actors, shared = expected_actors(sample)
    graph = read_nx(out)
    assert set(graph.nodes) == set(actors)
    for excluded in ("geneva", "brussels", "draft-us-russia-treaty"):
        assert excluded not in graph.nodes
    found = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        pair = tuple(sorted((u, v)))
        assert pair not in found, f"pair {pair} twice"
        found[pair] = dict(data, id=key)
    assert set(found) == set(shared)
    for pair, (talks, events) in shared.items():
        data = found[pair]
        assert data["weight"] == len(talks) + len(events), pair
        assert data.get("talks") == ("; ".join(talks) or None), pair
        assert data.get("events") == ("; ".join(events) or None), pair
        assert data["id"] == f"{pair[0]}--{pair[1]}"
    # Checked by hand against the sample: three talks and five events (INF signing,
    # INF withdrawal, drafts handed over, Geneva and Vienna meetings).
    assert found[("russia", "united-states")]["weight"] == 8
    assert found[("biden", "putin")]["weight"] == 2  # two talks by phone, recorded as events
    assert found[("ryabkov", "sherman")]["weight"] == 1  # Geneva, as participants
    assert found[("grushko", "stoltenberg")]["weight"] == 1  # NATO–Russia Council
    assert found[("nato", "ukraine")]["weight"] == 1  # Bucharest promise (event)
    # A participant's party counts as a member of the talk: Fomin for Russia at the NRC.
    assert found[("fomin", "russia")]["talks"] == "talk-nrc-brussels-2022-01-12"


def test_stance_graph_pairs_history_and_latest(run_parley, tmp_path, sample):
    out = tmp_path / "stances.graphml"
    export(run_parley, SAMPLE, out, "--graph", "stances")
    nodes, pairs = expected_stances(sample)
    graph = read_nx(out)
    assert set(graph.nodes) == set(nodes)
    for node in nodes:
        is_issue = node in {i["id"] for i in sample["issues"]}
        assert graph.nodes[node]["bipartite"] == (1 if is_issue else 0)
    found = {(u, v): data for u, v, data in graph.edges(data=True)}
    assert graph.number_of_edges() == len(found) == len(pairs)
    assert set(found) == set(pairs)
    for pair, history in pairs.items():
        data = found[pair]
        latest = history[-1]
        assert data["history"] == len(history), pair
        assert data["stance"] == latest["stance"], pair
        assert data["label"] == latest["stance"], pair
        assert data["positions"] == "; ".join(p["id"] for p in history), pair
        assert data.get("date_edtf") == latest.get("date"), pair
    # By hand: Russia on security guarantees has four positions; the latest
    # dated one (2022-01-10, in document order the "warns" one) wins.
    guarantees = found[("russia", "security-guarantees")]
    assert guarantees["history"] == 4
    assert guarantees["stance"] == "warns"
    assert guarantees["positions"].split("; ")[-1] == (
        "pos-russia-security-guarantees-warns-2022-01-10")


# ---------------------------------------------------------------- keys and attributes


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_key_ids_follow_the_naming_scheme(projection, run_parley, tmp_path):
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    root = ET.parse(out).getroot()
    keys = root.findall("g:key", NS)
    ids = [key.get("id") for key in keys]
    assert len(ids) == len(set(ids)), "key ids must be unique"
    assert {key.get("for") for key in keys} == {"node", "edge"}  # igraph ignores "all"
    node_names = {key.get("attr.name") for key in keys if key.get("for") == "node"}
    domain = {}
    for key in keys:
        name = key.get("attr.name")
        if key.get("for") == "edge" and name in node_names:
            assert key.get("id") == "edge_" + name
        else:
            assert key.get("id") == name
        domain[key.get("id")] = key.get("for")
    assert "label" in node_names and domain.get("edge_label") == "edge"
    for kind in ("node", "edge"):
        for element in root.iter(f"{{{GRAPHML_NS}}}{kind}"):
            for data in element.findall("g:data", NS):
                assert domain.get(data.get("key")) == kind, (
                    f"{kind} {element.get('id')}: data key {data.get('key')!r} "
                    f"is not a declared {kind} key")


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_label_and_kind_on_every_node_and_edge(projection, run_parley, tmp_path):
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    graph = read_nx(out)
    for node, data in graph.nodes(data=True):
        assert isinstance(data.get("label"), str) and data["label"], node
        assert isinstance(data.get("kind"), str) and data["kind"], node
    for u, v, data in graph.edges(data=True):
        assert isinstance(data.get("label"), str) and data["label"], (u, v)
        assert isinstance(data.get("kind"), str) and data["kind"], (u, v)


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_no_empty_data_elements(projection, run_parley, tmp_path):
    """A missing value is an omitted <data>: networkx would drop an empty one
    silently, so look at the XML itself."""
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    for data in ET.parse(out).getroot().iter(f"{{{GRAPHML_NS}}}data"):
        assert (data.text or "") != "" or len(data), f"empty <data key={data.get('key')!r}>"


TYPED = {
    "parley": "1.0",
    "id": "typed",
    "title": "Typed attributes",
    "sources": [
        {"id": "src-a", "title": "Article A"},
        {"id": "src-b", "title": "Article B", "published": "2022-01"},
    ],
    "entities": [
        {
            "id": "ru", "kind": "state", "name": "Russia", "aliases": ["Moscow"],
            "sources": [
                {"source": "src-a", "confidence": 0.75, "span": [3, 9], "quote": "Moscow"},
                {"source": "src-b", "confidence": 1, "method": "extracted", "rule": "r1"},
            ],
        },
        {"id": "us", "kind": "state", "name": "United States"},
        {
            "id": "ryabkov", "kind": "person", "name": "Sergei Ryabkov", "country": "ru",
            "roles": [{"title": "Deputy Foreign Minister", "of": "ru", "from": "2008-08"}],
        },
        {"id": "geneva", "kind": "place", "name": "Geneva"},
    ],
    "issues": [{"id": "nato", "label": "NATO enlargement"}],
    "talks": [
        {
            "id": "geneva-talks", "name": "Geneva talks", "kind": "bilateral",
            "date": "2022-01-10", "venue": "geneva", "parties": ["ru", "us"],
            "participants": [{"entity": "ryabkov", "party": "ru"}], "issues": ["nato"],
            "duration": "PT7H30M", "sources": [{"source": "src-a", "confidence": 0}],
        },
        {"id": "call", "name": "Phone call", "kind": "call", "sources": [{"source": "src-b"}]},
    ],
    "statements": [
        {"id": "st-direct", "speaker": "ryabkov", "text": "We need guarantees.",
         "mode": "direct", "issues": ["nato"]},
        {"id": "st-indirect", "speaker": "us", "text": "The door stays open.",
         "mode": "indirect"},
    ],
    "positions": [
        {"id": "pos-ru", "holder": "ru", "issue": "nato", "stance": "demands"},
    ],
}


def test_attribute_types_as_networkx_sees_them(run_parley, tmp_path):
    source = write_json(tmp_path, "typed.json", TYPED)
    out = tmp_path / "typed.graphml"
    export(run_parley, source, out, "--with", "sources,statements")
    graph = read_nx(out)
    edges = edges_by_id(graph)

    talk = graph.nodes["geneva-talks"]
    assert type(talk["duration_seconds"]) is float and talk["duration_seconds"] == 27000.0
    assert talk["duration"] == "PT7H30M"
    assert (talk["date"], talk["date_precision"], talk["date_edtf"]) == (
        "2022-01-10", "day", "2022-01-10")
    assert "date_end" not in talk  # a day starts and ends on the same date
    assert type(graph.nodes["ru"]["source_count"]) is int
    assert graph.nodes["ru"]["source_count"] == 2
    assert graph.nodes["us"]["source_count"] == 0
    assert graph.nodes["st-direct"]["direct"] is True
    assert graph.nodes["st-indirect"]["direct"] is False
    month = graph.nodes["src-b"]
    assert (month["date"], month["date_precision"]) == ("2022-01", "month")

    cited = edges["ru.source.0"][2]
    assert type(cited["confidence"]) is float and cited["confidence"] == 0.75
    assert type(cited["span_start"]) is int and (cited["span_start"], cited["span_end"]) == (3, 9)
    assert cited["quote"] == "Moscow" and cited["method"] == "curated"
    whole = edges["ru.source.1"][2]
    assert type(whole["confidence"]) is float and whole["confidence"] == 1.0
    assert whole["method"] == "extracted"
    zero = edges["geneva-talks.source.0"][2]
    assert type(zero["confidence"]) is float and zero["confidence"] == 0.0
    assert edges["geneva-talks.source.0"][:2] == ("geneva-talks", "src-a")


def test_missing_values_are_absent(run_parley, tmp_path):
    source = write_json(tmp_path, "typed.json", TYPED)
    out = tmp_path / "typed.graphml"
    export(run_parley, source, out, "--with", "sources,statements")
    graph = read_nx(out)
    edges = edges_by_id(graph)
    us = graph.nodes["us"]
    for name in ("country", "aliases", "roles", "sources"):
        assert name not in us, name
    call = graph.nodes["call"]
    for name in ("date", "date_end", "date_precision", "date_edtf", "venue", "duration",
                 "duration_seconds", "outcome"):
        assert name not in call, name
    issue = graph.nodes["nato"]
    assert "description" not in issue and "keywords" not in issue
    assert "publisher" not in graph.nodes["src-a"] and "url" not in graph.nodes["src-a"]
    assert "talk" not in graph.nodes["st-direct"]
    undated = edges["call.source.0"][2]
    for name in ("confidence", "quote", "span_start", "span_end"):
        assert name not in undated, name
    participant = edges["geneva-talks.participant.ryabkov"][2]
    assert "role" not in participant
    assert participant["label"] == "participant" and participant["party"] == "ru"
    position = edges["pos-ru"][2]
    for name in ("date", "talk", "summary", "sources"):
        assert name not in position, name
    # Present values are there, so the absences above are not an empty read.
    assert graph.nodes["ryabkov"]["country"] == "ru"
    assert graph.nodes["ru"]["aliases"] == "Moscow"
    role = edges["ryabkov.role.0"][2]
    assert role["title"] == "Deputy Foreign Minister"
    assert (role["date_edtf"], role["date"]) == ("2008-08/", "2008-08")
    for value in itertools.chain(
        (v for _, data in graph.nodes(data=True) for v in data.values()),
        (v for _, _, data in graph.edges(data=True) for v in data.values()),
    ):
        assert value != ""



def test_numbers_in_the_actor_and_stance_graphs_are_ints(run_parley, tmp_path):
    source = write_json(tmp_path, "typed.json", TYPED)
    actors = read_nx(export_to(run_parley, source, tmp_path / "a.graphml", "--graph", "actors"))
    assert set(actors.nodes) == {"ru", "us", "ryabkov"}  # Geneva is a place
    pairs = {tuple(sorted((u, v))): data for u, v, data in actors.edges(data=True)}
    assert set(pairs) == {("ru", "us"), ("ru", "ryabkov"), ("ryabkov", "us")}
    for data in pairs.values():
        assert type(data["weight"]) is int and data["weight"] == 1
        assert data["talks"] == "geneva-talks" and "events" not in data

    stances = read_nx(export_to(run_parley, source, tmp_path / "s.graphml", "--graph", "stances"))
    assert type(stances.nodes["ru"]["bipartite"]) is int
    assert (stances.nodes["ru"]["bipartite"], stances.nodes["nato"]["bipartite"]) == (0, 1)
    (_, _, data), = stances.edges(data=True)
    assert type(data["history"]) is int and data["history"] == 1


def export_to(run_parley, source, out, *options):
    export(run_parley, source, out, *options)
    return out


STANCES = {
    "parley": "1.0",
    "id": "stances",
    "title": "Stances over time",
    "entities": [
        {"id": "ru", "kind": "state", "name": "Russia"},
        {"id": "us", "kind": "state", "name": "United States"},
        {"id": "ryabkov", "kind": "person", "name": "Sergei Ryabkov"},
        {"id": "geneva", "kind": "place", "name": "Geneva"},
    ],
    "issues": [
        {"id": "nato", "label": "NATO enlargement"},
        {"id": "missiles", "label": "Missiles"},
        {"id": "unused", "label": "Held by nobody"},
    ],
    "positions": [
        {"id": "ru-1", "holder": "ru", "issue": "nato", "stance": "demands",
         "date": "2021-12-17", "summary": "first"},
        {"id": "ru-undated", "holder": "ru", "issue": "nato", "stance": "rejects"},
        {"id": "ru-3", "holder": "ru", "issue": "nato", "stance": "warns", "date": "2022-01",
         "summary": "latest"},
        {"id": "ru-2", "holder": "ru", "issue": "nato", "stance": "proposes",
         "date": "2021-12-20"},
        {"id": "us-a", "holder": "us", "issue": "nato", "stance": "open", "date": "2022-01-10"},
        {"id": "us-b", "holder": "us", "issue": "nato", "stance": "rejects",
         "date": "2022-01-10"},
        {"id": "us-m", "holder": "us", "issue": "missiles", "stance": "conditional"},
    ],
}


def test_stance_edges_carry_the_latest_stance_and_the_history(run_parley, tmp_path):
    source = write_json(tmp_path, "stances.json", STANCES)
    out = export_to(run_parley, source, tmp_path / "stances.graphml", "--graph", "stances")
    graph = read_nx(out)
    other = igraph.Graph.Read_GraphML(str(out))
    # Holders with positions, then every issue; Ryabkov and Geneva hold none.
    assert list(graph.nodes) == ["ru", "us", "nato", "missiles", "unused"]
    assert other.vcount() == 5 and other.ecount() == 3
    edges = edges_by_id(graph)
    assert set(edges) == {"ru--nato", "us--nato", "us--missiles"}

    u, v, russia = edges["ru--nato"]
    assert (u, v) == ("ru", "nato")
    assert russia["history"] == 4
    assert russia["stance"] == "warns" and russia["label"] == "warns"
    assert russia["positions"] == "ru-undated; ru-1; ru-2; ru-3"  # undated is oldest
    assert russia["stances"] == "rejects; 2021-12-17 demands; 2021-12-20 proposes; 2022-01 warns"
    assert (russia["date"], russia["date_precision"], russia["date_edtf"]) == (
        "2022-01", "month", "2022-01")
    assert russia["summary"] == "latest"

    _, _, tie = edges["us--nato"]
    assert (tie["history"], tie["stance"]) == (2, "rejects")  # same day: document order
    _, _, single = edges["us--missiles"]
    assert (single["history"], single["stance"]) == (1, "conditional")
    assert "date" not in single and "summary" not in single

    # The independent model agrees on every pair.
    _, pairs = expected_stances(STANCES)
    for (holder, issue), history in pairs.items():
        data = edges[f"{holder}--{issue}"][2]
        assert data["stance"] == history[-1]["stance"]
        assert data["history"] == len(history)


# ---------------------------------------------------------------------------- edge ids


@pytest.mark.parametrize("projection", [*PROJECTIONS, "full+yed"])
def test_exports_are_byte_identical(projection, run_parley, tmp_path):
    options = PROJECTIONS.get(projection, ["--with", "sources,statements", "--flavor", "yed"])
    outputs = []
    for run in range(3):
        out = tmp_path / f"{run}.graphml"
        export(run_parley, SAMPLE, out, *options)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_edge_ids_are_unique_and_derive_from_ir_ids(projection, run_parley, tmp_path, sample):
    out = tmp_path / f"{projection}.graphml"
    export(run_parley, SAMPLE, out, *PROJECTIONS[projection])
    root = ET.parse(out).getroot()
    xml_ids = [edge.get("id") for edge in root.iter(f"{{{GRAPHML_NS}}}edge")]
    assert all(xml_ids), "every edge has an id"
    assert len(xml_ids) == len(set(xml_ids)), Counter(xml_ids).most_common(3)
    node_ids = [node.get("id") for node in root.iter(f"{{{GRAPHML_NS}}}node")]
    assert len(node_ids) == len(set(node_ids))

    edges = edges_by_id(read_nx(out))
    if projection in ("actors", "stances"):
        for edge_id, (u, v, _) in edges.items():
            first, second = (sorted((u, v)) if projection == "actors" else (u, v))
            assert edge_id == f"{first}--{second}"
        return
    ir_ids = {record["id"] for collection in sample.values() if isinstance(collection, list)
              for record in collection}
    for edge_id, (u, v, data) in edges.items():
        record = data["record"]
        assert record in ir_ids, edge_id
        assert edge_id == record or edge_id.startswith(record + "."), (edge_id, record)
    for position in sample["positions"]:
        u, v, data = edges[position["id"]]
        assert (u, v, data["kind"]) == (position["holder"], position["issue"], "position")
    for relation in sample["relations"]:
        u, v, data = edges[relation["id"]]
        assert (u, v, data["kind"]) == (relation["from"], relation["to"], relation["kind"])
    geneva = "talk-geneva-2022-01-10"
    assert edges[f"{geneva}.party.russia"][:2] == ("russia", geneva)
    assert edges[f"{geneva}.participant.ryabkov"][:2] == ("ryabkov", geneva)
    assert edges[f"{geneva}.venue"][:2] == (geneva, "geneva")


def test_a_record_keeps_its_own_id_when_a_derived_id_collides(run_parley, tmp_path):
    dossier = {
        "parley": "1.0", "id": "collide", "title": "Colliding ids",
        "entities": [{"id": "ru", "kind": "state", "name": "Russia"},
                     {"id": "geneva", "kind": "place", "name": "Geneva"}],
        "issues": [{"id": "nato", "label": "NATO"}],
        "talks": [{"id": "t1", "name": "Talks", "kind": "bilateral", "venue": "geneva"}],
        "positions": [{"id": "t1.venue", "holder": "ru", "issue": "nato", "stance": "demands"}],
    }
    source = write_json(tmp_path, "collide.json", dossier)
    edges = edges_by_id(read_nx(export_to(run_parley, source, tmp_path / "c.graphml")))
    assert len(edges) == 2
    u, v, data = edges["t1.venue"]
    assert (u, v, data["kind"]) == ("ru", "nato", "position")


def test_relation_and_role_dates_that_are_intervals_are_kept(run_parley, tmp_path):
    dossier = {
        "parley": "1.0", "id": "spans", "title": "Interval dates",
        "entities": [
            {"id": "ru", "kind": "state", "name": "Russia"},
            {"id": "lavrov", "kind": "person", "name": "Sergey Lavrov",
             "roles": [{"title": "Foreign Minister", "of": "ru", "from": "2004-03/2004-04",
                        "until": "2024"}]},
        ],
        "relations": [{"id": "r1", "kind": "represents", "from": "lavrov", "to": "ru",
                       "since": "2021-12-15/2021-12-17"}],
    }
    source = write_json(tmp_path, "spans.json", dossier)
    edges = edges_by_id(read_nx(export_to(run_parley, source, tmp_path / "s.graphml")))
    relation = edges["r1"][2]
    assert relation.get("date") == "2021-12-15"
    role = edges["lavrov.role.0"][2]
    assert role.get("date") == "2004-03"
    assert (role.get("date_end") or "").startswith("2024")  # at the interval's precision


# ---------------------------------------------------------------------- awkward text

FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # ZWJ sequence
RAINBOW = "\U0001F3F3\uFE0F\u200D\U0001F308"  # ZWJ with a variation selector
FLAGS = "\U0001F1FA\U0001F1E6\U0001F1F7\U0001F1FA"  # UA, RU: regional indicator pairs
SCOTLAND = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"  # tags
ARABIC = "محادثات الأمن في جنيف"
HEBREW = "שיחות ביטחון בז'נבה"
COMBINING = "e\u0301 \u00e9 Z\u0324\u0354\u0367\u0311\u0313a\u0308 \u1100\u1161"  # NFD and NFC
MARKUP = "\"double\" 'single' & &amp; &#13; <b>bold</b> ]]> <![CDATA[x]]> -->"
SPACING = "  lead\ttab\nnewline\r\ncrlf\rcr\u2028ls\u0085nel\x7fdel\ufeffbom trail \t"

AWKWARD = {
    "name": f"{FAMILY} {FLAGS} {SCOTLAND} {RAINBOW} Россия",
    "alias1": f"{ARABIC} \u200f(RTL)\u200e mixed {HEBREW}",
    "alias2": MARKUP,
    "role": f"Deputy \u2014 {COMBINING}",
    "issue": f"{MARKUP} {SPACING}",
    "description": SPACING,
    "keyword": f"{HEBREW}\r\n{ARABIC}",
    "talk": f"{RAINBOW} talks\r\n{MARKUP}",
    "outcome": f"{SPACING}{FAMILY}",
    "participant_role": "\t<head> & \"chief\"\r",
    "statement": f"{ARABIC}\r\n\"{FAMILY}\" & <b>\t]]>",  # under 80 characters
    "summary": f"]]>{COMBINING}\r",
    "event": f"{FLAGS} & {SCOTLAND}",
    "event_summary": f"{SPACING}{MARKUP}",
    "source": f"{HEBREW} <title> & \"quote\"",
    "publisher": "\r\n",
    "quote": f"\"{FAMILY}\" said {ARABIC}\r\n\t]]>",
    "whitespace": " \t ",
    "source_quote_only_spaces": "   ",
}


def awkward_dossier():
    a = AWKWARD
    return {
        "parley": "1.0",
        "id": "awkward",
        "title": a["name"],
        "sources": [{"id": "src", "title": a["source"], "publisher": a["publisher"]}],
        "entities": [
            {"id": "ru", "kind": "state", "name": a["name"], "aliases": [a["alias1"], a["alias2"]],
             "sources": [{"source": "src", "quote": a["quote"]},
                         {"source": "src", "quote": a["source_quote_only_spaces"]}]},
            {"id": "us", "kind": "state", "name": a["whitespace"]},
            {"id": "lavrov", "kind": "person", "name": a["alias1"],
             "roles": [{"title": a["role"], "of": "ru"}]},
        ],
        "issues": [{"id": "nato", "label": a["issue"], "description": a["description"],
                    "keywords": [a["keyword"], a["alias2"]]}],
        "talks": [{"id": "t1", "name": a["talk"], "kind": "bilateral", "parties": ["ru", "us"],
                   "participants": [{"entity": "lavrov", "role": a["participant_role"]}],
                   "outcome": a["outcome"]}],
        "positions": [{"id": "p1", "holder": "ru", "issue": "nato", "stance": "rejects",
                       "summary": a["summary"]}],
        "statements": [{"id": "s1", "speaker": "lavrov", "text": a["statement"],
                        "mode": "direct", "issues": ["nato"]}],
        "events": [{"id": "e1", "kind": "other", "title": a["event"], "actors": ["ru"],
                    "targets": ["us"], "summary": a["event_summary"]}],
    }


def dump_awkward(tmp_path, syntax):
    dossier = awkward_dossier()
    if syntax == "json":
        return write_json(tmp_path, "awkward.json", dossier)
    path = tmp_path / "awkward.yaml"
    path.write_text(yaml.safe_dump(dossier, allow_unicode=True), encoding="utf-8")
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == dossier
    return path


@pytest.mark.parametrize("syntax", ["json", "yaml"])
def test_awkward_text_survives_a_networkx_round_trip(syntax, run_parley, tmp_path):
    a = AWKWARD
    source = dump_awkward(tmp_path, syntax)
    out = export_to(run_parley, source, tmp_path / "both.graphml", "--with", "sources,statements")
    graph = read_nx(out)
    nodes = graph.nodes
    edges = edges_by_id(graph)

    assert nodes["ru"]["label"] == a["name"]
    assert nodes["ru"]["aliases"] == f"{a['alias1']}; {a['alias2']}"
    assert nodes["us"]["label"] == a["whitespace"]
    assert nodes["lavrov"]["label"] == a["alias1"]
    assert nodes["lavrov"]["roles"] == a["role"]
    assert nodes["nato"]["label"] == a["issue"]
    assert nodes["nato"]["description"] == a["description"]
    assert nodes["nato"]["keywords"] == f"{a['keyword']}; {a['alias2']}"
    assert nodes["t1"]["label"] == a["talk"]
    assert nodes["t1"]["outcome"] == a["outcome"]
    assert nodes["s1"]["text"] == a["statement"]
    assert nodes["s1"]["label"] == a["statement"]  # under 80 characters: not shortened
    assert nodes["src"]["label"] == a["source"]
    assert nodes["src"]["publisher"] == a["publisher"]

    assert edges["lavrov.role.0"][2]["title"] == a["role"]
    assert edges["lavrov.role.0"][2]["label"] == a["role"]
    assert edges["t1.participant.lavrov"][2]["role"] == a["participant_role"]
    assert edges["t1.participant.lavrov"][2]["label"] == a["participant_role"]
    assert edges["p1"][2]["summary"] == a["summary"]
    assert edges["e1.ru.us"][2]["title"] == a["event"]
    assert edges["e1.ru.us"][2]["label"] == a["event"]
    assert edges["e1.ru.us"][2]["summary"] == a["event_summary"]
    assert edges["ru.source.0"][2]["quote"] == a["quote"]
    assert edges["ru.source.1"][2]["quote"] == a["source_quote_only_spaces"]

    # Without statement nodes the statement's text rides on its edge.
    plain = edges_by_id(read_nx(export_to(run_parley, source, tmp_path / "full.graphml")))
    assert plain["s1.issue.nato"][2]["summary"] == a["statement"]

    # igraph (libxml2) agrees with networkx (expat) on every node label.
    other = igraph.Graph.Read_GraphML(str(out))
    assert dict(zip(other.vs["id"], other.vs["label"])) == {
        node: data["label"] for node, data in nodes.items()}


def test_awkward_text_is_escaped_not_raw(run_parley, tmp_path):
    out = export_to(run_parley, dump_awkward(tmp_path, "json"), tmp_path / "a.graphml")
    text = out.read_bytes().decode("utf-8")
    assert "\r" not in text, "a raw CR would be normalised away by every XML parser"
    assert "&#13;" in text
    assert "]]>" not in text.replace("]]&gt;", "")
    assert "<b>" not in text and "&lt;b&gt;" in text
    assert "&amp;amp;" in text  # the literal text "&amp;" escaped once, not passed through


def test_awkward_output_validates_against_the_graphml_xsd(run_parley, tmp_path, graphml_schema):
    source = dump_awkward(tmp_path, "json")
    for name, options in PROJECTIONS.items():
        out = export_to(run_parley, source, tmp_path / f"{name}.graphml", *options)
        assert_xsd_valid(graphml_schema, out)


@pytest.mark.parametrize(
    "text, label",
    [
        # 77 letters, CRLF (one character) and 10 more: 88 characters.
        ("a" * 77 + "\r\n" + "b" * 10, "a" * 77 + "\r\n" + "b" + "\u2026"),
        # 78 letters, a ZWJ family (one character) and 5 more: 84 characters.
        ("a" * 78 + FAMILY + "c" * 5, "a" * 78 + FAMILY + "\u2026"),
        # exactly 80 characters: kept whole.
        ("a" * 79 + FAMILY, "a" * 79 + FAMILY),
        # 78 letters, two flags (two characters of two scalars each) and one more.
        ("x" * 78 + FLAGS + "y", "x" * 78 + "\U0001F1FA\U0001F1E6" + "\u2026"),
    ],
    ids=["crlf", "zwj", "exactly-80", "flags"],
)
def test_statement_labels_are_cut_between_characters(text, label, run_parley, tmp_path):
    dossier = {
        "parley": "1.0", "id": "long", "title": "Long statements",
        "entities": [{"id": "ru", "kind": "state", "name": "Russia"}],
        "statements": [{"id": "s1", "speaker": "ru", "text": text, "mode": "indirect"}],
    }
    source = write_json(tmp_path, "long.json", dossier)
    graph = read_nx(export_to(run_parley, source, tmp_path / "s.graphml", "--with", "statements"))
    assert graph.nodes["s1"]["text"] == text
    assert graph.nodes["s1"]["label"] == label


# ------------------------------------------------------------------ control characters

CONTROLS_NAME = "before\x01one\x08two\x1fthree"
CONTROLS_ALIAS = "tab\tand\x1f"


def test_control_characters_are_replaced_and_reported(run_parley, tmp_path, graphml_schema):
    dossier = {
        "parley": "1.0", "id": "controls", "title": "Controls",
        "entities": [{"id": "ru", "kind": "state", "name": CONTROLS_NAME,
                      "aliases": [CONTROLS_ALIAS]},
                     {"id": "us", "kind": "state", "name": "United States"}],
    }
    source = write_json(tmp_path, "controls.json", dossier)
    out = tmp_path / "controls.graphml"
    result = run_parley("export", source, "-t", "graphml", "-o", out)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{source}: warning: graphml: replaced 4 characters "), lines[0]
    assert "U+FFFD" in lines[0]

    raw = out.read_bytes()
    for byte in (0x01, 0x08, 0x1F):
        assert bytes([byte]) not in raw
    ET.parse(out)  # well-formed
    graph = read_nx(out)
    assert graph.nodes["ru"]["label"] == "before\ufffdone\ufffdtwo\ufffdthree"
    assert graph.nodes["ru"]["aliases"] == "tab\tand\ufffd"
    assert graph.nodes["us"]["label"] == "United States"
    assert_xsd_valid(graphml_schema, out)


def test_no_warning_without_control_characters(run_parley, tmp_path):
    result = run_parley("export", SAMPLE, "-t", "graphml", "-o", tmp_path / "s.graphml")
    assert result.returncode == 0
    assert "warning" not in result.stderr and result.stderr == ""
    awkward = dump_awkward(tmp_path, "json")
    result = run_parley("export", awkward, "-t", "graphml", "-o", tmp_path / "a.graphml")
    assert (result.returncode, result.stderr) == (0, "")


# ------------------------------------------------------------------------------- yEd


def test_yed_flavor_adds_a_shape_node_per_node(run_parley, tmp_path, sample):
    yed = export_to(run_parley, SAMPLE, tmp_path / "yed.graphml", "--flavor", "yed")
    plain = export_to(run_parley, SAMPLE, tmp_path / "plain.graphml")
    root = ET.parse(yed).getroot()  # well-formed
    assert "xmlns:y=\"http://www.yworks.com/xml/graphml\"" in yed.read_text(encoding="utf-8")
    graphics = [key for key in root.findall("g:key", NS) if key.get("yfiles.type")]
    assert [(k.get("for"), k.get("yfiles.type")) for k in graphics] == [("node", "nodegraphics")]
    graphics_id = graphics[0].get("id")

    nodes = root.findall("g:graph/g:node", NS)
    assert len(nodes) == expected_counts(sample, "full")[0]
    for node in nodes:
        labels = [d.text for d in node.findall("g:data", NS) if d.get("key") == "label"]
        shapes = [s for d in node.findall("g:data", NS) if d.get("key") == graphics_id
                  for s in d.findall("y:ShapeNode", NS)]
        assert len(shapes) == 1, node.get("id")
        assert shapes[0].find("y:NodeLabel", NS).text == labels[0]
        assert shapes[0].find("y:Geometry", NS) is not None

    plain_graph, yed_graph = read_nx(plain), read_nx(yed)
    assert yed_graph.number_of_nodes() == plain_graph.number_of_nodes()
    assert yed_graph.number_of_edges() == plain_graph.number_of_edges()
    for node, data in plain_graph.nodes(data=True):
        assert yed_graph.nodes[node]["label"] == data["label"]
    other = igraph.Graph.Read_GraphML(str(yed))
    assert (other.vcount(), other.ecount()) == expected_counts(sample, "full")


def test_yed_flavor_keeps_awkward_labels(run_parley, tmp_path):
    source = dump_awkward(tmp_path, "json")
    yed = export_to(run_parley, source, tmp_path / "yed.graphml", "--flavor", "yed")
    root = ET.parse(yed).getroot()
    labels = {node.get("id"): node.find("g:data/y:ShapeNode/y:NodeLabel", NS).text
              for node in root.findall("g:graph/g:node", NS)}
    assert labels["ru"] == AWKWARD["name"]
    assert labels["nato"] == AWKWARD["issue"]
    assert labels["t1"] == AWKWARD["talk"]
    assert read_nx(yed).nodes["t1"]["label"] == AWKWARD["talk"]


# ------------------------------------------------------------------- bad option values


@pytest.mark.parametrize(
    "options, expected",
    [
        (["--graph", "nope"], ["--graph nope", "full", "actors", "stances"]),
        (["--with", "nodes"], ["--with nodes", "sources", "statements"]),
        (["--with", "sources,nodes"], ["--with nodes", "sources", "statements"]),
        (["--flavor", "nope"], ["--flavor nope", "plain", "yed"]),
    ],
    ids=["graph", "with", "with-list", "flavor"],
)
def test_bad_option_values_are_usage_errors(options, expected, run_parley, tmp_path):
    out = tmp_path / "out.graphml"
    result = run_parley("export", SAMPLE, "-t", "graphml", *options, "-o", out)
    assert result.returncode == 2, result.stderr
    for word in expected:
        assert word in result.stderr, (word, result.stderr)
    assert result.stdout == ""
    assert not out.exists(), "a refused export writes no file"
    assert list(tmp_path.iterdir()) == [], "and leaves no temporary file"
