"""The IR's JSON Schema (Sources/ParleyCore/Schema/parley-ir-1.0.schema.json).

Pure-schema tests: the schema is a valid draft 2020-12 schema, it agrees with
docs/IR.md, it accepts a minimal and a complete document, and it rejects each
of a table of broken documents at the expected place.

CLI tests: the canonical JSON that `parley export -t json` prints for every
sample is valid, and `parley schema` prints this very schema. These need the
parley binary (see conftest.py).
"""

import copy
import hashlib
import json
import re

from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "Sources" / "ParleyCore" / "Schema" / "parley-ir-1.0.schema.json"
IR_DOC = REPO_ROOT / "docs" / "IR.md"


def load_schema():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        return json.load(f)


SCHEMA = load_schema()
VALIDATOR = Draft202012Validator(SCHEMA)


def errors_of(doc):
    return sorted(VALIDATOR.iter_errors(doc), key=lambda e: e.json_path)


def describe(errors):
    return "\n".join(f"  {e.json_path}: [{e.validator}] {e.message}" for e in errors)


def assert_valid(doc):
    errors = errors_of(doc)
    assert not errors, "expected valid, got:\n" + describe(errors)


# ---------------------------------------------------------------------------
# Documents

MINIMAL = {"parley": "1.0", "id": "empty", "title": "An empty dossier"}

TEXT = (
    "GENEVA, Jan 10 - Russia demanded guarantees that NATO would not expand "
    "further east. \"We need ironclad, waterproof, bulletproof, legally binding "
    "guarantees,\" Deputy Foreign Minister Sergei Ryabkov said after more than "
    "seven hours of talks with U.S. Deputy Secretary of State Wendy Sherman."
)


def span_of(quote):
    start = TEXT.index(quote)
    return [start, start + len(quote)]


QUOTE = "We need ironclad, waterproof, bulletproof, legally binding guarantees,"


def prov(quote=None, **extra):
    p = {"source": "reuters-2022-01-10"}
    if quote is not None:
        p["span"] = span_of(quote)
        p["quote"] = quote
    p.update(extra)
    return p


