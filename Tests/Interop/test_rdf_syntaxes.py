"""The N-Triples and Turtle exports (`parley export -t nt`, `-t ttl`), read by
RDF tools other people wrote.

Both syntaxes carry the triples of the JSON-LD export (docs/jsonld.md). Checked,
on the sample, a generated dossier (Benchmarks/generate.py, 2,000 records), the
hostile dossier of test_jsonld.py and a dossier of ids that are awkward Turtle
local names:

- rdflib parses jsonld, nt and ttl into the same triples, none of them blank
  nodes, as many as the IR implies (test_jsonld.expected_triples) and as pyld
  gets from the JSON-LD; literals are compared as written (rdflib's literal
  normalisation is switched off while parsing).
- pyoxigraph parses nt and ttl into the same terms as rdflib.
- Raptor's `rapper` (Debian package raptor2-utils) validates both and counts
  the same triples; skipped, saying so, when rapper is not installed.
- Escaping: quotes, backslashes, every C0 control, DEL, U+0085, U+2028/9,
  U+FEFF and characters outside the BMP come back exactly (rdflib, pyoxigraph,
  and rapper but for U+0000, which Raptor truncates at as a C string).
- N-Triples: one triple per line, each parsable alone, deterministic, in the
  documented order (dossier, then the records in IR order, each node's
  rdf:type first, a nested part right after the triple that links it).
- Turtle: the documented prefixes and one block per subject.
- A SPARQL query for the README (README_SPARQL), run by rdflib and pyoxigraph.
- --base gives the same triples in all three syntaxes.

Run: PARLEY=.build/debug/parley .venv/bin/python -m pytest Tests/Interop/test_rdf_syntaxes.py -q
"""
from __future__ import annotations

import functools
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import quote, unquote

import pyoxigraph as ox
import pytest
import rdflib
import yaml
from pyld import jsonld

from conftest import REPO_ROOT, require_parley, tool_installing
from graph_formats import SAMPLE, export, generate
from test_jsonld import HOSTILE, expected_triples, plain

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
PARLEY = "https://w3id.org/parley/vocab#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
COLLECTIONS = ("sources", "entities", "issues", "talks", "positions", "statements", "events",
               "relations")
RAPPER_MISSING = "rapper (Debian raptor2-utils) not installed"

RDFLIB_FORMAT = {"jsonld": "json-ld", "nt": "nt", "ttl": "turtle"}
OXIGRAPH_FORMAT = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}
RAPPER_SYNTAX = {"nt": "ntriples", "ttl": "turtle"}

# The positions of a dossier with their holder's name, the name and the
# stance (its local name in the Parley vocabulary), for the README.
README_SPARQL = """\
PREFIX parley: <https://w3id.org/parley/vocab#>
PREFIX schema: <https://schema.org/>
SELECT ?holder ?issue ?stance ?date WHERE {
  ?position a parley:Position ;
            parley:holder/schema:name ?holder ;
            parley:issue/schema:name ?issue ;
            parley:stance ?s .
  BIND(STRAFTER(STR(?s), "#") AS ?stance)
  OPTIONAL { ?position parley:date ?date }
}
ORDER BY ?holder ?issue ?date
"""

# Ids that are awkward as Turtle local names: a trailing or doubled dot, a
# leading digit, a colon (percent-encoded in the IRI), a trailing - or _.
AWKWARD_IDS = ["a.", "a..b", "9x", "0", "a:b", "a-", "a_", "x.y.", "A.B:C", "a..."]
AWKWARD = {
    "parley": "1.0", "id": "d.", "title": "Awkward local names",
    "entities": [{"id": i, "kind": "other", "name": i} for i in AWKWARD_IDS],
    "relations": [{"id": f"r.{n}", "kind": "other", "from": a, "to": b}
                  for n, (a, b) in enumerate(zip(AWKWARD_IDS, AWKWARD_IDS[1:]))],
}

# ---------------------------------------------------------------- escaping dossier

