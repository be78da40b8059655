"""`parley select`, `parley merge` and `parley diff` (docs/toolkit.md), checked
against an independent computation in Python from the canonical JSON.

Everything parley is expected to write is recomputed here from the dossier's
JSON (`parley export X -t json`), never from Parley's code:

- select: the criteria of docs/toolkit.md's table (kind, date window with EDTF
  overlap, actor, issue, talk, stance), alone and together, with the closure
  rules (the evidence statements of kept positions and the talks of kept
  records come along unless --kind leaves their kind out, and references to a
  left-out kind are removed; entities, issues and sources reached directly or
  through another kept record; relations between kept entities). The earliest and
  latest instants of EDTF dates are computed here (years, months, days,
  seasons, unspecified digits, qualifiers, intervals with open `..` and
  unknown empty ends); a hand-made dossier checks window edges day by day
  against a table written by hand.
- merge: the merge order, identical records joined with their provenance,
  entity reconciliation by folded name (lower case, Unicode punctuation P*
  removed, white space runs as one space, trimmed) with every reference
  rewritten, conflicts (exit 1, nothing written, the message naming the IR
  path and both values) and --prefer first|last, --report.
- diff: added, removed and changed records with their changed fields in IR
  order, the dossier's own fields, moved positions (the latest position per
  holder and issue), the exact --json shape, the text output and exit codes.
- errors: an unknown --actor, --issue or --talk (exit 2 with a suggestion), a
  --since that is not EDTF, unreadable or invalid diff inputs.

The sample and the three gold dossiers of samples/ingest/other-talks are used
wherever a check applies to any dossier; hand-made dossiers cover the edges.
Filters (--filter) are tested elsewhere.

Run: PARLEY=.build/debug/parley .venv/bin/python -m pytest Tests/Interop/test_toolkit.py -q
"""
from __future__ import annotations

import copy
import datetime
import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from conftest import REPO_ROOT, SCHEMA_PATH, require_parley

DOSSIERS = {
    "sample": "samples/security-talks-2022.parley.yaml",
    "black-sea-grain-2022": "samples/ingest/other-talks/black-sea-grain-2022/gold.parley.yaml",
    "iran-nuclear-lausanne-2015": "samples/ingest/other-talks/iran-nuclear-lausanne-2015/gold.parley.yaml",
    "singapore-summit-2018": "samples/ingest/other-talks/singapore-summit-2018/gold.parley.yaml",
}
NAMES = list(DOSSIERS)

TOP_FIELDS = ["parley", "id", "title", "description"]
COLLECTIONS = ["sources", "entities", "issues", "talks", "positions", "statements", "events",
               "relations"]
SELECTED = ["talks", "positions", "statements", "events"]
KIND_OF = {"talk": "talks", "position": "positions", "statement": "statements", "event": "events"}
PROVENANCED = {"entities", "talks", "positions", "statements", "events", "relations"}
STANCES = ["demands", "proposes", "supports", "accepts", "open", "conditional", "rejects",
           "opposes", "warns", "denies"]

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
# Each collection's fields in the IR's order (the schema lists them in that order).
RECORD_DEF = {"sources": "Source", "entities": "Entity", "issues": "Issue", "talks": "Talk",
              "positions": "Position", "statements": "Statement", "events": "Event",
              "relations": "Relation"}
FIELD_ORDER = {c: list(SCHEMA["$defs"][d]["properties"]) for c, d in RECORD_DEF.items()}


# ------------------------------------------------------------------ running parley