# Every field of every record type is used at least once
# (test_full_document_uses_every_field checks that).
FULL = {
    "parley": "1.0",
    "id": "us-russia-2022",
    "title": "US-Russia security talks, January 2022",
    "description": "The Strategic Stability Dialogue in Geneva and what came before it.",
    "sources": [
        {
            "id": "reuters-2022-01-10",
            "title": "Russia demands NATO guarantees at Geneva talks",
            "publisher": "Reuters",
            "url": "https://www.example.org/world/europe/geneva-2022-01-10/",
            "published": "2022-01-10",
            "language": "en",
            "text": TEXT,
            "sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        },
        {"id": "tass-2021-12-17", "title": "Draft treaty published", "published": "2021-12~"},
    ],
    "entities": [
        {
            "id": "usa",
            "kind": "state",
            "name": "United States",
            "aliases": ["Washington", "U.S."],
            "attributes": {"iso": "US", "nuclear": True, "members_of_nato_since": 1949},
            "sources": [prov("U.S.", confidence=0.95, method="extracted", rule="ner.gazetteer")],
        },
        {"id": "russia", "kind": "state", "name": "Russia", "aliases": ["Moscow", "the Kremlin"]},
        {"id": "nato", "kind": "alliance", "name": "NATO"},
        {"id": "osce", "kind": "organization", "name": "OSCE"},
        {"id": "geneva", "kind": "place", "name": "Geneva", "country": "switzerland"},
        {"id": "switzerland", "kind": "state", "name": "Switzerland"},
        {"id": "draft-treaty", "kind": "document", "name": "Draft US-Russia treaty"},
        {"id": "press", "kind": "other", "name": "The press"},
        {
            "id": "sherman",
            "kind": "person",
            "name": "Wendy Sherman",
            "country": "usa",
            "roles": [
                {"title": "Deputy Secretary of State", "of": "usa", "from": "2021-04-14", "until": "2023-07-28"}
            ],
            "sources": [prov("Wendy Sherman")],
        },
        {
            "id": "ryabkov",
            "kind": "person",
            "name": "Sergei Ryabkov",
            "country": "russia",
            "roles": [{"title": "Deputy Foreign Minister", "of": "russia", "from": "2008"}],
        },
    ],
    "issues": [
        {
            "id": "nato-enlargement",
            "label": "NATO enlargement",
            "description": "Whether NATO admits further members in the east.",
            "keywords": ["enlargement", "expand further east", "open door"],
        },
        {"id": "arms-control", "label": "Arms control"},
    ],
    "talks": [
        {
            "id": "geneva-ssd-2022",
            "name": "Strategic Stability Dialogue, Geneva",
            "kind": "bilateral",
            "date": "2022-01-10",
            "venue": "geneva",
            "parties": ["usa", "russia"],
            "participants": [
                {"entity": "sherman", "role": "head of delegation", "party": "usa"},
                {"entity": "ryabkov", "role": "head of delegation", "party": "russia"},
            ],
            "issues": ["nato-enlargement", "arms-control"],
            "outcome": "No agreement; talks to continue.",
            "duration": "PT7H30M",
            "sources": [prov("more than seven hours of talks")],
        },
        {"id": "nato-russia-council", "name": "NATO-Russia Council", "kind": "multilateral", "date": "2022-01-12"},
        {"id": "biden-putin-call", "name": "Biden-Putin call", "kind": "call", "date": "2021-12-30", "duration": "PT50M"},
        {"id": "geneva-summit-2021", "name": "Geneva summit", "kind": "summit", "date": "2021-06-16"},
        {"id": "osce-council", "name": "OSCE Permanent Council", "kind": "other", "date": "2022-01-13", "duration": "P1D"},
    ],
    "positions": [
        {
            "id": "russia-demands-no-enlargement",
            "holder": "russia",
            "issue": "nato-enlargement",
            "stance": "demands",
            "date": "2022-01-10",
            "talk": "geneva-ssd-2022",
            "summary": "Russia demands legally binding guarantees against NATO enlargement.",
            "evidence": ["ryabkov-ironclad"],
            "sources": [prov(QUOTE, confidence=1)],
        },
    ]
    + [
        {"id": f"pos-{stance}", "holder": "usa", "issue": "arms-control", "stance": stance}
        for stance in ["proposes", "supports", "accepts", "open", "conditional", "rejects", "opposes", "warns", "denies"]
    ],
    "statements": [
        {
            "id": "ryabkov-ironclad",
            "speaker": "ryabkov",
            "text": QUOTE,
            "mode": "direct",
            "date": "2022-01-10",
            "talk": "geneva-ssd-2022",
            "issues": ["nato-enlargement"],
            "sources": [prov(QUOTE)],
        },
        {"id": "sherman-gist", "speaker": "sherman", "text": "Enlargement is not up for negotiation.", "mode": "indirect"},
    ],
    "events": [
        {
            "id": "draft-treaty-published",
            "date": "2021-12-17",
            "kind": "proposal",
            "title": "Russia publishes draft treaties",
            "summary": "Moscow publishes draft treaties with the US and NATO.",
            "actors": ["russia"],
            "targets": ["usa", "nato"],
            "location": "geneva",
            "talk": "geneva-ssd-2022",
            "issues": ["nato-enlargement"],
            "cameo": "036",
            "sources": [{"source": "tass-2021-12-17", "confidence": 0.5, "method": "curated"}],
        },
        {"id": "ev-meeting", "kind": "meeting", "title": "Working dinner", "date": "2022-01-09"},
        {"id": "ev-statement", "kind": "statement", "title": "Press conference", "cameo": "01"},
        {"id": "ev-military", "kind": "military", "title": "Troop build-up", "date": "2021-11/2022-02", "cameo": "1512"},
        {"id": "ev-sanction", "kind": "sanction", "title": "Sanctions threatened", "date": "2022-01-XX", "cameo": "172"},
        {"id": "ev-agreement", "kind": "agreement", "title": "Agreement to keep talking", "date": "2022-01-10?"},
        {"id": "ev-other", "kind": "other", "title": "Something else", "date": "../2022"},
    ],
    "relations": [
        {
            "id": "sherman-represents-usa",
            "kind": "represents",
            "from": "sherman",
            "to": "usa",
            "since": "2021-04-14",
            "until": "2023-07-28",
            "sources": [prov("U.S. Deputy Secretary of State Wendy Sherman")],
        },
        {"id": "usa-member-of-nato", "kind": "member-of", "from": "usa", "to": "nato", "since": "1949-04-04"},
        {"id": "ryabkov-leads", "kind": "leads", "from": "ryabkov", "to": "russia"},
        {"id": "geneva-in-ch", "kind": "located-in", "from": "geneva", "to": "switzerland"},
        {"id": "part", "kind": "part-of", "from": "russia", "to": "osce"},
        {"id": "other", "kind": "other", "from": "press", "to": "draft-treaty"},
    ],
}


# ---------------------------------------------------------------------------
# The schema itself


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == "https://w3id.org/parley/ir/1.0/schema.json"


def test_schema_file_is_pretty_printed():
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n", (
        "the schema file is not in its canonical layout (2-space indent, one trailing newline)"
    )