# Texts that the RDF syntaxes must escape or carry raw. U+0000..U+001F are all
# accepted by the YAML and IR readers, so none is left out. A *leading* U+FEFF
# is not here: Parley's YAML reader drops it (see test_yaml.py); one inside a
# string is.
ESCAPES = [
    'say "hi"', "it's", "back\\slash", "C:\\path\\n", "trailing backslash\\", '"""',
    'ends in quote"', '""', "line1\nline2", "cr\rhere", "crlf\r\n", "tab\there", "\u007f",
    "del\u007fmiddle", "emoji 🕊️🎉", "𝔓arley", "\U0010fffd", "<iri>", '"x"@en', "a^^b",
    "\u0085", "nel\u0085middle", "\u2028", "ls\u2028ps\u2029", "bom\ufeffinside", "é and e\u0301",
    "", " ", "# not a comment", "_:b0", "'single'", "'''", "x .", "x ;", "x ,",
] + [f"c{i:02x}:{chr(i)}." for i in range(0x20)]
ESCAPE_NAME = 'Name with "quotes", a \\ and\na newline 𝔓'


def yaml_quoted(text: str) -> str:
    """text as a YAML double-quoted scalar: every control character, U+0085,
    U+2028/9 and U+FEFF as an escape, the rest as it is."""
    out = []
    for c in text:
        o = ord(c)
        if c in '"\\':
            out.append("\\" + c)
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif o in (0x85, 0x2028, 0x2029, 0xFEFF):
            out.append(f"\\u{o:04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def escaping_yaml() -> str:
    lines = [
        'parley: "1.0"',
        "id: escapes",
        "title: " + yaml_quoted("".join(ESCAPES[:26])),
        "description: " + yaml_quoted("\n".join(ESCAPES)),
        "entities:",
        "  - id: e1",
        "    kind: person",
        "    name: " + yaml_quoted(ESCAPE_NAME),
        "    aliases:",
        *(f"      - {yaml_quoted(s)}" for s in ESCAPES),
        "    attributes:",
        *(f"      {yaml_quoted(s)}: {yaml_quoted(s)}" for s in ESCAPES),
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- helpers


def rdflib_term(term):
    """A term as (kind, value, datatype, language), comparable across libraries."""
    if isinstance(term, rdflib.BNode):
        return ("blank", str(term))
    if isinstance(term, rdflib.URIRef):
        return ("iri", str(term))
    datatype = term.datatype or (RDF + "langString" if term.language else XSD + "string")
    return ("literal", str(term), str(datatype), term.language)


def oxigraph_term(term):
    if isinstance(term, ox.BlankNode):
        return ("blank", term.value)
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    return ("literal", term.value, term.datatype.value, term.language)


def rdflib_graph(data: bytes, fmt: str) -> rdflib.Graph:
    """rdflib's graph of data (an export in parley's format fmt), literals
    kept as written: rdflib would otherwise rewrite "…T12:15:00Z" as
    "…T12:15:00+00:00" and hide what the file says."""
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        return rdflib.Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMAT[fmt])
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def rdflib_triples(data: bytes, fmt: str) -> set:
    return {tuple(map(rdflib_term, t)) for t in rdflib_graph(data, fmt)}


def oxigraph_triples(data: bytes, fmt: str) -> list:
    return [tuple(map(oxigraph_term, (q.subject, q.predicate, q.object)))
            for q in ox.parse(data, format=OXIGRAPH_FORMAT[fmt])]


def pyld_triples(data: bytes) -> set:
    """The JSON-LD's triples as pyld converts them to N-Quads (read back by
    rdflib), xsd:double literals by value: pyld 3.3 rewrites even a string
    "@value" typed xsd:double in canonical form ("0.9" → "9.0E-1"), which
    JSON-LD 1.1 (Object to RDF Conversion) does only for JSON numbers."""
    nquads = jsonld.to_rdf(json.loads(data), {"format": "application/n-quads"})
    return doubles_by_value(rdflib_triples(nquads.encode("utf-8"), "nt"))


def doubles_by_value(triples: set) -> set:
    def term(t):
        if t[0] == "literal" and t[2] == XSD + "double":
            return ("double", float(t[1]))
        return t
    return {tuple(map(term, triple)) for triple in triples}


def same(left: set, right: set, what: str):
    extra, missing = sorted(left - right)[:5], sorted(right - left)[:5]
    assert left == right, f"{what}: only left {extra}, only right {missing}"


def nt_lines(data: bytes) -> list[str]:
    """The lines of an N-Triples file, split at LF only (U+0085 and U+2028 may
    appear raw inside a literal and are no line ends)."""
    text = data.decode("utf-8")
    assert text.endswith("\n"), "the file must end with a line feed"
    return text[:-1].split("\n")


def write_json(folder: Path, name: str, document: dict) -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def node(base: str, ident: str) -> str:
    return base + quote(ident, safe="")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("rdf-syntaxes"), records=2000)


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory, generated):
    folder = tmp_path_factory.mktemp("rdf-dossiers")
    return {
        "sample": REPO_ROOT / SAMPLE,
        "generated": generated,
        "hostile": write_json(folder, "hostile.parley.json", HOSTILE),
        "awkward-ids": write_json(folder, "awkward.parley.json", AWKWARD),
    }