def run(*args, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """parley ARGS from the repository root (or cwd), text output captured."""
    return subprocess.run([str(require_parley()), *map(str, args)], capture_output=True,
                          text=True, cwd=REPO_ROOT if cwd is None else cwd, timeout=300)


def command(args) -> str:
    return "parley " + " ".join(str(a) if str(a) and " " not in str(a) and "'" not in str(a)
                                else repr(str(a)) for a in args)


def select(source, *options, cwd: Path | None = None) -> dict:
    """The dossier `parley select SOURCE OPTIONS` writes (canonical JSON on
    standard output), checked valid against the JSON Schema."""
    done = run("select", source, *options, cwd=cwd)
    assert done.returncode == 0, f"{command(['select', source, *options])}: exit " \
                                 f"{done.returncode}\n{done.stderr}"
    document = json.loads(done.stdout)
    assert_schema_valid(document, f"select {' '.join(map(str, options))}")
    return document


def assert_schema_valid(document: dict, what: str):
    errors = sorted(VALIDATOR.iter_errors(document), key=lambda e: e.json_path)
    assert not errors, f"{what}: not valid against the JSON Schema:\n" + "\n".join(
        f"  {e.json_path}: {e.message}" for e in errors[:10])


def assert_parley_valid(path: Path):
    done = run("validate", path)
    assert done.returncode == 0, f"parley validate {path}: exit {done.returncode}\n" \
                                 f"{done.stdout}{done.stderr}"


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """name → {"source": the dossier's file, "doc": its canonical JSON as
    data, "json": the canonical JSON's file}."""
    folder = tmp_path_factory.mktemp("toolkit-corpus")
    out = {}
    for name, source in DOSSIERS.items():
        done = run("export", source, "-t", "json")
        assert done.returncode == 0, done.stderr
        path = folder / f"{name}.json"
        path.write_text(done.stdout, encoding="utf-8")
        out[name] = {"source": source, "doc": json.loads(done.stdout), "json": path}
    return out


def difference(expected: dict, got: dict) -> str:
    """A short account of where got differs from expected."""
    lines = []
    for field in TOP_FIELDS:
        if expected.get(field) != got.get(field):
            lines.append(f"  {field}: expected {expected.get(field)!r}, got {got.get(field)!r}")
    for c in COLLECTIONS:
        e, g = expected.get(c, []), got.get(c, [])
        if e == g:
            continue
        eids, gids = [r["id"] for r in e], [r["id"] for r in g]
        missing = [i for i in eids if i not in gids]
        extra = [i for i in gids if i not in eids]
        if missing:
            lines.append(f"  {c}: missing {missing[:8]}{' …' if len(missing) > 8 else ''}")
        if extra:
            lines.append(f"  {c}: unexpected {extra[:8]}{' …' if len(extra) > 8 else ''}")
        if not missing and not extra and eids != gids:
            lines.append(f"  {c}: order {gids[:8]} instead of {eids[:8]}")
        gmap = {r["id"]: r for r in g}
        for r in e:
            if r["id"] in gmap and gmap[r["id"]] != r:
                lines.append(f"  {c} {r['id']}: expected {json.dumps(r, ensure_ascii=False)[:300]}"
                             f"\n      got {json.dumps(gmap[r['id']], ensure_ascii=False)[:300]}")
                break
    extra_keys = set(got) - set(expected)
    if extra_keys - set(COLLECTIONS):
        lines.append(f"  unexpected top-level fields {sorted(extra_keys)}")
    return "\n".join(lines) or "  (the same)"


# ------------------------------------------------------------------ folding, EDTF


def fold(text: str) -> str:
    """Names compared with case and punctuation folded: lower case, Unicode
    punctuation (P*) removed, white space runs as one space, trimmed."""
    lowered = text.lower()
    kept = "".join(ch for ch in lowered if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split())


NEG_INF, POS_INF = float("-inf"), float("inf")
# EDTF level 1 seasons: 21 spring, 22 summer, 23 autumn, 24 winter, as
# (first month, last month); winter runs into the next year's February.
SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30


def day_key(year: int, month: int, day: int) -> int:
    """A day as one sortable integer (months past 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return year * 10000 + month * 100 + day


def last_day(year: int, month: int) -> int:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return day_key(year, month, days_in_month(year, month))


def date_bounds(text: str) -> tuple[int, int]:
    """(earliest day, latest day) of one EDTF date (not an interval).
    Qualifiers do not change the range; a time of day counts as its day."""
    text = text.rstrip("?~%").split("T")[0]
    if text.startswith("Y"):
        year = int(text[1:])
        return day_key(year, 1, 1), day_key(year, 12, 31)
    sign = -1 if text.startswith("-") else 1
    parts = text.lstrip("-").split("-")
    low_year = sign * int(parts[0].replace("X", "0"))
    high_year = sign * int(parts[0].replace("X", "9"))
    low_year, high_year = min(low_year, high_year), max(low_year, high_year)
    if len(parts) == 1:
        return day_key(low_year, 1, 1), day_key(high_year, 12, 31)
    if parts[1] == "XX":
        first, last = 1, 12
    elif int(parts[1]) > 20:
        first, last = SEASONS[int(parts[1])]
    else:
        first = last = int(parts[1])
    if len(parts) == 2 or parts[2] == "XX":
        return day_key(low_year, first, 1), last_day(high_year, last)
    return day_key(low_year, first, int(parts[2])), day_key(high_year, last, int(parts[2]))


def bounds(text: str) -> tuple[float, float]:
    """(earliest, latest) of an EDTF date or interval; an open (`..`) or
    unknown (empty) end is unbounded."""
    if "/" in text:
        start, end = text.split("/")
        low = NEG_INF if start in ("", "..") else date_bounds(start)[0]
        high = POS_INF if end in ("", "..") else date_bounds(end)[1]
        return low, high
    return date_bounds(text)


def next_day(text: str) -> str:
    return (datetime.date.fromisoformat(text) + datetime.timedelta(days=1)).isoformat()


# ------------------------------------------------------------------ the selection


def involved(coll: str, r: dict) -> set:
    """The entities --actor looks at, per docs/toolkit.md's table."""
    if coll == "talks":
        out = set(r.get("parties", []))
        for p in r.get("participants", []):
            out.add(p["entity"])
            if "party" in p:
                out.add(p["party"])
        return out
    if coll == "positions":
        return {r["holder"]}
    if coll == "statements":
        return {r["speaker"]}
    return set(r.get("actors", [])) | set(r.get("targets", []))


def issues_of(coll: str, r: dict) -> set:
    return {r["issue"]} if coll == "positions" else set(r.get("issues", []))


def entity_refs(coll: str, r: dict) -> set:
    """Every entity a record refers to."""
    if coll == "entities":
        out = [r.get("country")] + [role.get("of") for role in r.get("roles", [])]
    elif coll == "talks":
        out = [r.get("venue"), *r.get("parties", [])]
        for p in r.get("participants", []):
            out += [p["entity"], p.get("party")]
    elif coll == "positions":
        out = [r["holder"]]
    elif coll == "statements":
        out = [r["speaker"]]
    elif coll == "events":
        out = [*r.get("actors", []), *r.get("targets", []), r.get("location")]
    elif coll == "relations":
        out = [r["from"], r["to"]]
    else:
        out = []
    return {x for x in out if x}


def expected_selection(doc: dict, *, kinds=(), since=None, until=None, undated="drop",
                       actors=(), issues=(), talks=(), stances=()) -> dict:
    """What `parley select` must write for these criteria (actors, issues and
    talks as ids), computed from docs/toolkit.md."""
    if not (kinds or since or until or actors or issues or talks or stances):
        return copy.deepcopy(doc)
    window = None
    if since or until:
        window = (bounds(since)[0] if since else NEG_INF, bounds(until)[1] if until else POS_INF)
    wanted = {KIND_OF[k] for k in kinds}

    def matches(coll, r):
        if kinds and coll not in wanted:
            return False
        if window:
            if "date" not in r:
                if undated != "keep":
                    return False
            else:
                low, high = bounds(r["date"])
                if low > window[1] or high < window[0]:
                    return False
        if actors and not involved(coll, r) & set(actors):
            return False
        if issues and not issues_of(coll, r) & set(issues):
            return False
        if talks and (r["id"] if coll == "talks" else r.get("talk")) not in set(talks):
            return False
        if stances and not (coll == "positions" and r["stance"] in stances):
            return False
        return True

    chosen = {c: {r["id"] for r in doc.get(c, []) if matches(c, r)} for c in SELECTED}
    # The statements a kept position cites and the talks kept records took
    # place at come along, unless --kind leaves their kind out.
    by_id = {c: {r["id"]: r for r in doc.get(c, [])} for c in SELECTED}
    if not kinds or "statement" in kinds:
        chosen["statements"] |= {s for p in chosen["positions"]
                                 for s in by_id["positions"][p].get("evidence", [])}
    if not kinds or "talk" in kinds:
        chosen["talks"] |= {by_id[c][rid]["talk"] for c in ("positions", "statements", "events")
                            for rid in chosen[c] if "talk" in by_id[c][rid]}
    kept = {c: [copy.deepcopy(r) for r in doc.get(c, []) if r["id"] in chosen[c]]
            for c in SELECTED}
    talk_ids = {t["id"] for t in kept["talks"]}
    statement_ids = {s["id"] for s in kept["statements"]}
    for c in ("positions", "statements", "events"):
        for r in kept[c]:
            if "talk" in r and r["talk"] not in talk_ids:
                del r["talk"]
    for p in kept["positions"]:
        if "evidence" in p:
            evidence = [s for s in p["evidence"] if s in statement_ids]
            if evidence:
                p["evidence"] = evidence
            else:
                del p["evidence"]
    entities = {e["id"]: e for e in doc.get("entities", [])}
    reached = set()
    queue = [x for c in SELECTED for r in kept[c] for x in entity_refs(c, r)]
    while queue:
        eid = queue.pop()
        if eid not in reached:
            reached.add(eid)
            queue += entity_refs("entities", entities[eid])
    kept["entities"] = [copy.deepcopy(e) for e in doc.get("entities", []) if e["id"] in reached]
    kept["relations"] = [copy.deepcopy(r) for r in doc.get("relations", [])
                         if r["from"] in reached and r["to"] in reached]
    issue_ids = {i for c in SELECTED for r in kept[c] for i in issues_of(c, r)}
    kept["issues"] = [copy.deepcopy(i) for i in doc.get("issues", []) if i["id"] in issue_ids]
    source_ids = {p["source"] for c in PROVENANCED for r in kept.get(c, [])
                  for p in r.get("sources", [])}
    kept["sources"] = [copy.deepcopy(s) for s in doc.get("sources", []) if s["id"] in source_ids]
    out = {f: doc[f] for f in TOP_FIELDS if f in doc}
    out.update({c: kept[c] for c in COLLECTIONS if kept[c]})
    return out


def names_of(record: dict, coll: str) -> list[str]:
    if coll == "entities":
        return [record["name"], *record.get("aliases", [])]
    if coll == "issues":
        return [record["label"]]
    return [record["name"]]


def resolve(doc: dict, coll: str, value: str) -> set:
    """The records of coll a --actor/--issue/--talk value names: by id, or
    else by a folded name."""
    ids = {r["id"] for r in doc.get(coll, [])}
    if value in ids:
        return {value}
    return {r["id"] for r in doc.get(coll, [])
            if fold(value) in {fold(n) for n in names_of(r, coll)}}


def variant(name: str) -> str:
    """name with other case, extra punctuation and white space: the same once folded."""
    return "  ¡“" + "  ".join(name.upper().split()) + "”!? "


def actor_ids(doc: dict) -> list[str]:
    """Entities involved in some record (a party, participant, holder,
    speaker, event actor or target), in the dossier's order."""
    used = {x for c in SELECTED for r in doc.get(c, []) for x in involved(c, r)}
    return [e["id"] for e in doc.get("entities", []) if e["id"] in used]


def days_and_months(doc: dict) -> tuple[list[str], list[str]]:
    """The distinct day and month dates of the selected kinds' records."""
    dates = {r["date"] for c in SELECTED for r in doc.get(c, []) if "date" in r}
    days = sorted({d[:10] for d in dates if len(d) >= 10 and d[4] == "-" and d[7] == "-"
                   and "X" not in d[:10]})
    months = sorted({d[:7] for d in days})
    return days, months


def check_selections(source, doc: dict, cases: list[tuple[list[str], dict]]):
    """Runs each case (select options, keyword arguments of
    expected_selection) and fails with every mismatch at once."""
    failures = []
    for options, criteria in cases:
        expected = expected_selection(doc, **criteria)
        got = select(source, *options)
        if got != expected:
            failures.append(f"{command(['select', source, *options])}:\n"
                            f"{difference(expected, got)}")
    assert not failures, f"{len(failures)} of {len(cases)} selections differ:\n" + \
        "\n".join(failures[:6])


# ------------------------------------------------------------------ merge


def content(coll: str, r: dict) -> dict:
    """A record apart from its provenance."""
    return {k: v for k, v in r.items() if k != "sources"} if coll in PROVENANCED else r


def join_sources(first: list, second: list) -> list:
    out = list(first)
    out += [p for p in second if p not in out]
    return out


def with_sources(r: dict, sources: list) -> dict:
    r = {k: v for k, v in r.items() if k != "sources"}
    if sources:
        r["sources"] = sources
    return r


def rewrite(doc: dict, mapping: dict):
    """Rewrites every entity reference of doc by mapping (in place)."""
    def m(x):
        return mapping.get(x, x)
    for e in doc.get("entities", []):
        if "country" in e:
            e["country"] = m(e["country"])
        for role in e.get("roles", []):
            if "of" in role:
                role["of"] = m(role["of"])
    for t in doc.get("talks", []):
        if "venue" in t:
            t["venue"] = m(t["venue"])
        if "parties" in t:
            t["parties"] = [m(x) for x in t["parties"]]
        for p in t.get("participants", []):
            p["entity"] = m(p["entity"])
            if "party" in p:
                p["party"] = m(p["party"])
    for p in doc.get("positions", []):
        p["holder"] = m(p["holder"])
    for s in doc.get("statements", []):
        s["speaker"] = m(s["speaker"])
    for ev in doc.get("events", []):
        for key in ("actors", "targets"):
            if key in ev:
                ev[key] = [m(x) for x in ev[key]]
        if "location" in ev:
            ev["location"] = m(ev["location"])
    for r in doc.get("relations", []):
        r["from"], r["to"] = m(r["from"]), m(r["to"])


def combine(earlier: dict, later: dict, folded_new: bool) -> dict:
    """One entity from two reconciled ones. An alias is 'new' when no name or
    alias is equal to it (folded_new: equal once folded)."""
    out = copy.deepcopy(earlier)
    aliases = list(earlier.get("aliases", []))
    for name in [later["name"], *later.get("aliases", [])]:
        seen = [earlier["name"], *aliases]
        if (fold(name) not in {fold(s) for s in seen}) if folded_new else (name not in seen):
            aliases.append(name)
    if aliases:
        out["aliases"] = aliases
    roles = list(earlier.get("roles", []))
    roles += [r for r in later.get("roles", []) if r not in roles]
    if roles:
        out["roles"] = roles
    if "country" not in out and "country" in later:
        out["country"] = later["country"]
    attributes = {**later.get("attributes", {}), **earlier.get("attributes", {})}
    if attributes:
        out["attributes"] = attributes
    return with_sources(out, join_sources(earlier.get("sources", []), later.get("sources", [])))


def expected_merge(docs: list[dict], names: list[str], prefer: str | None = None,
                   folded_new: bool = True):
    """(merged dossier, conflict messages, reconciliations) per docs/toolkit.md."""
    merged = {c: [] for c in COLLECTIONS}
    origin = {c: {} for c in COLLECTIONS}  # id → the input it first came from
    conflicts, reconciled = [], []
    for n, (doc, name) in enumerate(zip(docs, names)):
        doc = copy.deepcopy(doc)
        mapping = {}
        if n:
            for e in doc.get("entities", []):
                if e["id"] in origin["entities"]:
                    continue
                keys = {fold(x) for x in names_of(e, "entities")}
                for earlier in merged["entities"]:
                    earlier_keys = {fold(x) for x in names_of(earlier, "entities")}
                    if earlier["kind"] == e["kind"] and keys & earlier_keys:
                        mapping[e["id"]] = earlier["id"]
                        reconciled.append((name, e["id"], earlier["id"]))
                        break
            rewrite(doc, mapping)
        for c in COLLECTIONS:
            for i, r in enumerate(doc.get(c, [])):
                if c == "entities" and r["id"] in mapping:
                    at = next(j for j, x in enumerate(merged[c]) if x["id"] == mapping[r["id"]])
                    merged[c][at] = combine(merged[c][at], r, folded_new)
                    continue
                if r["id"] not in origin[c]:
                    origin[c][r["id"]] = name
                    merged[c].append(r)
                    continue
                at = next(j for j, x in enumerate(merged[c]) if x["id"] == r["id"])
                old = merged[c][at]
                sources = join_sources(old.get("sources", []), r.get("sources", []))
                if content(c, old) != content(c, r):
                    for field in FIELD_ORDER[c]:
                        if field != "sources" and old.get(field) != r.get(field):
                            conflicts.append(
                                f'{name}: {c}[{i}] "{r["id"]}": {field}: '
                                f'{json.dumps(old.get(field), ensure_ascii=False)} in {origin[c][r["id"]]}, '
                                f'{json.dumps(r.get(field), ensure_ascii=False)} in {name}')
                    chosen = r if prefer == "last" else old
                else:
                    chosen = old
                merged[c][at] = with_sources(chosen, sources) if c in PROVENANCED else chosen
    out = {f: docs[0][f] for f in TOP_FIELDS if f in docs[0]}
    out.update({c: merged[c] for c in COLLECTIONS if merged[c]})
    return out, conflicts, reconciled


def as_set(records: list) -> set:
    return {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records}


# ------------------------------------------------------------------ diff


def date_start(text: str) -> float:
    """Where a date starts for the latest position: its earliest instant, or
    for an interval with an open (or unknown) start, its end's earliest."""
    start = bounds(text)[0]
    if start == NEG_INF and text.split("/")[1] not in ("", ".."):
        return date_bounds(text.split("/")[1])[0]
    return start


def latest_positions(doc: dict) -> dict:
    """(holder, issue) → (collection index, position): the one whose date
    starts last, undated counting as earliest, ties to the later one."""
    best = {}
    for i, p in enumerate(doc.get("positions", [])):
        rank = (1, date_start(p["date"])) if "date" in p else (0, 0)
        key = (p["holder"], p["issue"])
        if key not in best or rank >= best[key][0]:
            best[key] = (rank, i, p)
    return {k: (i, p) for k, (_, i, p) in best.items()}


def position_ref(p: dict) -> dict:
    out = {"position": p["id"], "stance": p["stance"]}
    if "date" in p:
        out["date"] = p["date"]
    return out


def expected_diff(a: dict, b: dict, a_name: str, b_name: str) -> dict:
    """The `parley diff --json` object docs/toolkit.md specifies."""
    dossier = [{"field": f, "old": a.get(f), "new": b.get(f)} for f in TOP_FIELDS
               if a.get(f) != b.get(f)]
    collections = {}
    for c in COLLECTIONS:
        in_a = {r["id"]: r for r in a.get(c, [])}
        in_b = {r["id"]: r for r in b.get(c, [])}
        changed = []
        for r in b.get(c, []):
            old = in_a.get(r["id"])
            if old is not None and old != r:
                changed.append({"id": r["id"], "fields": [
                    {"field": f, "old": old.get(f), "new": r.get(f)}
                    for f in FIELD_ORDER[c] if old.get(f) != r.get(f)]})
        collections[c] = {"added": [r["id"] for r in b.get(c, []) if r["id"] not in in_a],
                          "removed": [r["id"] for r in a.get(c, []) if r["id"] not in in_b],
                          "changed": changed}
    latest_a, latest_b = latest_positions(a), latest_positions(b)
    moved = []
    for key, (_, p) in sorted(latest_b.items(), key=lambda kv: kv[1][0]):
        if key in latest_a and latest_a[key][1]["stance"] != p["stance"]:
            moved.append({"holder": key[0], "issue": key[1],
                          "old": position_ref(latest_a[key][1]), "new": position_ref(p)})
    equal = not dossier and not moved and not any(
        v for lists in collections.values() for v in lists.values())
    return {"a": a_name, "b": b_name, "equal": equal, "dossier": dossier,
            "collections": collections, "moved": moved}


def diff(a, b, *options, cwd: Path):
    return run("diff", a, b, *options, cwd=cwd)


# =================================================================== select


@pytest.mark.parametrize("name", NAMES)
def test_select_without_criteria_writes_the_input(name, corpus):
    """With no criterion the dossier is written unchanged: `parley select X`
    prints the same bytes as `parley export X -t json` (canonical JSON is the
    default format)."""
    source = corpus[name]["source"]
    done = run("select", source)
    assert done.returncode == 0, done.stderr
    assert done.stdout == corpus[name]["json"].read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_select_by_kind(name, corpus):
    """--kind keeps the records of the given kinds only (one, two, three and
    all four), with the closure: a position's talk and evidence go when talks
    and statements are not selected, the entities, issues and sources that are
    left are exactly those the kept records reach."""
    d = corpus[name]
    combos = [["talk"], ["position"], ["statement"], ["event"], ["position", "statement"],
              ["talk", "event"], ["talk", "position", "statement"],
              ["talk", "position", "statement", "event"]]
    cases = [([o for k in kinds for o in ("--kind", k)], {"kinds": kinds}) for kinds in combos]
    check_selections(d["source"], d["doc"], cases)


@pytest.mark.parametrize("name", NAMES)
def test_select_by_actor_id(name, corpus):
    """--actor ID for every entity involved in a record (a talk's party or
    participant or participant's party, a holder, a speaker, an event's actor
    or target: places and documents included), and for one that is involved
    in nothing (nothing of the selected kinds is kept)."""
    d = corpus[name]
    doc = d["doc"]
    actors = actor_ids(doc)
    idle = [e["id"] for e in doc["entities"] if e["id"] not in actors][:1]
    cases = [(["--actor", a], {"actors": [a]}) for a in actors + idle]
    check_selections(d["source"], doc, cases)


@pytest.mark.parametrize("name", NAMES)
def test_select_by_actor_name(name, corpus):
    """--actor by an entity's name or one of its aliases, written with other
    case, extra punctuation (“”¡!?) and white space: the same as by id. Names
    that would name more than one record once folded are not used."""
    d = corpus[name]
    doc = d["doc"]
    cases = []
    for e in doc["entities"]:
        if e["id"] not in actor_ids(doc):
            continue
        for text in names_of(e, "entities")[:2]:
            value = variant(text)
            if fold(value) == fold(text) and resolve(doc, "entities", value) == {e["id"]} \
                    and fold(value) not in {r["id"] for c in COLLECTIONS for r in doc.get(c, [])}:
                cases.append((["--actor", value], {"actors": [e["id"]]}))
    assert len(cases) >= 5
    check_selections(d["source"], doc, cases)


def test_select_by_actor_name_with_inner_punctuation(corpus):
    """The sample's "the U.S." alias of united-states named as `THE US`, and
    "Russia" as `’russia’`: punctuation inside and around the name is folded."""
    d = corpus["sample"]
    check_selections(d["source"], d["doc"], [
        (["--actor", "THE US"], {"actors": ["united-states"]}),
        (["--actor", "’russia’"], {"actors": ["russia"]}),
        (["--actor", "the  kremlin"], {"actors": ["russia"]}),
    ])


def by_id_and_name(doc, collection, option, name_field):
    """Selections naming each record of `collection` by its id and, when the
    folded name names it alone, by its name written differently."""
    cases = []
    for record in doc.get(collection, []):
        cases.append(([option, record["id"]], {collection: [record["id"]]}))
        value = variant(record[name_field])
        if resolve(doc, collection, value) == {record["id"]}:
            cases.append(([option, value], {collection: [record["id"]]}))
    return cases


@pytest.mark.parametrize("name", NAMES)
def test_select_by_issue(name, corpus):
    """--issue by each issue's id and by its label with other case and
    punctuation: a talk, statement or event matches when the issue is among
    its issues, a position when it is its issue."""
    d = corpus[name]
    doc = d["doc"]
    check_selections(d["source"], doc, by_id_and_name(doc, "issues", "--issue", "label"))


@pytest.mark.parametrize("name", NAMES)
def test_select_by_talk(name, corpus):
    """--talk by each talk's id and by its name folded: the talk itself and
    the positions, statements and events whose `talk` is it (their `talk`
    stays, since the talk is kept)."""
    d = corpus[name]
    doc = d["doc"]
    cases = by_id_and_name(doc, "talks", "--talk", "name")
    if len(doc.get("talks", [])) >= 2:
        ids = [t["id"] for t in doc["talks"][:2]]
        cases.append((["--talk", ids[0], "--talk", ids[1]], {"talks": ids}))
    check_selections(d["source"], doc, cases)


@pytest.mark.parametrize("name", NAMES)
def test_select_by_stance(name, corpus):
    """--stance for each of the IR's ten stances (present in the dossier or
    not): only positions can match; talks, statements and events never do."""
    d = corpus[name]
    cases = [(["--stance", s], {"stances": [s]}) for s in STANCES]
    cases.append((["--stance", "demands", "--stance", "rejects"],
                  {"stances": ["demands", "rejects"]}))
    check_selections(d["source"], d["doc"], cases)


@pytest.mark.parametrize("name", NAMES)
def test_select_by_date_window(name, corpus):
    """--since/--until windows made from the dossier's own dates: each day
    alone, each month alone (`--until 2022-01` includes the 31st), each year,
    open-ended windows starting the day after a date or ending on it, and
    --undated keep. Records overlap the window by their EDTF earliest and
    latest instants (months, intervals, open ends)."""
    d = corpus[name]
    doc = d["doc"]
    days, months = days_and_months(doc)
    years = sorted({m[:4] for m in months})
    cases = []
    for day in days:
        cases.append((["--since", day, "--until", day], {"since": day, "until": day}))
    for month in months:
        cases.append((["--since", month, "--until", month], {"since": month, "until": month}))
    for year in years:
        cases.append((["--since", year, "--until", year], {"since": year, "until": year}))
    middle = days[len(days) // 2]
    cases += [
        (["--until", middle], {"until": middle}),
        (["--since", next_day(middle)], {"since": next_day(middle)}),
        (["--since", middle, "--undated", "keep"], {"since": middle, "undated": "keep"}),
        (["--since", months[0], "--until", middle, "--undated", "drop"],
         {"since": months[0], "until": middle}),
    ]
    check_selections(d["source"], doc, cases)


@pytest.mark.parametrize("name", NAMES)
def test_select_combinations(name, corpus):
    """Several criteria at once keep what matches every one of them; the
    values of one criterion are alternatives. --kind talk --stance S keeps
    no record of the selected kinds (a talk never has a stance)."""
    d = corpus[name]
    doc = d["doc"]
    positions = doc["positions"]
    holder, stance = positions[0]["holder"], positions[0]["stance"]
    actors = actor_ids(doc)
    days, months = days_and_months(doc)
    issue = positions[-1]["issue"]
    talk = doc["talks"][0]["id"]
    cases = [
        (["--actor", holder, "--stance", stance], {"actors": [holder], "stances": [stance]}),
        (["--kind", "position", "--kind", "statement", "--issue", issue],
         {"kinds": ["position", "statement"], "issues": [issue]}),
        (["--actor", actors[0], "--actor", actors[1], "--since", months[0], "--until", months[-1]],
         {"actors": actors[:2], "since": months[0], "until": months[-1]}),
        (["--talk", talk, "--kind", "statement"], {"talks": [talk], "kinds": ["statement"]}),
        (["--stance", "accepts", "--stance", "rejects", "--since", days[0], "--undated", "keep"],
         {"stances": ["accepts", "rejects"], "since": days[0], "undated": "keep"}),
        (["--kind", "talk", "--stance", stance], {"kinds": ["talk"], "stances": [stance]}),
        (["--issue", issue, "--actor", holder, "--kind", "event", "--kind", "position"],
         {"issues": [issue], "actors": [holder], "kinds": ["event", "position"]}),
    ]
    check_selections(d["source"], doc, cases)


@pytest.mark.parametrize("name", NAMES)
def test_selection_is_a_valid_dossier(name, corpus, tmp_path):
    """The selection is a dossier `parley validate` accepts (and the JSON
    Schema, checked in select()): no dangling talk, evidence, entity, issue or
    source reference is left, for selections that cut many references."""
    d = corpus[name]
    doc = d["doc"]
    days, _ = days_and_months(doc)
    for i, options in enumerate([["--kind", "position"], ["--kind", "event"],
                                 ["--actor", actor_ids(doc)[0]], ["--since", days[-1]],
                                 ["--stance", doc["positions"][0]["stance"]]]):
        path = write_json(tmp_path / f"selection-{i}.json", select(d["source"], *options))
        assert_parley_valid(path)


@pytest.mark.parametrize("name", NAMES)
def test_export_selects_like_select(name, corpus):
    """`parley export X SELECTION -t json` writes exactly the bytes of
    `parley select X SELECTION`: export takes the same selection."""
    d = corpus[name]
    doc = d["doc"]
    days, _ = days_and_months(doc)
    for options in (["--actor", actor_ids(doc)[0]],
                    ["--kind", "statement", "--since", days[0], "--until", days[-1]],
                    ["--stance", doc["positions"][0]["stance"]]):
        exported = run("export", d["source"], *options, "-t", "json")
        selected = run("select", d["source"], *options)
        assert exported.returncode == 0, exported.stderr
        assert selected.returncode == 0, selected.stderr
        assert exported.stdout == selected.stdout, f"export and select differ for {options}"


def test_select_format_from_output_extension(corpus, tmp_path):
    """`select -o FILE.yaml` writes YAML (the format from -o's extension), and
    -t yaml on standard output the same bytes; read back (PyYAML), it is the
    data of the JSON selection (compared with parley's own JSON selection, so
    that this checks the format only)."""
    d = corpus["sample"]
    out = tmp_path / "russia.yaml"
    done = run("select", d["source"], "--actor", "russia", "-o", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert not text.lstrip().startswith("{"), "-o x.yaml wrote JSON"
    assert yaml.safe_load(text) == select(d["source"], "--actor", "russia")
    to_stdout = run("select", d["source"], "--actor", "russia", "-t", "yaml")
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert to_stdout.stdout == text


def test_select_several_inputs_to_a_directory(corpus, tmp_path):
    """select takes several inputs with --out-dir, like export: the three gold
    dossiers (all named gold.parley.yaml) give three canonical JSON files, each
    the selection of its own input."""
    names = NAMES[1:]
    out = tmp_path / "out"
    done = run("select", *(corpus[n]["source"] for n in names), "--kind", "position",
               "--out-dir", out, "-q")
    assert done.returncode == 0, done.stderr
    written = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        document = json.loads(path.read_text(encoding="utf-8"))
        written[document["id"]] = document
    assert len(written) == 3, f"files written: {sorted(p.name for p in out.rglob('*'))}"
    for n in names:
        doc = corpus[n]["doc"]
        assert written[doc["id"]] == expected_selection(doc, kinds=["position"]), n


# ------------------------------------------------------------------ closure, by hand

CLOSURE = {
    "parley": "1.0", "id": "closure", "title": "Closure rules", "description": "Hand-made",
    "sources": [{"id": f"s{i}", "title": f"Source {i}"} for i in range(1, 8)],
    "entities": [
        {"id": "st-a", "kind": "state", "name": "Atlantis", "sources": [{"source": "s1"}]},
        {"id": "st-b", "kind": "state", "name": "Borduria"},
        {"id": "org-c", "kind": "organization", "name": "Council", "country": "st-b",
         "sources": [{"source": "s2"}]},
        {"id": "per-d", "kind": "person", "name": "Dana Doe", "country": "st-a",
         "roles": [{"title": "Envoy", "of": "org-c"}]},
        {"id": "per-e", "kind": "person", "name": "Eli Roe", "country": "st-b"},
        {"id": "all-f", "kind": "alliance", "name": "Fellowship"},
        {"id": "place-g", "kind": "place", "name": "Geneva"},
        {"id": "doc-h", "kind": "document", "name": "Treaty"},
        {"id": "per-unused", "kind": "person", "name": "Nobody", "sources": [{"source": "s7"}]},
    ],
    "issues": [{"id": "i1", "label": "First issue"}, {"id": "i2", "label": "Second issue"},
               {"id": "i3", "label": "Third issue"}, {"id": "i4", "label": "Unused issue"}],
    "talks": [{"id": "t1", "name": "The talk", "kind": "bilateral", "date": "2022-01-10",
               "venue": "place-g", "parties": ["st-a", "st-b"],
               "participants": [{"entity": "per-e", "party": "st-b"}], "issues": ["i1"],
               "sources": [{"source": "s3"}]}],
    "positions": [
        {"id": "p1", "holder": "st-a", "issue": "i2", "stance": "demands", "date": "2022-01-09",
         "talk": "t1", "evidence": ["sm1", "sm2"], "sources": [{"source": "s4"}]},
        {"id": "p2", "holder": "all-f", "issue": "i3", "stance": "rejects"},
    ],
    "statements": [
        {"id": "sm1", "speaker": "per-d", "text": "One.", "mode": "direct", "date": "2022-01-10",
         "talk": "t1", "issues": ["i1"], "sources": [{"source": "s5"}]},
        {"id": "sm2", "speaker": "per-e", "text": "Two.", "mode": "indirect", "date": "2022-01-10",
         "talk": "t1"},
    ],
    "events": [{"id": "ev1", "date": "2021-12", "kind": "military", "title": "Manoeuvres",
                "actors": ["st-a"], "targets": ["doc-h"], "location": "place-g", "issues": ["i3"],
                "sources": [{"source": "s6"}]}],
    "relations": [
        {"id": "r1", "kind": "represents", "from": "per-d", "to": "st-a"},
        {"id": "r2", "kind": "member-of", "from": "st-a", "to": "all-f"},
        {"id": "r3", "kind": "part-of", "from": "org-c", "to": "st-b"},
        {"id": "r4", "kind": "represents", "from": "per-e", "to": "st-b"},
    ],
}

# options → the ids expected in each collection, worked out by hand.
CLOSURE_CASES = [
    # A statement's speaker, her country, her role's organization and its
    # country; the statement's talk comes along (its parties, participant,
    # venue, issue and source with it).
    (["--actor", "per-d"], {
        "talks": ["t1"], "statements": ["sm1"],
        "entities": ["st-a", "st-b", "org-c", "per-d", "per-e", "place-g"], "issues": ["i1"],
        "relations": ["r1", "r3", "r4"], "sources": ["s1", "s2", "s3", "s5"]}),
    # By name; the position's evidence and talk go (--kind leaves them out).
    (["--kind", "position", "--actor", "atlantis"], {
        "positions": ["p1"], "entities": ["st-a"], "issues": ["i2"], "sources": ["s1", "s4"]}),
    (["--talk", "The Talk!"], {
        "talks": ["t1"], "positions": ["p1"], "statements": ["sm1", "sm2"],
        "entities": ["st-a", "st-b", "org-c", "per-d", "per-e", "place-g"], "issues": ["i1", "i2"],
        "relations": ["r1", "r3", "r4"], "sources": ["s1", "s2", "s3", "s4", "s5"]}),
    (["--stance", "rejects"], {"positions": ["p2"], "entities": ["all-f"], "issues": ["i3"]}),
    # The position's evidence (sm1, sm2) and their talk come along, though
    # neither has a stance.
    (["--stance", "demands"], {
        "talks": ["t1"], "positions": ["p1"], "statements": ["sm1", "sm2"],
        "entities": ["st-a", "st-b", "org-c", "per-d", "per-e", "place-g"], "issues": ["i1", "i2"],
        "relations": ["r1", "r3", "r4"], "sources": ["s1", "s2", "s3", "s4", "s5"]}),
    # The talk comes along (talk is among the kinds), the evidence does not.
    (["--stance", "demands", "--kind", "position", "--kind", "talk"], {
        "talks": ["t1"], "positions": ["p1"],
        "entities": ["st-a", "st-b", "per-e", "place-g"], "issues": ["i1", "i2"],
        "relations": ["r4"], "sources": ["s1", "s3", "s4"]}),
    # An event's target (a document) and location (a place) are kept, and the
    # relation between the two kept entities.
    (["--issue", "i3"], {
        "positions": ["p2"], "events": ["ev1"], "entities": ["st-a", "all-f", "place-g", "doc-h"],
        "issues": ["i3"], "relations": ["r2"], "sources": ["s1", "s6"]}),
    # A document named by its name, as an event's target.
    (["--actor", "treaty"], {
        "events": ["ev1"], "entities": ["st-a", "place-g", "doc-h"], "issues": ["i3"],
        "sources": ["s1", "s6"]}),
    # The talk is kept as Borduria is a party; sm2 (said by Borduria's envoy) is not.
    (["--actor", "Borduria", "--kind", "talk", "--kind", "statement"], {
        "talks": ["t1"],
        "entities": ["st-a", "st-b", "per-e", "place-g"], "issues": ["i1"],
        "relations": ["r4"], "sources": ["s1", "s3"]}),
]


@pytest.mark.parametrize("options, ids", CLOSURE_CASES,
                         ids=[" ".join(o) for o, _ in CLOSURE_CASES])
def test_closure_by_hand(options, ids, tmp_path):
    """On a hand-made dossier, the ids kept in each collection are those
    worked out by hand: a kept position's evidence and the talks of kept
    records come along unless --kind leaves their kind out; a kept person's
    country, her role's organization and its country; relations only between
    kept entities; sources reached through kept entities and relations. The
    Python selection agrees with the hand table, and parley with both."""
    source = write_json(tmp_path / "closure.json", CLOSURE)
    got = select(source, *options)
    for c in COLLECTIONS:
        assert [r["id"] for r in got.get(c, [])] == ids.get(c, []), f"{c} of select {options}"
    criteria = {"actors": [], "kinds": [], "talks": [], "issues": [], "stances": []}
    key = {"--actor": ("actors", "entities"), "--kind": ("kinds", None),
           "--talk": ("talks", "talks"), "--issue": ("issues", "issues"),
           "--stance": ("stances", None)}
    for flag, value in zip(options[::2], options[1::2]):
        field, coll = key[flag]
        criteria[field] += sorted(resolve(CLOSURE, coll, value)) if coll else [value]
    expected = expected_selection(CLOSURE, **criteria)
    assert {c: [r["id"] for r in expected.get(c, [])] for c in COLLECTIONS} == \
        {c: ids.get(c, []) for c in COLLECTIONS}, "the Python selection disagrees with the table"
    assert got == expected, difference(expected, got)
    assert_parley_valid(write_json(tmp_path / "selection.json", got))


def test_references_to_a_kind_left_out_are_removed(tmp_path):
    """With --kind position the position's `evidence` and `talk` are left out
    (their kinds are left out); with --kind position --kind statement the
    evidence comes along whole (sm2 too, which does not match --actor) and
    only the `talk` fields go, the position's and the statements'. Checked on
    the fields themselves."""
    source = write_json(tmp_path / "closure.json", CLOSURE)
    got = select(source, "--kind", "position", "--actor", "st-a")
    p1 = next(p for p in got["positions"] if p["id"] == "p1")
    assert "talk" not in p1 and "evidence" not in p1, p1
    assert "statements" not in got and "talks" not in got
    got = select(source, "--kind", "position", "--kind", "statement", "--actor", "st-a")
    p1 = next(p for p in got["positions"] if p["id"] == "p1")
    assert "talk" not in p1
    assert p1["evidence"] == ["sm1", "sm2"]
    assert [s["id"] for s in got["statements"]] == ["sm1", "sm2"]
    assert all("talk" not in s for s in got["statements"])
    assert "talks" not in got


# ------------------------------------------------------------------ EDTF windows

EDGE_DATES = [
    "2021-12-31", "2022-01-01", "2022-01-09", "2022-01-10", "2022-01-11", "2022-01-31",
    "2022-02-01", "2022-01", "2021-12", "2022", "2021", "2022-01-XX", "2022-XX-XX", "202X",
    "201X", "20XX", "2022-01-10?", "2022-01-09~", "2022-01%", "2021-12-31~",
    "2021-12-15/2022-01-02", "2022-01-08/2022-01-10", "2022-01-10/2022-01-12",
    "2022-01-11/2022-01-12", "2022-01-31/2022-02-02", "2021-12-20/..", "../2022-01-09",
    "../2022-01-10", "/2022-01-10", "2022-01-11/", "2022-01-09/", "2021-11/2021-12",
    "2022-01-10T09:30:00Z", "2022-23", "-0044", "-0044/..", None,
]
# Records of the other kinds on edge days (and one undated event).
EDGE_OTHERS = {"talks": ("t-edge", "2022-01-31"), "statements": ("s-edge", "2022-02-01"),
               "events": ("e-edge", "2021-12-31")}


def edge_dossier() -> tuple[dict, dict]:
    """(dossier, record id → date) for the window tests."""
    dates = {}
    positions = []
    for i, date in enumerate(EDGE_DATES):
        p = {"id": f"p{i:02d}", "holder": "atlantis", "issue": "peace", "stance": "open"}
        if date is not None:
            p["date"] = date
        positions.append(p)
        dates[p["id"]] = date
    doc = {
        "parley": "1.0", "id": "edges", "title": "Window edges",
        "entities": [{"id": "atlantis", "kind": "state", "name": "Atlantis"}],
        "issues": [{"id": "peace", "label": "Peace"}],
        "talks": [{"id": "t-edge", "name": "Edge talk", "kind": "call", "date": "2022-01-31",
                   "parties": ["atlantis"]}],
        "positions": positions,
        "statements": [{"id": "s-edge", "speaker": "atlantis", "text": "x", "mode": "direct",
                        "date": "2022-02-01"}],
        "events": [{"id": "e-edge", "date": "2021-12-31", "kind": "other", "title": "Eve",
                    "actors": ["atlantis"]},
                   {"id": "e-undated", "kind": "other", "title": "Some time",
                    "actors": ["atlantis"]}],
    }
    for rid, date in [*EDGE_OTHERS.values(), ("e-undated", None)]:
        dates[rid] = date
    return doc, dates


_IN_JANUARY = {
    "2022-01-01", "2022-01-09", "2022-01-10", "2022-01-11", "2022-01-31", "2022-01", "2022",
    "2022-01-XX", "2022-XX-XX", "202X", "20XX", "2022-01-10?", "2022-01-09~", "2022-01%",
    "2021-12-15/2022-01-02", "2022-01-08/2022-01-10", "2022-01-10/2022-01-12",
    "2022-01-11/2022-01-12", "2022-01-31/2022-02-02", "2021-12-20/..", "../2022-01-09",
    "../2022-01-10", "/2022-01-10", "2022-01-11/", "2022-01-09/", "2022-01-10T09:30:00Z",
    "-0044/..",
}
# window (since, until) → the dates kept, written by hand.
EDGE_TABLE = {
    ("2022-01-10", "2022-01-10"): {
        "2022-01-10", "2022-01", "2022", "2022-01-XX", "2022-XX-XX", "202X", "20XX",
        "2022-01-10?", "2022-01%", "2022-01-08/2022-01-10", "2022-01-10/2022-01-12",
        "2021-12-20/..", "../2022-01-10", "/2022-01-10", "2022-01-09/", "2022-01-10T09:30:00Z",
        "-0044/.."},
    ("2022-01", "2022-01"): _IN_JANUARY,
    (None, "2021-12-31"): {
        "2021-12-31", "2021-12", "2021", "202X", "201X", "20XX", "2021-12-31~",
        "2021-12-15/2022-01-02", "2021-12-20/..", "../2022-01-09", "../2022-01-10",
        "/2022-01-10", "2021-11/2021-12", "-0044", "-0044/.."},
    ("2022-02", None): {
        "2022-02-01", "2022", "2022-XX-XX", "202X", "20XX", "2022-01-31/2022-02-02",
        "2021-12-20/..", "2022-01-11/", "2022-01-09/", "2022-23", "-0044/.."},
    ("2022", "2022"): _IN_JANUARY | {"2022-02-01", "2022-23"},
    ("2022-01-11", "2022-01-30"): {
        "2022-01-11", "2022-01", "2022", "2022-01-XX", "2022-XX-XX", "202X", "20XX", "2022-01%",
        "2022-01-10/2022-01-12", "2022-01-11/2022-01-12", "2021-12-20/..", "2022-01-11/",
        "2022-01-09/", "-0044/.."},
}


def window_options(since, until, undated=None) -> list[str]:
    options = []
    if since:
        options += ["--since", since]
    if until:
        options += ["--until", until]
    if undated:
        options += ["--undated", undated]
    return options


@pytest.mark.parametrize("window", list(EDGE_TABLE), ids=lambda w: f"{w[0]}..{w[1]}")
@pytest.mark.parametrize("undated", [None, "keep"])
def test_date_window_edges_by_hand(window, undated, tmp_path):
    """On a dossier of edge dates (days on and next to the window's first and
    last day, months, years, unspecified digits, qualifiers, intervals with
    open `..` and unknown empty ends, a time of day, a season, a year BCE, and
    undated records), the records kept are exactly those of a table written
    by hand: a record on the window's first or last day is kept, the day
    before or after is not; an interval is kept when any of its days falls in
    the window; a qualifier neither narrows nor widens. Undated records go
    unless --undated keep. The table is also checked against the Python EDTF
    computation."""
    doc, dates = edge_dossier()
    since, until = window
    kept_dates = EDGE_TABLE[window] | ({None} if undated == "keep" else set())
    expected_ids = {rid for rid, date in dates.items() if date in kept_dates}
    oracle = expected_selection(doc, since=since, until=until, undated=undated or "drop")
    assert {r["id"] for c in SELECTED for r in oracle.get(c, [])} == expected_ids, \
        "the Python EDTF computation disagrees with the hand table"
    got = select(write_json(tmp_path / "edges.json", doc), *window_options(since, until, undated))
    got_ids = {r["id"] for c in SELECTED for r in got.get(c, [])}
    assert got_ids == expected_ids, (
        f"kept but outside: {sorted(dates[i] or 'undated' for i in got_ids - expected_ids)}; "
        f"dropped but inside: {sorted(dates[i] or 'undated' for i in expected_ids - got_ids)}")
    assert got == oracle, difference(oracle, got)


def test_date_window_grid(tmp_path):
    """Every window made of a --since among six dates (days, a month, a year,
    none) and an --until among five: the records kept are those whose EDTF
    range overlaps the window, computed in Python."""
    doc, _ = edge_dossier()
    source = write_json(tmp_path / "edges.json", doc)
    sinces = [None, "2021-12-31", "2021-12-15", "2022-01-10", "2022-01", "2022"]
    untils = [None, "2022-01-09", "2022-01", "2022-02-01", "2022"]
    cases = []
    for since in sinces:
        for until in untils:
            if since is None and until is None:
                continue
            if since and until and bounds(since)[0] > bounds(until)[1]:
                continue
            cases.append((window_options(since, until), {"since": since, "until": until}))
    check_selections(source, doc, cases)


# ------------------------------------------------------------------ select errors


def test_unknown_actor_is_a_usage_error_with_a_suggestion(corpus):
    """--actor naming nothing in the dossier exits 2, writes nothing on
    standard output, and suggests the nearest name (`Rusia` → Russia)."""
    done = run("select", corpus["sample"]["source"], "--actor", "Rusia")
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "Rusia" in done.stderr
    assert "russia" in done.stderr.lower().replace("rusia", ""), done.stderr


@pytest.mark.parametrize("option, value, suggestions", [
    ("--issue", "sanctons", ["sanctions"]),
    ("--talk", "talk-geneva-2022-01-11",
     ["talk-geneva-2022-01-10", "Russia-US bilateral talks on security guarantees"]),
])
def test_unknown_issue_or_talk_is_a_usage_error(option, value, suggestions, corpus):
    """An --issue or --talk that names nothing is an error too (exit 2) with a
    suggestion (the nearest id, or its label or name)."""
    done = run("select", corpus["sample"]["source"], option, value)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    message = done.stderr.lower().replace(value.lower(), "")
    assert any(s.lower() in message for s in suggestions), done.stderr


@pytest.mark.parametrize("value, expected", [
    ("the-west", "the-west"), ("draft-us-russia-treaty", "draft-us-russia-treaty"),
    ("MOSCOW", "russia"), ("moscow", "moscow"),
])
def test_actor_of_any_kind(value, expected, corpus):
    """Any entity can be --actor (docs/toolkit.md does not refuse places and
    documents): an `other` entity (events' actor and target) selects its
    records, a document involved in nothing is accepted and selects nothing
    of the selected kinds. `MOSCOW` is not an id, so it names Russia
    by its alias; `moscow` is the id of the city (a place), which wins over
    Russia's alias (an id is looked up first)."""
    d = corpus["sample"]
    check_selections(d["source"], d["doc"], [(["--actor", value], {"actors": [expected]})])


@pytest.mark.parametrize("option, value", [
    ("--since", "yesterday"), ("--since", "2022-13"), ("--until", "10 January 2022"),
    ("--since", "2022-01-32"), ("--until", "2022/01/10"),
])
def test_window_that_is_not_edtf_is_a_usage_error(option, value, corpus):
    """--since and --until take EDTF dates; anything else exits 2 and names
    the value."""
    done = run("select", corpus["sample"]["source"], option, value)
    assert done.returncode == 2, f"{option} {value}: exit {done.returncode}"
    assert done.stdout == ""
    assert value in done.stderr, done.stderr


def test_unknown_stance_and_kind_are_usage_errors(corpus):
    """--stance and --kind take only the IR's values."""
    for option, value in (("--stance", "threatens"), ("--kind", "relation"), ("--kind", "entity")):
        done = run("select", corpus["sample"]["source"], option, value)
        assert done.returncode == 2, f"{option} {value}: exit {done.returncode}"


# =================================================================== merge


def merge(*args, cwd: Path):
    return run("merge", *args, cwd=cwd)


@pytest.mark.parametrize("name", NAMES)
def test_merge_with_itself_is_the_input(name, corpus, tmp_path):
    """A dossier merged with itself is itself, byte for byte: every record is
    the same record twice and its provenance is not duplicated."""
    path = corpus[name]["json"]
    done = merge(path, path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_merge_parts_split_by_kind(name, corpus, tmp_path):
    """The dossier split in three by kind (talks; positions and statements;
    events: the positions and events lose their `talk`), the parts computed
    in Python, merged by parley: the result is
    the Python merge exactly, collection order included (the first input's
    records, then each later input's new ones). Entities, issues and sources
    shared by the parts are the same record and merge silently."""
    doc = corpus[name]["doc"]
    kinds = [["talk"], ["position", "statement"], ["event"]]
    parts = [expected_selection(doc, kinds=k) for k in kinds]
    files = [write_json(tmp_path / f"part{i}.json", p).name for i, p in enumerate(parts)]
    expected, conflicts, reconciled = expected_merge(parts, files)
    assert not conflicts and not reconciled
    done = merge(*files, "-o", "merged.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))
    assert got == expected, difference(expected, got)
    assert_schema_valid(got, "merge")
    assert_parley_valid(tmp_path / "merged.json")


@pytest.mark.parametrize("name", NAMES)
def test_split_with_select_and_merge_back(name, corpus, tmp_path):
    """Split with parley select into two overlapping parts (talks, positions
    and statements; talks and events: every reference of a kept record stays
    inside its part) and merged back with parley merge: talks, positions,
    statements and events are the original's, each collection as a set, and
    the entities, issues, sources and relations are the original's that any
    record reaches (a selection drops the unreferenced ones)."""
    d = corpus[name]
    doc = d["doc"]
    first = write_json(tmp_path / "first.json",
                       select(d["source"], "--kind", "talk", "--kind", "position",
                              "--kind", "statement"))
    second = write_json(tmp_path / "second.json",
                        select(d["source"], "--kind", "talk", "--kind", "event"))
    done = merge(first.name, second.name, "-o", "merged.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))
    for c in SELECTED:
        assert as_set(got.get(c, [])) == as_set(doc.get(c, [])), c
    everything = expected_selection(doc, kinds=list(KIND_OF))
    for c in ("sources", "entities", "issues", "relations"):
        assert as_set(got.get(c, [])) == as_set(everything.get(c, [])), c


def check_date_split(doc: dict, day: str, folder: Path, second_kinds=()) -> list[str]:
    """Splits doc in Python at day (up to it with --undated keep; from the
    next day, of second_kinds only when given), merges the parts with parley
    and checks the result against the Python merge: on conflicts, exit 1,
    nothing written, each conflicting record named, then --prefer first.
    Returns the expected conflicts."""
    parts = [expected_selection(doc, until=day, undated="keep"),
             expected_selection(doc, since=next_day(day), kinds=second_kinds)]
    files = [write_json(folder / f"part{i}.json", p).name for i, p in enumerate(parts)]
    expected, conflicts, _ = expected_merge(parts, files, prefer="first")
    done = merge(*files, "-o", "merged.json", cwd=folder)
    if conflicts:
        assert done.returncode == 1, f"{len(conflicts)} conflicts expected, e.g. {conflicts[0]}"
        assert not (folder / "merged.json").exists()
        for message in conflicts:
            rid = message.split('"')[1]
            assert rid in done.stderr, f"conflict on {rid} not reported:\n{done.stderr}"
        done = merge(*files, "--prefer", "first", "-o", "merged.json", cwd=folder)
    assert done.returncode == 0, done.stderr
    got = json.loads((folder / "merged.json").read_text(encoding="utf-8"))
    assert got == expected, difference(expected, got)
    return conflicts


@pytest.mark.parametrize("name", NAMES)
def test_merge_parts_split_by_dates(name, corpus, tmp_path):
    """The dossier split by date in Python at its middle day (up to it, with
    undated records; from the next day): records whose dates span both parts
    are in both, the same in each, and merge silently; the result is the
    Python merge exactly."""
    doc = corpus[name]["doc"]
    days, _ = days_and_months(doc)
    assert check_date_split(doc, days[len(days) // 2], tmp_path) == []


SPLIT = {
    "parley": "1.0", "id": "split", "title": "A month-long position",
    "entities": [{"id": "atlantis", "kind": "state", "name": "Atlantis"}],
    "issues": [{"id": "peace", "label": "Peace"}],
    "talks": [{"id": "t-jan", "name": "January talk", "kind": "call", "date": "2022-01-05",
               "parties": ["atlantis"]}],
    "positions": [{"id": "pm", "holder": "atlantis", "issue": "peace", "stance": "open",
                   "date": "2022-01", "talk": "t-jan", "evidence": ["s-early", "s-late"]}],
    "statements": [
        {"id": "s-early", "speaker": "atlantis", "text": "Early.", "mode": "direct",
         "date": "2022-01-05", "talk": "t-jan"},
        {"id": "s-late", "speaker": "atlantis", "text": "Late.", "mode": "direct",
         "date": "2022-01-20"}],
}


def test_merge_parts_split_by_dates_conflict(tmp_path):
    """Split at 10 January: the first half has everything up to it, with the
    position dated 2022-01 and its talk and evidence (s-late, of the 20th,
    comes along); the second half only positions from the 11th, so the same
    position without `talk` and `evidence`. The two copies conflict (exit 1,
    nothing written); with --prefer first the merge is the first half's copy."""
    assert check_date_split(SPLIT, "2022-01-10", tmp_path, second_kinds=["position"])


def dated_and_referred(doc: dict) -> dict:
    """doc without its undated talks, positions, statements and events (and
    the references to them), nor entities, issues and sources no record
    refers to: a dossier whose records are all dated and referred to."""
    d = copy.deepcopy(doc)
    for c in SELECTED:
        d[c] = [r for r in d.get(c, []) if "date" in r]
    talks = {t["id"] for t in d["talks"]}
    statements = {s["id"] for s in d["statements"]}
    for c in ("positions", "statements", "events"):
        for r in d[c]:
            if r.get("talk") and r["talk"] not in talks:
                del r["talk"]
    for p in d["positions"]:
        if "evidence" in p:
            p["evidence"] = [s for s in p["evidence"] if s in statements]
            if not p["evidence"]:
                del p["evidence"]
    return expected_selection(d, kinds=list(KIND_OF))


@pytest.mark.parametrize("name", NAMES)
def test_split_by_select_dates_merges_back(name, corpus, tmp_path):
    """docs/toolkit.md's example: a dossier whose records are all dated and
    referred to (made here from each dossier), split with parley select
    --until DAY and --since the next day, merged back with parley merge,
    gives the original's records, each collection as a set; and exactly the
    Python merge of the Python selections."""
    doc = dated_and_referred(corpus[name]["doc"])
    source = write_json(tmp_path / "dated.json", doc)
    days, _ = days_and_months(doc)
    day = days[len(days) // 2]
    first = write_json(tmp_path / "first.json", select(source, "--until", day))
    second = write_json(tmp_path / "second.json", select(source, "--since", next_day(day)))
    done = merge(first.name, second.name, "-o", "merged.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))
    for c in COLLECTIONS:
        assert as_set(got.get(c, [])) == as_set(doc.get(c, [])), c
    parts = [expected_selection(doc, until=day), expected_selection(doc, since=next_day(day))]
    expected, conflicts, _ = expected_merge(parts, ["first.json", "second.json"])
    assert not conflicts
    assert got == expected, difference(expected, got)


# ------------------------------------------------------------------ reconciliation

MERGE_A = {
    "parley": "1.0", "id": "merge-a", "title": "Analyst A", "description": "First analyst",
    "sources": [{"id": "src-1", "title": "Wire story"}, {"id": "src-2", "title": "Transcript"}],
    "entities": [
        {"id": "russia", "kind": "state", "name": "Russia", "aliases": ["Moscow"]},
        {"id": "united-states", "kind": "state", "name": "United States",
         "aliases": ["Washington", "the U.S."]},
        {"id": "ryabkov", "kind": "person", "name": "Sergei Ryabkov", "aliases": ["Ryabkov"],
         "roles": [{"title": "Deputy Foreign Minister", "of": "russia"}],
         "attributes": {"born": 1960, "note": "from A"},
         "sources": [{"source": "src-1", "quote": "Ryabkov"}]},
        {"id": "geneva", "kind": "place", "name": "Geneva"},
    ],
    "issues": [{"id": "nato-expansion", "label": "NATO expansion"}],
    "talks": [{"id": "talk-geneva", "name": "Geneva talks", "kind": "bilateral",
               "date": "2022-01-10", "venue": "geneva", "parties": ["russia", "united-states"],
               "participants": [{"entity": "ryabkov", "party": "russia"}],
               "issues": ["nato-expansion"]}],
    "positions": [
        {"id": "pos-ru", "holder": "russia", "issue": "nato-expansion", "stance": "demands",
         "date": "2022-01-10", "talk": "talk-geneva", "sources": [{"source": "src-1"}]},
        {"id": "pos-us", "holder": "united-states", "issue": "nato-expansion",
         "stance": "rejects", "date": "2022-01-10",
         "sources": [{"source": "src-1"}, {"source": "src-2", "confidence": 0.9}]},
    ],
    "statements": [{"id": "st-ryabkov-1", "speaker": "ryabkov", "text": "We need guarantees.",
                    "mode": "direct", "date": "2022-01-10", "talk": "talk-geneva"}],
    "relations": [{"id": "rel-ryabkov-russia", "kind": "represents", "from": "ryabkov",
                   "to": "russia"}],
}
MERGE_B = {
    "parley": "1.0", "id": "merge-b", "title": "Analyst B",
    "sources": [{"id": "src-1", "title": "Wire story"}, {"id": "src-3", "title": "Briefing"}],
    "entities": [
        {"id": "russia", "kind": "state", "name": "Russia", "aliases": ["Moscow"]},
        # "“Washington”" folds to A's alias "Washington".
        {"id": "usa", "kind": "state", "name": "USA", "aliases": ["“Washington”"]},
        # "‘Sergei’   RYABKOV." folds to A's name "Sergei Ryabkov".
        {"id": "sergei-ryabkov", "kind": "person", "name": "S. A. Ryabkov",
         "aliases": ["‘Sergei’   RYABKOV.", "Mr Ryabkov"],
         "roles": [{"title": "Deputy Foreign Minister", "of": "russia"},
                   {"title": "Head of delegation", "of": "russia"}],
         "country": "russia", "attributes": {"born": 1961, "rank": "deputy minister"},
         "sources": [{"source": "src-3"}, {"source": "src-1", "quote": "Ryabkov"}]},
        # The same folded name as A's place, but another kind: not the same.
        {"id": "geneva-city-council", "kind": "organization", "name": " GENEVA! "},
    ],
    "issues": [{"id": "nato-expansion", "label": "NATO expansion"}],
    "positions": [
        {"id": "pos-us", "holder": "usa", "issue": "nato-expansion", "stance": "rejects",
         "date": "2022-01-10", "sources": [{"source": "src-3"}, {"source": "src-1"}]},
        {"id": "pos-ryabkov", "holder": "sergei-ryabkov", "issue": "nato-expansion",
         "stance": "warns", "date": "2022-01-12", "sources": [{"source": "src-3"}]},
    ],
    "statements": [{"id": "st-ryabkov-2", "speaker": "sergei-ryabkov",
                    "text": "Talks were difficult.", "mode": "indirect"}],
    "relations": [{"id": "rel-ryabkov-russia", "kind": "represents", "from": "sergei-ryabkov",
                   "to": "russia"}],
}


def write_pair(folder: Path, a: dict, b: dict) -> None:
    """Writes `a` and `b` as folder/a.json and folder/b.json."""
    write_json(folder / "a.json", a)
    write_json(folder / "b.json", b)


@pytest.fixture
def merge_inputs(tmp_path) -> Path:
    write_pair(tmp_path, MERGE_A, MERGE_B)
    return tmp_path


def test_merge_reconciles_entities(merge_inputs):
    """B's `sergei-ryabkov` (a person whose alias folds to A's Sergei
    Ryabkov) and `usa` (a state whose alias “Washington” folds to A's
    Washington) take A's ids; every reference in B is rewritten (holder,
    speaker, relation ends), so B's relation becomes A's and merges silently.
    The entities become one: B's name and new aliases added, roles added,
    attributes added with A's values winning, the missing country filled in,
    provenance joined. An organization named like A's place is another
    entity. pos-us, the same apart from provenance, gets both sources lists
    (A's first). Whether an alias equal to a known name only once folded
    counts as new is not said (docs/toolkit.md: "when new"), so both readings are
    accepted; everything else must be exact."""
    done = merge("a.json", "b.json", "-o", "out.json", cwd=merge_inputs)
    assert done.returncode == 0, done.stderr
    got = json.loads((merge_inputs / "out.json").read_text(encoding="utf-8"))
    readings = [expected_merge([MERGE_A, MERGE_B], ["a.json", "b.json"], folded_new=f)[0]
                for f in (True, False)]
    assert got in readings, difference(readings[0], got)
    text = json.dumps(got)
    assert '"sergei-ryabkov"' not in text and '"usa"' not in text, "a reference was not rewritten"
    ryabkov = next(e for e in got["entities"] if e["id"] == "ryabkov")
    assert ryabkov["name"] == "Sergei Ryabkov"
    assert {"S. A. Ryabkov", "Mr Ryabkov"} <= set(ryabkov["aliases"])
    assert ryabkov["attributes"] == {"born": 1960, "note": "from A", "rank": "deputy minister"}
    assert ryabkov["country"] == "russia"
    assert len(ryabkov["roles"]) == 2
    assert [r["id"] for r in got["relations"]] == ["rel-ryabkov-russia"]
    assert [e["id"] for e in got["entities"]] == ["russia", "united-states", "ryabkov", "geneva",
                                                   "geneva-city-council"]
    pos_us = next(p for p in got["positions"] if p["id"] == "pos-us")
    assert pos_us["sources"] == [{"source": "src-1"}, {"source": "src-2", "confidence": 0.9},
                                 {"source": "src-3"}]
    assert got["id"] == "merge-a" and got["title"] == "Analyst A"
    assert_parley_valid(merge_inputs / "out.json")


def test_merge_report_lines(merge_inputs):
    """--report prints one line per reconciliation on standard error, in the
    documented form `merge: b.json: entities "LATER" → "EARLIER" (same name
    "…")`, the name being one of the two equal-once-folded names; the
    organization named GENEVA is not reported."""
    done = merge("a.json", "b.json", "--report", "-o", "out.json", cwd=merge_inputs)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("merge: ")]
    expected = [('merge: b.json: entities "usa" → "united-states" (same name ',
                 ["Washington", "“Washington”"]),
                ('merge: b.json: entities "sergei-ryabkov" → "ryabkov" (same name ',
                 ["Sergei Ryabkov", "‘Sergei’   RYABKOV."])]
    assert len(lines) == 2, done.stderr
    for line, (prefix, names) in zip(lines, expected):
        assert line in [f'{prefix}"{n}")' for n in names], line
    assert "geneva" not in done.stderr.lower()
    quiet = merge("a.json", "b.json", "-o", "quiet.json", cwd=merge_inputs)
    assert not [line for line in quiet.stderr.splitlines() if line.startswith("merge: ")], \
        "reconciliations printed without --report"


def test_merge_reconciliation_by_exact_name(tmp_path):
    """An entity whose name equals an earlier alias exactly: its report line
    is exactly the documented one, and its name, already known, is not added
    again to the aliases."""
    a = {"parley": "1.0", "id": "a", "title": "A",
         "entities": [{"id": "ryabkov", "kind": "person", "name": "Ryabkov",
                       "aliases": ["Sergei Ryabkov"]}]}
    b = {"parley": "1.0", "id": "b", "title": "B",
         "entities": [{"id": "sergei-ryabkov", "kind": "person", "name": "Sergei Ryabkov"}]}
    write_pair(tmp_path, a, b)
    done = merge("a.json", "b.json", "--report", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert 'merge: b.json: entities "sergei-ryabkov" → "ryabkov" (same name "Sergei Ryabkov")' \
        in done.stderr.splitlines()
    assert json.loads(done.stdout)["entities"] == a["entities"]


# ------------------------------------------------------------------ conflicts

CONFLICT_A = {
    "parley": "1.0", "id": "conflict-a", "title": "A",
    "sources": [{"id": "src-a", "title": "A's source"}, {"id": "src-b", "title": "B's source"}],
    "entities": [{"id": "russia", "kind": "state", "name": "Russia"},
                 {"id": "us", "kind": "state", "name": "United States"}],
    "issues": [{"id": "nato", "label": "NATO"}],
    "positions": [
        {"id": "p1", "holder": "russia", "issue": "nato", "stance": "demands"},
        {"id": "p2", "holder": "us", "issue": "nato", "stance": "supports", "summary": "Same."},
        {"id": "p3", "holder": "us", "issue": "nato", "stance": "rejects", "summary": "No.",
         "sources": [{"source": "src-a"}]},
    ],
}
CONFLICT_B = copy.deepcopy(CONFLICT_A)
CONFLICT_B.update(id="conflict-b", title="B")
CONFLICT_B["issues"][0]["label"] = "NATO enlargement"
CONFLICT_B["positions"][2].update(stance="opposes", sources=[{"source": "src-b"}])
CONFLICT_MESSAGES = [
    'b.json: issues[0] "nato": label: "NATO" in a.json, "NATO enlargement" in b.json',
    'b.json: positions[2] "p3": stance: "rejects" in a.json, "opposes" in b.json',
]


@pytest.fixture
def conflict_inputs(tmp_path) -> Path:
    write_pair(tmp_path, CONFLICT_A, CONFLICT_B)
    return tmp_path


def test_merge_conflict_fails_and_writes_nothing(conflict_inputs):
    """Two records with the same id and different content (an issue's label,
    a position's stance) conflict: without --prefer the merge exits 1, -o's
    file is not created (and an existing one is left as it was), nothing goes
    to standard output, and each conflict is reported with the IR path, the
    field and both values in the documented form."""
    done = merge("a.json", "b.json", "-o", "out.json", cwd=conflict_inputs)
    assert done.returncode == 1, done.stderr
    assert not (conflict_inputs / "out.json").exists()
    (conflict_inputs / "old.json").write_text("old", encoding="utf-8")
    again = merge("a.json", "b.json", "-o", "old.json", cwd=conflict_inputs)
    assert again.returncode == 1
    assert (conflict_inputs / "old.json").read_text(encoding="utf-8") == "old"
    to_stdout = merge("a.json", "b.json", cwd=conflict_inputs)
    assert to_stdout.returncode == 1
    assert to_stdout.stdout == ""
    for rid, field, old, new in (("nato", "label", '"NATO"', '"NATO enlargement"'),
                                 ("p3", "stance", '"rejects"', '"opposes"')):
        assert any(f'"{rid}"' in line and field in line and old in line and new in line
                   for line in done.stderr.splitlines()), f"conflict on {rid}:\n{done.stderr}"
    for message in CONFLICT_MESSAGES:
        assert message in done.stderr.splitlines(), \
            f"not in the documented form {message!r}:\n{done.stderr}"


@pytest.mark.parametrize("prefer", ["first", "last"])
def test_merge_prefer(prefer, conflict_inputs):
    """--prefer first keeps A's record, --prefer last B's at A's place; the
    provenance is joined either way (A's entries first); each resolved
    conflict is still reported, as a warning; the exit code is 0."""
    done = merge("a.json", "b.json", "--prefer", prefer, "-o", "out.json", cwd=conflict_inputs)
    assert done.returncode == 0, done.stderr
    got = json.loads((conflict_inputs / "out.json").read_text(encoding="utf-8"))
    expected, conflicts, _ = expected_merge([CONFLICT_A, CONFLICT_B], ["a.json", "b.json"],
                                            prefer=prefer)
    assert conflicts == CONFLICT_MESSAGES
    assert got == expected, difference(expected, got)
    p3 = got["positions"][2]
    assert p3["stance"] == ("rejects" if prefer == "first" else "opposes")
    assert p3["sources"] == [{"source": "src-a"}, {"source": "src-b"}]
    assert got["issues"][0]["label"] == ("NATO" if prefer == "first" else "NATO enlargement")
    for rid, field in (("nato", "label"), ("p3", "stance")):
        assert any(rid in line and field in line for line in done.stderr.splitlines()), \
            f"resolved conflict on {rid} not reported:\n{done.stderr}"


def test_merge_that_would_be_invalid_fails(tmp_path):
    """Ids are unique in the whole dossier: A's entity `x` and B's issue `x`
    would give an invalid dossier, so the merge fails (exit 1, invalid input)
    with a diagnostic naming the id, and writes nothing."""
    a = {"parley": "1.0", "id": "a", "title": "A",
         "entities": [{"id": "x", "kind": "state", "name": "Xland"}]}
    b = {"parley": "1.0", "id": "b", "title": "B", "issues": [{"id": "x", "label": "X"}]}
    write_pair(tmp_path, a, b)
    done = merge("a.json", "b.json", "-o", "out.json", cwd=tmp_path)
    assert done.returncode == 1, f"exit {done.returncode}: {done.stderr}"
    assert not (tmp_path / "out.json").exists()
    assert '"x"' in done.stderr or "'x'" in done.stderr or " x " in done.stderr, done.stderr


# =================================================================== diff


@pytest.mark.parametrize("name", NAMES)
def test_diff_of_the_same_dossier(name, corpus, tmp_path):
    """The YAML dossier and its canonical JSON are the same dossier: exit 0,
    and --json gives `equal: true` with every list empty, in exactly the
    documented shape (the eight collections, dossier and moved)."""
    source = REPO_ROOT / corpus[name]["source"]
    path = corpus[name]["json"]
    done = diff(source, path, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    done = diff(source, path, "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected_diff(corpus[name]["doc"], corpus[name]["doc"],
                                                    str(source), str(path))


def edited(doc: dict) -> dict:
    """doc with edits of every kind a diff reports: the title; a position's
    stance; a new position, dated after everything, for the last position's
    holder and issue with another stance (a move); an undated position; a
    statement removed (and from the evidence that cites it); an event's title
    changed and its summary removed or added; an issue added; a relation
    removed; the entities reordered (order is not a change)."""
    b = copy.deepcopy(doc)
    b["title"] = doc["title"] + " (revised)"
    first = b["positions"][0]
    first["stance"] = "denies" if first["stance"] != "denies" else "open"
    last = doc["positions"][-1]
    latest = latest_positions(doc)[(last["holder"], last["issue"])][1]
    b["positions"].append({
        "id": "pos-toolkit-new", "holder": last["holder"], "issue": last["issue"],
        "stance": "warns" if latest["stance"] != "warns" else "accepts", "date": "2030-01-01",
        "summary": "Added by the toolkit test."})
    b["positions"].insert(1, {"id": "pos-toolkit-undated", "holder": first["holder"],
                              "issue": first["issue"], "stance": "conditional"})
    gone = b["statements"].pop()["id"]
    for p in b["positions"]:
        if gone in p.get("evidence", []):
            p["evidence"] = [s for s in p["evidence"] if s != gone]
            if not p["evidence"]:
                del p["evidence"]
    event = b["events"][0]
    event["title"] = event["title"] + " — edited"
    if "summary" in event:
        del event["summary"]
    else:
        event["summary"] = "A summary added by the toolkit test."
    b["issues"].append({"id": "issue-toolkit-new", "label": "A new issue"})
    b["relations"].pop()
    b["entities"].append(b["entities"].pop(0))
    return b


@pytest.mark.parametrize("name", NAMES)
def test_diff_of_edits(name, corpus, tmp_path):
    """A dossier and an edited copy: exit 1; --json is exactly the object
    computed in Python (added and removed ids in B's and A's order, changed
    records in B's order with every differing field in IR order, old and new
    as canonical JSON values and null when absent, the title under
    `dossier`, moved positions per holder and issue); the text output has
    each changed collection's count line, `+ ID` and `~ ID` lines, the changed
    stance as `stance: "OLD" → "NEW"`, the removed ids and one `moved:` line
    per move naming both stances and positions."""
    a = corpus[name]["doc"]
    b = edited(a)
    write_pair(tmp_path, a, b)
    expected = expected_diff(a, b, "a.json", "b.json")
    assert expected["moved"], "the edits should move a position"
    done = diff("a.json", "b.json", "--json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    got = json.loads(done.stdout)
    for key in expected:
        assert got.get(key) == expected[key], \
            f"{key}:\n  expected {json.dumps(expected[key], ensure_ascii=False)[:1500]}" \
            f"\n  got      {json.dumps(got.get(key), ensure_ascii=False)[:1500]}"
    assert got == expected
    text_run = diff("a.json", "b.json", cwd=tmp_path)
    assert text_run.returncode == 1, text_run.stderr
    text = text_run.stdout
    lines = text.splitlines()
    for c, lists in expected["collections"].items():
        if any(lists.values()):
            header = f"{c}: {len(lists['added'])} added, {len(lists['removed'])} removed, " \
                     f"{len(lists['changed'])} changed"
            assert header in lines, f"no line {header!r} in:\n{text}"
        for rid in lists["added"]:
            assert f"  + {rid}" in lines, f"no '+ {rid}' line"
        for change in lists["changed"]:
            assert f"  ~ {change['id']}" in lines, f"no '~ {change['id']}' line"
        for rid in lists["removed"]:
            assert rid in text, f"removed {rid} not mentioned"
    stance_change = next(ch for ch in expected["collections"]["positions"]["changed"]
                         if ch["id"] == a["positions"][0]["id"])
    old, new = next((f["old"], f["new"]) for f in stance_change["fields"] if f["field"] == "stance")
    assert f'      stance: "{old}" → "{new}"' in lines, text
    assert b["title"] in text, "the title change is not mentioned"
    moved_lines = [line for line in lines if line.startswith("moved: ")]
    assert len(moved_lines) == len(expected["moved"]), text
    for move, line in zip(expected["moved"], moved_lines):
        for ref in (move["old"], move["new"]):
            assert ref["stance"] in line and ref["position"] in line, line


# The moves, by hand: A's and B's positions (holder, issue, stance, date).
MOVES_A = [
    ("m1", "us", "nato", "rejects", "2022-01-10"),
    ("m2", "us", "nato", "open", None),
    ("m3", "ru", "nato", "demands", "2022-01-09"),
    ("m4", "ru", "nato", "warns", "2022-01-09"),     # same date as m3, later: the latest
    ("m5", "ru", "arms", "open", None),              # undated only
    ("m6", "us", "arms", "supports", "2021-12/2022-01-12"),
    ("m7", "us", "arms", "proposes", "2022-01"),      # starts after m6
    ("m10", "fr", "nato", "supports", "2022-01-10"),  # only in A
]
MOVES_B = [
    ("m1", "us", "nato", "opposes", "2022-01-12"),
    ("m2", "us", "nato", "open", None),
    ("m4", "ru", "nato", "warns", "2022-01-09"),
    ("m3", "ru", "nato", "demands", "2022-01-09"),    # now after m4: the latest
    ("m5", "ru", "arms", "denies", None),
    ("m6", "us", "arms", "supports", "2021-12/2022-01-12"),
    ("m7", "us", "arms", "proposes", "2022-01"),
    ("m8", "us", "arms", "proposes", "2022-01-20"),   # latest, same stance: no move
    ("m9", "uk", "nato", "supports", "2022-01-10"),   # only in B
]
EXPECTED_MOVES = [
    {"holder": "us", "issue": "nato",
     "old": {"position": "m1", "stance": "rejects", "date": "2022-01-10"},
     "new": {"position": "m1", "stance": "opposes", "date": "2022-01-12"}},
    {"holder": "ru", "issue": "nato",
     "old": {"position": "m4", "stance": "warns", "date": "2022-01-09"},
     "new": {"position": "m3", "stance": "demands", "date": "2022-01-09"}},
    {"holder": "ru", "issue": "arms",
     "old": {"position": "m5", "stance": "open"}, "new": {"position": "m5", "stance": "denies"}},
]


def moves_dossier(rows, dossier_id: str) -> dict:
    positions = []
    for rid, holder, issue, stance, date in rows:
        p = {"id": rid, "holder": holder, "issue": issue, "stance": stance}
        if date:
            p["date"] = date
        positions.append(p)
    return {"parley": "1.0", "id": dossier_id, "title": "Moves",
            "entities": [{"id": e, "kind": "state", "name": n} for e, n in
                         (("us", "United States"), ("ru", "Russia"), ("fr", "France"),
                          ("uk", "United Kingdom"))],
            "issues": [{"id": "nato", "label": "NATO"}, {"id": "arms", "label": "Arms control"}],
            "positions": positions}


def test_diff_moved_positions_by_hand(tmp_path):
    """Moves worked out by hand: a stance and date changed (m1); a tie on
    the date broken by collection order, which B reverses (m4 → m3); an
    undated-only pair whose stance changes (no `date` in either side); a new
    latest position with the same stance (no move); a holder and issue in
    only one dossier (no move). `moved` is in the order of B's latest
    positions; the text output has a `moved:` line per move with the holder's
    name, the issue and both stances."""
    a, b = moves_dossier(MOVES_A, "moves"), moves_dossier(MOVES_B, "moves")
    write_pair(tmp_path, a, b)
    assert expected_diff(a, b, "a.json", "b.json")["moved"] == EXPECTED_MOVES
    done = diff("a.json", "b.json", "--json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    got = json.loads(done.stdout)
    assert got["moved"] == EXPECTED_MOVES
    assert got == expected_diff(a, b, "a.json", "b.json")
    text = diff("a.json", "b.json", cwd=tmp_path).stdout
    moved = [line for line in text.splitlines() if line.startswith("moved: ")]
    assert len(moved) == 3, text
    assert moved[0].startswith("moved: United States on nato: rejects (2022-01-10, m1) → "
                               "opposes (2022-01-12, m1)"), moved[0]
    for line, (holder, issue, old, new) in zip(moved[1:], [("Russia", "nato", "warns", "demands"),
                                                           ("Russia", "arms", "open", "denies")]):
        assert line.startswith(f"moved: {holder} on {issue}: {old}") and new in line, line


def test_diff_latest_among_equal_starts(tmp_path):
    """`2022-01` and `2022-01-01` start on the same day, so the later one in
    the collection is the latest: changing its stance is a move; changing the
    other's is not."""
    rows = [("x1", "us", "arms", "supports", "2022-01-01"),
            ("x2", "us", "arms", "rejects", "2022-01")]
    a = moves_dossier(rows, "ties")
    write_json(tmp_path / "a.json", a)
    for changed, moves in (("x2", 1), ("x1", 0)):
        b = copy.deepcopy(a)
        next(p for p in b["positions"] if p["id"] == changed)["stance"] = "opposes"
        write_json(tmp_path / "b.json", b)
        done = diff("a.json", "b.json", "--json", cwd=tmp_path)
        assert done.returncode == 1
        assert len(json.loads(done.stdout)["moved"]) == moves, f"changed {changed}: {done.stdout}"


@pytest.mark.parametrize("open_start", ["../2022-01-12", "/2022-01-12"])
def test_diff_open_start_counts_by_its_end(open_start, tmp_path):
    """An interval with an open (or unknown) start counts by its end: a
    position dated ../2022-01-12, listed first, is later than one of
    2022-01-11, so changing its stance is a move and changing the other's
    is not."""
    rows = [("o2", "us", "arms", "rejects", open_start),
            ("o1", "us", "arms", "supports", "2022-01-11")]
    a = moves_dossier(rows, "open-start")
    write_json(tmp_path / "a.json", a)
    for changed, moves in (("o2", 1), ("o1", 0)):
        b = copy.deepcopy(a)
        next(p for p in b["positions"] if p["id"] == changed)["stance"] = "opposes"
        write_json(tmp_path / "b.json", b)
        assert len(expected_diff(a, b, "a.json", "b.json")["moved"]) == moves
        done = diff("a.json", "b.json", "--json", cwd=tmp_path)
        assert done.returncode == 1
        assert json.loads(done.stdout) == expected_diff(a, b, "a.json", "b.json"), \
            f"changed {changed}: {done.stdout}"


def test_diff_ignores_order(corpus, tmp_path):
    """Records are compared by id: the same records in another order (every
    collection reversed) are the same dossier, exit 0, `equal: true`."""
    a = corpus["black-sea-grain-2022"]["doc"]
    b = copy.deepcopy(a)
    for c in COLLECTIONS:
        if c in b and c != "positions":  # reversing positions would change which tie is latest
            b[c].reverse()
    write_pair(tmp_path, a, b)
    done = diff("a.json", "b.json", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert json.loads(done.stdout)["equal"] is True


def test_diff_dossier_fields(tmp_path):
    """The dossier's own fields are compared: an id, a title and a
    description added are listed under `dossier` in IR order (id, title,
    description), with `null` for the absent description; no record changed."""
    a = {"parley": "1.0", "id": "one", "title": "One"}
    b = {"parley": "1.0", "id": "two", "title": "Two", "description": "Now described."}
    write_pair(tmp_path, a, b)
    done = diff("a.json", "b.json", "--json", cwd=tmp_path)
    assert done.returncode == 1
    got = json.loads(done.stdout)
    assert got["dossier"] == [{"field": "id", "old": "one", "new": "two"},
                              {"field": "title", "old": "One", "new": "Two"},
                              {"field": "description", "old": None, "new": "Now described."}]
    assert got == expected_diff(a, b, "a.json", "b.json")


@pytest.mark.parametrize("case", ["missing file", "not JSON", "dangling reference",
                                  "one argument"])
def test_diff_errors_exit_2(case, corpus, tmp_path):
    """An unreadable input (missing, not JSON), an invalid dossier (a position
    whose holder does not exist) and a usage error each exit 2, either side."""
    good = corpus["singapore-summit-2018"]["json"]
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    bad = copy.deepcopy(corpus["singapore-summit-2018"]["doc"])
    bad["positions"][0]["holder"] = "nobody-at-all"
    write_json(tmp_path / "invalid.json", bad)
    other = {"missing file": tmp_path / "missing.json", "not JSON": tmp_path / "broken.json",
             "dangling reference": tmp_path / "invalid.json"}
    if case == "one argument":
        runs = [run("diff", good, cwd=tmp_path), run("diff", good, "--json", cwd=tmp_path)]
    else:
        runs = [diff(good, other[case], cwd=tmp_path),
                diff(other[case], good, "--json", cwd=tmp_path)]
    for done in runs:
        assert done.returncode == 2, f"{case}: exit {done.returncode}\n{done.stderr}"
