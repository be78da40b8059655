"""Checks samples/security-talks-2022.parley.yaml as data (docs/IR.md, Parley IR 1.0).

Run: python3 -m pytest Tests/Interop/test_sample.py -q

The provenance spans and source digests are checked against the seed articles in
../shared/seeds (override with PARLEY_SHARED=<shared dir or seeds dir>); when that
folder is absent those tests are skipped, never passed silently.
"""
import hashlib
import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "security-talks-2022.parley.yaml"


def seeds_dir():
    env = os.environ.get("PARLEY_SHARED")
    base = Path(env) if env else Path(__file__).resolve().parents[3] / "shared"
    return base / "seeds" if (base / "seeds").is_dir() else base


# Page clutter (related-article lists, comment boxes) begins at these markers;
# no evidence may be taken from after them.
CLUTTER = {
    "001_9ede0d2f98eddf13.txt": "Comments / 1",
    "002_8eb623820132897e.txt": "%d bloggers like this",
    "003_a98fd8c5959adaac.txt": "No comments:",
}

# ---------------------------------------------------------------- IR rules

PROV = {"source", "span", "quote", "confidence", "method", "rule"}
FIELDS = {
    "top": ({"parley", "id", "title"}, {"description", "sources", "entities", "issues", "talks",
                                        "positions", "statements", "events", "relations"}),
    "sources": ({"id", "title"}, {"publisher", "url", "published", "language", "text", "sha256"}),
    "entities": ({"id", "kind", "name"}, {"aliases", "roles", "country", "attributes", "sources"}),
    "issues": ({"id", "label"}, {"description", "keywords"}),
    "talks": ({"id", "name", "kind"}, {"date", "venue", "parties", "participants", "issues",
                                       "outcome", "duration", "sources"}),
    "positions": ({"id", "holder", "issue", "stance"}, {"date", "talk", "summary", "evidence", "sources"}),
    "statements": ({"id", "speaker", "text", "mode"}, {"date", "talk", "issues", "sources"}),
    "events": ({"id", "kind", "title"}, {"date", "summary", "actors", "targets", "location", "talk",
                                         "issues", "cameo", "sources"}),
    "relations": ({"id", "kind", "from", "to"}, {"since", "until", "sources"}),
}
ENUMS = {
    "entities": {"person", "state", "organization", "alliance", "place", "document", "other"},
    "talks": {"bilateral", "multilateral", "call", "summit", "other"},
    "events": {"proposal", "meeting", "statement", "military", "sanction", "agreement", "other"},
    "relations": {"member-of", "represents", "leads", "located-in", "part-of", "other"},
}
STANCES = {"demands", "proposes", "supports", "accepts", "open", "conditional", "rejects",
           "opposes", "warns", "denies"}
PARTY = {"state", "alliance", "organization"}
ANY = None  # any entity kind
# (collection, field) -> target: entity-kind set, ANY, or a collection name
REFS = {
    ("entities", "country"): {"state"},
    ("talks", "venue"): {"place"},
    ("talks", "parties"): PARTY,
    ("talks", "issues"): "issues",
    ("positions", "holder"): PARTY | {"person"},
    ("positions", "issue"): "issues",
    ("positions", "talk"): "talks",
    ("positions", "evidence"): "statements",
    ("statements", "speaker"): ANY,
    ("statements", "talk"): "talks",
    ("statements", "issues"): "issues",
    ("events", "actors"): ANY,
    ("events", "targets"): ANY,
    ("events", "location"): {"place"},
    ("events", "talk"): "talks",
    ("events", "issues"): "issues",
    ("relations", "from"): ANY,
    ("relations", "to"): ANY,
}
WITH_PROVENANCE = ("entities", "talks", "positions", "statements", "events", "relations")
ID_RE = re.compile(r"^[A-Za-z0-9_.:-]+$")
EDTF_DAY = r"(?:-?\d{4}|Y-?\d{5,}|\d{2}XX|\d{3}X)(?:-(?:\d{2}|XX|2[1-4])(?:-(?:\d{2}|XX))?)?"
EDTF_ONE = EDTF_DAY + r"(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?[?~%]?"
EDTF_RE = re.compile(rf"^(?:{EDTF_ONE}|(?:{EDTF_ONE}|\.\.)?/(?:{EDTF_ONE}|\.\.)?)$")
DURATION_RE = re.compile(r"^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$")


@pytest.fixture(scope="module")
def doc():
    with open(SAMPLE, encoding="utf-8") as f:
        return yaml.safe_load(f)


def records(doc, coll):
    return doc.get(coll) or []


def all_provenance(doc):
    for coll in WITH_PROVENANCE:
        for r in records(doc, coll):
            for p in r.get("sources") or []:
                yield coll, r["id"], p