def schema_nodes(node, where="#"):
    """Every subschema (dict) in the schema, with a readable location."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for name, sub in value.items():
                    yield from schema_nodes(sub, f"{where}/{key}/{name}")
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                yield from schema_nodes(value, f"{where}/{key}")


def test_every_object_is_closed():
    for where, node in schema_nodes(SCHEMA):
        if node.get("type") == "object":
            if "properties" in node:
                assert node.get("additionalProperties") is False, where
            else:  # only free attributes are open, and their values are typed
                assert isinstance(node.get("additionalProperties"), dict), where


def test_every_definition_and_property_has_title_and_description():
    for name, node in SCHEMA["$defs"].items():
        assert node.get("title") and node.get("description"), f"$defs/{name}"
    for where, node in schema_nodes(SCHEMA):
        for prop, sub in node.get("properties", {}).items():
            assert sub.get("title") and sub.get("description"), f"{where}/properties/{prop}"


def test_defs_cover_every_record_type():
    expected = {
        "Id", "EDTF", "Duration", "Stance", "Source", "Provenance", "Entity", "Role", "Issue",
        "Talk", "Participant", "Position", "Statement", "Event", "Relation",
    }
    assert expected <= set(SCHEMA["$defs"])


# ---------------------------------------------------------------------------
# The schema agrees with docs/IR.md

# Section heading in IR.md -> where its table lives in the schema.
TABLED = {
    "Top level": SCHEMA,
    "Source": SCHEMA["$defs"]["Source"],
    "Provenance": SCHEMA["$defs"]["Provenance"],
    "Entity": SCHEMA["$defs"]["Entity"],
    "Talk": SCHEMA["$defs"]["Talk"],
    "Position": SCHEMA["$defs"]["Position"],
    "Statement": SCHEMA["$defs"]["Statement"],
    "Event": SCHEMA["$defs"]["Event"],
    "Relation": SCHEMA["$defs"]["Relation"],
}


def doc_sections():
    sections, name = {}, None
    for line in IR_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = line[3:].split(" (")[0].strip()
            sections[name] = []
        elif name:
            sections[name].append(line)
    return sections


def doc_table(lines):
    """field -> (type column, required?) for the rows of a section's table."""
    rows = {}
    for line in lines:
        m = re.match(r"^\| `([a-z0-9]+)` \|(.*)$", line)
        if not m:
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", m.group(2))]
        rows[m.group(1)] = (cells[0], cells[1] == "yes")
    return rows


@pytest.mark.parametrize("section", sorted(TABLED))
def test_fields_required_and_enums_match_doc(section):
    rows = doc_table(doc_sections()[section])
    node = TABLED[section]
    assert rows, f"no table found under '## {section}' in docs/IR.md"
    assert list(node["properties"]) == list(rows), "fields (and their order) differ from docs/IR.md"
    assert sorted(node["required"]) == sorted(f for f, (_, req) in rows.items() if req)
    for field, (typ, _) in rows.items():
        if re.fullmatch(r"`[^`]+`( \\\| `[^`]+`)+", typ):  # an enumeration: `a` \| `b` \| ...
            assert node["properties"][field]["enum"] == re.findall(r"`([^`]+)`", typ), field