@pytest.fixture(scope="module", params=["sample", "generated", "hostile", "awkward-ids"])
def dossier(request, dossiers):
    """(IR as canonical JSON, {format: bytes of the export}, format → rdflib's
    triples of that export, parsed once)."""
    path = dossiers[request.param]
    ir = json.loads(export(path, "json"))
    data = {fmt: export(path, fmt) for fmt in ("jsonld", "nt", "ttl")}
    return ir, data, functools.cache(lambda fmt: frozenset(rdflib_triples(data[fmt], fmt)))


@pytest.fixture(scope="module")
def escapes(tmp_path_factory):
    """(path of the escaping dossier, its IR as parley reads it, {format: bytes})."""
    path = tmp_path_factory.mktemp("rdf-escapes") / "escapes.parley.yaml"
    text = escaping_yaml()
    path.write_text(text, encoding="utf-8")
    # the fixture says what we mean...
    assert yaml.safe_load(text)["entities"][0]["aliases"] == ESCAPES
    ir = json.loads(export(path, "json"))
    assert ir["entities"][0]["aliases"] == ESCAPES, "parley's YAML reader changed the texts"
    return path, ir, {fmt: export(path, fmt) for fmt in ("jsonld", "nt", "ttl")}


@pytest.fixture(scope="module")
def rapper():
    """Raptor's rapper, installed from Debian's raptor2-utils when missing and
    apt-get can (as root, as in CI), as test_dot.py installs Graphviz."""
    path = tool_installing("rapper", "raptor2-utils")
    if path is None:
        pytest.skip(RAPPER_MISSING + " and could not be installed with apt-get: "
                    "N-Triples and Turtle were NOT checked by Raptor")
    return path