# ---------------------------------------------------------------- shape

def test_header(doc):
    assert doc["parley"] == "1.0"
    assert doc["id"] == "security-talks-2022"
    assert isinstance(doc["title"], str) and doc["title"].strip()
    assert isinstance(doc.get("description"), str) and doc["description"].strip()


def test_fields_and_enums(doc):
    req, opt = FIELDS["top"]
    assert req <= set(doc) and set(doc) <= req | opt, set(doc) - (req | opt)
    for coll, (req, opt) in FIELDS.items():
        if coll == "top":
            continue
        for r in records(doc, coll):
            keys = set(r)
            assert req <= keys, (coll, r.get("id"), req - keys)
            assert keys <= req | opt, (coll, r.get("id"), keys - req - opt)
            if coll in ENUMS:
                assert r["kind"] in ENUMS[coll], (coll, r["id"], r["kind"])
    for r in records(doc, "positions"):
        assert r["stance"] in STANCES, r["id"]
    for r in records(doc, "statements"):
        assert r["mode"] in {"direct", "indirect"}, r["id"]
    for r in records(doc, "entities"):
        for role in r.get("roles") or []:
            assert "title" in role and set(role) <= {"title", "of", "from", "until"}, (r["id"], role)
    for t in records(doc, "talks"):
        for p in t.get("participants") or []:
            assert "entity" in p and set(p) <= {"entity", "role", "party"}, (t["id"], p)
        if "duration" in t:
            assert isinstance(t["duration"], str) and DURATION_RE.match(t["duration"]), t["id"]
    for e in records(doc, "events"):
        if "cameo" in e:
            assert isinstance(e["cameo"], str) and re.fullmatch(r"\d{2,4}", e["cameo"]), e["id"]
    for s in records(doc, "sources"):
        assert "text" not in s, s["id"]
        assert s.get("language") == "en", s["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")), s["id"]


def test_counts(doc):
    n = {c: len(records(doc, c)) for c in FIELDS if c != "top"}
    assert n["sources"] == 5
    assert n["entities"] >= 35
    assert n["issues"] >= 10
    assert n["talks"] >= 3
    assert n["positions"] >= 30
    assert n["statements"] >= 30
    assert n["relations"] >= 10
    assert sum(1 for e in records(doc, "events") if e.get("date")) >= 20
    modes = {s["mode"] for s in records(doc, "statements")}
    assert modes == {"direct", "indirect"}


def test_ids_unique_and_readable(doc):
    seen = {doc["id"]}
    for coll in FIELDS:
        if coll == "top":
            continue
        for r in records(doc, coll):
            assert ID_RE.match(r["id"]), r["id"]
            assert r["id"] not in seen, f"duplicate id {r['id']}"
            seen.add(r["id"])


def test_dates_are_edtf_strings(doc):
    checked = 0

    def check(value, where):
        nonlocal checked
        assert isinstance(value, str), f"{where}: date {value!r} is not a string (quote it)"
        assert EDTF_RE.match(value), f"{where}: {value!r} is not EDTF"
        checked += 1

    for s in records(doc, "sources"):
        if "published" in s:
            check(s["published"], s["id"])
    for e in records(doc, "entities"):
        for role in e.get("roles") or []:
            for k in ("from", "until"):
                if k in role:
                    check(role[k], e["id"])
    for coll in ("talks", "positions", "statements", "events"):
        for r in records(doc, coll):
            if "date" in r:
                check(r["date"], r["id"])
    for r in records(doc, "relations"):
        for k in ("since", "until"):
            if k in r:
                check(r[k], r["id"])
    assert checked > 0


def test_every_record_has_provenance(doc):
    source_ids = {s["id"] for s in records(doc, "sources")}
    for coll in WITH_PROVENANCE:
        for r in records(doc, coll):
            provs = r.get("sources") or []
            assert provs, f"{coll}/{r['id']} has no provenance"
    for coll, rid, p in all_provenance(doc):
        assert set(p) <= PROV, (rid, set(p) - PROV)
        assert p["source"] in source_ids, (rid, p["source"])
        assert isinstance(p.get("quote"), str) and p["quote"].strip(), rid
        assert len(p["quote"]) <= 240, (rid, "quote too long")
        span = p.get("span")
        assert isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span), rid
        assert 0 <= span[0] <= span[1], rid
        assert p.get("method", "curated") in {"curated", "extracted"}, rid