def test_prose_records_match_doc():
    d = SCHEMA["$defs"]
    assert list(d["Role"]["properties"]) == ["title", "of", "from", "until"]
    assert d["Role"]["required"] == ["title"]
    assert list(d["Issue"]["properties"]) == ["id", "label", "description", "keywords"]
    assert sorted(d["Issue"]["required"]) == ["id", "label"]
    assert list(d["Participant"]["properties"]) == ["entity", "role", "party"]
    assert d["Participant"]["required"] == ["entity"]
    stance_para = "\n".join(doc_sections()["Position"]).split("Stance is one of:")[1].split(".")[0]
    assert d["Stance"]["enum"] == re.findall(r"`([a-z]+)`", stance_para)


# ---------------------------------------------------------------------------
# Valid documents


def test_minimal_document_is_valid():
    assert_valid(MINIMAL)


def test_empty_collections_are_valid():
    doc = dict(MINIMAL)
    for key in ["sources", "entities", "issues", "talks", "positions", "statements", "events", "relations"]:
        doc[key] = []
    assert_valid(doc)


def test_full_document_is_valid():
    assert_valid(FULL)


AUTHORED_YAML = """
parley: "1.0"
id: geneva-2022
title: Geneva, January 2022
entities:
  - {id: russia, kind: state, name: Russia, aliases: [Moscow, the Kremlin]}
  - {id: usa, kind: state, name: United States, attributes: {nato: true, since: 1949}}
issues:
  - {id: nato-enlargement, label: NATO enlargement}
positions:
  - id: russia-demands
    holder: russia
    issue: nato-enlargement
    stance: demands
    date: "2022-01-10"
    sources:
      - {source: reuters, span: [0, 6], quote: GENEVA, confidence: 0.9}
events:
  - {id: ev-1, kind: proposal, title: Draft treaties, date: "2021-12-17", cameo: "036"}
sources:
  - {id: reuters, title: Geneva talks, published: "2022-01-10"}
"""


def test_yaml_document_is_valid():
    assert_valid(yaml.safe_load(AUTHORED_YAML))


def test_full_document_survives_yaml_round_trip():
    assert_valid(yaml.safe_load(yaml.safe_dump(FULL, allow_unicode=True)))


def used_fields(node, instance, name, seen):
    """Record (definition, field) for every field the instance uses."""
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = SCHEMA["$defs"][name]
    if isinstance(instance, dict) and "properties" in node:
        for key, value in instance.items():
            seen.add((name, key))
            used_fields(node["properties"][key], value, name, seen)
    elif isinstance(instance, list) and "items" in node:
        for item in instance:
            used_fields(node["items"], item, name, seen)


def test_full_document_uses_every_field():
    seen = set()
    used_fields(SCHEMA, FULL, "<document>", seen)
    everything = {("<document>", p) for p in SCHEMA["properties"]}
    for name, node in SCHEMA["$defs"].items():
        everything |= {(name, p) for p in node.get("properties", {})}
    assert not everything - seen, f"FULL does not use: {sorted(everything - seen)}"
    # and every enum value of every kind, stance, mode and method
    text = json.dumps(FULL)
    for where, node in schema_nodes(SCHEMA):
        for value in node.get("enum", []):
            assert f'"{value}"' in text, f"{where}: {value}"


VALID_DATES = [
    "2022-01-10", "2021-12", "2022", "-0044", "0000", "Y170000002", "Y-170000002",
    "2022-21", "2022-22", "2022-23", "2022-24",
    "2022-01-10T09:30:00", "2022-01-10T09:30:00Z", "2022-01-10T09:30:00+01:00", "2022-01-10T09:30:00-05",
    "2022-01-10?", "2022-01~", "2022%", "2022-21?",
    "2022-01-XX", "2022-XX-XX", "201X", "20XX", "1XXX", "2022-XX",
    "2021-12-15/2021-12-17", "2022-01/..", "../2022", "/2022-01-10", "2022-01-10/",
    "2004-06~/2004-07?", "2021/2022-01-10", "2019-XX/2020",
]