def run_rapper(rapper: str, path: Path, fmt: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([rapper, "-i", RAPPER_SYNTAX[fmt], *options, str(path)],
                          capture_output=True, timeout=120)


def rapper_count(rapper: str, path: Path, fmt: str) -> int:
    """The triples `rapper -c` counts; the file must parse without error or warning."""
    done = run_rapper(rapper, path, fmt, "-c")
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, f"rapper rejects {path.name}:\n{stderr}"
    assert "Error" not in stderr and "Warning" not in stderr, stderr
    found = re.search(r"Parsing returned (\d+) triples?", stderr)
    assert found, stderr
    return int(found.group(1))


# ---------------------------------------------------------------- 1. rdflib


def test_rdflib_reads_the_same_triples_in_every_syntax(dossier):
    ir, data, parsed = dossier
    triples = {fmt: parsed(fmt) for fmt in data}
    assert not [t for t in triples["nt"] if any(term[0] == "blank" for term in t)], "blank nodes"
    expected = expected_triples(ir)
    assert len(nt_lines(data["nt"])) == expected, "N-Triples lines"
    assert len(triples["jsonld"]) == expected
    same(triples["nt"], triples["jsonld"], "nt vs jsonld")
    same(triples["ttl"], triples["jsonld"], "ttl vs jsonld")
    same(pyld_triples(data["jsonld"]), doubles_by_value(triples["nt"]), "pyld's JSON-LD vs nt")


# ---------------------------------------------------------------- 2. pyoxigraph


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_pyoxigraph_reads_what_rdflib_reads(dossier, fmt):
    _, data, parsed = dossier
    from_oxigraph = oxigraph_triples(data[fmt], fmt)
    assert len(from_oxigraph) == len(set(from_oxigraph)), "a triple is written twice"
    same(set(from_oxigraph), parsed(fmt), f"{fmt}: pyoxigraph vs rdflib")


# ---------------------------------------------------------------- 3. Raptor


def test_rapper_validates_both(dossier, rapper, tmp_path):
    _, data, _ = dossier
    lines = len(nt_lines(data["nt"]))
    for fmt in ("nt", "ttl"):
        path = tmp_path / f"export.{fmt}"
        path.write_bytes(data[fmt])
        assert rapper_count(rapper, path, fmt) == lines, fmt


def test_rapper_reads_the_escapes_back(escapes, rapper, tmp_path):
    """rapper re-serialises the Turtle as N-Triples, which pyoxigraph reads:
    the same triples, but for literals with U+0000, which Raptor 2.0.15 cuts
    short (its strings are C strings)."""
    _, _, data = escapes
    path = tmp_path / "escapes.ttl"
    path.write_bytes(data["ttl"])
    assert rapper_count(rapper, path, "ttl") == len(nt_lines(data["nt"]))
    done = run_rapper(rapper, path, "ttl", "-q", "-o", "ntriples")
    assert done.returncode == 0, done.stderr.decode()
    from_rapper = set(oxigraph_triples(done.stdout, "nt"))
    expected = set(oxigraph_triples(data["nt"], "nt"))
    assert len(from_rapper) == len(expected)
    # the alias, the attribute's name and value "c00:\0." and the description
    with_nul = {t for t in expected if "\x00" in t[2][1]}
    assert len(with_nul) == 4
    cut_short = {(s, p, o[:1] + (o[1].split("\x00")[0],) + o[2:]) for s, p, o in with_nul}
    same(from_rapper - cut_short - with_nul, expected - with_nul, "rapper vs pyoxigraph")


# ---------------------------------------------------------------- 4. escaping


@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld"])
def test_texts_come_back_exactly(escapes, fmt):
    _, _, data = escapes
    base = "https://w3id.org/parley/id/escapes/"
    entity = base + "e1"
    readers = {"rdflib": rdflib_triples(data[fmt], fmt)}
    if fmt in OXIGRAPH_FORMAT:
        readers["pyoxigraph"] = set(oxigraph_triples(data[fmt], fmt))
    for reader, triples in readers.items():
        def values(subject, predicate):
            return sorted(o[1] for s, p, o in triples
                          if s == ("iri", subject) and p == ("iri", predicate))

        assert values(base, SCHEMA + "name") == ["".join(ESCAPES[:26])], reader
        assert values(base, SCHEMA + "description") == ["\n".join(ESCAPES)], reader
        assert values(entity, SCHEMA + "name") == [ESCAPE_NAME], reader
        assert values(entity, SCHEMA + "alternateName") == sorted(ESCAPES), reader
        attributes = {}
        for iri in values(entity, SCHEMA + "additionalProperty"):
            assert iri.startswith(entity + "/attribute/"), iri
            [name] = values(iri, SCHEMA + "name")
            assert unquote(iri[len(entity + "/attribute/"):], errors="strict") == name, iri
            [value] = values(iri, SCHEMA + "value")
            attributes[name] = value
        assert attributes == {s: s for s in ESCAPES}, reader
        aliases = [o for s, p, o in triples if p == ("iri", SCHEMA + "alternateName")]
        assert {o[2:] for o in aliases} == {(XSD + "string", None)}, "not plain strings"


# ---------------------------------------------------------------- 5. N-Triples lines

IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'
LITERAL = r'"([^"\\\n\r]|\\.)*"(\^\^<[^>]*>|@[a-zA-Z-]+)?'
TRIPLE_LINE = re.compile(rf"^{IRI} {IRI} ({IRI}|{LITERAL}) \.$")


@pytest.mark.parametrize("name", ["sample", "escapes"])
def test_n_triples_is_one_triple_per_line(name, escapes, tmp_path):
    source = REPO_ROOT / SAMPLE if name == "sample" else escapes[0]
    data = export(source, "nt")
    assert b"\r" not in data
    whole = rdflib_triples(data, "nt")
    lines = nt_lines(data)
    assert len(lines) == len(whole)
    for line in lines:
        assert line.endswith(" ."), line
        assert TRIPLE_LINE.match(line), line
        [triple] = rdflib_triples(line.encode("utf-8"), "nt")  # alone, exactly one triple
        assert triple in whole
    dossier_id = json.loads(export(source, "json"))["id"]
    base = f"https://w3id.org/parley/id/{quote(dossier_id, safe='')}/"
    assert lines[0] == f"<{base}> <{RDF_TYPE}> <{SCHEMA}Dataset> ."
    assert export(source, "nt") == data, "a second run gives other bytes"
    target = tmp_path / "talks.nt"  # -o infers the format from .nt
    done = subprocess.run([str(require_parley()), "export", str(source),
                           "-o", str(target)], capture_output=True, cwd=REPO_ROOT, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert target.read_bytes() == data


def parent_of(subject: str, subjects: set) -> str | None:
    """The node a nested part belongs to: the longest IRI in subjects that it
    extends by /…; None for a record or the dossier."""
    head = subject
    while "/" in head[:-1]:
        head = head[:head.rindex("/", 0, len(head) - 1)]
        if head in subjects and head != subject:
            return head
    return None


@pytest.mark.parametrize("name", ["sample", "generated"])
def test_n_triples_order_follows_the_ir(name, dossiers):
    source = dossiers[name]
    ir = json.loads(export(source, "json"))
    rows = [re.match(r"^<([^>]*)> <([^>]*)> (.*) \.$", line).groups()
            for line in nt_lines(export(source, "nt"))]
    base = f"https://w3id.org/parley/id/{quote(ir['id'], safe='')}/"
    records = [base] + [node(base, r["id"]) for c in COLLECTIONS for r in ir.get(c) or []]
    subjects = list(dict.fromkeys(s for s, _, _ in rows))
    tops = set(records)
    assert [s for s in subjects if s in tops] == records, "records out of IR order"
    everything = set(subjects)
    parent = {s: parent_of(s, everything) for s in subjects}
    assert all(parent[s] for s in subjects if s not in tops), "a node outside every record"
    by_subject: dict[str, list[int]] = {}
    for i, (s, _, _) in enumerate(rows):
        by_subject.setdefault(s, []).append(i)
    for s, indexes in by_subject.items():
        predicates = [rows[i][1] for i in indexes]
        types = predicates.count(RDF_TYPE)
        assert types and set(predicates[:types]) == {RDF_TYPE}, f"{s}: rdf:type is not first"
    for i, (s, p, o) in enumerate(rows):
        target = o[1:-1] if o.startswith("<") else None
        if target in parent and parent[target] == s:
            assert rows[i + 1][0] == target, f"line {i + 2}: {target} does not follow its link"

    def inside(subject, ancestor):
        while subject is not None and subject != ancestor:
            subject = parent[subject]
        return subject == ancestor

    for s, indexes in by_subject.items():  # a node's lines are its own and its parts'
        strays = [i for i in range(indexes[0], indexes[-1] + 1) if not inside(rows[i][0], s)]
        assert not strays, f"{s}: line {strays[0] + 1} belongs elsewhere"


# ---------------------------------------------------------------- Turtle layout


def test_turtle_prefixes_and_one_block_per_subject(dossier):
    ir, data, parsed = dossier
    text = data["ttl"].decode("utf-8")
    base = f"https://w3id.org/parley/id/{quote(ir['id'], safe='')}/"
    prefixes = dict(re.findall(r"^@prefix ([a-z]*): <([^>]*)> \.$", text, re.M))
    assert prefixes == {"schema": SCHEMA, "prov": PROV, "xsd": XSD, "parley": PARLEY, "": base}
    head, _, body = text.partition("\n\n")
    assert all(line.startswith("@prefix ") for line in head.split("\n"))
    blocks = body.rstrip("\n").split("\n\n")
    starts = [block.split(" ", 1)[0] for block in blocks]
    assert len(starts) == len(set(starts)), "a subject has two blocks"
    subjects = {s for s, _, _ in parsed("ttl")}
    assert len(blocks) == len(subjects)
    assert starts[0] == f"<{base}>"


# ---------------------------------------------------------------- 6. SPARQL


def test_readme_query(tmp_path):
    ir = yaml.safe_load((REPO_ROOT / SAMPLE).read_text(encoding="utf-8"))
    names = {e["id"]: e["name"] for e in ir["entities"]}
    labels = {i["id"]: i["label"] for i in ir["issues"]}
    expected = [(names[p["holder"]], labels[p["issue"]], p["stance"],
                 p["date"] if plain(p.get("date")) else None)
                for p in ir["positions"]]
    known = ("Russia", "Halt to NATO enlargement (no eastward expansion)", "demands", "2021-12-17")
    assert known in expected  # pos-russia-nato-enlargement-2021-12-17, the sample's first position

    turtle = export(SAMPLE, "ttl")
    graph = rdflib_graph(turtle, "ttl")
    from_rdflib = [tuple(None if v is None else str(v) for v in row)
                   for row in graph.query(README_SPARQL)]
    store = ox.Store()
    store.load(turtle, format=ox.RdfFormat.TURTLE)
    from_oxigraph = [tuple(None if row[v] is None else row[v].value
                           for v in ("holder", "issue", "stance", "date"))
                     for row in store.query(README_SPARQL)]
    assert sorted(from_rdflib, key=repr) == sorted(expected, key=repr)
    assert sorted(from_oxigraph, key=repr) == sorted(expected, key=repr)
    assert [r[:2] for r in from_rdflib] == sorted(r[:2] for r in expected)  # ORDER BY holder, issue


# ---------------------------------------------------------------- 7. --base


@pytest.mark.parametrize("name", ["sample", "hostile"])
def test_base_gives_the_same_triples_in_every_syntax(name, dossiers):
    base = "urn:example:talks:"
    data = {fmt: export(dossiers[name], fmt, "--base", base) for fmt in ("jsonld", "nt", "ttl")}
    triples = {fmt: rdflib_triples(data[fmt], fmt) for fmt in data}
    same(triples["nt"], triples["jsonld"], "nt vs jsonld")
    same(triples["ttl"], triples["jsonld"], "ttl vs jsonld")
    same(set(oxigraph_triples(data["ttl"], "ttl")), triples["jsonld"], "pyoxigraph's ttl vs jsonld")
    subjects = {s[1] for s, _, _ in triples["nt"]}
    assert base in subjects
    assert all(s.startswith(base) for s in subjects)
    assert nt_lines(data["nt"])[0] == f"<{base}> <{RDF_TYPE}> <{SCHEMA}Dataset> ."
    assert f"@prefix : <{base}> .\n" in data["ttl"].decode("utf-8")
    default = rdflib_triples(export(dossiers[name], "nt"), "nt")
    assert len(default) == len(triples["nt"])