def test_references_resolve_to_the_right_kind(doc):
    entities = {e["id"]: e["kind"] for e in records(doc, "entities")}
    ids = {c: {r["id"] for r in records(doc, c)} for c in ("issues", "talks", "statements")}

    def check(target, value, where):
        if isinstance(target, str):
            assert value in ids[target], f"{where}: {value!r} is not a {target[:-1]}"
        else:
            assert value in entities, f"{where}: {value!r} is not an entity"
            if target is not ANY:
                assert entities[value] in target, f"{where}: {value!r} is a {entities[value]}, want {sorted(target)}"

    for (coll, field), target in REFS.items():
        for r in records(doc, coll):
            if field not in r:
                continue
            values = r[field] if isinstance(r[field], list) else [r[field]]
            for v in values:
                check(target, v, f"{coll}/{r['id']}.{field}")
    for t in records(doc, "talks"):
        for p in t.get("participants") or []:
            check({"person"}, p["entity"], f"talks/{t['id']}.participants")
            if "party" in p:
                check(PARTY, p["party"], f"talks/{t['id']}.participants.party")
    for e in records(doc, "entities"):
        for role in e.get("roles") or []:
            if "of" in role:
                check(ANY, role["of"], f"entities/{e['id']}.roles.of")


# ---------------------------------------------------------------- content

def test_core_entities_and_talks(doc):
    ents = {e["id"]: e for e in records(doc, "entities")}
    for sid in ("russia", "united-states", "ukraine", "georgia"):
        assert ents[sid]["kind"] == "state", sid
    assert ents["nato"]["kind"] == "alliance"
    for pid in ("putin", "biden", "ryabkov", "sherman", "blinken", "grushko", "fomin",
                "stoltenberg", "peskov", "antonov", "ushakov", "price"):
        assert ents[pid]["kind"] == "person", pid
    for pid in ("geneva", "brussels", "vienna", "crimea"):
        assert ents[pid]["kind"] == "place", pid
    assert "Moscow" in ents["russia"].get("aliases", [])
    talks = {(t["date"], t["venue"]): t for t in records(doc, "talks")}
    geneva = talks[("2022-01-10", "geneva")]
    assert geneva["kind"] == "bilateral"
    assert {p["entity"] for p in geneva["participants"]} >= {"sherman", "ryabkov"}
    assert talks[("2022-01-12", "brussels")]["kind"] == "multilateral"
    assert talks[("2022-01-13", "vienna")]["kind"] == "multilateral"
    assert all(t.get("outcome") for t in talks.values())


def test_positions_cite_statements_and_move(doc):
    statements = {s["id"]: s for s in records(doc, "statements")}
    with_evidence = [p for p in records(doc, "positions") if p.get("evidence")]
    assert len(with_evidence) >= 20
    # at least one holder/issue pair shows a dated change of stance
    by_pair = {}
    for p in records(doc, "positions"):
        by_pair.setdefault((p["holder"], p["issue"]), []).append(p)
    assert any(len({p["stance"] for p in ps}) > 1 for ps in by_pair.values())
    assert all(e in statements for p in with_evidence for e in p["evidence"])


# ---------------------------------------------------------------- against the seeds

@pytest.fixture(scope="module")
def seeds():
    d = seeds_dir()
    if not d.is_dir():
        pytest.skip("../shared/seeds is absent: spans not checked")
    files = sorted(p for p in d.iterdir() if p.is_file())
    if not files:
        pytest.skip("../shared/seeds is absent: spans not checked")
    return {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in files}


def source_texts(doc, seeds):
    texts = {}
    for s in records(doc, "sources"):
        path = seeds.get(s["sha256"])
        assert path is not None, f"{s['id']}: sha256 matches no seed file"
        texts[s["id"]] = (path.name, path.read_text(encoding="utf-8"))
    return texts


def test_sources_match_seed_files(doc, seeds):
    texts = source_texts(doc, seeds)
    assert sorted(name for name, _ in texts.values()) == sorted(p.name for p in seeds.values())


def test_spans_and_quotes_match_seed_text(doc, seeds):
    texts = source_texts(doc, seeds)
    n = 0
    for coll, rid, p in all_provenance(doc):
        name, text = texts[p["source"]]
        start, end = p["span"]
        assert end <= len(text), (rid, p["span"])
        assert text[start:end] == p["quote"], f"{coll}/{rid}: span {p['span']} is {text[start:end]!r}, quote {p['quote']!r}"
        if name in CLUTTER:
            assert end <= text.index(CLUTTER[name]), f"{coll}/{rid}: quote taken from page clutter"
        n += 1
    assert n > 0


def test_direct_quotes_are_verbatim(doc, seeds):
    texts = source_texts(doc, seeds)
    for s in records(doc, "statements"):
        if s["mode"] != "direct":
            continue
        cited = [texts[p["source"]][1] for p in s["sources"]]
        assert any(s["text"] in t for t in cited), f"{s['id']}: direct text not verbatim in its sources"