INVALID_DATES = [
    "2022-13-45x", "2022-13", "2022-00", "2022-01-32", "2022-01-00", "22", "20222", "2022-25", "2022-20",
    "2022-1-5", "2022/01/10", "10.01.2022", "..", "/", "../..", "../", "/..", "2022/2023/2024",
    "2022-01-10T25:00:00", "2022-01-10T09:30", "2022-01-10 09:30:00", "2022-01-10TZ", "2022-01?-10",
    "Y1700", "XXXX", "2022??", "yesterday", "", " 2022", "2022-XX-10", "2X22", "x022",
]


# The pattern catches garbage; the Swift parser is exact. Whatever that parser
# accepts must pass here too, or canonical JSON would fail its own schema.
@pytest.mark.parametrize("date", VALID_DATES)
def test_edtf_accepts(date):
    doc = copy.deepcopy(MINIMAL)
    doc["events"] = [{"id": "e", "kind": "other", "title": "t", "date": date}]
    assert_valid(doc)


@pytest.mark.parametrize("date", INVALID_DATES)
def test_edtf_rejects(date):
    doc = copy.deepcopy(MINIMAL)
    doc["events"] = [{"id": "e", "kind": "other", "title": "t", "date": date}]
    errors = errors_of(doc)
    assert [(e.json_path, e.validator) for e in errors] == [("$.events[0].date", "pattern")]


@pytest.mark.parametrize("duration", ["PT7H30M", "P1D", "P1Y2M3W4DT5H6M7.5S", "PT0S", "P2W", "PT1.25S"])
def test_duration_accepts(duration):
    doc = copy.deepcopy(MINIMAL)
    doc["talks"] = [{"id": "t", "name": "n", "kind": "other", "duration": duration}]
    assert_valid(doc)


@pytest.mark.parametrize("duration", ["7 hours", "P", "PT", "P1H", "PT1D", "1D", "P1.5D", "pt1h", "PT1H ", "-PT1H"])
def test_duration_rejects(duration):
    doc = copy.deepcopy(MINIMAL)
    doc["talks"] = [{"id": "t", "name": "n", "kind": "other", "duration": duration}]
    errors = errors_of(doc)
    assert [(e.json_path, e.validator) for e in errors] == [("$.talks[0].duration", "pattern")]


@pytest.mark.parametrize("ident", ["a", "0", "us-russia-2022", "x.y:z_1", "Q159", "wd:Q30"])
def test_id_accepts(ident):
    assert_valid({**MINIMAL, "id": ident})


@pytest.mark.parametrize("ident", ["", "-a", ".a", "a b", "a/b", "é", "a#b", "_a"])
def test_id_rejects(ident):
    errors = errors_of({**MINIMAL, "id": ident})
    assert [(e.json_path, e.validator) for e in errors] == [("$.id", "pattern")]


# ---------------------------------------------------------------------------
# Invalid documents: each breaks FULL in one place.


def put(path, value):
    def mutate(doc):
        *parents, last = path
        for key in parents:
            doc = doc[key]
        doc[last] = value

    return mutate


def drop(path):
    def mutate(doc):
        *parents, last = path
        for key in parents:
            doc = doc[key]
        del doc[last]

    return mutate


E0, PROV = ("entities", 0), ("entities", 0, "sources", 0)
SHERMAN = ("entities", 8)

