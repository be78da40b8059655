"""The hostile catalogue of issue 16: one record per case.

A case is a working directory made of `files`, one parley command line
(`argv`, run in that directory) and what must come out of it: the exit code,
key words on standard error (case-insensitive; "re:" makes a regex), words
that must not be there, and, for the few that need it, a `check` function.
test_hostile.py runs every case the same way and adds the common checks
(hostile_run.check_common): nothing left behind by a failed run, no canary
content anywhere, time and memory bounds, no raw control character on
standard error.

Placeholders, replaced in argv and in text file contents:
  {CANARY_TXT} {CANARY_XML} {CANARY_XSL} {CANARY_DTD}  files in a folder
      outside the working directory holding the canary token
  {CANARY_DIR}      that folder
  {CANARY_REL_XML}  canary.xml as a relative path from the working directory
  {AUX}             a folder outside the working directory for the case's
                    helpers (plugin pid files, the target of a write that
                    must not happen)

To add a case: append a Case to the list of its group below (its id must be
unique); run the catalogue; if parley does not behave yet, keep the case and
say so in the report — never weaken it.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import os
import random
import stat
import threading
import unicodedata
from typing import Callable

from hostile_run import DEFAULT_SECONDS

# --- small building blocks ----------------------------------------------------

MINIMAL = '{"parley":"1.0","id":"x","title":"T"}'
MINIMAL_YAML = 'parley: "1.0"\nid: x\ntitle: T\n'
XMLNS = 'xmlns="https://w3id.org/parley/xml/1.0"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
XML_OPEN = f'<dossier {XMLNS} parley="1.0" id="x">'
XSL_OPEN = '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
ARTICLE = (
    "Russia demands guarantees at Geneva talks\n\n"
    "GENEVA, Jan 10 - Russia demanded guarantees that NATO would not expand further east. "
    '"We need ironclad, waterproof, bulletproof, legally binding guarantees," Deputy Foreign '
    "Minister Sergei Ryabkov said after talks with U.S. Deputy Secretary of State Wendy Sherman.\n"
)
# "says what to do": Parley's diagnostics end in "(WHAT TO DO)" (README, Diagnostics).
ADVICE = (r"re:\((?=[^()]*\b(?:check|add|remove|save|convert|use|give|write|rename|fix|raise|"
          r"correct|see|choose|split|set|reduce|escape|replace|keep|drop|delete|make|move|"
          r"pass|run|try|quote|indent|put|lower|name|list|flatten|nest|re-?save|encode)\b)")
# a number range in a usage message: "between 1 and 512", "at least 1", "a positive number" …
RANGE = (r"re:between|at least|at most|greater than|more than|less than|positive|range|"
         r"\d+\s*(?:to|–|-|\.\.)\s*\d+|finite")
REFUSED = r"re:refus|not allowed|may not|forbidden|cannot|no access"
UTF16 = ("UTF-16", "UTF-8")
LIMIT = r"re:limit|--max-input-bytes|--max-line-bytes"
# /dev/zero ends at once, before any limit: its first byte is a NUL, which no
# text input starts with. Either message is a clear, bounded end.
ENDLESS = r"re:limit|--max-input-bytes|--max-line-bytes|NUL bytes"
EXPORT_JSON = ("-t", "json", "-o", "out.json")


def statement_dossier(span: str) -> str:
    """A valid dossier but for the span of its one statement's evidence."""
    return (
        '{"parley":"1.0","id":"x","title":"T",'
        '"sources":[{"id":"s","title":"a","text":"hello world"}],'
        '"entities":[{"id":"p","kind":"person","name":"P"}],'
        '"statements":[{"id":"st","speaker":"p","mode":"direct","text":"hello",'
        f'"sources":[{{"source":"s","span":{span}}}]}}]}}'
    )


def utf16(text: str, codec: str) -> bytes:
    return text.encode(codec)


def xml_doc(body: str, head: str = XML_HEAD) -> str:
    return f"{head}{XML_OPEN}\n{body}\n</dossier>\n"


def xsl(body: str, open_tag: str = XSL_OPEN, prolog: str = "") -> str:
    """A stylesheet whose offending element is on line 3."""
    return f'{prolog}{open_tag}\n<xsl:template match="/">\n{body}\n</xsl:template>\n</xsl:stylesheet>\n'


def plugin(name: str, describe: str, run: str) -> str:
    """A /bin/sh plugin: `describe` answers --describe, `run` the call."""
    return f'#!/bin/sh\nif [ "$1" = --describe ]; then\n{describe}\nfi\n{run}\n'


def descriptor(name: str, **fields) -> str:
    base = {"protocol": 1, "name": name, "description": "A hostile test plugin.",
            "mediaType": "text/plain", "extension": "txt", "irVersions": ["1"]}
    base.update(fields)
    return "cat <<'EOF'\n" + json.dumps(base) + "\nEOF\nexit 0"


# --- special files ----------------------------------------------------------------

class Fifo:
    """A named pipe (nobody writes to it)."""


@dataclasses.dataclass(frozen=True)
class Link:
    target: str


@dataclasses.dataclass(frozen=True)
class Exe:
    """An executable file (a plugin)."""
    text: str


@dataclasses.dataclass(frozen=True)
class Mode:
    """A file with a permission mode (e.g. 0o000), made after the others."""
    content: str | bytes
    mode: int


@dataclasses.dataclass(frozen=True)
class DirMode:
    """A folder with a permission mode (e.g. 0o555)."""
    mode: int


# --- the record -------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    group: str  # the issue-16 item
    what: str
    argv: tuple
    exit: int | tuple
    stderr: tuple = ()  # key words that must be on stderr
    files: dict = dataclasses.field(default_factory=dict)  # relpath -> content; or a function making it
    absent: tuple = ()  # key words that must not be on stderr
    stdin: bytes | str | None = None  # None: /dev/null; a str is a path (/dev/zero)
    outputs: tuple = ()  # files that must exist afterwards
    partial_ok: bool = False  # a failing run may still write (a batch's good inputs)
    max_seconds: float = DEFAULT_SECONDS
    wrap: str | None = None  # "closed-stdout" | "no-dac"
    strace: bool | None = None  # None: when the case names the canary
    check: Callable | None = None  # check(ctx, result) -> list of problems
    setup: Callable | None = None  # setup(ctx), before the run
    env: dict | None = None

    def __str__(self):
        return self.id


# --- extra checks -----------------------------------------------------------------

def json_output(ctx, name="out.json"):
    path = ctx.work / name
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


def check_title(expected):
    def check(ctx, result):
        doc = json_output(ctx)
        if result.returncode == 0 and (doc is None or doc.get("title") != expected):
            got = None if doc is None else repr(doc.get("title"))[:80]
            return [f"title in out.json is {got}, expected {expected!r}: data lost or altered"]
        return []
    return check


def check_talk_dated(expected):
    def check(ctx, result):
        doc = json_output(ctx, "draft.json")
        dates = [talk.get("date") for talk in (doc or {}).get("talks", [])]
        if expected not in dates:
            return [f"talks in draft.json are dated {dates}, expected one on {expected}"]
        return []
    return check


def lexicon_case(case_id, what, lexicon, article, check=None):
    """An ingest case of one plain-text article, `article` whole, drafted
    with a user lexicon whose YAML after its name and version is
    `lexicon`."""
    return Case(case_id, "Ingest", what, ("ingest", "a.txt", "--lexicon", "l.yaml", "-o", "draft.json"),
                0, outputs=("draft.json",), check=check,
                files={"l.yaml": 'lexicon: t\nversion: "1"\n' + lexicon, "a.txt": article})


# 4,000 months from January 1700, as (year, month name).
MONTHS_FROM_1700 = [(1700 + n // 12, ("January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December")[n % 12])
                    for n in range(4000)]


def article_case(case_id, what, body, check, published="2024-03-15"):
    """An ingest case of one plain-text article, `body` under a title and a
    date line, whose draft `check` judges."""
    header = f"Talks\nPublished: {published}\n\n" if published else "Talks\n\n"
    return Case(case_id, "Ingest", what, ("ingest", "a.txt", "-o", "draft.json"), 0,
                outputs=("draft.json",), files={"a.txt": header + body}, check=check)


def weekday_case(case_id, what, body, dated=(), undated=()):
    """An ingest case of one article published on Wednesday 15 May 2024
    whose draft has a talk dated each of `dated` and none dated from one of
    `undated`."""
    checks = [check_talk_dated(day) for day in dated] + [check_no_talk_dated(*undated)]
    return article_case(case_id, what, body, check_all(*checks), published="2024-05-15")


def check_no_talk_dated(*starts):
    """No talk of the draft has a date that starts with one of `starts`."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        return [f"a talk dated {t.get('date')}" for t in doc.get("talks", [])
                if str(t.get("date") or "").startswith(starts)]
    return check


def check_statements(expected):
    """The draft's statements, as {text: speaker}, hold `expected` (a value
    of None: no statement with that text)."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        said = {s.get("text"): s.get("speaker") for s in doc.get("statements", [])}
        problems = []
        for text, speaker in expected.items():
            if said.get(text) != speaker:
                problems.append(f"statement {text!r}: speaker {said.get(text)!r}, expected {speaker!r}")
        return problems
    return check


def check_no_entity(entity):
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        if any(e.get("id") == entity for e in doc.get("entities", [])):
            return [f"the draft has an entity {entity!r}"]
        return []
    return check


def check_entity_kinds(expected):
    """The draft's entities, as {id: kind}, hold `expected` (a kind of None:
    no entity with that id)."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        kinds = {e.get("id"): e.get("kind") for e in doc.get("entities", [])}
        return [f"entity {entity!r} is {kinds.get(entity)!r}, expected {kind!r}"
                for entity, kind in expected.items() if kinds.get(entity) != kind]
    return check


def check_entity_roles(expected):
    """The draft's entities, as {id: [(title, of)]}, hold each role of
    `expected`, and only those (of None: a role of no actor)."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        roles = {e.get("id"): sorted((r.get("title"), r.get("of")) for r in e.get("roles", []))
                 for e in doc.get("entities", [])}
        return [f"entity {entity!r} has roles {roles.get(entity)!r}, expected {sorted(want)!r}"
                for entity, want in expected.items() if roles.get(entity) != sorted(want)]
    return check


def check_event_on(day):
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        if not any(e.get("date") == day for e in doc.get("events", [])):
            return [f"no event on {day}: {[e.get('date') for e in doc.get('events', [])]}"]
        return []
    return check


def check_events(expected):
    """The draft's events, counted as {(kind, cameo, date): count}, hold
    `expected` (a count of 0: no such event)."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = collections.Counter((e.get("kind"), e.get("cameo"), e.get("date"))
                                    for e in doc.get("events", []))
        return [f"{found[key]} events {key}, expected {count}: {sorted(found)}"
                for key, count in expected.items() if found[key] != count]
    return check


def check_event_actors(day, actors):
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = [e.get("actors") for e in doc.get("events", []) if e.get("date") == day]
        return [] if actors in found else [f"events on {day} have actors {found}, expected {actors}"]
    return check


def check_no_statements(unwanted):
    """No statement of the draft is `unwanted(statement)`."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        return [f"{s.get('speaker')}: {s.get('text')}" for s in doc.get("statements", []) if unwanted(s)]
    return check


def check_no_talks(ctx, result):
    doc = json_output(ctx, "draft.json") or {}
    talks = [(t.get("venue"), t.get("parties")) for t in doc.get("talks", [])]
    return [f"the draft has talks {talks}"] if talks else []


def check_position(holder, stance, issue):
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        held = [(p.get("holder"), p.get("stance"), p.get("issue")) for p in doc.get("positions", [])]
        return [] if (holder, stance, issue) in held else [f"no {holder} {stance} {issue}: {held}"]
    return check


def check_no_position(holder, stance=None, issue=None):
    """No position of `holder` (with `stance` and `issue`, when given)."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        held = [(p.get("holder"), p.get("stance"), p.get("issue")) for p in doc.get("positions", [])]
        wrong = [h for h in held if h[0] == holder and stance in (None, h[1]) and issue in (None, h[2])]
        return [f"the draft has {wrong}"] if wrong else []
    return check


def check_position_instead(held, unwanted):
    """The draft holds the position `held`, not `unwanted` (each holder, stance, issue)."""
    return check_all(check_position(*held), check_no_position(*unwanted))


def check_positions(*held):
    """The draft holds each position of `held`: (holder, stance, issue)."""
    return check_all(*(check_position(*each) for each in held))


def check_no_positions(*unwanted):
    """No position of the draft is one of `unwanted`: (holder[, stance[, issue]])."""
    return check_all(*(check_no_position(*each) for each in unwanted))


def check_talk_at(venue):
    """Some talk of the draft is held at `venue`."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        venues = [t.get("venue") for t in doc.get("talks", [])]
        return [] if venue in venues else [f"no talk at {venue}: {venues}"]
    return check


def check_no_talk_venue(venue):
    """No talk of the draft is held at `venue`."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        venues = [t.get("venue") for t in doc.get("talks", [])]
        return [f"a talk at {venue}: {venues}"] if venue in venues else []
    return check


def check_talk_parties(parties):
    """Some talk of the draft has exactly `parties`."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = [sorted(t.get("parties") or []) for t in doc.get("talks", [])]
        return [] if sorted(parties) in found else [f"no talk between {parties}: {found}"]
    return check


def check_talk_on(venue, day):
    """Some talk of the draft is held at `venue`, and one on `day`."""
    return check_all(check_talk_at(venue), check_talk_dated(day))


def check_undated_at(venue):
    """Every talk of the draft at `venue` is undated, and there is one."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        dates = [t.get("date") for t in doc.get("talks", []) if t.get("venue") == venue]
        return [] if dates and not any(dates) else [f"talks at {venue} dated {dates}"]
    return check


def check_talk_instead(venue, unwanted):
    """Some talk of the draft is held at `venue`, none at `unwanted`."""
    return check_all(check_talk_at(venue), check_no_talk_venue(unwanted))


def check_talk_venues(venues):
    """The draft's talks are at exactly `venues`, in order."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = [t.get("venue") for t in doc.get("talks", [])]
        return [] if found == venues else [f"talks at {found}, expected {venues}"]
    return check


def check_no_talk_party(party):
    """No talk of the draft has `party` among its parties."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = [t.get("parties") for t in doc.get("talks", []) if party in (t.get("parties") or [])]
        return [f"talks with {party}: {found}"] if found else []
    return check


def check_no_placeless_meeting(ctx, result):
    """No talk of the draft is a meeting with no place named ("Meeting")."""
    doc = json_output(ctx, "draft.json") or {}
    return [f"a placeless meeting: {t}" for t in doc.get("talks", []) if t.get("name") == "Meeting"]


def check_no_issue_labels(labels):
    """No issue of the draft is labelled one of `labels`."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        return [f"issue {i.get('label')}" for i in doc.get("issues", []) if i.get("label") in labels]
    return check


def check_talk_kinds(kinds):
    """The draft's talks are of exactly `kinds`, in any order."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = sorted(t.get("kind") for t in doc.get("talks", []))
        return [] if found == sorted(kinds) else [f"talks of kinds {found}, expected {sorted(kinds)}"]
    return check


def check_published(expected):
    """The draft's one source was published on `expected` (None: no date)."""
    def check(ctx, result):
        doc = json_output(ctx, "draft.json") or {}
        found = [source.get("published") for source in doc.get("sources", [])]
        return [] if found == [expected] else [f"sources published {found}, expected [{expected!r}]"]
    return check


def check_all(*checks):
    """Every one of `checks`."""
    def check(ctx, result):
        return [problem for each in checks for problem in each(ctx, result)]
    return check


def check_banner_dropped(ctx, result):
    """A cookie banner written in decomposed form (NFD) is still the
    lexicon's banner, composed: it never reaches the draft."""
    draft = ctx.work / "draft.json"
    text = draft.read_text("utf-8") if draft.is_file() else ""
    if "sử dụng cookie" in unicodedata.normalize("NFC", text):
        return ["the cookie banner, written decomposed, reached the draft"]
    if "Lavrov" not in text:
        return ["the article's own text is missing from the draft"]
    return []


def check_utf16_xml(ctx, result):
    """UTF-16 XML with its declaration is well-formed XML: read it (rc 0 with
    the title intact) or refuse it naming UTF-16 and UTF-8 (rc 1)."""
    if result.returncode == 0:
        return check_title("T")(ctx, result)
    if result.returncode == 1 and not ("utf-16" in result.err.lower() and "utf-8" in result.err.lower()):
        return ["refused without saying the file is UTF-16 and must be UTF-8"]
    return []


def check_big_xml_text(ctx, result):
    """A 50 MB text node (JSON takes a 100 MB string): read it whole, or
    refuse it naming the limit and the place."""
    if result.returncode == 0:
        doc = json_output(ctx)
        return [] if doc and len(doc.get("title", "")) == 50_000_000 else ["the 50 MB title was not kept whole"]
    import re
    if not re.search(r"x\.xml:2:\d+", result.err) or not re.search(r"limit|too (large|long|big)", result.err, re.I):
        return ["refused without the place (x.xml:2:…) and the limit in Parley's words"]
    return []


def check_merge_key(ctx, result):
    """`<<` is either applied (entity b gets A's name) or refused at its line."""
    if result.returncode == 0:
        doc = json_output(ctx) or {}
        names = {e.get("id"): e.get("name") for e in doc.get("entities", [])}
        return [] if names.get("b") == "A" else [f"merge key neither applied nor refused: {names}"]
    import re
    if not re.search(r"y\.yaml:7:\d+", result.err) or "<<" not in result.err:
        return ["the merge key is not reported at its place (y.yaml:7:…) with '<<'"]
    return []


def check_escaped_name(tail):
    """The name's part after its newline must not start a line of its own,
    and must still be there (escaped)."""
    def check(ctx, result):
        problems = []
        if f"\n{tail}" in result.err:
            problems.append(f"the name's newline is printed raw (a line starts with {tail!r})")
        if tail not in result.err:
            problems.append(f"the name is not printed at all ({tail!r} missing)")
        return problems
    return check


def check_not_written(rel_to_aux):
    def check(ctx, result):
        return [f"the stylesheet wrote {rel_to_aux}"] if (ctx.aux / rel_to_aux).exists() else []
    return check


def check_html_deep(ctx, result):
    """Text nested 400 deep is kept in the draft, or a warning says it was
    dropped and why."""
    draft = (ctx.work / "draft.json")
    kept = draft.is_file() and "ironclad" in draft.read_text("utf-8", "replace")
    warned = "deep.html" in result.err and any(w in result.err.lower() for w in ("nest", "deep", "depth", "level"))
    return [] if kept or warned else ["the deeply nested paragraph was dropped without a warning"]


def check_empty_with_other(ctx, result):
    problems = []
    if not ("empty.txt" in result.err and "empty" in result.err.lower().replace("empty.txt", "")):
        problems.append("no warning naming empty.txt as empty")
    draft = ctx.work / "draft.json"
    if draft.is_file():
        doc = json.loads(draft.read_text("utf-8"))
        empty = [s.get("id") for s in doc.get("sources", []) if not (s.get("text") or "").strip()]
        if empty:
            problems.append(f"the empty file became a source: {empty}")
    return problems


def check_batch_one_bad(ctx, result):
    problems = []
    for rel in ("out/a.json", "out/sub/c.json"):
        if not (ctx.work / rel).is_file():
            problems.append(f"{rel} was not written: the batch did not go on")
    if (ctx.work / "out/b.json").exists():
        problems.append("out/b.json was written for an invalid input")
    return problems


def check_symlink_loop(ctx, result):
    problems = []
    for rel in ("out/a.json", "out/sub/c.json"):
        if not (ctx.work / rel).is_file():
            problems.append(f"{rel} was not written")
    deep = [p for p in (ctx.work / "out").rglob("*") if str(p).count("loop") > 1]
    if deep:
        problems.append(f"the loop was followed: {deep[0]}")
    if result.returncode != 0 and "loop" not in result.err:
        problems.append("a non-zero exit without naming the looping link")
    return problems


def check_many(count):
    def check(ctx, result):
        written = len(list((ctx.work / "out").glob("*.json"))) if (ctx.work / "out").is_dir() else 0
        return [] if written == count else [f"{written} of {count} outputs written"]
    return check


def check_unreadable_batch(ctx, result):
    return [] if (ctx.work / "out/a.json").is_file() else ["out/a.json was not written"]


def check_fifo_batch(ctx, result):
    problems = []
    if not (ctx.work / "out/a.json").is_file():
        problems.append("out/a.json was not written")
    if result.returncode != 0 and "p.json" not in result.err:
        problems.append("a non-zero exit without naming the FIFO")
    return problems


def check_outdir_inside(ctx, result):
    names = sorted(p.name for p in (ctx.work / "in").iterdir())
    return [] if names == ["a-2.json", "a.json"] else [f"in/ holds {names}, expected a.json, a-2.json"]


def check_jsonl(ctx, result):
    lines = [json.loads(line) for line in result.out.splitlines() if line.strip()]
    problems = []
    if [r.get("line") for r in lines] != [1, 2, 3, 4]:
        problems.append(f"results for lines {[r.get('line') for r in lines]}, expected 1-4")
    errors = {r.get("line"): r.get("error", "") for r in lines if "error" in r}
    if set(errors) != {2, 3}:
        problems.append(f"errors on lines {sorted(errors)}, expected 2 and 3")
    elif "nest" not in errors[2].lower():
        problems.append(f"line 2's error does not name the nesting limit: {errors[2][:120]}")
    return problems


def check_plugin_batch(ctx, result):
    """Each plugin failure names the input it was converting, on the line
    that reports it."""
    lines = [line for line in result.err.splitlines() if "plugin crash" in line]
    problems = []
    for name in ("a.json", "b.json"):
        if not any(name in line for line in lines):
            problems.append(f"no plugin-failure line names in/{name}")
    return problems


def check_pids_gone(*names):
    """The processes whose ids the plugin wrote into AUX/NAME are gone."""
    def check(ctx, result):
        import time
        from hostile_run import process_gone, kill_quietly
        problems = []
        for name in names:
            path = ctx.aux / name
            if not path.is_file():
                continue
            pid = int(path.read_text().strip() or 0)
            deadline = time.monotonic() + 2
            while not process_gone(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if not process_gone(pid):
                problems.append(f"process {pid} ({name}) still runs after parley returned")
                kill_quietly(pid)
        return problems
    return check


def check_plugin_output_size(size):
    def check(ctx, result):
        out = ctx.work / "out.txt"
        got = out.stat().st_size if out.is_file() else None
        return [] if got == size else [f"out.txt has {got} bytes, expected {size}"]
    return check


def setup_fifo_reader(ctx):
    """A reader on out.fifo that keeps what it reads in ctx.fifo_data."""
    path = ctx.work / "out.fifo"
    os.mkfifo(path)
    ctx.fifo_data = bytearray()

    def read():
        with open(path, "rb") as fifo:
            while chunk := fifo.read(65536):
                ctx.fifo_data += chunk

    ctx.fifo_thread = threading.Thread(target=read, daemon=True)
    ctx.fifo_thread.start()

    def unblock():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    ctx.cleanups.append(unblock)


def check_fifo_reader(ctx, result):
    ctx.fifo_thread.join(timeout=5)
    problems = []
    if not stat.S_ISFIFO(os.lstat(ctx.work / "out.fifo").st_mode):
        problems.append("out.fifo was replaced by a regular file")
    try:
        if json.loads(bytes(ctx.fifo_data)).get("id") != "x":
            problems.append("the reader did not get the dossier")
    except ValueError:
        problems.append(f"the reader got {bytes(ctx.fifo_data)[:60]!r}, not the JSON")
    return problems


def check_formats_listed(ctx, result):
    return [] if "json" in result.out.split() else ["parley formats did not list the built-in formats"]


# --- generated contents (made when the case runs, not at import) ------------------

def big_string_json():
    return b'{"parley":"1.0","id":"x","title":"' + b"a" * 100_000_000 + b'"}'


def many_entities_json():
    entities = ",".join(f'{{"id":"e{i}","kind":"state","name":"N{i}"}}' for i in range(200_000))
    return '{"parley":"1.0","id":"x","title":"T","entities":[' + entities + "]}"


# Names that look like the ends and starts of records to a scan that lost
# track of strings: escaped quotes, backslash runs, brackets, commas.
LOOKALIKE_NAMES = [r'a \"}, {\"id\":\"z\", \"kind\": \"state\"', r"\\\\", r'c\\\"],[{', "{", "}]", "ж ]},"]


def chunked_entities(count=60_000, trailing="", last_kind="state"):
    """About 4 MB of entities on one line each (so that the list is read in
    chunks by several threads), with names that look like records."""
    def make():
        rows = [
            f'{{"id":"e{i}","kind":"{last_kind if i == count - 1 else "state"}",'
            f'"name":"{LOOKALIKE_NAMES[i % len(LOOKALIKE_NAMES)]} {i}"}}'
            for i in range(count)
        ]
        return '{"parley":"1.0","id":"x","title":"T","entities":[\n' + ",\n".join(rows) + trailing + "\n]}\n"
    return make


def check_lookalike_names(ctx, result):
    """Every name read as written, in order, whatever it looks like."""
    doc = json_output(ctx) or {}
    names = [e.get("name") for e in doc.get("entities", [])]
    expected = [json.loads(f'"{LOOKALIKE_NAMES[i % len(LOOKALIKE_NAMES)]} {i}"') for i in range(60_000)]
    return [] if names == expected else [f"{len(names)} names, not the 60,000 written (or not in order)"]


def bad_quotes_long_source():
    """2,000 quotes that do not match a source of a million non-ASCII
    characters: each mismatch once copied the whole text (17 s)."""
    entities = [{"id": f"e{i}", "kind": "person", "name": f"Name {i}",
                 "sources": [{"source": "src", "span": [i, i + 2], "quote": "zz"}]} for i in range(2000)]
    return json.dumps({"parley": "1.0", "id": "d", "title": "T",
                       "sources": [{"id": "src", "title": "S", "text": "é" * 1_000_000}],
                       "entities": entities}, ensure_ascii=False)


def misspelt_ids_many_times():
    """20,000 references to 50 misspelt ids among 50,000: each unknown
    reference searched every id for a suggestion, lowercasing both each
    time (minutes for a dossier with a few mutated ids)."""
    entities = [{"id": f"e{i}", "kind": "person", "name": f"N {i}"} for i in range(50_000)]
    positions = [{"id": f"p{i}", "holder": f"e{i % 50}x", "issue": "i", "stance": "demands"}
                 for i in range(20_000)]
    return json.dumps({"parley": "1.0", "id": "d", "title": "T", "entities": entities,
                       "issues": [{"id": "i", "label": "I"}], "positions": positions})


def quote_with_line_break():
    """A quote and a CAMEO code quoted in messages, each holding a line
    break: one problem must stay one line (the break was printed raw)."""
    return json.dumps({
        "parley": "1.0", "id": "d", "title": "T",
        "sources": [{"id": "src", "title": "S", "text": "ab\ncd\tef"}],
        "entities": [{"id": "e", "kind": "person", "name": "N",
                      "sources": [{"source": "src", "span": [0, 4], "quote": "b\ncd"}]}],
        "events": [{"id": "v", "kind": "meeting", "title": "M", "cameo": "1\n2"}]})


def check_one_line_per_problem(ctx, result):
    lines = [line for line in result.err.splitlines() if line.strip()]
    stray = [line for line in lines if not line.startswith("d.json") and "problem" not in line]
    if stray:
        return [f"a problem runs over several lines: {stray[:2]!r}"]
    if "\\n" not in result.err:
        return ["the line break is not shown escaped, as \\n"]
    return []


def long_toplevel_array():
    return "[" + "0," * 2_000_000 + "0]"


def yaml_big_alias():
    return ("parley: \"1.0\"\nid: x\ntitle: T\nentities:\n  - id: e\n    kind: state\n"
            f'    name: &b "{"a" * 1_000_000}"\n'
            "    aliases: [" + ", ".join(["*b"] * 2000) + "]\n")


def yaml_deep_block():
    return "".join(" " * i + f"k{i}:\n" for i in range(3000)) + " " * 3000 + "v\n"


def yaml_alias_depth():
    """Lists 990 deep, each anchored and repeated inside the next 59 times:
    60,000 levels through aliases, inside the size-based alias budget (a
    comment pads the file). The tree once overflowed the stack when freed."""
    k = 60
    pad = int(991 * k * k / 8 * 1.1)
    return ('parley: "1.0"\nid: x\ntitle: T\n#' + "p" * pad + "\nx0: &a0 " + "[" * 990 + "]" * 990
            + "\n" + "".join(f"x{i}: &a{i} {'[' * 990}*a{i - 1}{']' * 990}\n" for i in range(1, k)))


def xml_deep():
    return XML_HEAD + XML_OPEN + "<title>" + "<a>" * 100_000 + "</a>" * 100_000 + "</title></dossier>\n"


def xml_big_text():
    return XML_HEAD + XML_OPEN + "<title>" + "a" * 50_000_000 + "</title></dossier>\n"


def quotes_article():
    rng = random.Random(16)
    parts, size = ["Talks in Geneva\n\n"], 0
    pieces = ['"', " said ", 'He said "', "Ryabkov said", ' "We ', "x", ". "]
    while size < 200_000:
        piece = rng.choice(pieces)
        parts.append(piece)
        size += len(piece)
    return "".join(parts)


def deep_html():
    return ("<html><body>" + "<div>" * 400
            + '<p>Russia demanded guarantees. "We need ironclad guarantees," Ryabkov said.</p>'
            + "</div>" * 400 + "</body></html>\n")


def random_bytes():
    rng = random.Random(1616)
    return bytes(rng.randrange(256) for _ in range(5000))


def png_bytes():
    rng = random.Random(89)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(3000))


