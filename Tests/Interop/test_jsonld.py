"""The JSON-LD export (`parley export -t jsonld`), read by tools other people wrote.

pyld expands the output and converts it to N-Quads; rdflib parses it; both must
give the same triples, as many as the IR implies (counted here from the YAML by
the mapping in docs/jsonld.md, not by the exporter's code). Every schema.org
term must exist in schema.org release 30.0 (../shared/schemas/schemaorg; the
test says it is skipped when ../shared is absent), every PROV term in PROV-O,
and every Parley term in docs/vocab/parley.ttl.

Run: PARLEY=.build/debug/parley python3 -m pytest Tests/Interop/test_jsonld.py -q
"""
import json
import os
import re
from pathlib import Path

import pytest
import rdflib
import yaml
from pyld import jsonld
from rdflib import namespace as ns

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "security-talks-2022.parley.yaml"
VOCABULARY = ROOT / "docs" / "vocab" / "parley.ttl"

SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
PARLEY = "https://w3id.org/parley/vocab#"

# The PROV-O terms Parley uses (docs/jsonld.md, "Provenance")...
PROV_TERMS_USED = {
    "Entity", "Activity", "Derivation", "wasDerivedFrom", "qualifiedDerivation", "entity",
    "hadActivity", "wasGeneratedBy", "used", "wasAttributedTo",
}
# ...checked against terms of the PROV-O recommendation (https://www.w3.org/TR/prov-o/):
# the starting-point classes and properties (section 3.1) and the qualified
# terms of derivation (section 3.3) as the spec names them.
PROV_O_SPEC = {
    # 3.1 starting point
    "Entity", "Activity", "Agent", "wasGeneratedBy", "wasDerivedFrom", "wasAttributedTo",
    "startedAtTime", "used", "wasInformedBy", "endedAtTime", "wasAssociatedWith",
    "actedOnBehalfOf",
    # 3.3 qualified terms
    "Influence", "EntityInfluence", "Derivation", "qualifiedDerivation", "entity",
    "hadActivity", "hadGeneration", "hadUsage", "Usage", "Generation", "Attribution",
    "qualifiedAttribution", "agent",
    # 3.2 expanded terms used with values
    "value", "generatedAtTime",
}

XSD_DATES = {ns.XSD.gYear, ns.XSD.gYearMonth, ns.XSD.date, ns.XSD.dateTime}
DATE_PREDICATES = {SCHEMA + p for p in ("startDate", "endDate", "datePublished", "dateCreated")}
DATE_PREDICATES.add(PARLEY + "date")