# (case, mutation, expected json_path, expected keyword, text the message must contain)
INVALID = [
    ("unknown top-level key", put(("entitys",), []), "$", "additionalProperties", "'entitys'"),
    ("top-level $schema key", put(("$schema",), "x"), "$", "additionalProperties", "'$schema'"),
    ("missing parley", drop(("parley",)), "$", "required", "'parley'"),
    ("missing title", drop(("title",)), "$", "required", "'title'"),
    ("unknown major version", put(("parley",), "2.0"), "$.parley", "pattern", None),
    ("version as number", put(("parley",), 1.0), "$.parley", "type", None),
    ("bad document id", put(("id",), "us russia"), "$.id", "pattern", None),
    ("collection not an array", put(("entities",), {"usa": {}}), "$.entities", "type", None),
    ("misspelled entity field", put(E0 + ("alias",), ["USA"]), "$.entities[0]", "additionalProperties", "'alias'"),
    ("bad entity kind", put(E0 + ("kind",), "country"), "$.entities[0].kind", "enum", None),
    ("entity missing name", drop(E0 + ("name",)), "$.entities[0]", "required", "'name'"),
    ("bad entity id", put(E0 + ("id",), "-usa"), "$.entities[0].id", "pattern", None),
    ("alias not a string", put(E0 + ("aliases", 1), 1), "$.entities[0].aliases[1]", "type", None),
    ("attribute value a list", put(E0 + ("attributes", "iso"), ["US"]), "$.entities[0].attributes.iso", "type", None),
    ("attribute value null", put(E0 + ("attributes", "iso"), None), "$.entities[0].attributes.iso", "type", None),
    ("country not an id", put(SHERMAN + ("country",), {"id": "usa"}), "$.entities[8].country", "type", None),
    ("misspelled role field", put(SHERMAN + ("roles", 0, "since"), "2021"), "$.entities[8].roles[0]",
     "additionalProperties", "'since'"),
    ("role missing title", drop(SHERMAN + ("roles", 0, "title")), "$.entities[8].roles[0]", "required", "'title'"),
    ("bad role date", put(SHERMAN + ("roles", 0, "until"), "July 2023"), "$.entities[8].roles[0].until", "pattern", None),
    ("provenance missing source", drop(PROV + ("source",)), "$.entities[0].sources[0]", "required", "'source'"),
    ("misspelled provenance field", put(PROV + ("confidance",), 0.5), "$.entities[0].sources[0]",
     "additionalProperties", "'confidance'"),
    ("span of 3", put(PROV + ("span",), [1, 2, 3]), "$.entities[0].sources[0].span", "maxItems", None),
    ("span of 1", put(PROV + ("span",), [1]), "$.entities[0].sources[0].span", "minItems", None),
    ("negative span", put(PROV + ("span",), [-1, 4]), "$.entities[0].sources[0].span[0]", "minimum", None),
    ("fractional span", put(PROV + ("span",), [0, 4.5]), "$.entities[0].sources[0].span[1]", "type", None),
    ("span as string", put(PROV + ("span",), "0-4"), "$.entities[0].sources[0].span", "type", None),
    ("confidence 1.5", put(PROV + ("confidence",), 1.5), "$.entities[0].sources[0].confidence", "maximum", None),
    ("confidence -0.1", put(PROV + ("confidence",), -0.1), "$.entities[0].sources[0].confidence", "minimum", None),
    ("confidence as string", put(PROV + ("confidence",), "high"), "$.entities[0].sources[0].confidence", "type", None),
    ("bad method", put(PROV + ("method",), "manual"), "$.entities[0].sources[0].method", "enum", None),
    ("sha256 too short", put(("sources", 0, "sha256"), "ab" * 31 + "c"), "$.sources[0].sha256", "pattern", None),
    ("sha256 uppercase", put(("sources", 0, "sha256"), "AB" * 32), "$.sources[0].sha256", "pattern", None),
    ("unknown source field", put(("sources", 0, "author"), "X"), "$.sources[0]", "additionalProperties", "'author'"),
    ("bad published date", put(("sources", 0, "published"), "2022-13-45x"), "$.sources[0].published", "pattern", None),
    ("issue with sources", put(("issues", 0, "sources"), []), "$.issues[0]", "additionalProperties", "'sources'"),
    ("issue missing label", drop(("issues", 0, "label")), "$.issues[0]", "required", "'label'"),
    ("bad talk kind", put(("talks", 0, "kind"), "trilateral"), "$.talks[0].kind", "enum", None),
    ("bad talk date", put(("talks", 0, "date"), "2022-13-45x"), "$.talks[0].date", "pattern", None),
    ("duration in words", put(("talks", 0, "duration"), "7 hours"), "$.talks[0].duration", "pattern", None),
    ("party not an id", put(("talks", 0, "parties", 1), 5), "$.talks[0].parties[1]", "type", None),
    ("participant missing entity", drop(("talks", 0, "participants", 0, "entity")), "$.talks[0].participants[0]",
     "required", "'entity'"),
    ("missing holder", drop(("positions", 0, "holder")), "$.positions[0]", "required", "'holder'"),
    ("bad stance", put(("positions", 0, "stance"), "supporting"), "$.positions[0].stance", "enum", None),
    ("stance capitalised", put(("positions", 0, "stance"), "Demands"), "$.positions[0].stance", "enum", None),
    ("bad statement mode", put(("statements", 0, "mode"), "quoted"), "$.statements[0].mode", "enum", None),
    ("statement missing text", drop(("statements", 0, "text")), "$.statements[0]", "required", "'text'"),
    ("bad event kind", put(("events", 0, "kind"), "protest"), "$.events[0].kind", "enum", None),
    ("cameo as integer 36", put(("events", 0, "cameo"), 36), "$.events[0].cameo", "type", None),
    ("cameo of 5 digits", put(("events", 0, "cameo"), "03612"), "$.events[0].cameo", "pattern", None),
    ("cameo of 1 digit", put(("events", 0, "cameo"), "3"), "$.events[0].cameo", "pattern", None),
    ("event missing title", drop(("events", 0, "title")), "$.events[0]", "required", "'title'"),
    ("bad relation kind", put(("relations", 0, "kind"), "member"), "$.relations[0].kind", "enum", None),
    ("relation missing to", drop(("relations", 0, "to")), "$.relations[0]", "required", "'to'"),
    ("relation with from-date", put(("relations", 1, "from_date"), "1949"), "$.relations[1]",
     "additionalProperties", "'from_date'"),
    ("bad relation date", put(("relations", 0, "since"), "yesterday"), "$.relations[0].since", "pattern", None),
]