def many_files():
    return {f"many/d{i:05}.json": f'{{"parley":"1.0","id":"d{i}","title":"T"}}' for i in range(3000)}


BILLION_LAUGHS_YAML = 'parley: "1.0"\nid: x\ntitle: &a "lol"\n' + "".join(
    f"a{i}: &{chr(ord('b') + i)} [" + ",".join([f"*{chr(ord('a') + i)}"] * 10) + "]\n" for i in range(9)
)
BILLION_LAUGHS_MAP_YAML = 'parley: "1.0"\nid: x\ntitle: T\nm0: &m0 {k: lol}\n' + "".join(
    f"m{i}: &m{i} {{" + ", ".join(f"k{j}: *m{i - 1}" for j in range(10)) + "}\n" for i in range(1, 10)
)
XML_LAUGHS_DTD = "".join(
    ['<!ENTITY lol0 "lol">']
    + [f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10)]
)
LEXICON_BOMB = 'lexicon: bomb\nversion: "1"\nw0: &w0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n' + "".join(
    f"w{i}: &w{i} [" + ", ".join([f"*w{i - 1}"] * 10) + "]\n" for i in range(1, 10)
)
MERGE_YAML = (
    'parley: "1.0"\nid: x\ntitle: T\nentities:\n'
    "  - &e {id: a, kind: state, name: A}\n"
    "  - id: b\n"
    "    <<: *e\n"
)


def plugin_dir(*entries):
    """{plugins/parley-export-NAME: Exe(script)} for (name, describe, run)."""
    return {f"plugins/parley-export-{name}": Exe(plugin(name, describe, run)) for name, describe, run in entries}


# ================================ the catalogue ===================================