def shared_dir() -> Path:
    env = os.environ.get("PARLEY_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared"


# ---------------------------------------------------------------- expected triples
# An independent count of the triples the IR implies, by the mapping table of
# docs/jsonld.md: one per property value, list values counted once each.

PLAIN_DATE = re.compile(
    r"^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}"
    r"(Z|[+-][0-9]{2}(:[0-9]{2})?)?)?)?)?$"
)
ENTITY_TYPES = {"person": 1, "state": 1, "organization": 1, "alliance": 2, "place": 1,
                "document": 1, "other": 1}


def plain(text):
    """Whether an EDTF string is an XML Schema calendar value."""
    return text is not None and bool(PLAIN_DATE.match(text))


def date_triples(date, has_range):
    if date is None:
        return 0
    if plain(date):
        return 1
    count = 2  # parley:edtf, parley:datePrecision
    if "/" in date and has_range:
        first, last = date.split("/", 1)
        count += plain(first) + plain(last)
    return count


def period_triples(since, until):
    first = since.split("/", 1)[0] if since and "/" in since else since
    last = until.split("/", 1)[1] if until and "/" in until else until
    count = plain(first) + plain(last)
    odd = [d for d in (since, until) if d is not None and ("/" in d or not plain(d))]
    return count + (2 if odd else 0)


def provenance_triples(entries):
    entries = entries or []
    count = len({e["source"] for e in entries})  # prov:wasDerivedFrom
    for e in entries:
        count += 4  # prov:qualifiedDerivation, rdf:type, prov:entity, parley:method
        count += 2 if "span" in e else 0
        count += sum(k in e for k in ("quote", "confidence", "rule"))
        if e.get("method") == "extracted":
            count += 4  # prov:hadActivity, activity rdf:type, prov:used, prov:wasGeneratedBy
    return count


def present(record, *keys):
    return sum(record.get(k) is not None for k in keys)


def distinct(record, key, field=None):
    values = record.get(key) or []
    return len({v[field] if field else v for v in values})


def expected_triples(d):
    n = 4 + present(d, "description")  # dossier: type, identifier, name, irVersion
    for s in d.get("sources") or []:
        n += 4  # 2 types, identifier, headline
        n += 3 if s.get("publisher") is not None else 0  # link, type, name
        n += present(s, "url", "language", "text", "sha256")
        n += date_triples(s.get("published"), False)
    for e in d.get("entities") or []:
        n += ENTITY_TYPES[e["kind"]] + 3  # types, identifier, kind, name
        n += distinct(e, "aliases") + present(e, "country")
        for role in e.get("roles") or []:
            n += 3 + present(role, "of") + period_triples(role.get("from"), role.get("until"))
        n += 4 * len(e.get("attributes") or {})
        n += provenance_triples(e.get("sources"))
    for i in d.get("issues") or []:
        n += 3 + present(i, "description") + distinct(i, "keywords")
    for t in d.get("talks") or []:
        n += 5 + date_triples(t.get("date"), True)  # 2 types, identifier, name, kind
        n += present(t, "venue", "outcome", "duration")
        n += distinct(t, "parties") + distinct(t, "participants", "entity") + distinct(t, "issues")
        for p in t.get("participants") or []:
            n += 4 + present(p, "role", "party")  # link, 2 types, participant
        n += provenance_triples(t.get("sources"))
    for p in d.get("positions") or []:
        n += 5 + date_triples(p.get("date"), False)  # type, identifier, holder, issue, stance
        n += present(p, "talk", "summary") + distinct(p, "evidence")
        n += provenance_triples(p.get("sources"))
    for s in d.get("statements") or []:
        n += 6 + date_triples(s.get("date"), False)  # type, id, text, mode, creator, attributed
        n += present(s, "talk") + distinct(s, "issues") + distinct(s, "sources", "source")
        n += provenance_triples(s.get("sources"))
    for e in d.get("events") or []:
        n += 5 + date_triples(e.get("date"), True)  # 2 types, identifier, kind, name
        n += present(e, "summary", "location", "talk", "cameo")
        n += distinct(e, "actors") + distinct(e, "targets") + distinct(e, "issues")
        n += provenance_triples(e.get("sources"))
    for r in d.get("relations") or []:
        n += 5 + period_triples(r.get("since"), r.get("until"))  # type, id, kind, from, to
        n += provenance_triples(r.get("sources"))
    return n


# ---------------------------------------------------------------- helpers

# A dossier with what the sample lacks: ids that need percent-encoding, every
# entity kind, roles with periods, attributes, intervals, EDTF-only dates,
# extracted provenance with confidence and rule, relations with periods.
HOSTILE = {
    "parley": "1.0",
    "id": "test:dossier.1",
    "title": "Linked-data edge cases",
    "description": "",
    "sources": [
        {"id": "src:a", "title": "A", "publisher": "Daily \"A\"", "url": "https://example.org/a b?q=1",
         "published": "2022-01~", "language": "en"},
        {"id": "src.b", "title": "B", "published": "2021"},
    ],
    "entities": [
        {"id": "ru", "kind": "state", "name": "Russia", "aliases": ["Moscow", "Moscow"],
         "sources": [{"source": "src:a", "span": [0, 4], "quote": "Russ", "confidence": 0.75},
                     {"source": "src:a", "method": "extracted", "rule": "gazetteer", "confidence": 1},
                     {"source": "src.b", "method": "extracted"}]},
        {"id": "nato", "kind": "alliance", "name": "NATO"},
        {"id": "mfa", "kind": "organization", "name": "MFA", "country": "ru"},
        {"id": "p:1", "kind": "person", "name": "<script>", "country": "ru",
         "roles": [{"title": "Minister", "of": "mfa", "from": "2004-03", "until": "2022-02-24"},
                   {"title": "Envoy", "from": "201X"},
                   {"title": "Adviser", "from": "2021-12-15/2021-12-17", "until": "2022?"}],
         "attributes": {"b": True, "i": 3, "f": 0.5, "s": "x"}},
        {"id": "city", "kind": "place", "name": "City", "country": "ru"},
        {"id": "doc", "kind": "document", "name": "Draft"},
        {"id": "thing", "kind": "other", "name": "Thing"},
    ],
    "issues": [{"id": "i1", "label": "Issue", "keywords": ["a", "a", "b"]}],
    "talks": [
        {"id": "t1", "name": "Talk", "kind": "summit", "date": "2021-12-06/2021-12-17",
         "venue": "city", "parties": ["ru", "nato", "ru"],
         "participants": [{"entity": "p:1", "role": "head", "party": "ru"}, {"entity": "p:1"}],
         "issues": ["i1"], "duration": "P2W", "sources": [{"source": "src.b"}]},
        {"id": "t2", "name": "Open talk", "kind": "other", "date": "2022-01/..", "duration": "PT1H"},
        {"id": "t3", "name": "Season", "kind": "call", "date": "2022-22"},
    ],
    "positions": [
        {"id": "pos1", "holder": "ru", "issue": "i1", "stance": "conditional", "date": "2022-01-10T09:30:00+01",
         "talk": "t1", "evidence": ["st1", "st1"]},
        {"id": "pos2", "holder": "nato", "issue": "i1", "stance": "denies", "date": "-0044"},
    ],
    "statements": [
        {"id": "st1", "speaker": "p:1", "text": "=1+1", "mode": "indirect", "date": "2022-01-XX",
         "issues": ["i1"], "sources": [{"source": "src:a"}, {"source": "src:a", "quote": "q"}]},
    ],
    "events": [
        {"id": "e1", "kind": "sanction", "title": "E", "date": "../2021-12", "actors": ["ru", "ru"],
         "targets": ["nato"], "location": "ru", "talk": "t1", "cameo": "0211"},
    ],
    "relations": [
        {"id": "r1", "kind": "member-of", "from": "ru", "to": "nato", "since": "1999", "until": "2001-05-03"},
        {"id": "r2", "kind": "located-in", "from": "city", "to": "ru", "until": "2022%"},
        {"id": "r3", "kind": "other", "from": "doc", "to": "thing"},
    ],
}


def export(run_parley, source, *options):
    result = run_parley("export", source, "-t", "jsonld", *options)
    assert result.returncode == 0, result.stderr
    return result.stdout


def both_graphs(text):
    """(triples from pyld's N-Quads, rdflib graph of the JSON-LD)."""
    nquads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads"})
    pyld_lines = {line for line in nquads.splitlines() if line.strip()}
    from_pyld = rdflib.Graph()
    from_pyld.parse(data=nquads, format="nt")  # the default graph only: N-Triples
    graph = rdflib.Graph()
    graph.parse(data=text, format="json-ld")
    return pyld_lines, from_pyld, graph


def terms(graph, namespace):
    """(properties, classes) of `namespace` the graph uses, as local names."""
    properties = {str(p)[len(namespace):] for p in graph.predicates() if str(p).startswith(namespace)}
    classes = {str(o)[len(namespace):] for o in graph.objects(None, ns.RDF.type)
               if str(o).startswith(namespace)}
    return properties, classes


@pytest.fixture(scope="module")
def sample_yaml():
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def hostile_file(tmp_path):
    path = tmp_path / "hostile.parley.json"
    path.write_text(json.dumps(HOSTILE), encoding="utf-8")
    return path


@pytest.fixture
def sample_jsonld(run_parley):
    return export(run_parley, SAMPLE)


@pytest.fixture
def outputs(run_parley, hostile_file, sample_jsonld):
    """The JSON-LD of the sample and of the hostile dossier."""
    return {"sample": sample_jsonld, "hostile": export(run_parley, hostile_file)}


# ---------------------------------------------------------------- tests


def test_pyld_and_rdflib_agree_with_the_ir(sample_jsonld, sample_yaml):
    pyld_lines, from_pyld, graph = both_graphs(sample_jsonld)
    expected = expected_triples(sample_yaml)
    assert len(pyld_lines) == expected
    assert len(graph) == expected
    assert len(from_pyld) == expected
    assert graph.isomorphic(from_pyld)


def test_hostile_dossier_round_trips(outputs):
    pyld_lines, from_pyld, graph = both_graphs(outputs["hostile"])
    assert len(pyld_lines) == len(graph) == expected_triples(HOSTILE)
    assert graph.isomorphic(from_pyld)


def test_expanded_form_is_self_contained(sample_jsonld, sample_yaml):
    document = json.loads(sample_jsonld)
    assert isinstance(document["@context"], dict), "the context must be inline"
    nodes = jsonld.expand(document)
    collections = ("sources", "entities", "issues", "talks", "positions", "statements", "events",
                   "relations")
    assert len(nodes) == 1 + sum(len(sample_yaml.get(k) or []) for k in collections)
    for node in nodes:
        for key in node:
            assert key.startswith("@") or key.startswith((SCHEMA, PROV, PARLEY)), key


def test_every_schema_org_term_exists(outputs):
    vocabulary_file = shared_dir() / "schemas" / "schemaorg" / "schemaorg-current-https.jsonld"
    if not vocabulary_file.is_file():
        pytest.skip(f"../shared is absent: no schema.org vocabulary at {vocabulary_file}")
    nodes = json.loads(vocabulary_file.read_text(encoding="utf-8"))["@graph"]
    by_id = {n["@id"]: n for n in nodes}

    def kinds(name):
        node = by_id.get("schema:" + name, {})
        types = node.get("@type", [])
        return {types} if isinstance(types, str) else set(types)

    for name, text in outputs.items():
        graph = rdflib.Graph().parse(data=text, format="json-ld")
        properties, classes = terms(graph, SCHEMA)
        assert properties and classes
        for p in sorted(properties):
            assert "rdf:Property" in kinds(p), f"{name}: schema:{p} is not a schema.org property"
            assert "schema:supersededBy" not in by_id["schema:" + p], f"schema:{p} is superseded"
        for c in sorted(classes):
            assert "rdfs:Class" in kinds(c), f"{name}: schema:{c} is not a schema.org class"
            assert "schema:supersededBy" not in by_id["schema:" + c], f"schema:{c} is superseded"


def test_every_prov_term_is_prov_o(outputs):
    assert PROV_TERMS_USED <= PROV_O_SPEC, PROV_TERMS_USED - PROV_O_SPEC
    for term in PROV_TERMS_USED:  # rdflib's closed PROV namespace, generated from PROV-O
        assert str(getattr(ns.PROV, term)) == PROV + term
    seen = set()
    for name, text in outputs.items():
        graph = rdflib.Graph().parse(data=text, format="json-ld")
        properties, classes = terms(graph, PROV)
        used = properties | classes
        assert used <= PROV_TERMS_USED, f"{name}: PROV terms outside the list: {used - PROV_TERMS_USED}"
        seen |= used
    assert seen == PROV_TERMS_USED, f"listed but never written: {PROV_TERMS_USED - seen}"


def test_every_parley_term_is_in_the_vocabulary(outputs):
    vocabulary = rdflib.Graph().parse(VOCABULARY, format="turtle")
    used = set()
    for text in outputs.values():
        graph = rdflib.Graph().parse(data=text, format="json-ld")
        for triple in graph:
            used |= {str(t)[len(PARLEY):] for t in triple
                     if isinstance(t, rdflib.URIRef) and str(t).startswith(PARLEY)}
    assert len(used) > 40
    for term in sorted(used):
        iri = rdflib.URIRef(PARLEY + term)
        assert (iri, ns.RDF.type, None) in vocabulary, f"parley:{term} is not defined"
        assert (iri, ns.RDFS.label, None) in vocabulary, f"parley:{term} has no rdfs:label"
        assert (iri, ns.RDFS.comment, None) in vocabulary, f"parley:{term} has no rdfs:comment"


def test_dates_are_typed_by_precision(outputs):
    for name, text in outputs.items():
        graph = rdflib.Graph().parse(data=text, format="json-ld")
        for s, p, o in graph:
            if isinstance(o, rdflib.Literal):
                assert not o.ill_typed, f"{name}: ill-typed literal {o!r} on {p}"
            if str(p) in DATE_PREDICATES:
                assert isinstance(o, rdflib.Literal) and o.datatype in XSD_DATES, (s, p, o)
    graph = rdflib.Graph().parse(data=outputs["hostile"], format="json-ld")
    base = "https://w3id.org/parley/id/test%3Adossier.1/"
    node = lambda i: rdflib.URIRef(base + i)  # noqa: E731
    edtf, precision = rdflib.URIRef(PARLEY + "edtf"), rdflib.URIRef(PARLEY + "datePrecision")
    start, end = rdflib.URIRef(SCHEMA + "startDate"), rdflib.URIRef(SCHEMA + "endDate")
    assert graph.value(node("src%3Aa"), edtf) == rdflib.Literal("2022-01~")
    assert graph.value(node("src%3Aa"), precision) == rdflib.Literal("month")
    assert graph.value(node("src.b"), rdflib.URIRef(SCHEMA + "datePublished")).datatype == ns.XSD.gYear
    assert graph.value(node("t1"), start) == rdflib.Literal("2021-12-06", datatype=ns.XSD.date)
    assert graph.value(node("t1"), end) == rdflib.Literal("2021-12-17", datatype=ns.XSD.date)
    assert graph.value(node("t3"), precision) == rdflib.Literal("season")
    assert graph.value(node("pos1"), rdflib.URIRef(PARLEY + "date")).datatype == ns.XSD.dateTime
    assert graph.value(node("pos2"), edtf) == rdflib.Literal("-0044")  # before year 1
    assert graph.value(node("st1"), precision) == rdflib.Literal("month")


def test_ids_are_percent_encoded_and_base_is_configurable(run_parley, hostile_file):
    text = export(run_parley, hostile_file, "--base", "https://example.org/kb/")
    graph = rdflib.Graph().parse(data=text, format="json-ld")
    subjects = {str(s) for s in graph.subjects()}
    assert "https://example.org/kb/" in subjects  # the dossier
    assert "https://example.org/kb/src%3Aa" in subjects
    assert "https://example.org/kb/p%3A1" in subjects
    assert "https://example.org/kb/p%3A1/role/3" in subjects
    assert all(s.startswith("https://example.org/kb/") for s in subjects)
    url = graph.value(rdflib.URIRef("https://example.org/kb/src%3Aa"), rdflib.URIRef(SCHEMA + "url"))
    assert url == rdflib.URIRef("https://example.org/a%20b?q=1")
    assert not any(isinstance(t, rdflib.BNode) for triple in graph for t in triple)


@pytest.mark.parametrize("base", ["example.org/kb/", "https://example.org/kb", "https://a b/"])
def test_a_bad_base_is_a_usage_error(run_parley, hostile_file, base):
    result = run_parley("export", hostile_file, "-t", "jsonld", "--base", base)
    assert result.returncode == 2
    assert "--base" in result.stderr and result.stdout == ""


def test_output_is_deterministic(run_parley, sample_jsonld, tmp_path):
    again = export(run_parley, SAMPLE)
    assert again == sample_jsonld
    target = tmp_path / "talks.jsonld"  # -o infers the format from .jsonld
    result = run_parley("export", SAMPLE, "-o", target)
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == sample_jsonld


def test_readme_query_runs(sample_jsonld):
    graph = rdflib.Graph().parse(data=sample_jsonld, format="json-ld")
    rows = list(graph.query("""
        PREFIX parley: <https://w3id.org/parley/vocab#>
        PREFIX schema: <https://schema.org/>
        SELECT ?holder ?issue ?date WHERE {
          ?p a parley:Position ; parley:stance parley:rejects ;
             parley:holder/schema:name ?holder ; parley:issue/schema:name ?issue .
          OPTIONAL { ?p parley:date ?date }
        } ORDER BY ?date
    """))
    sample = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    assert len(rows) == sum(p["stance"] == "rejects" for p in sample["positions"])