@pytest.mark.parametrize(
    "mutate, path, keyword, message",
    [case[1:] for case in INVALID],
    ids=[case[0] for case in INVALID],
)
def test_invalid_document_is_rejected_where_expected(mutate, path, keyword, message):
    doc = copy.deepcopy(FULL)
    mutate(doc)
    errors = errors_of(doc)
    assert errors, "expected the document to be rejected"
    # FULL is valid, so every error must come from the one place broken
    assert [(e.json_path, e.validator) for e in errors] == [(path, keyword)], describe(errors)
    if message:
        assert message in errors[0].message


def test_invalid_table_is_large_enough():
    assert len(INVALID) >= 15
    assert len({case[0] for case in INVALID}) == len(INVALID)


# ---------------------------------------------------------------------------
# The CLI: canonical JSON of the samples, and `parley schema`

SAMPLES = sorted(
    p
    for pattern in ("*.parley.yaml", "*.parley.yml", "*.parley.json")
    for p in (REPO_ROOT / "samples").rglob(pattern)
)


# With no sample at all, one case fails (rather than pytest skipping an empty set).
@pytest.mark.parametrize(
    "path", SAMPLES or [None], ids=[str(p.relative_to(REPO_ROOT)) for p in SAMPLES] or ["no-samples"]
)
def test_sample_canonical_json_is_valid(path, run_parley):
    if path is None:
        pytest.fail("no samples/**/*.parley.{yaml,yml,json} found", pytrace=False)
    proc = run_parley("export", path, "-t", "json", "-o", "-")
    assert proc.returncode == 0, f"parley export failed ({proc.returncode}):\n{proc.stderr}"
    try:
        doc = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        pytest.fail(f"parley export did not print JSON: {e}\n{proc.stdout[:2000]}")
    assert_valid(doc)


def json_differences(a, b, path="$"):
    """The paths at which two JSON values differ."""
    if type(a) is not type(b):
        yield path
    elif isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                yield f"{path}.{key}"
            else:
                yield from json_differences(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from json_differences(x, y, f"{path}[{i}]")
    elif a != b:
        yield path


def test_parley_schema_prints_the_schema_file(run_parley):
    proc = run_parley("schema")
    assert proc.returncode == 0, f"parley schema failed ({proc.returncode}):\n{proc.stderr}"
    printed, on_disk = json.loads(proc.stdout), load_schema()
    differences = list(json_differences(printed, on_disk))
    assert not differences, (
        f"parley schema differs from {SCHEMA_PATH.relative_to(REPO_ROOT)} at {differences[:10]} "
        "(the schema is embedded at build time: rebuild parley after changing it)"
    )