JSON = [
    Case("json-trailing-comma-object", "JSON", "a trailing comma in an object",
         ("export", "d.json", *EXPORT_JSON), 1,
         (r"re:d\.json:1:\d+:", "malformed JSON", "trailing", ADVICE),
         files={"d.json": '{"parley":"1.0","id":"x","title":"T",}'}),
    Case("json-trailing-comma-array", "JSON", "a trailing comma in an array",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", "trailing", ADVICE),
         files={"d.json": '{"parley":"1.0","id":"x","title":"T","entities":[{"id":"a","kind":"state","name":"A"},]}'}),
    Case("json-line-comment", "JSON", "a // comment: the message must say comments are not JSON",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:2:\d+:", "comment", ADVICE),
         files={"d.json": '{\n  // the id\n  "parley": "1.0", "id": "x", "title": "T"\n}\n'}),
    Case("json-block-comment", "JSON", "a /* */ comment",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", "comment", ADVICE),
         files={"d.json": '{"parley":"1.0", /* c */ "id":"x","title":"T"}'}),
    Case("json-duplicate-key", "JSON", "a key twice in one object, reported at the second",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json:1:26:", "duplicate key", '"id"'),
         files={"d.json": '{"parley":"1.0","id":"x","id":"y","title":"T"}'}),
    Case("json-invalid-utf8", "JSON", "bytes that are not UTF-8 in a string",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", "UTF-8"),
         files={"d.json": b'{"parley":"1.0","id":"x\xff\xfe","title":"T"}'}),
    Case("json-nul-in-string", "JSON", "a raw NUL byte inside a string",
         ("export", "d.json", *EXPORT_JSON), 1,
         (r"re:d\.json:1:\d+:", r"re:control character|NUL|U\+0000"),
         files={"d.json": b'{"parley":"1.0","id":"x\x00","title":"T"}'}),
    Case("json-nul-after-value", "JSON", "a NUL byte after the document",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", "malformed JSON"),
         files={"d.json": MINIMAL.encode() + b"\x00"}),
    Case("json-truncated-string", "JSON", "cut off inside a string",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", r"re:not closed|end of"),
         files={"d.json": '{"parley":"1.0","id":"x","title":"T'}),
    Case("json-truncated-object", "JSON", "cut off before the closing brace",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", r"re:end of|not closed|expected ',' or '}'"),
         files={"d.json": '{"parley":"1.0","id":"x","title":"T"'}),
    Case("json-lone-surrogate", "JSON", "an escaped lone surrogate",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", "surrogate"),
         files={"d.json": '{"parley":"1.0","id":"x","title":"\\ud800"}'}),
    Case("json-span-2p64-plus-1", "JSON", "span end 2^64+1: the number is too large, not 'found a list'",
         ("validate", "d.json"), 1,
         ("d.json:1:", "statements[0].sources[0].span", r"re:too large|too big"),
         absent=("found a list",),
         files={"d.json": statement_dossier("[0,18446744073709551617]")}),
    Case("json-span-2p63", "JSON", "span end 2^63, one past Int64",
         ("validate", "d.json"), 1,
         ("d.json:1:", "statements[0].sources[0].span", r"re:too large|too big"),
         absent=("found a list",),
         files={"d.json": statement_dossier("[0,9223372036854775808]")}),
    Case("json-span-negative-huge", "JSON", "span start -2^64-1",
         ("validate", "d.json"), 1,
         ("d.json:1:", "statements[0].sources[0].span", r"re:too (large|small|big)|negative|out of range"),
         absent=("found a list",),
         files={"d.json": statement_dossier("[-18446744073709551617,5]")}),
    Case("json-number-1e400", "JSON", "a number beyond Double (confidence 1e400)",
         ("validate", "d.json"), 1, (r"re:d\.json:1:\d+:", "1e400", "too large"),
         files={"d.json": statement_dossier("[0,5]").replace('"span":[0,5]', '"span":[0,5],"confidence":1e400')}),
    Case("json-deep-arrays", "JSON", "10^5 nested brackets: a nesting limit in Parley's words",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", r"re:nest", ADVICE),
         absent=("stack", "recursion"),
         files={"d.json": "[" * 100_000 + "]" * 100_000}),
    Case("json-deep-objects", "JSON", "10^5 nested objects",
         ("export", "d.json", *EXPORT_JSON), 1, (r"re:d\.json:1:\d+:", r"re:nest", ADVICE),
         absent=("stack", "recursion"),
         files={"d.json": '{"a":' * 100_000 + "1" + "}" * 100_000}),
    Case("json-utf16le-bom", "JSON", "UTF-16LE with a BOM: say it is UTF-16 and must be UTF-8",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json", *UTF16),
         files={"d.json": utf16(MINIMAL, "utf-16")}),
    Case("json-utf16be-bom", "JSON", "UTF-16BE with a BOM",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json", *UTF16),
         files={"d.json": b"\xfe\xff" + utf16(MINIMAL, "utf-16-be")}),
    Case("json-utf16le-no-bom", "JSON", "UTF-16LE without a BOM",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json", *UTF16),
         files={"d.json": utf16(MINIMAL, "utf-16-le")}),
    Case("json-utf16be-no-bom", "JSON", "UTF-16BE without a BOM",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json", *UTF16),
         files={"d.json": utf16(MINIMAL, "utf-16-be")}),
    Case("json-empty-file", "JSON", "an empty file",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json", "empty"), files={"d.json": ""}),
    Case("json-whitespace-only", "JSON", "a file of only whitespace",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json", "empty"), files={"d.json": " \n\t\r\n  \n"}),
    Case("json-100mb-string", "JSON", "a 100 MB string: converted within the time and memory bounds",
         ("export", "d.json", *EXPORT_JSON), 0, outputs=("out.json",),
         files={"d.json": big_string_json}),
    Case("json-200k-entities", "JSON", "a 200,000-element array of entities",
         ("export", "d.json", *EXPORT_JSON), 0, outputs=("out.json",),
         files={"d.json": many_entities_json}),
    Case("json-chunks-lookalike-texts", "JSON",
         "a 4 MB list read in chunks, its texts full of escaped quotes, brackets and commas",
         ("export", "d.json", *EXPORT_JSON), 0, outputs=("out.json",),
         files={"d.json": chunked_entities()}, check=check_lookalike_names),
    Case("json-chunks-trailing-comma", "JSON",
         "a trailing comma after the last record of a list read in chunks, placed on its line",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json:60002:", "trailing", ADVICE),
         files={"d.json": chunked_entities(trailing=",")}),
    Case("json-chunks-bad-last-record", "JSON",
         "an unknown kind in the last record of a list read in chunks, named by its index",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json:60001:23:", "entities[59999].kind", "robot"),
         files={"d.json": chunked_entities(last_kind="robot")}),
    Case("json-many-bad-quotes-long-source", "JSON",
         "2,000 quotes that do not match a 1,000,000-character source: each reported, quickly",
         ("validate", "d.json"), 1, ("entities[1999].sources[0].quote", "does not occur", "2000 problems"),
         files={"d.json": bad_quotes_long_source}, max_seconds=10),
    Case("json-references-to-misspelt-ids", "JSON",
         "20,000 references to 50 misspelt ids among 50,000: each reported with its suggestion, quickly",
         ("validate", "d.json"), 1,
         ("positions[19999].holder", 'unknown entity "e49x"', 'did you mean "e49"', "20000 problems"),
         files={"d.json": misspelt_ids_many_times}, max_seconds=10),
    Case("json-line-break-in-quoted-text", "JSON",
         "a quote and a CAMEO code holding line breaks: each problem on one line, the break escaped",
         ("validate", "d.json"), 1, ("entities[0].sources[0].quote", "events[0].cameo"),
         files={"d.json": quote_with_line_break}, check=check_one_line_per_problem),
    Case("json-2m-element-document", "JSON", "a document that is a 2,000,000-element array",
         ("export", "d.json", *EXPORT_JSON), 1, ("d.json:1:1", "object"),
         files={"d.json": long_toplevel_array}),
]

YAML = [
    Case("yaml-billion-laughs", "YAML", "aliases of aliases, 10^9 values",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:\d+:\d+:", "alias", ADVICE),
         files={"y.yaml": BILLION_LAUGHS_YAML}),
    Case("yaml-billion-laughs-mappings", "YAML", "the same bomb made of mappings",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:\d+:\d+:", "alias"),
         files={"y.yaml": BILLION_LAUGHS_MAP_YAML}),
    Case("yaml-big-string-aliased", "YAML", "a 1 MB string aliased 2,000 times into aliases (2 GB expanded)",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:\d+:\d+:", "alias"),
         files={"y.yaml": yaml_big_alias}, max_seconds=10),
    Case("yaml-undefined-alias", "YAML", "an alias to no anchor",
         ("export", "y.yaml", *EXPORT_JSON), 1, ("y.yaml:3:", "alias"),
         files={"y.yaml": 'parley: "1.0"\nid: x\ntitle: *nothing\n'}),
    Case("yaml-deep-flow", "YAML", "10^5 nested flow sequences: the limit in Parley's words",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:1:\d+:", r"re:nest|deep"),
         absent=("yaml_set_max_nest_level", "Maximum nesting level reached, set with"),
         files={"y.yaml": "a: " + "[" * 100_000 + "]" * 100_000 + "\n"}),
    Case("yaml-deep-block", "YAML", "3,000 nested block mappings",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:\d+:\d+:", r"re:nest|deep"),
         absent=("yaml_set_max_nest_level",),
         files={"y.yaml": yaml_deep_block}),
    Case("yaml-python-object-tag", "YAML", "!!python/object: refused, not ignored",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:2:\d+:", "tag", "python/object"),
         files={"y.yaml": 'parley: "1.0"\nid: !!python/object:os.system x\ntitle: T\n'}),
    Case("yaml-python-apply-tag", "YAML", "!!python/object/apply with a command",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:3:\d+:", "tag"),
         files={"y.yaml": 'parley: "1.0"\nid: x\ntitle: !!python/object/apply:os.system ["touch pwned"]\n'}),
    Case("yaml-include-tag-canary", "YAML", "!include of the canary: refused, never read",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:3:\d+:", "tag"),
         files={"y.yaml": 'parley: "1.0"\nid: x\ntitle: !include {CANARY_TXT}\n'}),
    # The YAML reader reports where the mapping's first key is; JSON,
    # read by Parley itself, reports the second. Either names the key.
    Case("yaml-duplicate-key", "YAML", "a key twice, reported with its name and a line",
         ("export", "y.yaml", *EXPORT_JSON), 1, (r"re:y\.yaml:[23]:1:", "duplicate key", '"id"'),
         files={"y.yaml": 'parley: "1.0"\nid: x\nid: y\ntitle: T\n'}),
    Case("yaml-tab-indent", "YAML", "a tab used for indentation: the message says tab",
         ("export", "y.yaml", *EXPORT_JSON), 1, ("y.yaml:5:1", "tab", ADVICE),
         files={"y.yaml": MINIMAL_YAML + "sources:\n\t- id: s\n"}),
    Case("yaml-utf16le-bom", "YAML", "UTF-16LE with a BOM", ("export", "y.yaml", *EXPORT_JSON), 1,
         ("y.yaml", *UTF16), files={"y.yaml": utf16(MINIMAL_YAML, "utf-16")}),
    Case("yaml-utf16be-bom", "YAML", "UTF-16BE with a BOM", ("export", "y.yaml", *EXPORT_JSON), 1,
         ("y.yaml", *UTF16), files={"y.yaml": b"\xfe\xff" + utf16(MINIMAL_YAML, "utf-16-be")}),
    Case("yaml-utf16le-no-bom", "YAML", "UTF-16LE without a BOM", ("export", "y.yaml", *EXPORT_JSON), 1,
         ("y.yaml", *UTF16), files={"y.yaml": utf16(MINIMAL_YAML, "utf-16-le")}),
    Case("yaml-multiple-documents", "YAML", "two documents in one file",
         ("export", "y.yaml", *EXPORT_JSON), 1, ("y.yaml:4:1", "document"),
         files={"y.yaml": MINIMAL_YAML + "---\n" + MINIMAL_YAML}),
    Case("yaml-merge-key", "YAML", "a << merge key: applied, or refused at its line",
         ("export", "y.yaml", *EXPORT_JSON), (0, 1), files={"y.yaml": MERGE_YAML},
         check=check_merge_key),
    Case("yaml-empty-file", "YAML", "an empty file", ("export", "y.yaml", *EXPORT_JSON), 1,
         ("y.yaml", "empty"), files={"y.yaml": ""}),
    Case("yaml-nul-byte", "YAML", "a NUL byte in a value", ("export", "y.yaml", *EXPORT_JSON), 1,
         (r"re:y\.yaml:2:\d+:", r"re:control character|NUL|U\+0000"),
         files={"y.yaml": b'parley: "1.0"\nid: x\x00y\ntitle: T\n'}),
    Case("yaml-invalid-utf8", "YAML", "bytes that are not UTF-8", ("export", "y.yaml", *EXPORT_JSON), 1,
         (r"re:y\.yaml:3:\d+:", "UTF-8"), files={"y.yaml": b'parley: "1.0"\nid: x\ntitle: T\xff\xfe\n'}),
    # Found when YAML came to be read from libyaml's events (issue 15).
    Case("yaml-bom-block", "YAML", "a UTF-8 byte order mark before a block dossier: read",
         ("export", "y.yaml", *EXPORT_JSON), 0, files={"y.yaml": b"\xef\xbb\xbf" + MINIMAL_YAML.encode()},
         check=check_title("T")),
    Case("yaml-alias-nesting", "YAML", "60,000 levels of lists built through aliases",
         ("validate", "y.yaml"), 1, (r"re:y\.yaml:\d+:\d+:", "nested too deep"),
         files={"y.yaml": yaml_alias_depth}),
    Case("yaml-anchored-top-level-list", "YAML", "an alias of a whole top-level list repeats all of it",
         ("validate", "y.yaml"), 1, ("y.yaml:5:5:", "entities[0].aliases[0]", "found an object"),
         files={"y.yaml": MINIMAL_YAML + "sources: &s\n  - {id: s, title: S}\n"
                "entities:\n  - {id: p, kind: person, name: P, aliases: *s}\n"}),
    Case("yaml-nonspecific-tag", "YAML", "the non-specific tag ! makes a string: ! null is \"null\"",
         ("export", "y.yaml", *EXPORT_JSON), 0,
         files={"y.yaml": 'parley: "1.0"\nid: x\ntitle: T\ndescription: ! null\n'},
         check=lambda ctx, result: [] if (json_output(ctx) or {}).get("description") == "null"
         else ["description is not the string \"null\": the ! tag was ignored"]),
    Case("yaml-cr-line-ends-nul", "YAML", "lines ended by CR alone: a NUL placed on its line",
         ("validate", "y.yaml"), 1, ("y.yaml:4:15:", "NUL"),
         files={"y.yaml": b'parley: "1.0"\rid: x\rtitle: T\rdescription: a\x00b\r'}),
    Case("yaml-bom-inside-a-key", "YAML", "a byte order mark inside a key is shown, not hidden",
         ("validate", "y.yaml"), 1, ("y.yaml:1:", r"\u{FEFF}parley", "did you mean"),
         files={"y.yaml": '{\ufeffparley: "1.0", id: x, title: T}\n'}),
    Case("yaml-unclosed-quote", "YAML", "an unclosed quote: where it opened is named",
         ("validate", "y.yaml"), 1, ("y.yaml:", "quoted scalar that starts at line 3, column 8"),
         files={"y.yaml": 'parley: "1.0"\nid: x\ntitle: "T\ndescription: d\n'}),
    Case("yaml-span-2p64-plus-1", "YAML", "span end 2^64+1 in YAML: too large, not 'found a list'",
         ("validate", "y.yaml"), 1, ("y.yaml:", "statements[0].sources[0].span", r"re:too large|too big"),
         absent=("found a list",),
         files={"y.yaml": MINIMAL_YAML + "sources: [{id: s, title: a, text: hello world}]\n"
                "entities: [{id: p, kind: person, name: P}]\n"
                "statements:\n  - {id: st, speaker: p, mode: direct, text: hello,\n"
                "     sources: [{source: s, span: [0, 18446744073709551617]}]}\n"}),
]

XML = [
    Case("xml-xxe-canary", "XML", "an external entity naming the canary",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:2:1", "DOCTYPE", ADVICE),
         files={"x.xml": xml_doc("<title>&xxe;</title>",
                                 XML_HEAD + '<!DOCTYPE dossier [<!ENTITY xxe SYSTEM "file://{CANARY_TXT}">]>\n')}),
    Case("xml-xxe-etc-passwd", "XML", "an external entity naming /etc/passwd",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:2:1", "DOCTYPE"),
         files={"x.xml": xml_doc("<title>&xxe;</title>",
                                 XML_HEAD + '<!DOCTYPE dossier [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')}),
    Case("xml-parameter-entity", "XML", "a parameter entity loading the canary DTD",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:2:1", "DOCTYPE"),
         files={"x.xml": xml_doc("<title>&leak;</title>",
                                 XML_HEAD + '<!DOCTYPE dossier [<!ENTITY % pe SYSTEM "file://{CANARY_DTD}"> %pe;]>\n')}),
    Case("xml-billion-laughs", "XML", "entity expansion bomb", ("export", "x.xml", *EXPORT_JSON), 1,
         ("x.xml:2:1", "DOCTYPE"),
         files={"x.xml": xml_doc("<title>&lol9;</title>", XML_HEAD + f"<!DOCTYPE dossier [{XML_LAUGHS_DTD}]>\n")},
         max_seconds=5),
    Case("xml-external-dtd-network", "XML", "a DTD on an unroutable host: refused at once, no connection",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:2:1", "DOCTYPE"),
         files={"x.xml": xml_doc("<title>T</title>",
                                 XML_HEAD + '<!DOCTYPE dossier SYSTEM "http://10.255.255.1/parley.dtd">\n')},
         max_seconds=3, strace=True),
    Case("xml-xinclude-canary", "XML", "an XInclude of the canary is not processed",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:4", "include"),
         files={"x.xml": xml_doc('<title>T</title>\n<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                                 'href="file://{CANARY_XML}" parse="xml"/>')}),
    Case("xml-xinclude-in-title", "XML", "an XInclude inside a text field: an error, not dropped",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:3", "title", r"re:element|markup|mixed|child"),
         files={"x.xml": xml_doc('<title>a <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                                 'href="file://{CANARY_TXT}" parse="text"/> c</title>')}),
    Case("xml-mixed-content-title", "XML", "<title>a <b>x</b> c</title>: an error with the line, not data loss",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:4", "title", r"re:element|markup|mixed|child"),
         files={"x.xml": XML_HEAD + XML_OPEN + "\n\n<title>a <b>x</b> c</title>\n</dossier>\n"}),
    Case("xml-mixed-content-name", "XML", "markup inside an entity's name",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml:6", "name", r"re:element|markup|mixed|child"),
         files={"x.xml": xml_doc('<title>T</title>\n<entities>\n<entity id="r" kind="state">\n'
                                 '<name>Rus<i>s</i>ia</name>\n</entity>\n</entities>')}),
    Case("xml-deep-nesting", "XML", "10^5 nested elements: the limit in Parley's words",
         ("export", "x.xml", *EXPORT_JSON), 1, (r"re:x\.xml:2:\d+", r"re:nest|deep"),
         absent=("XML_PARSE_HUGE", "Excessive depth"), files={"x.xml": xml_deep}),
    Case("xml-utf16-with-declaration", "XML", "UTF-16 with BOM and declaration: read, or refused clearly",
         ("export", "x.xml", *EXPORT_JSON), (0, 1), absent=("Char 0x0",),
         files={"x.xml": utf16(xml_doc("<title>T</title>", '<?xml version="1.0" encoding="UTF-16"?>\n'), "utf-16")},
         check=check_utf16_xml),
    Case("xml-utf16-no-bom", "XML", "UTF-16LE without BOM or declaration: say it is UTF-16",
         ("export", "x.xml", *EXPORT_JSON), 1, ("x.xml", *UTF16), absent=("Char 0x0",),
         files={"x.xml": utf16(xml_doc("<title>T</title>", ""), "utf-16-le")}),
    Case("xml-cdata", "XML", "CDATA in a text field is text, kept exactly",
         ("export", "x.xml", *EXPORT_JSON), 0, outputs=("out.json",),
         files={"x.xml": xml_doc("<title><![CDATA[a <b> & c]]></title>")}, check=check_title("a <b> & c")),
    Case("xml-invalid-char-raw", "XML", "a raw U+0001 in text", ("export", "x.xml", *EXPORT_JSON), 1,
         (r"re:x\.xml:3:\d+", "char"), files={"x.xml": xml_doc("<title>a\x01b</title>").encode()}),
    Case("xml-invalid-char-ref", "XML", "&#1; in text", ("export", "x.xml", *EXPORT_JSON), 1,
         (r"re:x\.xml:3:\d+", "char"), files={"x.xml": xml_doc("<title>a&#1;b</title>")}),
    Case("xml-undefined-entity", "XML", "&lol; with no DTD", ("export", "x.xml", *EXPORT_JSON), 1,
         (r"re:x\.xml:3:\d+", "entity"), files={"x.xml": xml_doc("<title>&lol;</title>")}),
    Case("xml-truncated", "XML", "cut off in an element", ("export", "x.xml", *EXPORT_JSON), 1,
         (r"re:x\.xml:\d+:\d+", "malformed XML"), files={"x.xml": XML_HEAD + XML_OPEN + "\n<title>T</ti"}),
    Case("xml-stylesheet-pi-canary", "XML", "an xml-stylesheet PI naming the canary is ignored, not loaded",
         ("export", "x.xml", *EXPORT_JSON), 0, outputs=("out.json",),
         files={"x.xml": xml_doc("<title>T</title>",
                                 XML_HEAD + '<?xml-stylesheet type="text/xsl" href="file://{CANARY_XSL}"?>\n')}),
    Case("xml-50mb-text", "XML", "a 50 MB text node: read within the bounds, or a limit in Parley's words",
         ("export", "x.xml", *EXPORT_JSON), (0, 1), absent=("xmlSAX2", "XML_PARSE_HUGE"),
         files={"x.xml": xml_big_text}, check=check_big_xml_text),
]

XSLT_ARGS = ("export", "m.json", "-t", "xml", "--xslt", "s.xsl", "-o", "out.html")
XSLT_REFUSED = (r"re:s\.xsl(?::| line )3\b", REFUSED)

XSLT = [
    Case("xslt-document-beside", "XSLT", "document() of a file beside the stylesheet",
         XSLT_ARGS, 2, XSLT_REFUSED,
         files={"m.json": MINIMAL, "local-canary.xml": "<c>{LOCAL_TOKEN}</c>",
                "s.xsl": xsl("<r><xsl:copy-of select=\"document('local-canary.xml')\"/></r>")}),
    Case("xslt-document-canary", "XSLT", "document() of the canary, absolute",
         XSLT_ARGS, 2, XSLT_REFUSED,
         files={"m.json": MINIMAL, "s.xsl": xsl("<r><xsl:copy-of select=\"document('{CANARY_XML}')\"/></r>")}),
    Case("xslt-document-etc-passwd", "XSLT", "document('/etc/passwd')",
         XSLT_ARGS, 2, XSLT_REFUSED,
         files={"m.json": MINIMAL, "s.xsl": xsl("<r><xsl:value-of select=\"document('/etc/passwd')\"/></r>")}),
    Case("xslt-document-traversal", "XSLT", "document('../…/canary.xml'), relative",
         XSLT_ARGS, 2, XSLT_REFUSED,
         files={"m.json": MINIMAL, "s.xsl": xsl("<r><xsl:copy-of select=\"document('{CANARY_REL_XML}')\"/></r>")}),
    Case("xslt-import-canary", "XSLT", "xsl:import of the canary stylesheet",
         XSLT_ARGS, 2, ("s.xsl", "import", REFUSED),
         files={"m.json": MINIMAL, "s.xsl": f'{XSL_OPEN}\n<xsl:import href="{{CANARY_XSL}}"/>\n'
                '<xsl:template match="/"><r/></xsl:template>\n</xsl:stylesheet>\n'}),
    Case("xslt-include-canary", "XSLT", "xsl:include of the canary stylesheet",
         XSLT_ARGS, 2, ("s.xsl", "include", REFUSED),
         files={"m.json": MINIMAL, "s.xsl": f'{XSL_OPEN}\n<xsl:include href="{{CANARY_XSL}}"/>\n'
                '<xsl:template match="/"><r/></xsl:template>\n</xsl:stylesheet>\n'}),
    Case("xslt-external-entity", "XSLT", "an external entity in the stylesheet: refused, not silently empty",
         XSLT_ARGS, 2, ("s.xsl", r"re:DOCTYPE|entit", REFUSED),
         files={"m.json": MINIMAL, "s.xsl": xsl("<r>&c;</r>", prolog='<?xml version="1.0"?>\n<!DOCTYPE xsl:stylesheet '
                                               '[<!ENTITY c SYSTEM "file://{CANARY_TXT}">]>\n')}),
    Case("xslt-entity-bomb", "XSLT", "billion laughs in the stylesheet",
         XSLT_ARGS, 2, ("s.xsl", r"re:DOCTYPE|entit"),
         files={"m.json": MINIMAL, "s.xsl": xsl("<r>&lol9;</r>", prolog=f'<?xml version="1.0"?>\n<!DOCTYPE '
                                               f'xsl:stylesheet [{XML_LAUGHS_DTD}]>\n')}, max_seconds=5),
    Case("xslt-exsl-document-write", "XSLT", "exsl:document writing a file: refused, nothing written",
         XSLT_ARGS, 2, (r"re:s\.xsl(?::| line )3\b", REFUSED, r"re:writ"),
         files={"m.json": MINIMAL, "s.xsl": xsl(
             '<exsl:document href="{AUX}/pwned-exsl.txt" method="text">PWNED</exsl:document><r/>',
             open_tag='<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
                      'xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">')},
         check=check_not_written("pwned-exsl.txt")),
    Case("xslt-xsl-document-write", "XSLT", "XSLT 1.1 xsl:document writing a file",
         XSLT_ARGS, 2, (r"re:s\.xsl(?::| line )3\b", REFUSED, r"re:writ"),
         files={"m.json": MINIMAL, "s.xsl": xsl(
             '<xsl:document href="{AUX}/pwned-xsl.txt" method="text">PWNED</xsl:document><r/>',
             open_tag='<xsl:stylesheet version="1.1" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">')},
         check=check_not_written("pwned-xsl.txt")),
    Case("xslt-document-network", "XSLT", "document() of an unroutable URL: refused at once",
         XSLT_ARGS, 2, (*XSLT_REFUSED, "network"),
         files={"m.json": MINIMAL, "s.xsl": xsl("<r><xsl:copy-of select=\"document('http://10.255.255.1/x.xml')\"/></r>")},
         max_seconds=3, strace=True),
    Case("xslt-import-network", "XSLT", "xsl:import of an unroutable URL",
         XSLT_ARGS, 2, ("s.xsl", "import", REFUSED),
         files={"m.json": MINIMAL, "s.xsl": f'{XSL_OPEN}\n<xsl:import href="http://10.255.255.1/x.xsl"/>\n'
                '<xsl:template match="/"><r/></xsl:template>\n</xsl:stylesheet>\n'},
         max_seconds=3, strace=True),
    Case("xslt-missing", "XSLT", "a stylesheet that does not exist",
         ("export", "m.json", "-t", "xml", "--xslt", "missing.xsl", "-o", "out.html"), 3,
         ("missing.xsl", "no such file"), files={"m.json": MINIMAL}),
    Case("xslt-directory", "XSLT", "a folder given as the stylesheet",
         ("export", "m.json", "-t", "xml", "--xslt", "sdir", "-o", "out.html"), 3,
         ("sdir", "directory"), files={"m.json": MINIMAL, "sdir/keep": ""}),
    Case("xslt-malformed", "XSLT", "a stylesheet that is not well-formed",
         XSLT_ARGS, 2, (r"re:s\.xsl:\s?4:\d+",), files={"m.json": MINIMAL, "s.xsl": xsl("<r>")}),
]

OUTPUT = [
    Case("out-missing-directory", "Output paths", "-o into a folder that does not exist",
         ("export", "m.json", "-t", "json", "-o", "nodir/x.json"), 3,
         ("nodir/x.json", r"re:no such|does not exist"), files={"m.json": MINIMAL}),
    Case("out-readonly-directory", "Output paths", "-o into a read-only folder",
         ("export", "m.json", "-t", "json", "-o", "ro/x.json"), 3, ("ro/x.json", "permission"),
         files={"m.json": MINIMAL, "ro": DirMode(0o555)}, wrap="no-dac"),
    Case("out-onto-directory", "Output paths", "-o naming a folder",
         ("export", "m.json", "-t", "json", "-o", "adir"), 3, ("adir", "directory"),
         files={"m.json": MINIMAL, "adir/keep": "kept"}),
    Case("out-dev-full", "Output paths", "-o /dev/full", ("export", "m.json", "-t", "json", "-o", "/dev/full"), 3,
         ("/dev/full", "no space"), files={"m.json": MINIMAL}),
    Case("out-control-chars-in-name", "Output paths", "-o with ESC and a newline in its name: printed escaped",
         ("export", "m.json", "-t", "json", "-o", "nodir/a\x1b[31mred\nline.json"), 3, ("nodir/a",),
         files={"m.json": MINIMAL}, check=check_escaped_name("line.json")),
    Case("out-equals-input", "Output paths", "-o is the input", ("export", "m.json", "-t", "json", "-o", "m.json"), 2,
         ("m.json", "input"), files={"m.json": MINIMAL}),
    Case("out-equals-input-other-spelling", "Output paths", "-o is the input, spelled sub/../m.json",
         ("export", "m.json", "-t", "json", "-o", "sub/../m.json"), 2, ("m.json", "input"),
         files={"m.json": MINIMAL, "sub/keep": ""}),
    Case("out-closed-stdout", "Output paths", "standard output closed (>&-): says so, not 'Invalid argument'",
         ("export", "m.json", "-t", "json"), 3, ("standard output", "closed"),
         absent=("Invalid argument", "Bad file descriptor"), files={"m.json": MINIMAL}, wrap="closed-stdout"),
    Case("out-fifo-with-reader", "Output paths", "-o a FIFO someone reads: written through, the FIFO kept",
         ("export", "m.json", "-t", "json", "-o", "out.fifo"), 0, files={"m.json": MINIMAL},
         setup=setup_fifo_reader, check=check_fifo_reader),
    Case("out-name-too-long", "Output paths", "-o a 300-byte file name",
         ("export", "m.json", "-t", "json", "-o", "x" * 300 + ".json"), 3, ("too long",), files={"m.json": MINIMAL}),
    Case("out-dir-is-a-file", "Output paths", "--out-dir naming a file",
         ("export", "m.json", "-t", "json", "--out-dir", "afile"), 3, ("afile", r"re:not a directory|exists"),
         files={"m.json": MINIMAL, "afile": "kept"}),
    Case("out-sqlite-to-stdout", "Output paths", "-t sqlite -o -", ("export", "m.json", "-t", "sqlite", "-o", "-"), 2,
         ("sqlite", "-o FILE"), files={"m.json": MINIMAL}),
    Case("out-ingest-missing-directory", "Output paths", "ingest -o into a folder that does not exist",
         ("ingest", "a.txt", "-o", "nodir/draft.json"), 3, ("nodir/draft.json", r"re:no such|does not exist"),
         files={"a.txt": ARTICLE}),
]

NAMES = [
    Case("name-escape-missing-export", "Names", "a missing input named with ESC and a newline",
         ("export", "a\x1b[31mb\nc.json", "-t", "json"), 3, ("no such file",),
         check=check_escaped_name("c.json")),
    Case("name-escape-missing-validate", "Names", "the same with validate",
         ("validate", "a\x1b[31mb\nc.json"), 3, ("no such file",), check=check_escaped_name("c.json")),
    Case("name-escape-missing-ingest", "Names", "the same with ingest",
         ("ingest", "a\x1b[31mb\nc.txt", "-o", "draft.json"), 3, (r"re:no such|not found",),
         check=check_escaped_name("c.txt")),
    Case("name-escape-malformed", "Names", "a malformed input named with ESC[2J and a newline: diagnostics escaped",
         ("export", "bad\x1b[2J\nx.json", "-t", "json", "-o", "out.json"), 1, ("malformed JSON",),
         files={"bad\x1b[2J\nx.json": "{"}, check=check_escaped_name("x.json")),
    # Found with issue 17: with -j 2, the first thread into a new folder swept
    # it for dead runs' temporary files and could remove the other thread's
    # live one before it was locked ("cannot replace the file"), about once in
    # 20 runs of 7 folders. 500 new folders give the race 500 chances a run
    # (the old binary failed about one run in four; StaleTemporaryFilesTests
    # in Swift catches it every time).
    Case("out-dir-two-jobs-many-new-folders", "Output paths",
         "-j 2 into 500 new folders, two files each: every output arrives",
         ("export", "in", "-t", "json", "--out-dir", "out", "-j", "2"), 0,
         files={f"in/d{n}/{k}.json": MINIMAL for n in range(500) for k in "ab"},
         outputs=tuple(f"out/d{n}/{k}.json" for n in range(500) for k in "ab")),
    Case("name-escape-batch-summary", "Names", "a bad file in a batch named with OSC/BEL and a newline",
         ("export", "in", "-t", "json", "--out-dir", "out"), 1, ("malformed JSON",),
         files={"in/ok.json": MINIMAL, "in/e\x1b]0;pwned\x07\nvil.json": "{"}, partial_ok=True,
         outputs=("out/ok.json",), check=check_escaped_name("vil.json")),
]


def option_case(cid, argv_opt, option):
    return Case(cid, "Numeric options", f"{' '.join(argv_opt)}: the option and its valid range",
                ("export", "m.json", "-t", "json", "-o", "out.json", *argv_opt), 2, (option, RANGE),
                absent=("missing value",), files={"m.json": MINIMAL})


OPTIONS = [
    option_case("opt-plugin-timeout-nan", ("--plugin-timeout", "nan"), "--plugin-timeout"),
    option_case("opt-plugin-timeout-1e400", ("--plugin-timeout", "1e400"), "--plugin-timeout"),
    option_case("opt-plugin-timeout-minus-1", ("--plugin-timeout", "-1"), "--plugin-timeout"),
    option_case("opt-jobs-minus-5", ("-j", "-5"), r"re:-j\b|--jobs"),
    option_case("opt-jobs-0", ("-j", "0"), r"re:-j\b|--jobs"),
    option_case("opt-jobs-1e9", ("-j", "1e9"), r"re:-j\b|--jobs"),
]

SLOW_RUN = 'echo $$ > "{AUX}/plugin.pid"; cat >/dev/null; echo partial; sleep 30 & echo $! > "{AUX}/child.pid"; wait'

PLUGINS = [
    Case("plugin-describe-garbage", "Plugins", "-t NAME whose --describe prints garbage: exit 4 naming it",
         ("export", "m.json", "-t", "garbage", "-o", "out.txt", "--plugin-path", "plugins"), 4,
         ("garbage", "describe"), absent=("unknown format",),
         files={"m.json": MINIMAL, **plugin_dir(("garbage", 'echo "hello, I am not JSON"; exit 0', "cat; echo x"))}),
    Case("plugin-describe-hangs", "Plugins", "-t NAME whose --describe hangs: exit 4 after the documented 5 s",
         ("export", "m.json", "-t", "hangd", "-o", "out.txt", "--plugin-path", "plugins"), 4,
         ("hangd", r"re:5 s|time"), absent=("unknown format",), max_seconds=8,
         files={"m.json": MINIMAL, **plugin_dir(("hangd", 'echo $$ > "{AUX}/describe.pid"; exec sleep 30', "cat"))},
         check=check_pids_gone("describe.pid")),
    Case("plugin-describe-huge", "Plugins", "-t NAME whose --describe prints 50 MB",
         ("export", "m.json", "-t", "hugedesc", "-o", "out.txt", "--plugin-path", "plugins"), 4,
         ("hugedesc", r"re:MiB|large|long|too much"), absent=("unknown format",),
         files={"m.json": MINIMAL, **plugin_dir(("hugedesc", "head -c 50000000 /dev/zero | tr '\\0' a; exit 0", "cat"))}),
    Case("plugin-describe-other-name", "Plugins", "-t NAME that describes itself as another name",
         ("export", "m.json", "-t", "other", "-o", "out.txt", "--plugin-path", "plugins"), 4,
         ("other", "notother"), absent=("unknown format",),
         files={"m.json": MINIMAL, **plugin_dir(("other", descriptor("notother"), "cat"))}),
    Case("plugin-describe-fails", "Plugins", "-t NAME whose --describe exits 3",
         ("export", "m.json", "-t", "broken", "-o", "out.txt", "--plugin-path", "plugins"), 4,
         ("broken", "describe broke"), absent=("unknown format",),
         files={"m.json": MINIMAL, **plugin_dir(("broken", 'echo "describe broke" >&2; exit 3', "cat"))}),
    Case("plugin-extension-traversal", "Plugins", "a descriptor whose extension is ../../pwned: refused",
         ("export", "m.json", "-t", "trav", "--out-dir", "out", "--plugin-path", "plugins"), 4,
         ("trav", "extension"),
         files={"m.json": MINIMAL, **plugin_dir(("trav", descriptor("trav", extension="../../pwned"), "cat >/dev/null; echo PWNED"))}),
    Case("plugin-hang-does-not-slow-builtin", "Plugins", "-t json with a hanging plugin on the path: < 2 s",
         ("export", "m.json", *EXPORT_JSON, "--plugin-path", "plugins"), 0, outputs=("out.json",), max_seconds=2,
         files={"m.json": MINIMAL, **plugin_dir(("hangd", "exec sleep 30", "cat"))}),
    Case("plugin-hang-does-not-slow-extension", "Plugins", "-o out.dot (format from the extension), hanging plugin: < 2 s",
         ("export", "m.json", "-o", "out.dot", "--plugin-path", "plugins"), 0, outputs=("out.dot",), max_seconds=2,
         files={"m.json": MINIMAL, **plugin_dir(("hangd", "exec sleep 30", "cat"))}),
    Case("plugin-formats-with-hang", "Plugins", "parley formats with a hanging plugin: bounded by the 5 s handshake",
         ("formats", "--plugin-path", "plugins"), 0, ("hangd",), max_seconds=8,
         files=plugin_dir(("hangd", "exec sleep 30", "cat"))),
    Case("plugin-fails-in-batch", "Plugins", "a plugin failing in a batch: each message names its input",
         ("export", "in", "-t", "crash", "--out-dir", "out", "--plugin-path", "plugins"), 4,
         ("crash: boom",),
         files={"in/a.json": MINIMAL, "in/b.json": MINIMAL.replace('"x"', '"y"'),
                **plugin_dir(("crash", descriptor("crash"), 'cat >/dev/null; echo partial; echo "crash: boom" >&2; exit 7'))},
         check=check_plugin_batch),
    Case("plugin-run-timeout", "Plugins", "--plugin-timeout 1 on a plugin that sleeps: killed with its child",
         ("export", "m.json", "-t", "sleepy", "-o", "out.txt", "--plugin-path", "plugins", "--plugin-timeout", "1"), 4,
         ("sleepy", r"re:timed out|time"), max_seconds=6,
         files={"m.json": MINIMAL, **plugin_dir(("sleepy", descriptor("sleepy"), SLOW_RUN))},
         check=check_pids_gone("plugin.pid", "child.pid")),
    Case("plugin-exit-nonzero-keeps-output", "Plugins", "a plugin that fails: its stderr quoted, the old output kept",
         ("export", "m.json", "-t", "crash", "-o", "out.txt", "--plugin-path", "plugins"), 4,
         ("crash", "exit code 7", "crash: boom"),
         files={"m.json": MINIMAL, "out.txt": "an earlier export\n",
                **plugin_dir(("crash", descriptor("crash"), 'cat >/dev/null; echo partial; echo "crash: boom" >&2; exit 7'))}),
    Case("plugin-writes-nothing", "Plugins", "a plugin that writes nothing",
         ("export", "m.json", "-t", "mute", "-o", "out.txt", "--plugin-path", "plugins"), 4, ("mute", r"re:nothing|no output"),
         files={"m.json": MINIMAL, **plugin_dir(("mute", descriptor("mute"), "cat >/dev/null; exit 0"))}),
    Case("plugin-not-utf8", "Plugins", "a text/plain plugin writing bytes that are not UTF-8",
         ("export", "m.json", "-t", "latin", "-o", "out.txt", "--plugin-path", "plugins"), 4, ("latin", "UTF-8"),
         files={"m.json": MINIMAL, **plugin_dir(("latin", descriptor("latin"), "cat >/dev/null; printf 'caf\\351\\n'"))}),
    Case("plugin-stderr-control-chars", "Plugins", "a failing plugin's stderr with ESC/OSC: quoted escaped",
         ("export", "m.json", "-t", "noisy", "-o", "out.txt", "--plugin-path", "plugins"), 4, ("noisy", "pwned"),
         files={"m.json": MINIMAL, **plugin_dir(("noisy", descriptor("noisy"),
                                                 "cat >/dev/null; printf '\\033]0;pwned\\007\\033[2J\\r' >&2; exit 1"))}),
    Case("plugin-huge-output", "Plugins", "a plugin writing 300 MB: within the memory bound",
         ("export", "m.json", "-t", "flood", "-o", "out.txt", "--plugin-path", "plugins"), 0, outputs=("out.txt",),
         files={"m.json": MINIMAL, **plugin_dir(("flood", descriptor("flood"),
                                                 "cat >/dev/null; head -c 300000000 /dev/zero | tr '\\0' a"))},
         check=check_plugin_output_size(300_000_000)),
    Case("plugin-path-canary-not-read", "Plugins", "a non-executable parley-export-canary on the path: not run, not read",
         ("formats", "--plugin-path", "{CANARY_DIR}"), 0, strace=False, check=check_formats_listed),
]

def repeated_article(pattern: str, times: int) -> str:
    """One paragraph of `pattern` `times` over, with a title and a date line."""
    return "Repeated\n20230310\n" + (pattern + " ") * times + "\n"


def openings_article(times: int) -> str:
    """`times` talks said to begin at one venue, on days that all differ, then a later talk there."""
    import datetime
    first = datetime.date(1900, 1, 1)
    lines = []
    for offset in range(times):
        day = first + datetime.timedelta(days=offset)
        lines.append(f"Talks between Russia and Ukraine began in Geneva on {day.day} {day:%B} {day.year}.")
    lines.append("Russia and Ukraine held talks in Geneva on 1 March 2023.")
    return "Openings\n20230310\n" + "\n".join(lines) + "\n"


INGEST = [
    # The next round of issue 17 (hostile testing): "is to" once scanned its
    # paragraph from the start for an agreement word each time; a talk said
    # to begin once looked at every talk at its venue, and a day at every
    # talk there for an interval holding it; each "stance cue found no
    # issue" warning once counted lines from the start of its article.
    Case("ingest-obligations-16k", "Ingest", "16,000 'X is to …' in one paragraph that names a deal at its end: < 20 s",
         ("ingest", "terms.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=20,
         files={"terms.txt": "Terms\n20230310\n" + "Russia is to visit Beijing and " * 16000 + "the deal.\n"}),
    Case("ingest-openings-one-venue-8k", "Ingest", "8,000 talks said to begin in Geneva on different days: < 20 s",
         ("ingest", "openings.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=20,
         files={"openings.txt": openings_article(8000)}),
    Case("ingest-warning-per-line-20k", "Ingest", "20,000 lines each with a stance cue that finds no issue: < 20 s",
         ("ingest", "cues.txt", "-o", "draft.json"), 0, ("stance cue found no issue",), outputs=("draft.json",),
         max_seconds=20, files={"cues.txt": "Cues\n20230310\n" + "Russia is ready to talk.\n" * 20000}),
    # Issue 17: a meeting verb's talk once copied the talk's evidence per
    # mention, and a named text rebuilt the paragraph's mentions per text:
    # both quadratic in a long paragraph.
    # (Bounds for a debug build, about 25 times slower than release; the
    # growth per doubling is measured by Benchmarks/pathological.py.)
    Case("ingest-talk-verbs-8k", "Ingest", "8,000 'X and Y met in Athens on Friday' in one paragraph: < 20 s",
         ("ingest", "met.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=20,
         files={"met.txt": repeated_article("Greece and Turkey met in Athens on Friday and", 8000)}),
    # Found in stop 26 by the hostile tester: a "sentence" is cut at 400
    # tokens; a place of two words across the cut ended after its sentence,
    # and the visit and host rule read a reversed range (a crash; "in New
    # York" crashed before this stop too, "at State House" with its new
    # host rule).
    Case("ingest-host-venue-across-sentence-cut", "Ingest",
         "'x' 395 times, then 'Ruto hosted Abiy at State House in Nairobi': no crash",
         ("ingest", "cut.txt", "-o", "draft.json"), 0, outputs=("draft.json",),
         files={"cut.txt": "Test\nPublished: 2024-03-15\n\n" + "x " * 395
                + "Ruto hosted Abiy at State House in Nairobi.\n"}),
    Case("ingest-visit-city-across-sentence-cut", "Ingest",
         "'x' 395 times, then 'Ruto hosted Abiy in New York': no crash",
         ("ingest", "cut.txt", "-o", "draft.json"), 0, outputs=("draft.json",),
         files={"cut.txt": "Test\nPublished: 2024-03-15\n\n" + "x " * 395 + "Ruto hosted Abiy in New York.\n"}),
    # Found in stop 26: banners were matched on a block's first scalars, too
    # few for one written decomposed (NFD) against a lexicon's composed one.
    Case("ingest-banner-decomposed", "Ingest", "a lexicon's banner written decomposed in the page: still dropped",
         ("ingest", "page.html", "--lexicon", "vi.yaml", "-o", "draft.json"), 0, outputs=("draft.json",),
         files={
             "vi.yaml": 'lexicon: vitest\nversion: "1"\nwords:\n  page-banners: ["chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn"]\n',
             "page.html": "<html><head><meta charset='utf-8'><title>Talks</title></head><body><article>"
             "<h1>Talks in Geneva</h1><time datetime='2024-03-15'>March 15</time><p>"
             + unicodedata.normalize("NFD", "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.")
             + "</p><p>Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in Geneva"
             " on Friday.</p></article></body></html>",
         },
         check=check_banner_dropped),
    # Found in stop 26: the rule that gives a date before "after" to another
    # clause read the words from that date to the meeting verb, and trapped
    # when the verb came first ("met on Friday in Athens").
    Case("ingest-verb-date-venue", "Ingest", "'X and Y met on Friday in Athens': a dated talk, no crash",
         ("ingest", "met.txt", "-o", "draft.json"), 0, outputs=("draft.json",),
         files={"met.txt": "Talks held\nPublished: 2024-05-10\n\nGreece and Turkey met on Friday in Athens.\n"},
         check=check_talk_dated("2024-05-10")),
    # Found in stop 27, when the rules' last words moved into the lexicon: a
    # user's list could hold a comma or a long phrase where the rules had a
    # word, and read a reversed range (a crash); a lead starting "By" was a
    # byline, and a line starting "Comments (" the comment box, both cutting
    # text that is the article's.
    lexicon_case("ingest-lexicon-remit-comma", "a user lexicon whose remit-links has ',': no crash",
                 'words:\n  remit-links: [","]\n',
                 "Talks in Geneva\nPublished: 2023-03-10\n\nThe Deputy Foreign Minister, Sergei"
                 " Ryabkov, said the talks in Geneva were useful.\n"),
    lexicon_case("ingest-lexicon-long-attribution",
                 "a user lexicon with a 16-word attribution phrase opening a sentence: no crash",
                 'words:\n  attribution-phrases: ["as reported on friday by the official state news'
                 ' agency of the government of north korea"]\n',
                 "Talks\nPublished: 2023-03-10\n\nAs reported on Friday by the official state news"
                 " agency of the government of North Korea, Kim invited Trump to Pyongyang for talks.\n"),
    article_case("ingest-lead-starting-by", "a lead 'By Friday, … had agreed to hold talks in Geneva': kept",
                 "By Friday, Russia and the United States had agreed to hold talks in Geneva on January 10.\n",
                 check_talk_dated("2022-01-10"), published="2022-01-07"),
    article_case("ingest-comments-in-prose", "a paragraph 'Comments (made by Lavrov …)': not the comment box",
                 "Comments (made by Lavrov on Friday) angered Washington.\n\n"
                 "Russia and the United States will hold talks in Geneva on January 10.\n",
                 check_talk_dated("2022-01-10"), published="2022-01-07"),
    # Found in stop 27 by the hostile tester, in the rules written that stop:
    # an opening clause read as a report's words; a rank read as a name;
    # "opposition to" read as a party; an apposition with a list; "said to
    # be" read as speech; a dated lead taken for the publication date (and
    # lost); "the opposition" scanning its paragraph each time.
    article_case("ingest-opening-clause-no-report",
                 "'After the strike …, Egypt accused Israel of war crimes': no statement",
                 "After the strike on the hospital in Gaza, Egypt accused Israel of war crimes.\n",
                 check_statements({"After the strike on the hospital in Gaza": None})),
    article_case("ingest-said-rank-name", "'said Vice Adm. Brad Cooper': Cooper speaks, no 'Vice Adm.'",
                 '"We are ready for talks," said Vice Adm. Brad Cooper.\n',
                 check_statements({"We are ready for talks": "brad-cooper"})),
    article_case("ingest-opposition-as-stance", "'Hungary's opposition to Sweden's bid': no organization",
                 "Hungary's opposition to Sweden's NATO bid was discussed in Brussels on Monday.\n",
                 check_no_entity("hungarian-opposition")),
    article_case("ingest-apposition-with-list",
                 "'Hezbollah, which is backed by Iran, Syria and Russia, said …': Hezbollah speaks",
                 "Hezbollah, which is backed by Iran, Syria and Russia, said it opposed the truce.\n",
                 check_statements({"it opposed the truce": "hezbollah"})),
    article_case("ingest-said-to-be-no-speech", "'Hamas, the militant group, said to be holding …': no statement",
                 "Hamas, the militant group, said to be holding more than 100 hostages, rejected the proposal.\n",
                 check_statements({"to be holding more than 100 hostages, rejected the proposal": None})),
    article_case("ingest-dated-lead-is-body",
                 "an undated article whose lead sentence has a date: the lead stays body text",
                 "On February 24, 2022, Russian forces invaded Ukraine.\n\n"
                 "Russian forces shelled Odesa on July 23, 2022.\n",
                 check_event_on("2022-07-23"), published=None),
    # Left by the stop-27 tester, fixed in stop 28: a place whose name has a
    # particle between its words cut short; an outlet after "told" followed
    # by more words read as a person.
    article_case("ingest-place-spaced-particle",
                 "'met in Dar es Salaam', 'in Rio de Janeiro': the whole name is the place",
                 "Kenya and Tanzania met in Dar es Salaam on Thursday.\n\n"
                 "Brazil and Argentina held talks in Rio de Janeiro on Friday.\n",
                 check_entity_kinds({"dar-es-salaam": "place", "dar": None,
                                     "rio-de-janeiro": "place", "rio": None})),
    article_case("ingest-place-then-weekday",
                 "'met in Rio de Janeiro Monday' (no 'on'): the place is still found",
                 "Kenya and Somalia met in Rio de Janeiro Monday.\n",
                 check_entity_kinds({"rio-de-janeiro": "place"})),
    article_case("ingest-told-outlet-then-that",
                 "'told Al Jazeera that …' is an outlet; 'told Peter Okoth that …' a person",
                 "A Qatari official told Al Jazeera that the talks had gone well.\n\n"
                 "The minister told Peter Okoth that the border would reopen.\n",
                 check_entity_kinds({"al-jazeera": "organization", "peter-okoth": "person"})),
    # The stop-28 reviewer's finds in the rule above: outlet nouns that are
    # surnames, and an outlet's hyphenated name cut at its hyphen.
    article_case("ingest-told-outlet-nouns-need-article",
                 "'told Evan Spiegel that', 'told Emily Post that': people; 'told the Financial "
                 "Times on Monday', 'told Asharq Al-Awsat that': outlets",
                 "The minister told Evan Spiegel that the talks were over. The envoy told Emily "
                 "Post that he was tired.\n\nA Saudi official told Asharq Al-Awsat that the sides "
                 "were close. Another told the Financial Times on Monday that a deal was near.\n",
                 check_entity_kinds({"evan-spiegel": "person", "emily-post": "person",
                                     "asharq-al-awsat": "organization", "asharq-al": None,
                                     "financial-times": "organization"})),
    # Left by the stop-28 tester, fixed in stop 29: a particle place that
    # owns what follows was cut before its particle; labels took null and
    # numbers as text; of two bad lexicons only the first was reported.
    article_case("ingest-place-particle-possessive",
                 "'met in Dar es Salaam's State House': the place is Dar es Salaam, not Dar",
                 "Kenya and Tanzania met in Dar es Salaam's State House on Thursday.\n",
                 check_entity_kinds({"dar-es-salaam": "place", "dar": None})),
    Case("ingest-lexicon-labels-not-text", "Ingest",
         "lexicon labels 'official: null' and 'unknown-speaker: 42': both refused with their lines",
         ("ingest", "a.txt", "--lexicon", "l.yaml", "-o", "draft.json"), 1,
         ("l.yaml:4:", "found null", "l.yaml:5:", "found 42"),
         files={"a.txt": ARTICLE,
                "l.yaml": 'lexicon: mine\nversion: "1"\nlabels:\n  official: null\n  unknown-speaker: 42\n'}),
    Case("ingest-lexicon-is-folder", "Ingest",
         "a folder given as --lexicon: 'is a folder', exit 3, not a Foundation error number",
         ("ingest", "a.txt", "--lexicon", "lexdir", "-o", "draft.json"), 3,
         ("lexdir", "is a folder"), absent=("NSCocoaErrorDomain", "error 256"),
         files={"a.txt": ARTICLE, "lexdir": DirMode(0o755)}),
    Case("ingest-two-bad-lexicons", "Ingest",
         "two bad lexicons and a missing one: each is reported, the missing file's exit code (3)",
         ("ingest", "a.txt", "--lexicon", "one.yaml", "--lexicon", "two.yaml", "--lexicon", "none.yaml",
          "-o", "draft.json"), 3,
         ("one.yaml:3:", "two.yaml:3:", "none.yaml"),
         files={"a.txt": ARTICLE,
                "one.yaml": 'lexicon: one\nversion: "1"\ncolour: red\n',
                "two.yaml": 'lexicon: two\nversion: "1"\nshade: blue\n'}),
    # The stop-29 tester's finds in this stop's own rules, all fixed: a
    # background cue hid the sentence's event; passive and noun cues made
    # events of petitions, bans and denials; an actorless event merged with
    # one elsewhere; a speech tag cut a stance from its issue; a quote after a
    # colon was dropped as a fragment; "last April 2022" lost its year; a
    # name after a body in lower case became a person. And an old one: a
    # body that opens with a quote ending in '."' became the title.
    article_case("ingest-event-background-cue",
                 "'The agreement signed in 2015 collapsed on Thursday when Iran walked out of "
                 "talks': the walkout (Thursday) is an event too",
                 "The agreement signed in 2015 collapsed on Thursday when Iran walked out of talks "
                 "in Vienna.\n",
                 check_events({("other", "164", "2024-03-14"): 1})),
    article_case("ingest-event-not-happened",
                 "a petition signed by, a ban on nuclear tests, 'has not called off the talks', "
                 "'never promised to': no event",
                 "A petition demanding peace talks with Russia was signed by more than 10,000 "
                 "Ukrainians on Monday.\n\nThe United States urged China on Tuesday to sign the "
                 "treaty banning nuclear tests.\n\nRussia has not called off the talks, Kremlin "
                 "spokesman Dmitry Peskov said on Wednesday.\n\nRussia never promised to withdraw "
                 "its troops, Lavrov said on Thursday.\n",
                 check_events({("agreement", "057", "2024-03-11"): 0, ("military", "150", "2024-03-12"): 0,
                               ("other", "164", "2024-03-13"): 0, ("statement", "030", "2024-03-14"): 0})),
    article_case("ingest-event-actorless-elsewhere",
                 "air strikes by Israel in Gaza and, 'in a separate incident', air strikes near "
                 "Aleppo the same day: two events",
                 "Israel carried out air strikes in Gaza on Monday. In a separate incident, air "
                 "strikes hit a weapons depot near Aleppo on Monday.\n",
                 check_events({("military", "195", "2024-03-11"): 2})),
    article_case("ingest-stance-speech-tag-inside",
                 "'Russia opposes, Lavrov said on Monday, any further expansion of NATO': the "
                 "position is kept",
                 "Russia opposes, Lavrov said on Monday, any further expansion of NATO.\n",
                 check_position("russia", "opposes", "nato-enlargement")),
    article_case("ingest-quote-after-colon",
                 "a quote in lower case after a colon is a statement, not a woven fragment",
                 "Diplomats met in Geneva on Monday. A note passed to reporters read: \"the two "
                 "sides remain far apart on the key issues\".\n",
                 check_statements({"the two sides remain far apart on the key issues": "unknown-speaker"})),
    article_case("ingest-relative-month-with-year",
                 "'exchanged prisoners last April 2022' is April 2022, not a year later",
                 "Russia and Ukraine exchanged prisoners last April 2022, officials said.\n",
                 check_event_on("2022-04")),
    article_case("ingest-set-off-name-after-lower-case-body",
                 "'The head of the consortium, Siemens Energy, said': no person Siemens Energy",
                 "The head of the consortium, Siemens Energy, said the turbines would arrive late.\n",
                 check_entity_kinds({"siemens-energy": None})),
    article_case("ingest-set-off-name-after-place",
                 "'The head of the UN mission in South Sudan, Nicholas Haysom, said': Haysom "
                 "speaks, not South Sudan",
                 "The head of the UN mission in South Sudan, Nicholas Haysom, said the ceasefire "
                 "was holding.\n",
                 check_statements({"the ceasefire was holding": "nicholas-haysom"})),
    article_case("ingest-quote-line-not-title",
                 "an untitled article whose body opens 'Lavrov said: \"….\"': the quote is a "
                 "statement, not the title",
                 "Lavrov said: \"We will not give up our positions on Ukraine.\"\n",
                 check_statements({"We will not give up our positions on Ukraine.": "lavrov"})),
    # The stop-29 second tester's finds, fixed: with an event per date, a
    # cue took a negated clause's date and a background passive the
    # subject as signer; "met" took an adjective for a side; a header line
    # ending '.)' became body text; "The mayor of Kharkiv, Ihor Terekhov,
    # said" lost its speaker to the role naming him.
    article_case("ingest-event-date-of-its-clause",
                 "'signed … on Monday, did not sign … on Tuesday and invaded Ukraine on Wednesday': "
                 "the invasion is Wednesday's",
                 "Russia signed the treaty on Monday, did not sign the accord on Tuesday and invaded "
                 "Ukraine on Wednesday.\n",
                 check_events({("military", "190", "2024-03-13"): 1, ("military", "190", "2024-03-12"): 0})),
    article_case("ingest-met-adjective-no-side",
                 "'Blinken met Russian resistance in Kyiv on Friday': no US–Russia talks",
                 "US Secretary of State Antony Blinken met Russian resistance in Kyiv on Friday.\n",
                 check_no_talks),
    Case("ingest-title-ending-bracketed-stop", "Ingest",
         "a title 'Talks Resume In Vienna (Updated.)': still the title, and the date line after it read",
         ("ingest", "a.txt", "-o", "draft.json"), 0, outputs=("draft.json",),
         files={"a.txt": "Talks Resume In Vienna (Updated.)\nPublished: 2024-03-15\n\n"
                         "Iran walked out of the talks on Thursday.\n"},
         check=check_event_on("2024-03-14")),
    article_case("ingest-set-off-name-named-by-role",
                 "'The mayor of Kharkiv, Ihor Terekhov, said that …': Terekhov speaks",
                 "The mayor of Kharkiv, Ihor Terekhov, said that Russia shelled the city.\n",
                 check_statements({"Russia shelled the city": "ihor-terekhov"})),
    article_case("ingest-event-teller-no-actor",
                 "'The mayor of Kharkiv, Ihor Terekhov, said that Russia shelled the city': the "
                 "mayor is no actor of the shelling",
                 "The mayor of Kharkiv, Ihor Terekhov, said that Russia shelled the city on Monday.\n",
                 check_event_actors("2024-03-11", ["russia"])),
    article_case("ingest-non-latin-ids",
                 "names in Cyrillic and Greek get transliterated ids, not 'x' and 'x-2'",
                 '"We will not accept this," said Сергей Лавров, the foreign minister.\n\n'
                 "Greek Foreign Minister Γιώργος Γεραπετρίτης said Greece supported the talks.\n",
                 check_entity_kinds({"sergei-lavrov": "person", "giorgos-gerapetrites": "person",
                                     "x": None, "x-2": None})),
    # The stop-28 tester's finds: months of a user lexicon matched by
    # vocabulary id missed an article writing the accent decomposed; a
    # transliterated id of a 100,000-character name took superlinear time.
    lexicon_case("ingest-lexicon-month-other-normal-form",
                 "a user lexicon's 'décembre' (composed) dates 'De\u0301cembre 15, 2022' (decomposed)",
                 "months: [[janvier], [février], [mars], [avril], [mai], [juin], [juillet], [août],"
                 " [septembre], [octobre], [novembre], [décembre]]\n",
                 "Talks\nPublished: 2022-12-20\n\nRussia and Ukraine met in Geneva on "
                 + unicodedata.normalize("NFD", "Décembre") + " 15, 2022.\n",
                 check=check_talk_dated("2022-12-15")),
    Case("ingest-long-cjk-name-id", "Ingest", "a 200,000-character Chinese name after 'insisted': < 10 s",
         ("ingest", "cjk.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"cjk.txt": "Talks\nPublished: 2024-03-15\n\nRussia insisted that "
                + "中国外交部长王毅" * 25000 + " would attend.\n"}),
    article_case("ingest-soft-sign-ids",
                 "'Ольга Васильева said': the id is olga-vasileva, not ol-ga-vasil-eva",
                 "Russian Education Minister Ольга Васильева said the talks were useful.\n",
                 check_entity_kinds({"olga-vasileva": "person", "ol-ga-vasil-eva": None})),
    # Stop 30's testers' finds: meetings that were not held became talks;
    # present-tense announcements were dated to the past weekday; a claim
    # about a side became its stance; a second cue took the first's stance.
    article_case("ingest-talk-not-held", "'did not meet in Brussels on Thursday' is no talk",
                 "Kosovo and Serbia did not meet in Brussels on Thursday.\n", check_no_talks),
    article_case("ingest-talk-postponed",
                 "'postponed talks in Istanbul that had been scheduled for Tuesday' is no talk",
                 "Russia and Ukraine postponed talks in Istanbul that had been scheduled for Tuesday.\n",
                 check_no_talks),
    article_case("ingest-talk-called-off", "'called off talks with Ukraine in Istanbul' is no talk",
                 "Russia called off talks with Ukraine in Istanbul on Tuesday.\n", check_no_talks),
    article_case("ingest-talk-speculative",
                 "'could meet in Istanbul as early as Tuesday' is no talk held on the past Tuesday",
                 "Russia and Ukraine could meet in Istanbul as early as Tuesday, officials said.\n",
                 check_no_talks),
    article_case("ingest-talk-present-tense-ahead",
                 "'The G20 summit in Bali opens on Tuesday' (published Monday) is the next Tuesday",
                 "The G20 summit in Bali opens on Tuesday.\n", check_talk_dated("2022-11-15"),
                 published="2022-11-14"),
    article_case("ingest-position-accused-of", "'Israel accused Hamas of rejecting …': Hamas holds nothing",
                 "Israel accused Hamas of rejecting the ceasefire proposal.\n",
                 check_no_position("hamas")),
    article_case("ingest-position-denied-that",
                 "'Ri Yong Ho denied that North Korea had sought sanctions relief': North Korea demands nothing",
                 "Ri Yong Ho denied that North Korea had sought sanctions relief.\n",
                 check_no_position("north-korea")),
    article_case("ingest-position-coordinated-cue",
                 "'Iran rejected the text and demanded sanctions relief': Iran demands, not rejects, sanctions",
                 "Iran rejected the text and demanded sanctions relief.\n",
                 check_position_instead(("iran", "demands", "sanctions"), ("iran", "rejects", "sanctions"))),
    article_case("ingest-position-declined-details",
                 "'Turkey declined to give details': declining to comment is no stance",
                 "Turkey declined to give details.\n", check_no_position("turkey")),
    article_case("ingest-organization-stance-subject",
                 "'The Unitary Platform demanded …': an organization, not a person",
                 "The Unitary Platform demanded the release of political prisoners.\n",
                 check_entity_kinds({"unitary-platform": "organization"})),
    article_case("ingest-position-it-after-document",
                 "'The document asks Hezbollah to disarm. It also calls for a ceasefire.': 'It' is "
                 "the document, not Hezbollah",
                 "The document asks Hezbollah to disarm. It also calls for a ceasefire.\n",
                 check_no_position("hezbollah", "demands", "ceasefire")),
    # The stop-30 reviewer's and second tester's finds in the stop's own
    # first rules: a crash on "March 31-2 April"; an outcome's "not", "kicked
    # off" and the month May took talks away; bare names of bodies became
    # people; a date let the holder walk reach a passive's agent; a noun
    # after "and" was read as a second cue; "It is …" took the sentence
    # before's actor; a length of fighting was the talks'.
    article_case("ingest-date-31-dash", "'from March 31-2 April': no crash",
                 "Russia and Ukraine met in Istanbul from March 31-2 April.\n",
                 lambda ctx, result: []),
    article_case("ingest-talk-outcome-not", "'met in Geneva on Monday but could not agree' is a talk",
                 "Armenia and Azerbaijan met in Geneva on Monday but could not agree on a border deal.\n",
                 check_talk_dated("2024-03-11")),
    article_case("ingest-talk-kicked-off", "'kicked off talks in Geneva on Monday' is a talk",
                 "Armenia and Azerbaijan kicked off talks in Geneva on Monday.\n",
                 check_talk_dated("2024-03-11")),
    article_case("ingest-talk-may-month", "'after the May talks in Doha': May is a month, not a modal",
                 "Armenia and Azerbaijan agreed to a ceasefire after the May talks in Doha.\n",
                 check_talk_at("doha")),
    article_case("ingest-bare-body-no-person",
                 "'Goldman Sachs welcomed …', 'Human Rights Watch welcomed …': no person",
                 "Goldman Sachs welcomed the ceasefire. Human Rights Watch welcomed the ceasefire.\n",
                 check_entity_kinds({"goldman-sachs": None, "human-rights-watch": "organization"})),
    article_case("ingest-position-passive-agent",
                 "'A ceasefire proposed by Armenia on Monday was rejected': Armenia rejects nothing",
                 "A ceasefire proposed by Armenia on Monday was rejected.\n",
                 check_no_position("armenia", "rejects")),
    article_case("ingest-position-noun-after-and",
                 "'China opposes sanctions and threats of force': 'threats' is no second cue",
                 "China opposes unilateral sanctions and threats of force against Iran.\n",
                 check_no_position("china", "warns")),
    article_case("ingest-position-it-is",
                 "'Hamas issued a statement. It is unacceptable that …': Hamas holds nothing",
                 "Hamas issued a statement on Monday. It is unacceptable that civilians are starving, "
                 "the UN envoy said.\n",
                 check_no_position("hamas")),
    article_case("ingest-talk-length-of-fighting",
                 "'ended three weeks of fighting with talks in Geneva on Thursday': one day",
                 "Armenia and Azerbaijan ended three weeks of fighting with talks in Geneva on Thursday.\n",
                 check_talk_dated("2024-03-14")),
    article_case("ingest-position-coordinated-past-noun-cue",
                 "'Armenia rejected the proposal and demanded a ceasefire': Armenia demands a ceasefire",
                 "Armenia rejected the proposal and demanded a ceasefire.\n",
                 check_position("armenia", "demands", "ceasefire")),
    article_case("ingest-talk-sides-after-venue",
                 "'Two days of talks in Doha between Israel and Egypt ended on Friday': both are parties",
                 "Two days of talks in Doha between Israel and Egypt ended on Friday.\n",
                 check_talk_parties(["egypt", "israel"]), published="2024-08-17"),
    article_case("ingest-call-beside-summit",
                 "'held a summit in Geneva on Monday, which Ukraine addressed by video link': no call",
                 "The leaders of Armenia and Azerbaijan held a summit in Geneva on Monday, which "
                 "Ukraine addressed by video link.\n",
                 check_talk_kinds(["summit"])),
    article_case("ingest-call-date-not-a-day",
                 "'held a summit in Geneva on Monday after a video conference last week': no call "
                 "dated Monday",
                 "Armenia and Azerbaijan held a summit in Geneva on Monday after a video conference "
                 "last week.\n",
                 check_talk_kinds(["summit"])),
    article_case("ingest-talk-counterpart",
                 "'held talks with his Turkish counterpart Recep Tayyip Erdogan in Sochi': both "
                 "states are parties",
                 "Russian President Vladimir Putin held talks with his Turkish counterpart Recep "
                 "Tayyip Erdogan in Sochi on Wednesday.\n",
                 check_talk_parties(["russia", "turkey"])),
    article_case("ingest-talk-titled-sides-reach",
                 "'The summit between U.S. President … and North Korean leader … ended in Hanoi': "
                 "titled names count as one word each",
                 "The summit between U.S. President Donald Trump and North Korean leader Kim Jong Un "
                 "ended in Hanoi on Thursday.\n",
                 check_all(check_talk_at("hanoi"),
                           check_talk_parties(["north-korea", "united-states"]))),
    article_case("ingest-talk-titled-subjects",
                 "'U.S. President Bill Clinton and Israeli Prime Minister Ehud Barak ended talks': "
                 "the second leader's state too",
                 "U.S. President Bill Clinton and Israeli Prime Minister Ehud Barak ended talks in "
                 "Camp David on Tuesday.\n",
                 check_talk_parties(["israel", "united-states"])),
    article_case("ingest-talk-host-two-titled-guests",
                 "'Macron hosted Armenian Prime Minister … and Azerbaijani President … in Paris': "
                 "three sides",
                 "French President Emmanuel Macron hosted Armenian Prime Minister Nikol Pashinyan and "
                 "Azerbaijani President Ilham Aliyev in Paris on Sunday.\n",
                 check_talk_parties(["armenia", "azerbaijan", "france"])),
    article_case("ingest-talk-sidelines",
                 "'met on the sidelines of the G20 summit in Bali': the G20 is not a party",
                 "Russia and the United States met on the sidelines of the G20 summit in Bali on "
                 "Monday.\n",
                 check_talk_parties(["russia", "united-states"])),
    article_case("ingest-talk-building-after-date",
                 "'resumed talks in Vienna on Monday at the Palais Coburg hotel': one talk, dated, "
                 "in the hotel",
                 "Iran and Russia resumed talks in Vienna on Monday at the Palais Coburg hotel.\n",
                 check_all(check_talk_at("palais-coburg-hotel"), check_talk_dated("2024-03-11"),
                           check_talk_kinds(["bilateral"]))),
    article_case("ingest-talk-in-a-state",
                 "'held talks in Saudi Arabia on Tuesday': a talk with no venue, not dropped",
                 "Ukraine and the United States held talks in Saudi Arabia on Tuesday.\n",
                 check_all(check_talk_dated("2024-03-12"),
                           check_talk_parties(["ukraine", "united-states"]))),
    article_case("ingest-talk-described-city",
                 "'began talks in Saudi Arabia's Red Sea city of Jeddah on Saturday': Jeddah",
                 "Sudan's army and the Rapid Support Forces began talks in Saudi Arabia's Red Sea "
                 "city of Jeddah on Saturday.\n",
                 check_talk_on("jeddah", "2024-03-09")),
    article_case("ingest-talk-capital-of-state",
                 "'met in the Egyptian capital on Tuesday': the talk is in Cairo",
                 "Israeli and Qatari negotiators met in the Egyptian capital on Tuesday.\n",
                 check_talk_on("cairo", "2024-03-12")),
    article_case("ingest-talk-due-on-a-day",
                 "'are due to meet in Istanbul on Tuesday': a plan fixed for a day is kept",
                 "Russia and Ukraine are due to meet in Istanbul on Tuesday.\n",
                 check_all(check_talk_at("istanbul"), check_talk_dated("2024-03-19"))),
    article_case("ingest-talk-date-of-another-phrase",
                 "'signed an agreement on Tuesday in Bridgetown on conditions for next year's "
                 "election': the talk is on Tuesday, not a plan",
                 "Venezuela and Guyana signed an agreement on Tuesday in Bridgetown on conditions "
                 "for next year's presidential election.\n",
                 check_talk_dated("2024-03-12")),
    article_case("ingest-talk-building-then-village",
                 "'met at the Peace House in the truce village of Panmunjom on Friday': dated",
                 "South Korea and North Korea met at the Peace House in the truce village of "
                 "Panmunjom on Friday.\n",
                 check_all(check_talk_at("peace-house"), check_talk_dated("2024-03-15"))),
    article_case("ingest-call-side-unknown",
                 "'President Joe Biden spoke by phone with Chinese President Xi Jinping': a call",
                 "President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday.\n",
                 check_all(check_talk_kinds(["call"]), check_talk_dated("2024-03-14"))),
    article_case("ingest-position-evaluation",
                 "'Guterres called the deal \"a welcome first step\"': supports what the sides agreed",
                 "Ethiopia and the TPLF agreed on Wednesday to a permanent cessation of hostilities."
                 "\n\nUN Secretary-General Antonio Guterres called the deal \"a welcome first step\".\n",
                 check_position("antonio-guterres", "supports", "ceasefire")),
    article_case("ingest-position-they",
                 "'Saudi Arabia and Iran agreed … They agreed to …': both hold the second",
                 "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations.\n\n"
                 "They also agreed to a prisoner exchange.\n",
                 check_all(check_position("saudi-arabia", "accepts", "prisoner-exchange"),
                           check_position("iran", "accepts", "prisoner-exchange"))),
    article_case("ingest-talk-date-after-venue-kept",
                 "'On Tuesday, officials said … had held talks in Istanbul in January': January",
                 "On Tuesday, officials said Russia and Ukraine had held talks in Istanbul in January.\n",
                 check_talk_dated("2024-01")),
    article_case("ingest-talk-state-fold-other-sides",
                 "'talks in Saudi Arabia on Tuesday … talks in Egypt … The meeting took place in "
                 "Jeddah': the Saudi talk keeps its own sides",
                 "Russia and the United States held talks in Saudi Arabia on Tuesday. Israel and Hamas "
                 "held talks in Egypt on Wednesday. The meeting took place at a hotel in Jeddah.\n",
                 check_all(check_talk_parties(["russia", "united-states"]),
                           check_talk_parties(["hamas", "israel"]))),
    article_case("ingest-talk-host-clause",
                 "'Macron, who hosted Pashinyan last month, met Scholz in Berlin': Armenia was not "
                 "in Berlin",
                 "Macron, who hosted Armenian Prime Minister Nikol Pashinyan last month, met German "
                 "Chancellor Olaf Scholz in Berlin on Sunday.\n",
                 check_no_talk_party("armenia")),
    article_case("ingest-talk-not-due",
                 "'are not due to meet in Istanbul on Tuesday': no talk",
                 "Russia and Ukraine are not due to meet in Istanbul on Tuesday.\n",
                 check_no_talks),
    article_case("ingest-talk-building-possessive",
                 "'resumed talks in Vienna on Monday at the White House's request': in Vienna",
                 "Iran and the United States resumed talks in Vienna on Monday at the White House's "
                 "request.\n",
                 check_all(check_talk_at("vienna"), check_talk_dated("2024-03-11"))),
    article_case("ingest-talk-cancelled-after-venue",
                 "'The planned summit between … in Hanoi was cancelled on Thursday': no talk",
                 "The planned summit between U.S. President Donald Trump and North Korean leader Kim "
                 "Jong Un in Hanoi was cancelled on Thursday.\n",
                 check_no_talks),
    article_case("ingest-call-denied",
                 "'denied on Thursday that he spoke by phone with Chinese President Xi Jinping': no call",
                 "President Joe Biden denied on Thursday that he spoke by phone with Chinese President "
                 "Xi Jinping.\n",
                 check_no_talks),
    article_case("ingest-call-caller-unnamed",
                 "'A man who phoned Senator Tom Carper posing as … Xi Jinping was arrested': no "
                 "call (stop 32: a senator the lexicon does not know, so that the rule for a call "
                 "with one side unknown is still what is tested; with President Joe Biden, whom "
                 "the lexicon's people know, it is a call between two known sides, a gap left)",
                 "A man who phoned Senator Tom Carper posing as Chinese President Xi Jinping was "
                 "arrested on Thursday.\n",
                 check_no_talks),
    article_case("ingest-talk-capital-named",
                 "'met in the Egyptian capital of Alexandria on Tuesday': Alexandria, as written",
                 "Israel and Hamas met in the Egyptian capital of Alexandria on Tuesday.\n",
                 check_talk_at("alexandria")),
    article_case("ingest-talk-sidelines-sides-unknown",
                 "'Biden and Xi met on the sidelines of the G20 summit in Bali': the summit is kept",
                 "Biden and Xi met on the sidelines of the G20 summit in Bali on Monday.\n",
                 check_talk_at("bali")),
    article_case("ingest-date-verb-before-that",
                 "'We will announce it. I would also note that on Tuesday the envoy spoke by phone "
                 "with …': last Tuesday, not next",
                 "The envoy will consult the co-chairs and we will announce it. I would also note "
                 "that on Tuesday, the Special Envoy spoke by phone with the Russian Foreign "
                 "Minister, Sergey Lavrov.\n",
                 check_event_on("2024-03-12")),
    article_case("ingest-talk-city-possessive",
                 "'met in Cairo's eastern suburbs on Tuesday': in Cairo",
                 "Israel and Hamas met in Cairo's eastern suburbs on Tuesday.\n",
                 check_talk_at("cairo")),
    article_case("ingest-talk-host-participle",
                 "'Egypt hosted renewed talks between Israel and Hamas in Cairo': Egypt is a side",
                 "Egypt hosted renewed talks between Israel and Hamas in Cairo on Monday.\n",
                 check_talk_parties(["egypt", "hamas", "israel"])),
    article_case("ingest-position-evaluation-negated",
                 "'did not praise the deal': no stance, and no rejection",
                 "Peru and Ecuador agreed on Thursday to a ceasefire.\n\n"
                 "Chilean President Gabriel Boric did not praise the deal.\n",
                 check_no_position("gabriel-boric")),
    article_case("ingest-position-evaluation-passive",
                 "'said the deal was reached after important concessions': no stance",
                 "Peru and Ecuador agreed on Thursday to a ceasefire.\n\n"
                 "Analyst Maria Lopez said the deal was reached after important concessions.\n",
                 check_no_position("maria-lopez")),
    article_case("ingest-talk-capital-apposition",
                 "'met in the Egyptian capital, Cairo, on Tuesday': Egypt only hosts",
                 "Israel and Hamas met in the Egyptian capital, Cairo, on Tuesday.\n",
                 check_no_talk_party("egypt")),
    article_case("ingest-talk-counterpart-titled",
                 "'met his Russian counterpart, Foreign Minister Sergei Lavrov, in Ankara': Russia "
                 "is a side",
                 "Turkish Foreign Minister Hakan Fidan met his Russian counterpart, Foreign Minister "
                 "Sergei Lavrov, in Ankara on Tuesday.\n",
                 check_talk_parties(["russia", "turkey"])),
    article_case("ingest-talk-state-plan-elsewhere",
                 "'held talks in Saudi Arabia on Tuesday … will hold further talks in Riyadh next "
                 "month': the talk stays undecided, not in Riyadh",
                 "Ukraine and the United States held talks in Saudi Arabia on Tuesday. Ukraine and "
                 "the United States will hold further talks in Riyadh next month.\n",
                 check_no_talk_venue("riyadh")),
    article_case("ingest-known-leaders-alone",
                 "leaders named without a title or a state are their states' sides (stop 32: "
                 "the lexicon's people; before, a talk with no side)",
                 "Joe Biden and Xi Jinping met in Geneva on Wednesday.",
                 check_talk_parties(["china", "united-states"])),
    article_case("ingest-known-leaders-plural-title",
                 "\"Foreign Ministers Sergei Lavrov and Dmytro Kuleba met\": the plural title "
                 "names no state; the lexicon's people do (stop 32; before, no talk)",
                 "Foreign Ministers Sergei Lavrov and Dmytro Kuleba met in Antalya on Thursday.",
                 check_talk_parties(["russia", "ukraine"])),
    article_case("ingest-call-denied-known-sides",
                 "'U.S. President Joe Biden denied … that he spoke by phone with Chinese President "
                 "Xi Jinping': no call, whoever its sides (stop 32; before, a call of the two)",
                 "U.S. President Joe Biden denied on Thursday that he spoke by phone with Chinese "
                 "President Xi Jinping.\n",
                 check_no_talks),
    article_case("ingest-call-postponed-known-sides",
                 "'… phone call with Chinese President Xi Jinping was postponed': no call (stop 32; "
                 "before, a call of the two)",
                 "U.S. President Joe Biden's phone call with Chinese President Xi Jinping was "
                 "postponed on Thursday.\n",
                 check_no_talks),
    article_case("ingest-call-in-may",
                 "'spoke by phone on May 12': the month is no 'may' that puts the call off "
                 "(stop 32's reviewer: a call dated in May was lost)",
                 "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke "
                 "by phone on May 12.\n",
                 check_talk_parties(["russia", "turkey"]), published="2024-05-20"),
    article_case("ingest-clause-place",
                 "'met on Tuesday, as thousands marched in the Egyptian capital': the place is "
                 "the marchers' (stop 33's development binary, once a meeting's day stopped "
                 "counting as a word between it and its place, drafted a talk in Cairo)",
                 "Israel and Hamas met on Tuesday, as thousands marched in the Egyptian capital.\n",
                 check_no_talks),
    article_case("ingest-speakers-place",
                 "'In Washington, Bush said the talks had failed': the place is the speaker's, "
                 "not the talks' (stop 32 drafted talks in Washington)",
                 "In Washington, Bush said the talks had produced a total stiff-arm.\n",
                 check_no_talks, published="1991-01-09"),
    article_case("ingest-pronoun-after-leader-description",
                 "'The French leader travelled to Moscow, meeting Putin … He flew on to Kyiv': "
                 "he is Macron, not Putin (stop 32 gave the Kyiv talk Russia's side)",
                 "French President Emmanuel Macron spoke by telephone with Vladimir Putin on "
                 "Sunday.\n\nThe French leader travelled to Moscow earlier this month, meeting "
                 "Putin at the Kremlin on February 7. He flew on to Kyiv the next day for talks "
                 "with President Volodymyr Zelensky.\n",
                 check_talk_parties(["france", "ukraine"]), published="2022-02-21"),
    article_case("ingest-dateline-here-twice",
                 "'GENEVA (Reuters) - The summit meeting here ended on Monday.': two meeting "
                 "words before one 'here' (stop 33's reviewer: the draft crashed)",
                 "GENEVA (Reuters) - The summit meeting here ended on Monday.\n",
                 check_talk_parties([])),
    # Stop 37: a body named after its state was read as a person ("Forces
    # Korea"), and the stop's first fix took a person after a title's state
    # for a body ("Lebanon Joanna Wronecka").
    article_case("ingest-state-body-speaker",
                 "'U.S. Forces Korea said': a body of the United States, not a person 'Forces "
                 "Korea'; 'UN Special Coordinator for Lebanon Joanna Wronecka said': a person",
                 "U.S. Forces Korea said it had received no new guidance.\n\n"
                 "UN Special Coordinator for Lebanon Joanna Wronecka said the deal was historic.\n",
                 check_entity_kinds({"u-s-forces-korea": "organization", "forces-korea": None,
                                     "joanna-wronecka": "person",
                                     "lebanon-joanna-wronecka": None})),
    # Stop 37's reviewer, on the stop's development binary: a talk lost when
    # its feature venue shared a sentence with another place; a topic "port
    # of" made a venue; a speaker after a list of places made a place; people
    # made bodies of their state; an alliance no side; a crash older than
    # the stop (a stance's lead words running to the sentence's end); a list
    # of places whose evidence grew with the square of its length.
    article_case("ingest-feature-venue-beside-place",
                 "'signed the deal at Lake Prespa on Sunday, after protests in Skopje': a talk at "
                 "the lake; 'held talks in Geneva on the port of Hodeidah': one talk, in Geneva",
                 "Greece and North Macedonia signed the deal at Lake Prespa on Sunday, after "
                 "protests in Skopje.\n\nYemen and Saudi Arabia held talks in Geneva on the port "
                 "of Hodeidah on Friday.\n",
                 check_talk_venues(["lake-prespa", "geneva"])),
    article_case("ingest-place-list-then-speaker",
                 "'the cities of Kupiansk and Lozova, Oleh Syniehubov said': Syniehubov speaks; "
                 "'Israel Katz said': a person (Katz), no body 'Israel Katz'",
                 "Russian missiles struck the cities of Kupiansk and Lozova, Oleh Syniehubov "
                 "said.\n\nIsrael Katz said the talks in Cairo had failed.\n",
                 check_entity_kinds({"oleh-syniehubov": "person", "kupiansk": "place",
                                     "lozova": "place", "katz": "person",
                                     "israel-katz": None})),
    article_case("ingest-led-coalition-side",
                 "'Houthi and Saudi-led coalition negotiators met in Amman': the coalition is a side",
                 "Houthi and Saudi-led coalition negotiators met in Amman on Monday.\n",
                 check_talk_parties(["houthis", "saudi-led-coalition"])),
    article_case("ingest-stance-leads-to-end",
                 "a stance cue whose lead words run to the end of the sentence (the reviewer's "
                 "fuzzing: a crash in every binary since stop 36)",
                 "village Ports region\n\n- bloc Karish rejected\n\nat Oleg Karish bloc Party "
                 "Ukraine village Karish Party ; demanded of New at Saudi\n",
                 None),
    Case("ingest-place-list-32k", "Ingest",
         "'the ports of A, B, …' with 32,000 names: < 10 s (the stop's development binary gave "
         "each name evidence from the noun: 78 s, 291 MB of draft at 8,000)",
         ("ingest", "ports.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"ports.txt": "Talks\nPublished: 2024-03-15\n\nDrones struck the ports of "
                + ", ".join("Ab" + "".join(chr(97 + (i // 26 ** k) % 26) for k in range(4)) + "x"
                            for i in range(32000))
                + " and Zed on Monday.\n"}),
    # Stop 37: the places of the stop's new rules, and what they must leave.
    article_case("ingest-feature-places",
                 "'the Asia-Pacific region', 'The Likud party', 'the village of Putre for lunch', "
                 "'the city of Boris Johnson's childhood': a place or party only where named",
                 "Security in the Asia-Pacific region was discussed. The Likud party won. The "
                 "delegations drove to the village of Putre for lunch. It was the city of Boris "
                 "Johnson's childhood. Kenya and Somalia met in Nairobi, in the Rift Valley, on "
                 "Monday.\n",
                 check_entity_kinds({"pacific-region": None, "asia-pacific-region": None,
                                     "likud": "organization", "putre": "place",
                                     "boris-johnson": "person", "rift-valley": "place",
                                     "nairobi": "place"})),
    # Stop 38: meetings with no place named, and what they must leave.
    article_case("ingest-placeless-meeting-traps",
                 "'met resistance in 2019', 'met reporters', 'will meet … next month', 'met … in "
                 "Brazil in 2019', undated: no placeless 'Meeting'; 'since Putin met Trump in 2018' "
                 "after 'met in Helsinki in July 2018' is that talk",
                 "Russian President Vladimir Putin met resistance in 2019. Putin met reporters in "
                 "2019. Putin will meet U.S. President Donald Trump next month. Putin met Trump in "
                 "Brazil in 2019. Putin met Trump.\n\nPutin and Trump met in Helsinki in July 2018. "
                 "It was the first summit since Putin met Trump in 2018.\n",
                 check_no_placeless_meeting),
    # Stop 38's reviewer: what the first version of the stop's rules made up.
    article_case("ingest-placeless-meeting-objects",
                 "'met Russia's demands in 2022', 'met Iran's barrage with interceptors', 'met "
                 "Germany in the final', 'met … again', 'has met … several times since', 'denied "
                 "that he met', 'met … online': no placeless 'Meeting' (the stop's first version "
                 "made one of each)",
                 "Ukraine met Russia's demands in 2022, Ukrainian President Volodymyr Zelensky said. "
                 "Israel met Iran's missile barrage with interceptors in April 2024. France met "
                 "Germany in the final in 2006. Russian President Vladimir Putin has met U.S. "
                 "President Donald Trump several times since 2017. Trump denied that he met Putin "
                 "in 2016. Putin met U.S. President Joe Biden online in December 2021.\n\n"
                 "Putin and Trump met in Helsinki in July 2018. Putin met Trump again in 2018.\n",
                 check_no_placeless_meeting),
    article_case("ingest-call-to-a-persons-critics",
                 "'spoke to Russian President Vladimir Putin's critics', 'spoke with … Putin on the "
                 "sidelines of the summit': no call (stop 37 made the first one too)",
                 "Turkish President Recep Tayyip Erdogan spoke to Vladimir Putin's critics on "
                 "Tuesday. Erdogan spoke to Russian President Vladimir Putin's critics on Tuesday. "
                 "Erdogan spoke with Russian President Vladimir Putin on the sidelines of the "
                 "summit on Wednesday.\n",
                 check_no_talks),
    article_case("ingest-side-body-met",
                 "'The Yemeni government and the Houthis met in Stockholm': both sides (stop 38 "
                 "drafted no talk: the walk back from 'met' stopped at 'government')",
                 "The Yemeni government and the Houthis met in Stockholm on Thursday.\n",
                 check_all(check_talk_venues(["stockholm"]),
                           check_talk_parties(["yemen", "houthis"]))),
    article_case("ingest-called-for-talks",
                 "'called for talks with … in Geneva', 'pressed for talks': a call for talks is no "
                 "talk (stop 38 drafted an undated talk in Geneva)",
                 "Yemen called for talks with the Houthis in Geneva. The Yemeni government "
                 "pressed for talks with Houthi rebels in Geneva.\n",
                 check_no_talks),
    article_case("ingest-speaker-remit-particles-possessive",
                 "'The UN envoy for Syria, Staffan de Mistura,' then '\"…,\" de Mistura said' and "
                 "'\"…,\" Russia's foreign minister said': named speakers (stop 38: no person for "
                 "the first, unknown speakers for the quotes)",
                 "The UN envoy for Syria, Staffan de Mistura, spoke in Geneva on Monday. "
                 "\"We will not give up,\" de Mistura said.\n\nRussian Foreign Minister Sergei "
                 "Lavrov arrived on Tuesday. \"We will not accept this,\" Russia's foreign "
                 "minister said.\n",
                 check_statements({"We will not give up": "staffan-de-mistura",
                                   "We will not accept this": "sergei-lavrov"})),
    article_case("ingest-side-body-contest",
                 "'The Iranian delegation met the Spanish side in Kazan on Wednesday in a World "
                 "Cup group match': a contest, no talk (stop 39's first version made one; stop 38 "
                 "made one of 'Iran met Spain … match')",
                 "The Iranian delegation met the Spanish side in Kazan on Wednesday in a World Cup "
                 "group match, losing 1-0. Iran met Spain in Kazan on Wednesday in a group match.\n",
                 check_no_talks),
    article_case("ingest-envoys-from-a-capital",
                 "'Envoys from Moscow arrived in Minsk … for the funeral', 'The American delegation "
                 "from Kabul met Taliban representatives in Doha': a capital a delegation comes "
                 "from alone is a place, no side (stop 39's first version made Russia and "
                 "Afghanistan sides)",
                 "Envoys from Moscow arrived in Minsk on Thursday for the funeral of the former "
                 "president. The American delegation from Kabul met Taliban representatives in "
                 "Doha on Friday.\n",
                 check_all(check_no_talk_party("russia"), check_no_talk_party("afghanistan"))),
    article_case("ingest-possessive-title-speakers",
                 "'A source close to Russia's foreign minister said', 'Russia's former foreign "
                 "minister said', 'Russia's foreign minister's spokeswoman, Maria Zakharova, said', "
                 "a foreign minister named after the words: none is the minister the article "
                 "named (stop 39's first version gave them to Lavrov or Ivanov, or lost Zakharova)",
                 "Russian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister Dmytro "
                 "Kuleba in Antalya on Thursday. A source close to Russia's foreign minister said "
                 "the West had started the war. Russia's former foreign minister said the "
                 "sanctions would never be lifted. Russia's foreign minister's spokeswoman, Maria "
                 "Zakharova, said the talks had been useful.\n\nThe West was to blame, Russia's "
                 "foreign minister said. His predecessor, Russian Foreign Minister Igor Ivanov, "
                 "disagreed in an interview.\n",
                 check_statements({"the West had started the war": None,
                                   "the sanctions would never be lifted": None,
                                   "the talks had been useful": "maria-zakharova",
                                   "The West was to blame": "sergei-lavrov"})),
    article_case("ingest-demanded-that-reports",
                 "'demanded that Russia return Crimea', '… did more', '… released prisoners taken "
                 "in Mariupol': no issue 'return', 'did', 'released prisoners taken' (stop 39's "
                 "first version read a plain verb into each)",
                 "Ukraine demanded that Russia return Crimea. Ukraine demanded that Russia did "
                 "more. Ukraine demanded that Russia released prisoners taken in Mariupol. Ukraine "
                 "demanded that Russia do the same.\n",
                 check_no_issue_labels({"return", "did", "did more", "released prisoners taken",
                                        "do the same"})),
    article_case("ingest-copula-stance-objects",
                 "'said NATO enlargement was hardly unacceptable to anyone', '… unacceptable only "
                 "if …', '… unacceptable to Russia's critics', 'the idea that … was unacceptable "
                 "was a myth': no issue 'anyone', 'only', 'critics', 'myth' (stop 39's second "
                 "reviewer, on the first version of its copula rule)",
                 "Russia said NATO enlargement was hardly unacceptable to anyone. Russia said "
                 "NATO expansion was unacceptable only if troops were deployed. Ukraine said "
                 "sanctions relief was unacceptable to Russia's critics. Russia said the idea "
                 "that NATO expansion was unacceptable was a myth.\n",
                 check_no_issue_labels({"anyone", "only", "critics", "myth"})),
    article_case("ingest-state-body-speakers",
                 "'Captured Russian troops said that …', 'Former Russian officials said that …', "
                 "'Russian forces said nothing, but …': no statement of Russia's (stop 39's "
                 "second reviewer)",
                 "Captured Russian troops said that they had been told the war was an exercise. "
                 "Former Russian officials said that the sanctions were a mistake. Russian forces "
                 "said nothing, but Ukrainian officials said that talks would resume.\n",
                 check_statements({"they had been told the war was an exercise": None,
                                   "the sanctions were a mistake": None})),
    article_case("ingest-disputed-place-before-talks",
                 "'resumed the Gaza talks on Monday in Cairo': the talk is in Cairo, not in Gaza "
                 "(the stop's first version held it in the Gaza Strip)",
                 "Israel and Hamas resumed the Gaza talks on Monday in Cairo.\n",
                 check_talk_venues(["cairo"])),
    article_case("ingest-agreement-to-cheers",
                 "'rejected the accord to cheers', 'a declaration to that effect': no issue "
                 "'cheers' or 'effect' (the stop's first version's 'to' after an agreement's noun)",
                 "Serbia rejected the accord to cheers from nationalist supporters. Egypt and "
                 "Ethiopia agreed on a declaration to that effect.\n",
                 check_no_issue_labels({"cheers", "effect"})),
    Case("ingest-speaker-title-in-roles-2k", "Ingest",
         "2,000 envoys named, then 2,000 quotes 'said the Special Envoy': < 10 s (the stop's "
         "first version folded every role for every title: 6.1 s, 2.6× the base)",
         ("ingest", "e.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"e.txt": "Talks\nPublished: 2024-03-15\n\n"
                + " ".join(f"Yemen envoy John Ab{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}"
                           f"{chr(97 + i // 676 % 26)} met officials." for i in range(2000))
                + "\n\n" + " ".join(f'"We talked {i} times," said the Special Envoy.'
                                   for i in range(2000)) + "\n"}),
    Case("ingest-placeless-meetings-4k", "Ingest",
         "4,000 placeless meetings, then 4,000 placed talks of the same sides, one a month "
         "from 1700, in one article: < 10 s (each placeless one looks at 64 talks at most)",
         ("ingest", "m.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"m.txt": "Talks\nPublished: 2024-03-15\n\nRussian President Vladimir Putin and U.S. "
                "President Donald Trump met in Helsinki in July 2018.\n\n"
                + " ".join(f"Putin met Trump in {m} {y}." for y, m in MONTHS_FROM_1700) + "\n\n"
                + " ".join(f"Putin and Trump met in Helsinki in {m} {y}." for y, m in MONTHS_FROM_1700)
                + "\n"}),
    Case("ingest-possessive-titles-4k", "Ingest",
         "4,000 foreign ministers of one state, each followed by 'Russia's foreign minister "
         "said', in one paragraph: < 10 s (stop 39's first version looked through every person "
         "named for each: 1.5× its base at 8,000)",
         ("ingest", "p.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"p.txt": "Talks\nPublished: 2024-03-15\n\n"
                + " ".join(f"Russian Foreign Minister Igor Ab{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}"
                           f"{chr(97 + i // 676 % 26)} spoke. Russia's foreign minister said the West "
                           f"was to blame number {i}." for i in range(4000)) + "\n"}),
    Case("ingest-name-particles-20k", "Ingest",
         "a name run of 20,000 particles before a known person: < 10 s (stop 32's reviewer: "
         "every ending was tried, 17 s)",
         ("ingest", "particles.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"particles.txt": "Talks\nPublished: 2024-03-15\n\nAli" + " de" * 20000
                + " Bo met Sergei Lavrov in Geneva on Monday.\n"}),
    Case("ingest-opposition-4k", "Ingest", "4,096 oppositions in one paragraph: < 10 s",
         ("ingest", "opp.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"opp.txt": repeated_article(
             "Venezuela's opposition and the opposition met the Syrian opposition.", 4096)}),
    Case("ingest-named-texts-8k", "Ingest", "8,000 named texts in one paragraph: < 20 s",
         ("ingest", "texts.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=20,
         files={"texts.txt": repeated_article("the Minsk Protocol and the Implementation Annex of", 8000)}),
    Case("ingest-quotes-200k", "Ingest", "200 KB of unbalanced quotes and 'said': < 10 s",
         ("ingest", "quotes.txt", "-o", "draft.json"), 0, outputs=("draft.json",), max_seconds=10,
         files={"quotes.txt": quotes_article}),
    Case("ingest-html-400-deep", "Ingest", "HTML nested 400 levels: a warning, not silently lost text",
         ("ingest", "deep.html", "-o", "draft.json"), (0, 1), files={"deep.html": deep_html},
         partial_ok=True, check=check_html_deep),
    Case("ingest-random-bytes", "Ingest", "random bytes as .txt", ("ingest", "bin.txt", "-o", "draft.json"), 1,
         ("bin.txt", r"re:UTF-8|binary|not text"), files={"bin.txt": random_bytes}),
    Case("ingest-png-as-txt", "Ingest", "a PNG as .txt", ("ingest", "pic.txt", "-o", "draft.json"), 1,
         ("pic.txt", r"re:UTF-8|binary|not text"), files={"pic.txt": png_bytes}),
    Case("ingest-png-as-html", "Ingest", "a PNG as .html: never a source", ("ingest", "pic.html", "-o", "draft.json"), 1,
         ("pic.html", r"re:UTF-8|binary|not text|not HTML"), files={"pic.html": png_bytes}),
    Case("ingest-empty-file", "Ingest", "an empty article", ("ingest", "empty.txt", "-o", "draft.json"), 1,
         ("empty.txt", "empty"), files={"empty.txt": ""}),
    Case("ingest-empty-with-article", "Ingest", "an empty file beside a good article: warned, not a source",
         ("ingest", "a.txt", "empty.txt", "-o", "draft.json"), (0, 1), partial_ok=True,
         files={"a.txt": ARTICLE, "empty.txt": ""}, check=check_empty_with_other),
    Case("ingest-id-traversal", "Ingest", "--id ../../etc/x is checked", ("ingest", "a.txt", "--id", "../../etc/x", "-o", "draft.json"), 2,
         ("--id", "../../etc/x"), files={"a.txt": ARTICLE}),
    Case("ingest-id-empty", "Ingest", "--id ''", ("ingest", "a.txt", "--id", "", "-o", "draft.json"), 2,
         ("--id",), files={"a.txt": ARTICLE}),
    Case("ingest-fifo-in-directory", "Ingest", "a FIFO in the folder: skipped, saying it is a FIFO",
         ("ingest", "dir", "-o", "draft.json"), (0, 3), ("pipe.txt", r"re:fifo|named pipe|not a regular file"),
         absent=("permission",), partial_ok=True, outputs=("draft.json",),
         files={"dir/a.txt": ARTICLE, "dir/pipe.txt": Fifo()}),
    Case("ingest-html-xxe-canary", "Ingest", "an HTML page with an external entity naming the canary",
         ("ingest", "page.html", "-o", "draft.json"), (0, 1), partial_ok=True,
         files={"page.html": '<!DOCTYPE html [<!ENTITY x SYSTEM "file://{CANARY_TXT}">]>\n<html><body><article>'
                             "<p>Russia demanded guarantees, the minister said &x; in Geneva.</p></article></body></html>\n"}),
    Case("ingest-lexicon-alias-bomb", "Ingest", "a lexicon that is a YAML alias bomb",
         ("ingest", "a.txt", "--lexicon", "lex.yaml", "-o", "draft.json"), (1, 2), ("lex.yaml", "alias"),
         files={"a.txt": ARTICLE, "lex.yaml": LEXICON_BOMB}),
    Case("ingest-lexicon-include-tag", "Ingest", "a lexicon with !include of the canary: refused",
         ("ingest", "a.txt", "--lexicon", "lex.yaml", "-o", "draft.json"), (1, 2), (r"re:lex\.yaml:3:\d+", "tag"),
         files={"a.txt": ARTICLE, "lex.yaml": 'lexicon: mine\nversion: "1"\ntitles: !include {CANARY_TXT}\n'}),
    Case("ingest-jsonl-bad-line", "Ingest", "JSON Lines with a malformed line: FILE:LINE, the rest drafted",
         ("ingest", "arts.jsonl", "-o", "draft.json"), 1, ("arts.jsonl:2",), partial_ok=True,
         outputs=("draft.json",),
         files={"arts.jsonl": '{"id":"a","title":"A","text":"Russia said it wants guarantees."}\n'
                              '{"id":"b","title":\n{"id":"c","title":"C","text":"NATO said no."}\n'}),
    # Found by stop 34's fresh corpus: a feed's "author" failed the line.
    Case("ingest-jsonl-bylines", "Ingest", "JSON Lines with author, authors and byline fields: every article drafted",
         ("ingest", "arts.jsonl", "-o", "draft.json"), 0, absent=("unknown field",), outputs=("draft.json",),
         check=lambda ctx, result: [] if len((json_output(ctx, "draft.json") or {}).get("sources", [])) == 2
         else ["draft.json does not have both articles' sources"],
         files={"arts.jsonl": '{"id":"a","author":"Jane Doe","text":"Russia said it wants guarantees."}\n'
                              '{"id":"b","authors":["A B","C D"],"byline":null,"text":"NATO said no."}\n'}),
    # Found by stop 35's reviewer: a 19-digit count of days, weeks, months or
    # years counted from the last date overflowed and killed the whole run.
    article_case(
        "ingest-anchored-date-overflow",
        "a 19-digit count of days and years 'later': no date, no crash, the talks drafted",
        "Russian and Ukrainian negotiators met in Istanbul on March 1, 2024. "
        "9223372036854775807 days later they met in Geneva. "
        "9223372036854775807 years later they met in Vienna.",
        lambda ctx, result: [] if any(
            t.get("venue") == "istanbul" for t in (json_output(ctx, "draft.json") or {}).get("talks", []))
        else ["the Istanbul talk is not in the draft"]),
    # Found by stop 40's sentence grids: the place of another clause after a
    # comma was the meeting's, a plan with no day was a talk, and a call of
    # a side's body had no sides.
    article_case("ingest-place-of-another-clause",
                 "'met on Monday, as protesters marched in Vienna': no talk in Vienna",
                 "Serbia and Kosovo met on Monday, as protesters marched in Vienna.",
                 check_talk_venues([])),
    article_case("ingest-plan-with-no-day",
                 "'plan to hold talks in Vienna': a plan, no talk",
                 "Serbia and Kosovo plan to hold talks in Vienna.", check_no_talks),
    article_case("ingest-slug-as-speaker",
                 "'WATCH: …' and 'UPDATE: …' before the story: no speaker 'Watch' or 'Update'",
                 "WATCH: Blinken hosts the ministers\n\nUPDATE: Armenia and Azerbaijan ended talks in "
                 "Arlington on Thursday.\n\nThe talks will resume next month.",
                 check_no_statements(lambda s: True)),
    # Found by stop 40's reviewer: what the stop's first rules made of
    # phrases set off by commas, a proposal's owner, "virtually" as
    # "almost", meetings not held, "negotiated … in Gaza", "plan" as a noun,
    # "while in Brussels", and "Syrian rebels" as Syria (older than the stop).
    article_case("ingest-set-off-actor-no-side",
                 "'Talks between Serbia and Kosovo, without Russia, took place in Vienna': Russia no side",
                 "Talks between Serbia and Kosovo, without Russia, took place in Vienna on Thursday.",
                 check_talk_parties(["kosovo", "serbia"])),
    article_case("ingest-proposal-of-its-owner",
                 "'Kosovo rejected the Serbian proposal' after Russia's later one: Serbia's customs union",
                 "Serbia proposed a customs union with Kosovo. Russia proposed a gas deal with Hungary. "
                 "Kosovo rejected the Serbian proposal.",
                 lambda ctx, result: [f"{p['holder']} {p['stance']} {p['issue']}" for p in
                                      (json_output(ctx, "draft.json") or {}).get("positions", [])
                                      if p.get("holder") == "kosovo" and "gas" in p.get("issue", "")]),
    article_case("ingest-virtually-as-almost",
                 "'met virtually all of Kosovo's conditions', 'refused to meet online': no call",
                 "Serbia met virtually all of Kosovo's conditions on Thursday.\n\n"
                 "Serbia and Kosovo refused to meet online on Friday.", check_no_talks),
    article_case("ingest-negotiated-object-place",
                 "'Egypt and Qatar negotiated a ceasefire in Gaza on Thursday': no talk in Gaza",
                 "Egypt and Qatar negotiated a ceasefire in Gaza on Thursday.", check_no_talks),
    article_case("ingest-plan-noun-keeps-talk",
                 "'Kosovo rejected the plan after Serbia and Kosovo met in Brussels last month': the talk",
                 "Kosovo rejected the plan after Serbia and Kosovo met in Brussels last month.",
                 check_talk_venues(["brussels"])),
    article_case("ingest-while-in-a-place",
                 "'met on Thursday, while in Brussels for an EU summit': the talk in Brussels",
                 "Serbia and Kosovo met on Thursday, while in Brussels for an EU summit.",
                 check_talk_parties(["kosovo", "serbia"])),
    article_case("ingest-rebels-of-a-state",
                 "'Syrian rebels and Russian officials met in Astana': no talk of Syria",
                 "Syrian rebels and Russian officials met in Astana on Thursday.",
                 check_no_talk_party("syria")),
    # Found by stop 40's second reviewer: a called-off talk behind a set-off
    # phrase, quotes given to the subject of "added" or to the name after
    # "Critics of", a weekend before its own dates, a slug run into a
    # transcript's turn.
    article_case("ingest-aside-before-called-off",
                 "'Talks between Egypt and Ethiopia, without Sudan, were called off in Cairo': no talk",
                 "Talks between Egypt and Ethiopia, without Sudan, were called off in Cairo on Monday.",
                 check_no_talks),
    article_case("ingest-quote-after-other-words",
                 "a quote after 'The EU added …' or 'Critics of Aliyev said …': no one's in particular",
                 "The European Union added three Russian officials to its sanctions list on Monday. "
                 "“We will not accept this at all.”\n\nCritics of Azerbaijani President Ilham Aliyev "
                 "said the talks had failed. “We reject the peace treaty and we demand new elections.”",
                 check_no_statements(lambda s: s.get("text", "").startswith("We ")
                                     and s.get("speaker") != "unknown-speaker")),
    article_case("ingest-weekend-of-dates",
                 "'on the weekend of 8-9 April': those days, not the last weekend",
                 "Armenia and Azerbaijan held talks in Geneva on the weekend of 8-9 April.",
                 lambda ctx, result: [] if [t.get("date") for t in
                                            (json_output(ctx, "draft.json") or {}).get("talks", [])]
                 == ["2024-04-08/2024-04-09"] else ["the talk is not dated 8-9 April"],
                 # (Published after those days: talks "held" on them weeks after publication
                 # are last year's, since stop 44.)
                 published="2024-04-12"),
    article_case("ingest-slug-after-turn",
                 "'UPDATE: …' after a transcript's turn: not the speaker's words",
                 "MR. PRICE: Good afternoon, everyone, and thank you for coming today.\n\n"
                 "UPDATE: Azerbaijan later said it rejects the peace proposal.",
                 check_no_statements(lambda s: s.get("speaker") == "price"
                                     and "UPDATE" in s.get("text", ""))),
    article_case("ingest-call-of-a-sides-body",
                 "'The Ethiopian government and Egypt held a video call on Thursday': a call of both",
                 "The Ethiopian government and Egypt held a video call on Thursday.",
                 check_talk_parties(["egypt", "ethiopia"])),
    # Found by stop 41's three reviewers (talks, entities and speakers,
    # positions), each in sentences of the reviewer's own.
    article_case("ingest-topic-place-no-venue",
                 "'met on Tuesday to discuss the situation in Idlib': Idlib is no venue",
                 "Russian and Turkish diplomats met on Tuesday to discuss the situation in Idlib. "
                 "Sudanese army and RSF delegates held talks in Jeddah on Monday on the war in Darfur.",
                 check_all(check_no_talk_venue("idlib"), check_no_talk_venue("darfur"),
                           check_talk_at("jeddah"))),
    article_case("ingest-since-date-no-talk-date",
                 "'met in Brussels for the first time since 2019': not a talk in 2019",
                 "Serbian and Kosovan leaders met in Brussels for the first time since 2019. Talks in "
                 "Geneva between Armenia and Azerbaijan, suspended since June 2023, resumed on Monday.",
                 check_no_talk_dated("2019", "2023")),
    article_case("ingest-reporter-no-call-party",
                 "'spoke by phone with …, the State Department said': the department is no side",
                 "Secretary of State Antony Blinken spoke by phone with Turkish Foreign Minister "
                 "Hakan Fidan on Tuesday, the State Department said.",
                 check_all(check_no_talk_party("us-state-department"),
                           check_talk_parties(["turkey", "united-states"]))),
    article_case("ingest-report-day-no-talk-day",
                 "'met in Brussels, the EU said on Wednesday': not a talk on Wednesday",
                 "Serbian and Kosovan negotiators met in Brussels, the EU said on Wednesday.",
                 check_no_talk_dated("2024-03-13")),
    article_case("ingest-describing-phrase-no-side",
                 "'Lavrov, fresh from talks with Indian officials, met Wang Yi in Beijing': Russia and China",
                 "Russian Foreign Minister Sergei Lavrov, fresh from talks with Indian officials, met "
                 "Chinese Foreign Minister Wang Yi in Beijing on Tuesday.",
                 check_all(check_talk_parties(["china", "russia"]), check_no_talk_party("india"))),
    article_case("ingest-present-meet-ahead",
                 "'leaders meet in Brussels on Monday': next Monday, not last",
                 "Serbian and Kosovan leaders meet in Brussels on Monday.",
                 check_talk_dated("2024-03-18")),
    article_case("ingest-denied-accused-possible-stances",
                 "'denied it had rejected', 'accused of rejecting', 'might reject', 'could not agree on',"
                 " 'X said Serbia must accept': no stance of the holder",
                 "Kosovo denied it had rejected the ceasefire. Serbia has been accused of rejecting the "
                 "ceasefire. Serbia might reject the ceasefire. Greece and Turkey could not agree on a "
                 "ceasefire. Lajcak said Serbia must accept the ceasefire.",
                 check_no_positions(("kosovo", "rejects"), ("serbia",), ("greece",), ("turkey",))),
    article_case("ingest-participle-ends-object",
                 "'rejected a ceasefire, demanding sanctions relief': no rejection of sanctions",
                 "Iran rejected a ceasefire, demanding sanctions relief. Serbia rejected the proposal, "
                 "but Kosovo accepted a ceasefire.",
                 check_no_positions(("iran", "rejects", "sanctions"), ("serbia", "rejects", "ceasefire"))),
    # Found by stop 41's fourth reviewer in that stop's own first rules:
    # each passed on the stop's first binary's base and failed on it.
    article_case("ingest-topic-noun-before-venue",
                 "'held talks on the war in Istanbul on Tuesday': Istanbul is the venue",
                 "Russia and Ukraine held talks on the war in Istanbul on Tuesday. Israeli and Hamas "
                 "negotiators held indirect talks on the Gaza war in Cairo on Monday.",
                 check_all(check_talk_at("istanbul"), check_talk_at("cairo"))),
    article_case("ingest-plural-verb-after-its-or-past",
                 "'tightened its hold on … on Friday', 'helped … negotiators meet … on Saturday': past days",
                 "As Russia tightened its hold on Avdiivka on Friday, Russian and Ukrainian negotiators "
                 "met in Istanbul. Egypt helped Israeli and Hamas negotiators meet in Cairo on Saturday.",
                 check_no_talk_dated("2024-03-16", "2024-03-22")),
    article_case("ingest-attributing-actor-needed-as-side",
                 "'spoke by phone with his Turkish counterpart on Monday, Ankara said': a call with Turkey",
                 "Russian President Vladimir Putin spoke by phone with his Turkish counterpart on "
                 "Monday, Ankara said.",
                 check_talk_parties(["russia", "turkey"])),
    article_case("ingest-modal-stances-kept",
                 "'could not accept', 'could accept … if', 'In May, … rejected', 'Lavrov said Moscow must"
                 " oppose': stances all",
                 "Serbia said it could not accept the ceasefire. Hamas said it could accept a ceasefire "
                 "if Israel withdraws its troops. In May, Israel rejected the ceasefire proposal. Russian "
                 "Foreign Minister Sergei Lavrov said Moscow must oppose NATO expansion.",
                 check_all(check_position("serbia", "rejects", "ceasefire"),
                           check_position("hamas", "conditional", "ceasefire"),
                           check_position("israel", "rejects", "ceasefire"),
                           check_position("russia", "opposes", "nato-enlargement"))),
    article_case("ingest-list-item-cue-kept",
                 "'called for humanitarian access, support for refugees and a ceasefire': all three",
                 "The EU called for humanitarian access, support for refugees and a ceasefire.",
                 check_position("european-union", "demands", "refugees")),
    article_case("ingest-s-surname-speaker-kept",
                 "'Guterres said …' opening a sentence: Guterres speaks",
                 "Guterres said the ceasefire must hold.",
                 check_statements({"the ceasefire must hold": "guterres"})),
    article_case("ingest-held-talks-one-meeting",
                 "'held talks on Monday. The meeting in Brussels lasted four hours': one talk",
                 "Serbia and Kosovo held talks on Monday. The meeting in Brussels lasted four hours.",
                 check_talk_venues(["brussels"])),
    # Found by stop 41's fifth reviewer in the fixes of the fourth's finds.
    article_case("ingest-placeless-not-into-another",
                 "'held talks on Monday. A previous meeting in Istanbul …': no Istanbul talk on Monday",
                 "Russia and Ukraine held talks on Monday. A previous meeting in Istanbul ended "
                 "without result.",
                 check_talk_venues([None, "istanbul"])),
    article_case("ingest-aside-negation",
                 "'Chile, not surprisingly, rejected the ceasefire': no openness to it",
                 "Chile, not surprisingly, rejected the ceasefire.",
                 check_no_position("chile", "open")),
    article_case("ingest-could-not-agree-joined",
                 "'could not agree on a ceasefire but accepted a prisoner exchange': the second holds",
                 "Israel and Hamas could not agree on a ceasefire but accepted a prisoner exchange.",
                 check_position_instead(("israel", "accepts", "prisoner-exchange"),
                                        ("israel", "rejects", "ceasefire"))),
    article_case("ingest-attributing-side-named-twice",
                 "'with the Turkish leader and Raisi on Monday, Turkey said': Turkey is a side",
                 "Russian President Vladimir Putin spoke by phone with the Turkish leader and Iranian "
                 "President Ebrahim Raisi on Monday, Turkey said.",
                 check_talk_parties(["iran", "russia", "turkey"])),
    article_case("ingest-since-a-day-a-clause-dates",
                 "'held Goma since Monday, when talks in Nairobi … collapsed': Monday's talks",
                 "Rebels have held Goma since Monday, when talks in Nairobi between Congo and Rwanda "
                 "collapsed.",
                 check_talk_dated("2024-03-11")),
    article_case("ingest-hold-placards-not-ahead",
                 "'Protesters hold placards outside the talks … on Monday': last Monday",
                 "Protesters hold placards outside the talks between Russia and Ukraine in Geneva on "
                 "Monday.",
                 check_no_talk_dated("2024-03-18")),
    article_case("ingest-quote-ends-led-sentence",
                 "'called the deal \"a historic step.\" García said …': Petro's words",
                 "President Gustavo Petro called the deal \"a historic step.\" Rebel commander "
                 "Antonio García said attacks would stop.",
                 check_statements({"a historic step.": "gustavo-petro"})),
    article_case("ingest-possessed-body-and-plural-speakers",
                 "'Egypt's Foreign Ministry said', 'Diplomats said': no people 'Ministry', 'Diplomats'",
                 "Egypt's Foreign Ministry said the talks had failed. Ethiopia's Foreign Ministry said "
                 "Cairo was to blame. Diplomats said the talks would resume.",
                 check_entity_kinds({"ministry": None, "diplomats": None,
                                     "egypt-s-foreign-ministry": "organization",
                                     "ethiopia-s-foreign-ministry": "organization"})),
    article_case("ingest-possessive-title-then-name",
                 "'said Erdogan's spokesman, Ibrahim Kalin': Kalin speaks, not Erdogan",
                 "\"Ankara will not back the bid,\" said Erdogan's spokesman, Ibrahim Kalin. "
                 "\"We are not in a hurry,\" said Turkey's foreign minister, Mevlut Cavusoglu.",
                 check_statements({"Ankara will not back the bid": "ibrahim-kalin",
                                   "We are not in a hurry": "mevlut-cavusoglu"})),
    article_case("ingest-official-apposition-after-name",
                 "'Mahmoud Aziz Haddad, a senior Palestinian official, said … the official said': one person",
                 "Mahmoud Aziz Haddad, a senior Palestinian official, said the round had failed. "
                 "\"We will go to the Security Council,\" the official said.",
                 check_all(check_entity_kinds({"senior-palestinian-official": None}),
                           check_statements({"We will go to the Security Council":
                                             "mahmoud-aziz-haddad"}),
                           check_entity_roles({"mahmoud-aziz-haddad": [("Official", "palestine")]}))),
    article_case("ingest-bare-body-name-of-another-state",
                 "'the Philippine Congress', 'the Indian National Congress': not the US Congress",
                 "Negotiator Teresita Deles said the Philippine Congress must pass the law. "
                 "The Indian National Congress and the African National Congress welcomed it.",
                 check_entity_kinds({"us-congress": None, "united-states": None,
                                     "philippine-congress": "organization",
                                     "indian-national-congress": "organization",
                                     "african-national-congress": "organization"})),
    article_case("ingest-bare-body-name-after-first-word",
                 "'On Tuesday Congress passed …': still the US Congress",
                 "On Tuesday Congress passed the sanctions bill.",
                 check_entity_kinds({"us-congress": "organization"})),
    article_case("ingest-one-word-outlets",
                 "'Xinhua said', 'told Interfax': outlets, not people",
                 "Xinhua said the envoys would meet again. Serbian negotiator Marko Djuric told "
                 "Interfax the talks would resume.",
                 check_entity_kinds({"xinhua": "organization", "interfax": "organization"})),
    article_case("ingest-title-and-given-name-again",
                 "'Emir Sheikh Tamim bin Hamad al-Thani … Sheikh Tamim said': one person",
                 "Qatar's Emir Sheikh Tamim bin Hamad al-Thani received both delegations. "
                 "\"Both sides showed flexibility,\" Sheikh Tamim said.",
                 check_all(check_entity_kinds({"tamim": None}),
                           check_statements({"Both sides showed flexibility":
                                             "sheikh-tamim-bin-hamad-al-thani"}))),
    article_case("ingest-description-title-inside-role",
                 "'the rebel chief said': not the one whose role is 'Chief Negotiator'",
                 "Rebel leader Murad Ebrahim met chief negotiator Miriam Coronel-Ferrer. "
                 "\"We are ready,\" the rebel chief said.",
                 check_statements({"We are ready": None})),
    article_case("ingest-place-word-in-titled-name",
                 "'Foreign Minister Emilio Colombo said', 'Foreign Minister Israel Katz said': people",
                 "Italian Foreign Minister Emilio Colombo said Italy would help pay for "
                 "demobilisation. Israeli Foreign Minister Israel Katz said the talks had failed.",
                 check_all(check_entity_kinds({"sri-lanka": None, "emilio-colombo": "person",
                                               "israel-katz": "person", "emilio": None,
                                               "katz": None}),
                           check_statements({"Italy would help pay for demobilisation":
                                             "emilio-colombo"}))),
    article_case("ingest-official-after-name-unclosed",
                 "'attended by Yahya Farouk Salem, an Egyptian official said': two people",
                 "The round was attended by Yahya Farouk Salem, an Egyptian official said on Monday.",
                 check_all(check_entity_kinds({"egyptian-official": "person"}),
                           check_entity_roles({"yahya-farouk-salem": []}))),
    article_case("ingest-bare-body-name-modifiers",
                 "'the Republican Congress', 'Brazil's Congress', 'the Sudanese Congress Party'",
                 "The Republican Congress refused to raise the ceiling. Brazil's Congress weighed "
                 "the deal. Omar al-Digair, head of the Sudanese Congress Party, backed it.",
                 check_entity_kinds({"us-congress": "organization",
                                     "republican-congress": None, "sudanese-congress": None,
                                     "brazil-s-congress": "organization"})),
    article_case("ingest-outlet-names-of-several-words",
                 "'CBS News said', 'Channel 12 News said': outlets, no 'News'",
                 "Channel 12 News said the gaps had narrowed. CBS News said the envoys would "
                 "meet in Doha.",
                 check_all(check_entity_kinds({"news": None, "channel-12-news": "organization",
                                               "cbs-news": "organization"}),
                           check_statements({"the gaps had narrowed": "channel-12-news"}))),
    article_case("ingest-description-not-a-former-holder",
                 "'Former President Álvaro Uribe … The president said': the president in office",
                 "President Gustavo Petro met rebel negotiators on Monday. Former President "
                 "Álvaro Uribe criticised the meeting. The president said the talks would go on.",
                 check_statements({"the talks would go on": "gustavo-petro"})),
    weekday_case("ingest-weekday-of-a-future-subject",
                 "'said talks … on Thursday would focus' (published Wednesday): next Thursday",
                 "Officials said talks between Israel and Hamas in Cairo on Thursday would focus "
                 "on hostages.", dated=("2024-05-16",), undated=("2024-05-09",)),
    weekday_case("ingest-weekday-owning-the-talks",
                 "'Friday's talks in Geneva … ended' (published Wednesday): last Friday",
                 "Friday's talks in Geneva between Russia and the United States ended without a deal.",
                 dated=("2024-05-10",)),
    article_case("ingest-outlet-after-connective-or-given-name",
                 "'But Interfax said', 'Meanwhile Tass said', 'Ahmet Efe said': Interfax, Tass, a person",
                 "But Interfax said the talks had stalled. Meanwhile Tass said the delegations "
                 "would meet again. Ahmet Efe said Ankara backed the plan.",
                 check_entity_kinds({"interfax": "organization", "tass": "organization",
                                     "but-interfax": None, "meanwhile-tass": None,
                                     "ahmet-efe": "person"})),
    article_case("ingest-state-name-before-bare-body",
                 "'aid for Israel Congress approved': the US Congress",
                 "The military aid for Israel Congress approved in April arrived on Monday.",
                 check_entity_kinds({"us-congress": "organization", "israel-congress": None})),
    article_case("ingest-former-holder-back-in-office",
                 "'Former President Donald Trump was sworn in … The president said': Trump",
                 "Former President Donald Trump was sworn in on Monday as the 47th president. "
                 "The president said the talks with Hamas would go on.",
                 check_statements({"the talks with Hamas would go on": "donald-trump"})),
    article_case("ingest-apposition-title-of-another",
                 "'Carlos Ruiz, the former president's spokesman,': no President role",
                 "Carlos Ruiz, the former president's spokesman, said the talks were naive.",
                 check_entity_roles({"carlos-ruiz": []})),
    article_case("ingest-speaker-past-an-adverb",
                 "'The Egyptian Foreign Ministry later said': the ministry speaks",
                 "The Egyptian Foreign Ministry later said the talks would resume in Cairo.",
                 check_statements({"the talks would resume in Cairo": "egyptian-foreign-ministry"})),
    weekday_case("ingest-weekday-ahead-in-other-senses",
                 "'pushed ahead with talks … on Monday', 'ahead of schedule on Monday': last Monday",
                 "Israel pushed ahead with talks with Hamas in Doha on Monday. Talks between Egypt "
                 "and Sudan in Cairo finished ahead of schedule on Monday.", undated=("2024-05-20",)),
    weekday_case("ingest-weekday-of-a-relative-clause",
                 "'Talks … that opened in Doha on Monday will resume': last Monday",
                 "Talks between Israel and Hamas that opened in Doha on Monday will resume after "
                 "a break.", dated=("2024-05-13",), undated=("2024-05-20",)),
    weekday_case("ingest-weekday-owning-talks-said-would",
                 "'said Thursday's talks … would focus' and 'on Thursday and Friday would': next week",
                 "Officials said Thursday's talks between Israel and Hamas in Doha would focus on "
                 "hostages. Talks between Egypt and Sudan in Cairo on Thursday and Friday would "
                 "focus on water.", dated=("2024-05-16", "2024-05-16/2024-05-17"),
                 undated=("2024-05-09",)),
    article_case("ingest-outlet-no-side",
                 "'Interfax said talks in Istanbul would resume': Interfax is no side",
                 "Interfax said talks in Istanbul would resume on Monday.",
                 check_no_talk_party("interfax"), published="2024-05-15"),
    article_case("ingest-speaker-past-an-adverb-not-future-or-object",
                 "'Netanyahu will say', 'Blinken met Netanyahu then said': no Netanyahu statement",
                 "Critics fear Netanyahu will again say that the war must continue. Blinken met "
                 "Netanyahu then said the talks were useful.",
                 check_statements({"that the war must continue": None, "the war must continue": None,
                                   "the talks were useful": None})),
    article_case("ingest-outlet-after-overnight-and-kunya",
                 "'Overnight CBS News said', 'Umm Wafa said': CBS News, and a person",
                 "Overnight CBS News said the talks were useful. Umm Wafa said the talks in Cairo "
                 "were useless.",
                 check_entity_kinds({"cbs-news": "organization", "overnight-cbs-news": None,
                                     "umm-wafa": "person"})),
    article_case("ingest-owned-title-past-a-remit",
                 "'said Russia's ambassador to the UN, Vassily Nebenzia', 'said the Kremlin's "
                 "spokesman Dmitry Peskov', 'said Russia's former president, Dmitry Medvedev'",
                 "\"The West is not ready,\" said Russia's ambassador to the UN, Vassily Nebenzia. "
                 "\"We are patient,\" said the Kremlin's spokesman Dmitry Peskov. \"They will "
                 "regret it,\" said Russia's former president, Dmitry Medvedev.",
                 check_statements({"The West is not ready": "vassily-nebenzia",
                                   "We are patient": "dmitry-peskov",
                                   "They will regret it": "dmitry-medvedev"})),
    article_case("ingest-the-former-holder",
                 "'Former President Álvaro Uribe … The former president said': Uribe",
                 "President Gustavo Petro met rebel negotiators on Monday. Former President "
                 "Álvaro Uribe criticised the meeting. The former president said the government "
                 "was naive.",
                 check_statements({"the government was naive": "alvaro-uribe"})),
    article_case("ingest-former-title",
                 "'former President Álvaro Uribe': the role is 'former President'",
                 "Former President Álvaro Uribe said the deal was a betrayal. Ex-President "
                 "Andrés Pastrana said it was a start.",
                 check_entity_roles({"alvaro-uribe": [("former President", None)],
                                     "andres-pastrana": [("ex-President", None)]})),
    article_case("ingest-dateline-dates-article",
                 "'QUITO, June 3, 2024 (Example Wire) -' with no date line: published June 3, "
                 "and 'on Monday' is that day",
                 "QUITO, June 3, 2024 (Example Wire) - Ecuador and Peru held talks in Quito on "
                 "Monday.",
                 check_all(check_published("2024-06-03"), check_talk_dated("2024-06-03")),
                 published=None),
    article_case("ingest-dateline-without-year",
                 "'QUITO, June 3 (Example Wire) -' with no date line: no year, nothing dated",
                 "QUITO, June 3 (Example Wire) - Ecuador and Peru held talks in Quito on Monday.",
                 check_all(check_published(None), check_no_talk_dated("2")), published=None),
    article_case("ingest-participle-clause-ends-object",
                 "'denied responsibility for the blackouts, blaming Western sanctions': no stance "
                 "on sanctions; ', including a ceasefire' is still the object",
                 "Ecuador denied responsibility for the blackouts, blaming Western sanctions. Peru "
                 "accepted the plan, including a ceasefire.",
                 check_all(check_no_position("ecuador", issue="sanctions"),
                           check_position("peru", "accepts", "ceasefire"))),
    article_case("ingest-accept-nothing-less",
                 "'would accept nothing less than a complete ceasefire' demands it",
                 "Peru said it would accept nothing less than a complete ceasefire.",
                 check_position_instead(("peru", "demands", "ceasefire"),
                                        ("peru", "accepts", "ceasefire"))),
    article_case("ingest-both-leaders-after-speaker",
                 "'Ruiz said both leaders had agreed to a ceasefire': the talk's sides agreed",
                 "Ecuador and Peru held talks in Quito on Monday. The mediator, Ana Ruiz, said "
                 "both leaders had agreed to a ceasefire.",
                 check_all(check_position("ecuador", "accepts", "ceasefire"),
                           check_position("peru", "accepts", "ceasefire"),
                           check_no_position("ana-ruiz"))),
    article_case("ingest-pronoun-not-named-again",
                 "'Turkey would not reward Sweden and that it would not allow Sweden to join "
                 "NATO': 'it' is Turkey",
                 "Ankara said Turkey would not reward Sweden and that it would not allow Sweden "
                 "to join NATO before the election.",
                 check_position_instead(("turkey", "rejects", "nato-enlargement"),
                                        ("sweden", None, "nato-enlargement"))),
    article_case("ingest-agreed-that-no",
                 "'Both sides agreed that no further talks were needed': no stance on further talks",
                 "Ecuador and Peru held talks in Quito on Monday. Both sides agreed that no "
                 "further talks were needed.",
                 check_no_positions(("ecuador", "rejects", "continuing-talks"),
                                    ("ecuador", "accepts", "continuing-talks"))),
    article_case("ingest-possessive-noun-cue-no-object",
                 "'found Iran's demands baffling': no issue 'baffling'",
                 "Western diplomats found Iran's demands baffling.",
                 check_no_issue_labels(["baffling"])),
    article_case("ingest-office-title-name-after-verb",
                 "'said Russia's foreign ministry spokeswoman, Maria Zakharova': hers",
                 "\"We will not be rushed,\" said Russia's foreign ministry spokeswoman, Maria "
                 "Zakharova.",
                 check_statements({"We will not be rushed": "maria-zakharova"})),
    article_case("ingest-both-leaders-not-the-host",
                 "'Pashinyan and Aliyev met … in talks hosted by … Olaf Scholz. Both leaders "
                 "agreed': Armenia's and Azerbaijan's, not the host's",
                 "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
                 "met in Berlin on Tuesday in talks hosted by German Chancellor Olaf Scholz. Both "
                 "leaders agreed to a prisoner exchange.",
                 check_all(check_no_position("germany"),
                           check_positions(("armenia", "accepts", "prisoner-exchange"),
                                           ("azerbaijan", "accepts", "prisoner-exchange")))),
    article_case("ingest-both-leaders-paragraph-after",
                 "'Ecuador said both leaders agreed' in the paragraph after the talk: its sides",
                 "Ecuador and Peru held talks in Quito on Monday.\n\nEcuador said both leaders "
                 "agreed to a ceasefire.",
                 check_positions(("ecuador", "accepts", "ceasefire"), ("peru", "accepts", "ceasefire"))),
    article_case("ingest-participle-clause-or-list",
                 "', signalling its readiness for further talks' is a clause; 'opening the "
                 "border, restoring the railway and establishing relations' a list",
                 "Israel rejected the plan, signalling its readiness for further talks. Armenia "
                 "proposed opening the border, restoring the railway and establishing diplomatic "
                 "relations.",
                 check_all(check_no_position("israel", issue="continuing-talks"),
                           check_position("armenia", "proposes", "diplomatic-relations"))),
    article_case("ingest-participle-aside-after-cue",
                 "'Hamas rejected, citing the killing of its leader, the latest ceasefire "
                 "proposal': the proposal",
                 "Hamas rejected, citing the killing of its leader, the latest ceasefire proposal.",
                 check_position("hamas", "rejects", "ceasefire")),
    article_case("ingest-context-issue-meeting-or-reference",
                 "'agreed in a telephone call to meet again in Lima', 'Israel agreed to meet in "
                 "Cairo' accept no ceasefire named before; 'refused to accept the plan' rejects it",
                 "Ecuador and Peru held talks in Quito on Monday on a ceasefire. Both sides "
                 "agreed in a telephone call on Tuesday to meet again in Lima.\n\nEgypt proposed "
                 "a ceasefire. Israel agreed to meet in Cairo.\n\nQatar proposed a truce. Hamas "
                 "refused to accept the plan.",
                 check_all(check_position("hamas", "rejects", "ceasefire"),
                           *(check_no_position(side, "accepts", "ceasefire")
                             for side in ("ecuador", "peru", "israel")))),
    article_case("ingest-title-name-after-a-description",
                 "'said the Omani foreign ministry spokesman, Salim al-Harthi', 'said Jordan's "
                 "army spokesman, Yousef Haddad': theirs, not their states'",
                 "\"The gap is narrowing,\" said the Omani foreign ministry spokesman, Salim "
                 "al-Harthi. \"We will hold the line,\" said Jordan's army spokesman, Yousef Haddad.",
                 check_statements({"The gap is narrowing": "salim-al-harthi",
                                   "We will hold the line": "yousef-haddad"})),
    article_case("ingest-both-leaders-of-another-meeting",
                 "'Colombia said both leaders had agreed' after another meeting: not the sides "
                 "of the article's first talk",
                 "Ecuador and Peru held talks in Quito on Monday.\n\nOn Tuesday the Colombian "
                 "president received the Brazilian president.\n\nColombia said both leaders "
                 "had agreed to a ceasefire.",
                 check_all(*(check_no_position(side, issue="ceasefire") for side in ("ecuador", "peru")))),
    article_case("ingest-dateline-lookalike-sentence",
                 "'NATO, which met on June 3, 2024 - …' is a sentence, no dateline: undated",
                 "NATO, which met on June 3, 2024 - in Vilnius - held talks with Ukraine on "
                 "Monday.",
                 check_all(check_published(None), check_no_talk_dated("2")), published=None),
    article_case("ingest-last-weekday-on-that-weekday",
                 "'last Tuesday' written on a Tuesday: a week before",
                 "Peru and Chile held talks in Lima last Tuesday.",
                 check_all(check_talk_dated("2024-05-07"), check_no_talk_dated("2024-05-14")),
                 published="2024-05-14"),
    article_case("ingest-participle-asides-and-gerund-items",
                 "', following the collapse of the truce,' and ', lifting of sanctions and' "
                 "still reach the object",
                 "Israel demanded, following the collapse of the truce, the release of all "
                 "hostages. Russia demanded the recognition of its annexations, lifting of "
                 "sanctions and Ukrainian neutrality.",
                 check_positions(("israel", "demands", "hostages"), ("russia", "demands", "sanctions"))),
    article_case("ingest-context-issue-for-a-pronoun-act",
                 "'Israel refused to consider it' after a proposal: it is the proposal's issue",
                 "Qatar proposed a ceasefire. Israel refused to consider it.",
                 check_position("israel", "rejects", "ceasefire")),
    article_case("ingest-pronoun-named-deeper-in-its-clause",
                 "'China said … and that it opposed any move to separate Taiwan from China': "
                 "China's",
                 "China said the visit was a provocation and that it opposed any move to "
                 "separate Taiwan from China.",
                 check_position("china", "opposes", "separate-taiwan")),
    article_case("ingest-possessive-noun-cue-concerning",
                 "'Kosovo's demands concerning the association of Serb municipalities': "
                 "an issue, labelled without 'concerning'",
                 "Kosovo's demands concerning the association of Serb municipalities were "
                 "rejected by Belgrade.",
                 check_position("kosovo", "demands", "association-of-serb-municipalities")),
    # Stop 44: conventions two testers found in 48 articles of their own.
    article_case("ingest-rejected-accusations-denied",
                 "'rejected Bolivian accusations that its navy was behind the blockade': a denial, "
                 "of the blockade",
                 "Chile rejected Bolivian accusations that its navy was behind the blockade.",
                 check_position_instead(("chile", "denies", "blockade"), ("chile", "rejects"))),
    article_case("ingest-request-rejected-is-what-it-asks",
                 "'turned down Egypt's request to delay the filling': what the request asks",
                 "Sudan turned down Egypt's request to delay the filling of the reservoir.",
                 check_position("sudan", "rejects", "delay-the-filling-of-the-reservoir")),
    article_case("ingest-day-and-month-past-tense",
                 "'met in Astana on July 7' published in March: last July, not this one",
                 "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif "
                 "met in Astana on July 7.",
                 check_all(check_talk_dated("2020-07-07"), check_no_talk_dated("2021-07")),
                 published="2021-03-10"),
    article_case("ingest-conference-is-a-meeting",
                 "'The Andean peace conference opened in Quito on Monday': a talk",
                 "The Andean peace conference opened in Quito on Monday with delegations from "
                 "Chile, Peru and Bolivia.",
                 check_talk_on("quito", "2024-03-11")),
    article_case("ingest-resort-of-a-town",
                 "'in the Red Sea resort of Sharm el-Sheikh': the resort, not the sea",
                 "Egypt and Israel held talks in the Red Sea resort of Sharm el-Sheikh on Monday.",
                 check_talk_instead("sharm-el-sheikh", "red-sea")),
    article_case("ingest-town-names-the-talks",
                 "'The Geneva talks between …' are in Geneva; 'the Gaza talks' are not in Gaza",
                 "The Geneva talks between Russia and the United States on Monday ended without "
                 "agreement. Israel and Hamas resumed the Gaza talks on Tuesday.",
                 check_talk_instead("geneva", "gaza-strip")),
    article_case("ingest-two-leaders-of-the-sentence-before",
                 "'Vucic and Kurti traded accusations … The two leaders … met in Brussels': "
                 "Serbia and Kosovo, not the article's first talk's sides",
                 "Chile and Peru met in Lima on Monday.\n\nSerbian President Aleksandar Vucic "
                 "and Kosovo Prime Minister Albin Kurti traded accusations on Tuesday. The two "
                 "leaders had failed to agree when they met in Brussels on March 7.",
                 check_talk_parties(["kosovo", "serbia"])),
    article_case("ingest-ambassador-to-a-state",
                 "'The U.S. ambassador to Israel, Tom Nides, met … Abbas': the US's, Israel no side",
                 "The U.S. ambassador to Israel, Tom Nides, met Palestinian President Mahmoud "
                 "Abbas in Ramallah on Wednesday.",
                 check_all(check_no_talk_party("israel"),
                           check_entity_roles({"tom-nides": [("Ambassador", "united-states")]}))),
    article_case("ingest-host-named-no-host-state",
                 "'von der Leyen received Sunak in Brussels': Belgium is no side",
                 "European Commission President Ursula von der Leyen received British Prime "
                 "Minister Rishi Sunak in Brussels on Thursday.",
                 check_all(check_talk_at("brussels"), check_no_talk_party("belgium"))),
    article_case("ingest-this-morning",
                 "'spoke by telephone this morning': the publication day",
                 "British Prime Minister Tony Blair spoke by telephone this morning with Irish "
                 "Prime Minister Bertie Ahern.",
                 check_talk_dated("1998-04-10"), published="1998-04-10"),
    article_case("ingest-state-venue-of-a-month",
                 "'met secretly in Norway in August': a talk in Norway that month",
                 "Israeli and Palestinian negotiators met secretly in Norway in August.",
                 check_talk_dated("1993-08"), published="1993-09-01"),
    article_case("ingest-host-building-is-the-days-talk",
                 "'met in Istanbul on Saturday. Erdogan hosted … at the Vahdettin Pavilion': one "
                 "talk, in the pavilion",
                 "The leaders of Turkey, Russia, France and Germany met in Istanbul on Saturday. "
                 "Recep Tayyip Erdogan hosted Vladimir Putin, Emmanuel Macron and Angela Merkel "
                 "at the Vahdettin Pavilion.",
                 check_talk_venues(["vahdettin-pavilion"]), published="2018-10-28"),
    article_case("ingest-ledes-meeting-takes-its-day",
                 "'agreed on Monday …', then 'hosted … at the Elysee Palace for eight hours of "
                 "talks': the lede's day",
                 "PARIS, Dec 9 (Wire) - The leaders of Russia, Ukraine, France and Germany agreed "
                 "on Monday to a full ceasefire. French President Emmanuel Macron and German Chancellor Angela Merkel "
                 "hosted Vladimir Putin and Volodymyr Zelenskiy at the Elysee Palace for eight "
                 "hours of talks.",
                 check_talk_dated("2019-12-09"), published="2019-12-09"),
    article_case("ingest-sidelines-with-no-place",
                 "'met on the sidelines of the summit on Monday': a meeting that day",
                 "Joe Biden and Xi Jinping met on the sidelines of the summit on Monday.",
                 check_talk_dated("2022-11-14"), published="2022-11-15"),
    article_case("ingest-transcript-speaker-met",
                 "'SECRETARY BLINKEN: … I met Chinese Foreign Minister Qin Gang here in Beijing': "
                 "the speaker's side met China",
                 "Secretary of State Antony Blinken spoke to reporters in Beijing on Monday.\n\n"
                 "SECRETARY BLINKEN: Good evening. This morning I met Chinese Foreign Minister Qin "
                 "Gang here in Beijing.",
                 check_talk_parties(["china", "united-states"]), published="2023-06-19"),
    article_case("ingest-palais-is-a-building",
                 "'met at the Palais Coburg on Friday': a talk in the palace",
                 "Iranian and American negotiators met at the Palais Coburg on Friday.",
                 check_talk_at("palais-coburg")),
    Case("ingest-undated-talk-of-other-sides", "Ingest",
         "an undated talk in Berlin between other sides: not Macron's dated visit to Scholz there",
         ("ingest", "a.txt", "b.txt", "-o", "draft.json"), 0, outputs=("draft.json",),
         files={"a.txt": "Macron in Berlin\nPublished: 2023-04-14\n\nEmmanuel Macron travelled to "
                         "Berlin on Wednesday for talks with Olaf Scholz.",
                "b.txt": "Grain talks\nPublished: 2023-09-20\n\nPolish and Ukrainian officials held "
                         "talks in Berlin over grain exports."},
         check=check_all(check_talk_parties(["france", "germany"]),
                         check_talk_parties(["poland", "ukraine"]))),
    # Stop 44's reviewer's finds in those rules, and one of its golden diffs.
    article_case("ingest-last-met-elsewhere-undated",
                 "'WOODSIDE … met on Wednesday. The two leaders last met in Bali': Bali is an "
                 "older meeting, not the lede's day",
                 "WOODSIDE, Calif., Nov 15 (Wire) - American President Joe Biden met Chinese "
                 "President Xi Jinping in Woodside on Wednesday.\n\nThe two leaders last met in "
                 "Bali, on the sidelines of the G20 summit.",
                 check_undated_at("bali"), published="2023-11-16"),
    article_case("ingest-they-after-an-attribution",
                 "'… met in Cairo on Wednesday, Egyptian officials said. They will meet again in "
                 "Doha': Israel and Hamas, not Egypt",
                 "Israeli and Hamas negotiators met in Cairo on Wednesday, Egyptian officials "
                 "said. They will meet again in Doha on January 20.",
                 check_no_talk_party("egypt"), published="2024-01-05"),
    article_case("ingest-party-conference-no-talk",
                 "'told the Labour Party conference in Liverpool on Tuesday': no talk",
                 "British Prime Minister Keir Starmer told the Labour Party conference in "
                 "Liverpool on Tuesday that Britain would stand with Ukraine against Russia.",
                 check_no_talks, published="2024-09-25"),
    article_case("ingest-palais-des-nations-whole",
                 "'at the Palais des Nations in Geneva': the whole name, never a bare 'Palais'",
                 "Russian and American diplomats met at the Palais des Nations in Geneva on "
                 "Tuesday.",
                 check_talk_instead("palais-des-nations", "palais")),
    article_case("ingest-claims-over-a-shelf-rejected",
                 "'rejected Turkey's claims over the continental shelf': a claim to a right, "
                 "rejected, not denied",
                 "Greece rejected Turkey's claims over the continental shelf in the Aegean.",
                 check_no_position("greece", "denies")),
    article_case("ingest-had-met-in-a-building-apart",
                 "'had previously met at the Dolmabahce Palace' after Friday's talks: an older "
                 "meeting, not Friday's",
                 "Russian and Ukrainian delegations met in Istanbul on Friday.\n\nRussian and "
                 "Ukrainian negotiators had previously met at the Dolmabahce Palace, before the "
                 "talks collapsed.",
                 check_talk_at("istanbul"), published="2024-05-10"),
    article_case("ingest-port-city-of-a-sea",
                 "'in the Black Sea port city of Odesa': a talk in Odesa",
                 "Ukrainian President Volodymyr Zelensky met Greek Prime Minister Kyriakos "
                 "Mitsotakis in the Black Sea port city of Odesa on Tuesday.",
                 check_talk_at("odesa"), published="2023-10-10"),
    article_case("ingest-visitor-carrying-own-sides-letter",
                 "'visited the White House on June 1 carrying a letter from the North Korean "
                 "leader': the United States hosted",
                 "North Korean official Kim Yong Chol visited the White House on June 1 carrying a "
                 "letter from North Korean leader Kim Jong Un.",
                 check_talk_parties(["north-korea", "united-states"]), published="2018-06-13"),
    # Stop 44's second reviewer's finds in the fixes.
    article_case("ingest-they-after-a-host-and-guest",
                 "'Xi Jinping hosted Brazil's President Lula on Friday. They met in Beijing': "
                 "China and Brazil",
                 "Chinese President Xi Jinping hosted Brazil's President Lula on Friday. They met "
                 "in Beijing on April 14.",
                 check_talk_parties(["brazil", "china"]), published="2024-05-10"),
    article_case("ingest-chancellery-alone-a-building",
                 "'met at the Chancellery on March 4': a talk there",
                 "German and Polish ministers met at the Chancellery on March 4.",
                 check_talk_at("chancellery"), published="2024-05-10"),
    article_case("ingest-accusations-on-a-day-denied",
                 "'dismissed Armenia's accusations on Tuesday': denied, not a rejected issue "
                 "'accusations'",
                 "Azerbaijan dismissed Armenia's accusations on Tuesday.",
                 check_no_position("azerbaijan", "rejects"), published="2024-05-10"),
]

BULK = [
    Case("bulk-one-bad-file", "Bulk", "one malformed file in a batch: reported, the others written",
         ("export", "in", "-t", "json", "--out-dir", "out"), 1, (r"re:in/b\.json:1:\d+:", "2 of 3", "in/b.json"),
         files={"in/a.json": MINIMAL, "in/b.json": '{"parley":', "in/sub/c.json": MINIMAL}, partial_ok=True,
         check=check_batch_one_bad),
    Case("bulk-symlink-loops", "Bulk", "a folder with a link to its parent and two links to each other",
         ("export", "in", "-t", "json", "--out-dir", "out"), (0, 3),
         files={"in/a.json": MINIMAL, "in/sub/c.json": MINIMAL, "in/sub/loop": Link(".."),
                "in/l1.json": Link("l2.json"), "in/l2.json": Link("l1.json")}, partial_ok=True,
         check=check_symlink_loop),
    Case("bulk-3000-files", "Bulk", "3,000 tiny files: bounded time", ("export", "many", "-t", "json", "--out-dir", "out", "-q"),
         0, files=many_files, check=check_many(3000)),
    Case("bulk-unreadable-file", "Bulk", "an unreadable file in a batch: exit 3, the others written",
         ("export", "in", "-t", "json", "--out-dir", "out"), 3, ("in/b.json", "permission"),
         files={"in/a.json": MINIMAL, "in/b.json": Mode(MINIMAL, 0o000)}, wrap="no-dac", partial_ok=True,
         check=check_unreadable_batch),
    Case("bulk-fifo-in-directory", "Bulk", "a FIFO named p.json in a batch: no hang",
         ("export", "in", "-t", "json", "--out-dir", "out"), (0, 3),
         files={"in/a.json": MINIMAL, "in/p.json": Fifo()}, partial_ok=True, max_seconds=10,
         check=check_fifo_batch),
    Case("bulk-out-dir-is-input-dir", "Bulk", "--out-dir the input folder: nothing overwritten, nothing read twice",
         ("export", "in", "-t", "json", "--out-dir", "in"), 0, files={"in/a.json": MINIMAL},
         check=check_outdir_inside),
    Case("bulk-jsonl-bad-lines", "Bulk", "JSON Lines with a 10^5-deep line and a malformed one: the rest go on",
         ("export", "-f", "jsonl", "-t", "json"), 1, (),
         stdin=(MINIMAL + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + MINIMAL[:-1] + "\n" + MINIMAL + "\n").encode(),
         check=check_jsonl),
]

STDIN = [
    Case("stdin-zero-json", "Standard input", "-f json < /dev/zero: a limit, not a hang",
         ("export", "-", "-f", "json", "-t", "json"), (1, 3), (ENDLESS,), stdin="/dev/zero", max_seconds=10),
    Case("stdin-zero-yaml", "Standard input", "-f yaml < /dev/zero", ("export", "-", "-f", "yaml", "-t", "json"),
         (1, 3), (ENDLESS,), stdin="/dev/zero", max_seconds=10),
    Case("stdin-zero-jsonl", "Standard input", "-f jsonl < /dev/zero: one endless line",
         ("export", "-f", "jsonl", "-t", "json"), (1, 3), (ENDLESS,), stdin="/dev/zero", max_seconds=10),
    Case("stdin-zero-xml", "Standard input", "-f xml < /dev/zero", ("export", "-", "-f", "xml", "-t", "json"),
         (1, 3), (ENDLESS,), stdin="/dev/zero", max_seconds=10),
    Case("stdin-zero-ingest", "Standard input", "ingest - < /dev/zero", ("ingest", "-", "-o", "draft.json"),
         (1, 3), (ENDLESS,), stdin="/dev/zero", max_seconds=10),
    Case("stdin-over-input-limit", "Standard input", "standard input past --max-input-bytes",
         ("export", "-", "-f", "json", "-t", "json", "--max-input-bytes", "64K"), (3,),
         (LIMIT, "standard input"), stdin=b"{" + b" " * 200_000 + b"}"),
    Case("stdin-jsonl-line-over-limit", "Standard input", "a JSON Lines line past --max-line-bytes",
         ("export", "-f", "jsonl", "-t", "json", "--max-line-bytes", "64K"), (3,),
         (LIMIT, "line 1"), stdin=b'{"id": "' + b"x" * 200_000 + b'"}\n'),
    Case("validate-file-over-input-limit", "Standard input", "a file past --max-input-bytes is refused unread",
         ("validate", "-f", "json", "-", "--max-input-bytes", "1K"), (3,),
         (LIMIT,), stdin=b"{" + b" " * 5000 + b"}"),
]

# --- TOOLKIT: select, merge, diff, filters, validate DIR, -t all, eval --details ---------
# docs/toolkit.md and README "Exit codes": 0 ok, 1 invalid input / merge conflict,
# 2 usage (also a selection naming nothing), 3 I/O, 4 plugin or filter failure;
# diff: 0 same, 1 differ, 2 error.

import functools
import re
import subprocess
import sys
from pathlib import Path

from hostile_run import RAW_CONTROL_RE

TK_REPO = Path(__file__).resolve().parents[3]
TK_SAMPLE = TK_REPO / "samples" / "security-talks-2022.parley.yaml"
TK_GENERATOR = TK_REPO / "Benchmarks" / "generate.py"

# A small dossier with actors, an issue, dated and undated positions.
TK_DOSSIER = json.dumps({
    "parley": "1.0", "id": "tk", "title": "Toolkit",
    "entities": [{"id": "russia", "kind": "state", "name": "Russia"},
                 {"id": "united-states", "kind": "state", "name": "United States", "aliases": ["USA"]}],
    "issues": [{"id": "nato", "label": "NATO enlargement"}],
    "positions": [
        {"id": "p1", "holder": "russia", "issue": "nato", "stance": "demands", "date": "2022-01-10"},
        {"id": "p2", "holder": "united-states", "issue": "nato", "stance": "rejects", "date": "2022-01-12"},
        {"id": "p3", "holder": "russia", "issue": "nato", "stance": "warns"},
    ],
}, indent=2)

# Two inputs whose position "p" conflicts on its stance.
TK_CONFLICT_A = ('{"parley":"1.0","id":"a","title":"A","entities":[{"id":"x","kind":"state","name":"X"}],'
                 '"issues":[{"id":"i","label":"I"}],'
                 '"positions":[{"id":"p","holder":"x","issue":"i","stance":"rejects"}]}')
TK_CONFLICT_B = TK_CONFLICT_A.replace('"rejects"', '"opposes"').replace('"id":"a","title":"A"',
                                                                        '"id":"b","title":"B"')
OLD_OUTPUT = "an earlier output that a failed run must not touch\n"


def lean_dossier(records, change=None):
    """A valid dossier of `records` records: 1,000 states, 20 issues and
    small dated positions (about 85 bytes a record); `change` turns that
    position's stance into "supports"."""
    def make():
        stances = ["demands", "rejects", "accepts", "opposes"]
        positions = [{"id": f"p{i}", "holder": f"e{i % 1000}", "issue": f"i{i % 20}", "stance": stances[i % 4],
                      "date": f"20{10 + i % 12}-0{1 + i % 9}-1{i % 10}"} for i in range(records - 1020)]
        if change is not None:
            positions[change]["stance"] = "supports"
        return json.dumps({"parley": "1.0", "id": "big", "title": "Big",
                           "entities": [{"id": f"e{i}", "kind": "state", "name": f"State {i}"} for i in range(1000)],
                           "issues": [{"id": f"i{i}", "label": f"Issue {i}"} for i in range(20)],
                           "positions": positions}, separators=(",", ":"))
    return make


def generated_dossier(records):
    """A realistic dossier from Benchmarks/generate.py (statements with text,
    provenance, every EDTF form)."""
    def make():
        import tempfile
        with tempfile.TemporaryDirectory(prefix="parley-tk-gen-") as folder:
            path = Path(folder) / "g.json"
            subprocess.run([sys.executable, str(TK_GENERATOR), "--records", str(records), "-o", str(path)],
                           capture_output=True, check=True, timeout=120)
            return path.read_bytes()
    return make


def tk_parley():
    from conftest import require_parley
    return str(require_parley())


@functools.lru_cache(maxsize=1)
def sample_canonical_json() -> bytes:
    """`parley export SAMPLE -t json`: the canonical JSON of the sample."""
    done = subprocess.run([tk_parley(), "export", str(TK_SAMPLE), "-t", "json"], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done.stdout


def sample_copies(count):
    def make():
        data = sample_canonical_json()
        return {f"copies/c{i:03}.json": data for i in range(1, count + 1)}
    return make


def check_out_equals_sample(ctx, result):
    out = ctx.work / "out.json"
    if not out.is_file():
        return ["out.json was not written"]
    return [] if out.read_bytes() == sample_canonical_json() else \
        ["the merge of identical copies differs from the input's canonical JSON (export -t json)"]


def check_out_field(field, expected):
    def check(ctx, result):
        doc = json_output(ctx)
        got = None if doc is None else doc.get(field)
        return [] if got == expected else [f"out.json's {field} is {got!r}, expected {expected!r}"]
    return check


def check_out_equals_input(name):
    def check(ctx, result):
        doc, source = json_output(ctx), json.loads((ctx.work / name).read_text("utf-8"))
        return [] if doc == source else ["out.json is not the input unchanged"]
    return check


def check_filter_output_kept(ctx, result):
    """The filter's own dossier (position 7 "supports") came through whole."""
    positions = (json_output(ctx) or {}).get("positions", [])
    return [] if len(positions) == 48_980 and positions[7].get("stance") == "supports" else \
        ["out.json is not the dossier the filter wrote"]


def check_selected_actor(ctx, result):
    """--actor "State 7" on lean_dossier(200_000): its 199 positions and e7 alone."""
    doc = json_output(ctx) or {}
    positions = doc.get("positions", [])
    problems = []
    if len(positions) != 199 or any(p.get("holder") != "e7" for p in positions):
        problems.append(f"{len(positions)} positions kept, expected the 199 of e7")
    if [e.get("id") for e in doc.get("entities", [])] != ["e7"]:
        problems.append("entities other than e7 kept (or e7 dropped)")
    return problems


def check_pid_files_then_gone(*names):
    """The processes whose ids were written to AUX/NAME existed and are gone."""
    gone = check_pids_gone(*names)

    def check(ctx, result):
        missing = [n for n in names if not (ctx.aux / n).is_file()]
        if missing:
            return [f"the filter never started the process of {missing[0]}: the case proves nothing"]
        return gone(ctx, result)
    return check


def check_grandchild(ctx, result):
    """The filter's grandchild (a session of its own, holding the filter's
    standard output) is parley's to ignore, not to wait for; kill it here."""
    from hostile_run import kill_quietly
    problems = check_out_field("id", "x")(ctx, result)
    pid_file = ctx.aux / "grandchild.pid"
    if pid_file.is_file():
        kill_quietly(int(pid_file.read_text().strip() or 0))
    else:
        problems.append("the filter's grandchild never started: the case proves nothing")
    return problems


def check_no_raw_control_on_stdout(ctx, result):
    match = RAW_CONTROL_RE.search(result.stdout)
    if match:
        at = match.start()
        return [f"raw control character {result.stdout[at:at + 1]!r} on stdout: "
                f"{result.stdout[max(0, at - 30):at + 30]!r}"]
    return []


def check_no_forged_line(prefix, where=("stdout", "stderr")):
    """No line of the output starts with `prefix`: a name's newline printed
    raw forges a line of its own."""
    def check(ctx, result):
        problems = []
        for stream in where:
            text = result.out if stream == "stdout" else result.err
            if re.search(rf"^{re.escape(prefix)}", text, re.MULTILINE):
                problems.append(f"a line of {stream} starts with {prefix!r}: a newline in a name or command is printed raw")
        return problems
    return check


def all_of(*checks):
    def check(ctx, result):
        return [p for one in checks for p in one(ctx, result)]
    return check


def check_diff_moved_names(ctx, result):
    return check_no_raw_control_on_stdout(ctx, result) + check_no_forged_line("moved: fake", ("stdout",))(ctx, result)


def check_diff_big(ctx, result):
    return [] if ("p50000" in result.out and '"supports"' in result.out) else \
        ["the diff does not name p50000 and its new stance"]


def check_diff_json_closed_pipe(ctx, result):
    """`parley diff --json A B | head -c 10`: the reader goes away after 10
    bytes of a ~1 MB report; parley ends quietly (SIGPIPE, 141), nothing on
    standard error."""
    proc = subprocess.Popen([tk_parley(), "diff", "--json", "a.json", "b.json"], cwd=ctx.work,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()
    try:
        err = proc.stderr.read()
        code = proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return ["parley diff --json still runs 20 s after its reader went away"]
    problems = []
    if code not in (141, -13):
        problems.append(f"exit code {code} after the reader closed the pipe, expected 141 (SIGPIPE)")
    if err.strip():
        problems.append(f"not quiet: {err.decode('utf-8', 'replace').strip()[:200]!r}")
    return problems


def check_references_resolve(ctx, result):
    """The merged dossier: every entity reference names a merged entity, the
    reconciled ids are gone, and parley validate accepts it."""
    doc = json_output(ctx)
    if doc is None:
        return ["out.json was not written"]
    ids = {e["id"] for e in doc.get("entities", [])}
    refs = []
    for e in doc.get("entities", []):
        refs += [e.get("country")] + [r.get("of") for r in e.get("roles", [])]
    for t in doc.get("talks", []):
        refs += t.get("parties", []) + [p.get("entity") for p in t.get("participants", [])] + \
            [p.get("party") for p in t.get("participants", [])]
    for p in doc.get("positions", []):
        refs.append(p.get("holder"))
    for e in doc.get("events", []):
        refs += e.get("actors", []) + e.get("targets", [])
    for r in doc.get("relations", []):
        refs += [r.get("from"), r.get("to")]
    problems = [f"reference to unknown entity {r!r}" for r in sorted({r for r in refs if r} - ids)]
    left = sorted(ids & {"us", "amerika"})
    if left:
        problems.append(f"reconciled entities still there: {left}")
    done = subprocess.run([tk_parley(), "validate", "out.json"], cwd=ctx.work, capture_output=True, timeout=30)
    if done.returncode != 0:
        problems.append(f"parley validate rejects the merge: {done.stderr.decode('utf-8', 'replace')[:200]}")
    return problems


def check_validate_json_names(names):
    def check(ctx, result):
        try:
            report = json.loads(result.stdout)
        except ValueError as error:
            return [f"--json output is not JSON: {error}"]
        got = sorted(f.get("input", "") for f in report.get("files", []))
        problems = [] if got == sorted(names) else [f"inputs reported {got!r}, expected {sorted(names)!r}"]
        return problems + check_no_raw_control_on_stdout(ctx, result)
    return check


def check_validate_fifo(ctx, result):
    problems = []
    if "in/a.json" not in result.out + result.err:
        problems.append("in/a.json was not reported")
    if result.returncode != 0 and "p.json" not in result.err:
        problems.append("a non-zero exit without naming the FIFO")
    return problems


TK_CHAIN_A = json.dumps({
    "parley": "1.0", "id": "a", "title": "A",
    "entities": [{"id": "usa", "kind": "state", "name": "USA"},
                 {"id": "united-states", "kind": "state", "name": "United States", "aliases": ["U.S.A."]}],
    "issues": [{"id": "i", "label": "I"}],
    "positions": [{"id": "pa", "holder": "usa", "issue": "i", "stance": "rejects"}]})
TK_CHAIN_B = json.dumps({
    "parley": "1.0", "id": "b", "title": "B",
    "entities": [{"id": "us", "kind": "state", "name": "US", "aliases": ["USA", "United States"]},
                 {"id": "amerika", "kind": "state", "name": "U.S.A", "aliases": ["US"]},
                 {"id": "biden", "kind": "person", "name": "Joe Biden", "country": "us",
                  "roles": [{"title": "President", "of": "amerika"}]}],
    "issues": [{"id": "i", "label": "I"}],
    "talks": [{"id": "t", "name": "T", "kind": "bilateral", "parties": ["us", "amerika"],
               "participants": [{"entity": "biden", "party": "us"}]}],
    "events": [{"id": "e", "kind": "meeting", "title": "E", "actors": ["us"], "targets": ["amerika"]}],
    "relations": [{"id": "r1", "kind": "part-of", "from": "us", "to": "amerika"}],
    "positions": [{"id": "pb", "holder": "us", "issue": "i", "stance": "accepts"},
                  {"id": "pc", "holder": "amerika", "issue": "i", "stance": "opposes"}]})


def tk_moved(stance):
    """A dossier whose one holder's name carries OSC, ESC, CR and a newline
    followed by a forged "moved:" line."""
    return json.dumps({
        "parley": "1.0", "id": "x", "title": "T",
        "entities": [{"id": "a", "kind": "state", "name": "Evil\x1b]0;pwned\x07\x1b[2J\r\nmoved: fake"}],
        "issues": [{"id": "i", "label": "Issue\x1b[31m red"}],
        "positions": [{"id": "p1", "holder": "a", "issue": "i", "stance": stance, "date": "2022-01-01"}]})


def tk_named(entity_id, doc_id):
    return json.dumps({"parley": "1.0", "id": doc_id, "title": "T",
                       "entities": [{"id": entity_id, "kind": "state", "name": "Evil\x1b[2J\nforged line"}]})


GRANDCHILD_FILTER = (
    "#!/bin/sh\n"
    "# passes the dossier through, then leaves a grandchild in a session of its own\n"
    "# that holds standard output open for 20 s, and exits 0\n"
    "cat\n"
    "setsid sh -c 'echo $$ > \"{AUX}/grandchild.tmp\"; mv \"{AUX}/grandchild.tmp\" \"{AUX}/grandchild.pid\"; exec sleep 20' &\n"
    "while [ ! -f \"{AUX}/grandchild.pid\" ]; do sleep 0.01; done\n"
    "exit 0\n"
)
TERM_PROOF_FILTER = ('trap "" TERM; echo $$ > "{AUX}/filter.pid"; cat >/dev/null; '
                     'sleep 30 & echo $! > "{AUX}/child.pid"; wait; wait')
NESTED_FILTER = ("\"$PARLEY_EXECUTABLE\" export - -f json -t json "
                 "--filter 'echo $$ > \"{AUX}/inner.pid\"; exec sleep 30'")
SELECT_JSON = ("-o", "out.json")


def filter_timeout_case(cid, command, value):
    return Case(cid, "TOOLKIT", f"{command} --filter-timeout {value}: the option and its valid range",
                (command, "m.json", *(("m.json",) if command == "merge" else ()), "-o", "out.json",
                 "--filter", "cat", "--filter-timeout", value), 2, ("--filter-timeout", RANGE),
                absent=("missing value",), files={"m.json": MINIMAL})


TOOLKIT = [
    # --- filters ------------------------------------------------------------------------
    Case("toolkit-filter-missing-command", "TOOLKIT", "--filter naming no program: exit 4 naming it, old output kept",
         ("export", "m.json", *EXPORT_JSON, "--filter", "no-such-filter-xyz"), 4,
         ("no-such-filter-xyz", r"re:not found|no such|127"),
         files={"m.json": MINIMAL, "out.json": OLD_OUTPUT}),
    Case("toolkit-filter-grandchild-holds-stdout", "TOOLKIT",
         "a filter whose grandchild (own session) keeps its stdout open, filter exits 0: no hang",
         ("export", "m.json", *EXPORT_JSON, "--filter", "./gc.sh"), 0, outputs=("out.json",), max_seconds=10,
         files={"m.json": MINIMAL, "gc.sh": Exe(GRANDCHILD_FILTER)}, check=check_grandchild),
    Case("toolkit-filter-2gb-output", "TOOLKIT",
         "a filter writing 2 GB with --max-input-bytes 10M: exit 4 naming the limit's option, bounded",
         ("export", "m.json", *EXPORT_JSON, "--max-input-bytes", "10M",
          "--filter", "cat >/dev/null; head -c 2000000000 /dev/zero | tr '\\0' ' '"), 4,
         ("filter", "--max-input-bytes"), files={"m.json": MINIMAL, "out.json": OLD_OUTPUT}),
    Case("toolkit-filter-binary-output", "TOOLKIT", "a filter writing PNG bytes and NULs: exit 4, not a dossier",
         ("export", "m.json", *EXPORT_JSON, "--filter", "cat >/dev/null; printf '\\211PNG\\r\\n\\032\\n\\0\\0\\0\\rIHDR\\377'"),
         4, ("filter", r"re:not a valid dossier|not JSON|UTF-8"), files={"m.json": MINIMAL}),
    Case("toolkit-filter-invalid-utf8", "TOOLKIT", "a filter writing JSON with a Latin-1 byte: exit 4, UTF-8, the place",
         ("export", "m.json", *EXPORT_JSON, "--filter",
          "cat >/dev/null; printf '{\"parley\":\"1.0\",\"id\":\"x\",\"title\":\"caf\\351\"}'"), 4,
         ("UTF-8", r"re:filter:1:\d+"), files={"m.json": MINIMAL}),
    Case("toolkit-filter-other-id", "TOOLKIT", "a filter returning a pretty dossier with another id: it is a dossier",
         ("export", "m.json", *EXPORT_JSON, "--filter", "cat >/dev/null; cat other.json"), 0, outputs=("out.json",),
         files={"m.json": MINIMAL, "other.json": json.dumps({"parley": "1.0", "id": "other", "title": "O"}, indent=4)},
         check=check_out_field("id", "other")),
    Case("toolkit-filter-closes-stdin", "TOOLKIT",
         "a filter that closes stdin at once on a 4 MB input and writes a dossier (spec silent): no SIGPIPE death",
         ("export", "big.json", *EXPORT_JSON, "--filter", "exec 0<&-; cat small.json"), 0, outputs=("out.json",),
         files={"big.json": lean_dossier(50_000), "small.json": MINIMAL.replace('"x"', '"small"')},
         check=check_out_field("id", "small")),
    Case("toolkit-filter-writes-before-reading", "TOOLKIT",
         "4 MB in, a filter that writes 4 MB before it reads: no pipe deadlock",
         ("export", "big.json", *EXPORT_JSON, "--filter", "cat other.json; cat >/dev/null"), 0,
         outputs=("out.json",), files={"big.json": lean_dossier(50_000), "other.json": lean_dossier(50_000, change=7)},
         check=check_filter_output_kept),
    Case("toolkit-filter-ignores-sigterm", "TOOLKIT",
         "--filter-timeout 1 on a filter that ignores SIGTERM, with a child: both killed, exit 4, bounded",
         ("export", "m.json", *EXPORT_JSON, "--filter-timeout", "1", "--filter", TERM_PROOF_FILTER), 4,
         ("filter", r"re:did not finish|timed out|time"), max_seconds=6, files={"m.json": MINIMAL},
         check=check_pid_files_then_gone("filter.pid", "child.pid")),
    Case("toolkit-filter-nested-parley-timeout", "TOOLKIT",
         "a filter running $PARLEY_EXECUTABLE with a sleeping filter of its own, --filter-timeout 1: nothing survives",
         ("export", "m.json", *EXPORT_JSON, "--filter-timeout", "1", "--filter", NESTED_FILTER), 4,
         ("filter", r"re:did not finish|timed out|time"), max_seconds=6, files={"m.json": MINIMAL},
         check=check_pid_files_then_gone("inner.pid")),
    Case("toolkit-filter-stderr-control-chars", "TOOLKIT", "a failing filter's stderr with OSC/ESC/CR: quoted escaped",
         ("export", "m.json", *EXPORT_JSON, "--filter", "cat >/dev/null; printf '\\033]0;pwned\\007\\033[2J\\r' >&2; exit 1"),
         4, ("pwned", "exit code 1"), files={"m.json": MINIMAL}),
    Case("toolkit-filter-command-newline", "TOOLKIT", "a two-line filter command that fails: the message stays one line",
         ("export", "m.json", *EXPORT_JSON, "--filter", "cat >/dev/null\nexit 5"), 4, ("exit code 5",),
         files={"m.json": MINIMAL}, check=check_escaped_name("exit 5")),
    Case("toolkit-filter-stderr-end-quoted", "TOOLKIT",
         "a filter writing 1 MB on stderr, then its real error: the end of its stderr is quoted",
         ("export", "m.json", *EXPORT_JSON, "--filter",
          "cat >/dev/null; head -c 1000000 /dev/zero | tr '\\0' e >&2; printf '\\nfinal-%s\\n' words >&2; exit 1"), 4,
         ("exit code 1", "final-words"), files={"m.json": MINIMAL}),
    filter_timeout_case("toolkit-filter-timeout-nan", "export", "nan"),
    filter_timeout_case("toolkit-filter-timeout-minus-1", "select", "-1"),
    filter_timeout_case("toolkit-filter-timeout-1e400", "merge", "1e400"),
    filter_timeout_case("toolkit-filter-timeout-0", "export", "0"),
    # --- select ---------------------------------------------------------------------------
    Case("toolkit-select-actor-control-chars", "TOOLKIT", "--actor with ESC[2J, BEL and CR: echoed escaped, exit 2",
         ("select", "d.json", *SELECT_JSON, "--actor", "Rus\x1b[2J\x07sia\r"), 2, ("actor", "Rus", "sia"),
         files={"d.json": TK_DOSSIER}),
    Case("toolkit-select-since-huge-y-year", "TOOLKIT",
         "--since Y99999999999999999999: refused as too large, not as 'needs more than four digits'",
         ("select", "d.json", *SELECT_JSON, "--since", "Y99999999999999999999"), 2,
         ("--since", r"re:too (large|big|far)|out of range|at most|beyond"),
         absent=("needs more than four digits",), files={"d.json": TK_DOSSIER}),
    Case("toolkit-select-since-open-both-ends", "TOOLKIT", "--since ../..: exit 2, EDTF",
         ("select", "d.json", *SELECT_JSON, "--since", "../.."), 2, ("--since", "EDTF"), files={"d.json": TK_DOSSIER}),
    Case("toolkit-select-since-10k-chars", "TOOLKIT", "--since of 10,000 digits: exit 2, bounded",
         ("select", "d.json", *SELECT_JSON, "--since", "2" * 10_000), 2, ("--since", "EDTF"),
         max_seconds=5, files={"d.json": TK_DOSSIER}),
    Case("toolkit-select-window-reversed", "TOOLKIT", "--since 2022-02 --until 2022-01: exit 2, says to swap",
         ("select", "d.json", *SELECT_JSON, "--since", "2022-02", "--until", "2022-01"), 2, ("--since", "--until", "swap"),
         files={"d.json": TK_DOSSIER}),
    Case("toolkit-select-200k-actor", "TOOLKIT", "--actor by name on a 200k-record dossier: bounded, the right records",
         ("select", "big.json", *SELECT_JSON, "--actor", "State 7"), 0, outputs=("out.json",),
         files={"big.json": lean_dossier(200_000)}, check=check_selected_actor),
    Case("toolkit-select-undated-keep-no-window", "TOOLKIT", "--undated keep without a window: the dossier unchanged",
         ("select", "d.json", *SELECT_JSON, "--undated", "keep"), 0, outputs=("out.json",),
         files={"d.json": TK_DOSSIER}, check=check_out_equals_input("d.json")),
    # --- merge ----------------------------------------------------------------------------
    Case("toolkit-merge-one-input", "TOOLKIT", "merge of one dossier: usage error",
         ("merge", "a.json", "-o", "out.json"), 2, ("two or more",), files={"a.json": MINIMAL}),
    Case("toolkit-merge-200-copies", "TOOLKIT", "200 copies of the sample: bounded, equal to export -t json",
         ("merge", "copies", "-o", "out.json"), 0, outputs=("out.json",), files=sample_copies(200),
         check=check_out_equals_sample),
    Case("toolkit-merge-id-clash-across-collections", "TOOLKIT",
         'entity "x" in a.json, talk "x" in b.json: exit 1 naming b.json and what to do, nothing written',
         ("merge", "a.json", "b.json", "-o", "out.json"), 1,
         ('"x"', "duplicate", "b.json", r"re:correct|fix|rename"),
         files={"a.json": '{"parley":"1.0","id":"a","title":"A","entities":[{"id":"x","kind":"state","name":"X"}]}',
                "b.json": '{"parley":"1.0","id":"b","title":"B","talks":[{"id":"x","name":"Talk X","kind":"bilateral"}]}',
                "out.json": OLD_OUTPUT}),
    Case("toolkit-merge-conflict-writes-nothing", "TOOLKIT",
         "a conflict without --prefer: exit 1, IR path, field, both values and files, names --prefer; -o untouched",
         ("merge", "a.json", "b.json", "-o", "out.json"), 1,
         ('positions[0]', '"p"', "stance", '"rejects"', '"opposes"', "a.json", "b.json", "--prefer"),
         files={"a.json": TK_CONFLICT_A, "b.json": TK_CONFLICT_B, "out.json": OLD_OUTPUT}),
    Case("toolkit-merge-invalid-input", "TOOLKIT", "an invalid input: exit 1 naming it, nothing written",
         ("merge", "a.json", "bad.json", "-o", "out.json"), 1, ("bad.json", "title"),
         files={"a.json": MINIMAL, "bad.json": '{"parley":"1.0","id":"x"}'}),
    Case("toolkit-merge-out-is-input", "TOOLKIT", "-o naming an input: refused, the input kept",
         ("merge", "a.json", "b.json", "-o", "a.json"), 2, ("a.json", r"re:would destroy|is an input"),
         files={"a.json": MINIMAL, "b.json": MINIMAL}),
    Case("toolkit-merge-out-inside-input-dir", "TOOLKIT",
         "merge in/ -o in/a.json (an input found in the folder): refused, the input kept",
         ("merge", "in", "-o", "in/a.json"), 2, ("in/a.json", r"re:would destroy|is an input"),
         files={"in/a.json": TK_CONFLICT_A, "in/b.json": TK_CONFLICT_A.replace('"title":"A"', '"title":"A2"')},
         check=lambda ctx, result: [] if (ctx.work / "in/a.json").read_text("utf-8") == TK_CONFLICT_A
         else ["the input in/a.json was overwritten by the merge"]),
    Case("toolkit-merge-stdin-twice", "TOOLKIT", "merge - -: a usage error (as diff), not 'the document is empty'",
         ("merge", "-", "-", "-f", "json", "-o", "out.json"), 2, ("standard input",), absent=("empty",),
         stdin=MINIMAL.encode()),
    Case("toolkit-merge-reconcile-chain", "TOOLKIT",
         "two later entities reconciled onto one (USA / US / U.S.A), referenced everywhere: a valid result",
         ("merge", "a.json", "b.json", "-o", "out.json", "--report"), 0, ('"us"', '"amerika"'), outputs=("out.json",),
         files={"a.json": TK_CHAIN_A, "b.json": TK_CHAIN_B}, check=check_references_resolve),
    Case("toolkit-merge-report-name-newline", "TOOLKIT", "--report of a name with ESC and a newline: one line, escaped",
         ("merge", "a.json", "b.json", "-o", "out.json", "--report"), 0, ("forged line",), outputs=("out.json",),
         files={"a.json": tk_named("a1", "a"), "b.json": tk_named("b1", "b")},
         check=check_no_forged_line("forged line", ("stderr",))),
    Case("toolkit-merge-filter-fails-keeps-output", "TOOLKIT", "merge with a failing filter: exit 4, -o untouched",
         ("merge", "a.json", "a.json", "-o", "out.json", "--filter", "cat >/dev/null; echo bad-merge >&2; exit 2"), 4,
         ("exit code 2", "bad-merge"), files={"a.json": TK_CONFLICT_A, "out.json": OLD_OUTPUT}),
    # --- diff -----------------------------------------------------------------------------
    Case("toolkit-diff-invalid-input", "TOOLKIT", "diff with an invalid dossier: exit 2 (an error), not 1 (differ)",
         ("diff", "a.json", "bad.json"), 2, ("bad.json", "title"),
         files={"a.json": MINIMAL, "bad.json": '{"parley":"1.0","id":"x"}'}),
    Case("toolkit-diff-both-stdin", "TOOLKIT", "diff - -: usage error", ("diff", "-", "-", "-f", "json"), 2,
         ("standard input",), stdin=MINIMAL.encode()),
    Case("toolkit-diff-self", "TOOLKIT", "diff of a file with itself: 0", ("diff", "d.json", "d.json"), 0,
         files={"d.json": TK_DOSSIER}),
    Case("toolkit-diff-closed-stdout", "TOOLKIT", "diff of two different dossiers into a closed stdout: exit 2, says so",
         ("diff", "a.json", "b.json"), 2, ("standard output", "closed"), absent=("Invalid argument",),
         files={"a.json": TK_CONFLICT_A, "b.json": TK_CONFLICT_B}, wrap="closed-stdout"),
    Case("toolkit-diff-json-closed-pipe", "TOOLKIT", "diff --json (1 MB) into a reader that leaves after 10 bytes: quiet",
         ("diff", "--json", "a.json", "b.json"), 1,
         files={"a.json": lean_dossier(20_000), "b.json": MINIMAL.replace('"x"', '"big"')},
         check=check_diff_json_closed_pipe),
    Case("toolkit-diff-100k-one-field", "TOOLKIT", "two 100k-record dossiers differing in one stance: bounded",
         ("diff", "a.json", "b.json"), 1,
         files={"a.json": lean_dossier(100_000), "b.json": lean_dossier(100_000, change=50_000)},
         check=check_diff_big),
    Case("toolkit-diff-moved-name-control-chars", "TOOLKIT",
         "a moved position whose holder's name has OSC/ESC/CR/newline: stdout escaped, no forged line",
         ("diff", "a.json", "b.json"), 1, files={"a.json": tk_moved("demands"), "b.json": tk_moved("rejects")},
         check=check_diff_moved_names),
    Case("toolkit-diff-directory", "TOOLKIT", "diff with a folder as B: exit 2 saying it is a folder",
         ("diff", "a.json", "dd"), 2, ("dd", r"re:director|folder"), files={"a.json": MINIMAL, "dd/a.json": MINIMAL}),
    # --- validate ---------------------------------------------------------------------------
    Case("toolkit-validate-dir-fifo-loops", "TOOLKIT", "validate DIR with a FIFO and symlink loops: no hang",
         ("validate", "in"), (0, 3), max_seconds=10,
         files={"in/a.json": MINIMAL, "in/p.json": Fifo(), "in/sub/loop": Link(".."),
                "in/l1.json": Link("l2.json"), "in/l2.json": Link("l1.json")}, check=check_validate_fifo),
    Case("toolkit-validate-json-control-names", "TOOLKIT", "validate --json DIR, names with ESC, BEL, newline: valid JSON",
         ("validate", "--json", "in"), 1,
         files={"in/a\x1b[2Jb\nc.json": MINIMAL, "in/bad\x1b]0;x\x07\n.json": '{"parley":"1.0","id":"x"}'},
         check=check_validate_json_names(["in/a\x1b[2Jb\nc.json", "in/bad\x1b]0;x\x07\n.json"])),
    Case("toolkit-validate-dir-control-names", "TOOLKIT", "validate DIR (text), names with ESC/OSC/newline: escaped everywhere",
         ("validate", "in"), 1,
         files={"in/good\x1b[2J\nforged-good.json": MINIMAL, "in/bad\x1b]0;x\x07\nforged-bad.json": '{"parley":"1.0","id":"x"}'},
         check=all_of(check_no_raw_control_on_stdout, check_no_forged_line("forged-"))),
    Case("toolkit-validate-empty-dir", "TOOLKIT", "validate an empty folder: exit 2 naming it",
         ("validate", "empty"), 2, ("empty", "no dossiers"), files={"empty": DirMode(0o755)}),
    Case("toolkit-validate-json-closed-stdout", "TOOLKIT", "validate --json into a closed stdout: exit 3, says so",
         ("validate", "--json", "a.json"), 3, ("standard output", "closed"), files={"a.json": MINIMAL},
         wrap="closed-stdout"),
    # --- -t all, eval --details -----------------------------------------------------------------
    Case("toolkit-all-to-stdout", "TOOLKIT", "-t all to standard output: exit 2 saying --out-dir",
         ("export", "m.json", "-t", "all"), 2, ("--out-dir",), files={"m.json": MINIMAL}),
    Case("toolkit-all-jsonl-out-dir", "TOOLKIT",
         "-f jsonl -t all --out-dir out: exit 2, without telling to use the --out-dir already given",
         ("export", "-f", "jsonl", "-t", "all", "--out-dir", "out"), 2, (r"re:JSON Lines|jsonl",),
         absent=("use --out-dir",), stdin=(MINIMAL + "\n").encode()),
    Case("toolkit-eval-details-3k", "TOOLKIT", "eval --details of a 3,000-record dossier against itself: bounded",
         ("eval", "g.json", "g.json", "--details"), 0, files={"g.json": generated_dossier(3000)}),
]

CASES = JSON + YAML + XML + XSLT + OUTPUT + NAMES + OPTIONS + PLUGINS + INGEST + BULK + STDIN + TOOLKIT

_ids = [case.id for case in CASES]
assert len(_ids) == len(set(_ids)), "case ids must be unique"
