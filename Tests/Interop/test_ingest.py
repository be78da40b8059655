"""Drafting a dossier from news articles (`parley ingest`) and scoring it (`parley eval`).

Run: .venv/bin/python -m pytest Tests/Interop/test_ingest.py -q

Inputs: the five seed articles in ../shared/seeds (tests that need them skip,
naming the folder, when it is absent), their curated gold
(samples/security-talks-2022.parley.yaml), the held-out cases in
samples/ingest/other-talks/*/, and small articles written here.

The tests check that drafts are valid (`parley validate` and the JSON Schema
via jsonschema), that every provenance entry points at its quote by code-point
span, that page clutter (related headlines, navigation, comments) never becomes
a record, determinism, the three input formats, directories and standard
input, bad inputs and exit codes, custom lexicons, `--explain`, and `parley
eval`: its JSON, the gold against itself, and regression floors on the seeds.
"""

import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from conftest import REPO_ROOT

SEEDS = REPO_ROOT.parent / "shared" / "seeds"
ABC = SEEDS / "001_9ede0d2f98eddf13.txt"  # ABC News, with a long "Related" tail
GOLD = REPO_ROOT / "samples" / "security-talks-2022.parley.yaml"
OTHER_TALKS = REPO_ROOT / "samples" / "ingest" / "other-talks"
HELD_OUT = REPO_ROOT / "samples" / "ingest" / "heldout"
# Every held-out case by name: other-talks, and the tune and report halves.
CASE_DIRS = {
    p.name: p
    for folder in (OTHER_TALKS, HELD_OUT / "tune", HELD_OUT / "report")
    for p in folder.iterdir() if p.is_dir()
}
CASES = sorted(CASE_DIRS)
HALVES = {half: sorted(p.name for p in (HELD_OUT / half).iterdir() if p.is_dir()) for half in ("tune", "report")}
COLLECTIONS = ["entities", "talks", "statements", "positions", "events"]
RULE = re.compile(r"^[a-z0-9.-]+@[^@]+:[^@]+$")
UNKNOWN = "unknown-speaker"

# Regression floors on the seeds: the scores when this was written (in the
# comments), a little lower, so that a real regression fails.
# Events: the target on the seeds, 0.5, met since stop 29.
FLOORS = {"entities": 0.75, "statements": 0.65, "positions": 0.45, "events": 0.5}  # 0.81, 0.74, 0.48, 0.58
TALKS_MATCHED = 3  # of 3
SPEAKER_ACCURACY = 0.8  # 0.857


def require_seeds():
    if not ABC.is_file():
        pytest.skip(f"seed articles not found: {SEEDS} (expected {ABC.name} there)")


def load(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def ingest(run_parley, out, *args, expect=0):
    """parley ingest ARGS -o OUT: (CompletedProcess, the draft or None if none was written)."""
    result = run_parley("ingest", *args, "-o", out)
    assert result.returncode == expect, f"exit {result.returncode}, expected {expect}\n{result.stderr}"
    return result, (load(out) if Path(out).exists() else None)


def provenance(draft):
    """(collection, record id, provenance entry) for every entry of the draft."""
    for collection in COLLECTIONS:
        for record in draft.get(collection, []):
            for entry in record.get("sources", []):
                yield collection, record["id"], entry


def draft_strings(draft):
    """Every text the draft's records show: names, aliases, statement texts, titles, quotes."""
    for entity in draft.get("entities", []):
        yield entity["name"]
        yield from entity.get("aliases", [])
    yield from (s["text"] for s in draft.get("statements", []))
    yield from (r.get("name", "") for r in draft.get("talks", []))
    yield from (r.get("title", "") for r in draft.get("events", []))
    yield from (entry.get("quote", "") for _, _, entry in provenance(draft))


def assert_absent(draft, phrases):
    found = {p: [s for s in draft_strings(draft) if p in s] for p in phrases}
    found = {p: hits for p, hits in found.items() if hits}
    assert not found, f"clutter became records: {found}"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- shared drafts


@pytest.fixture(scope="module")
def drafted(run_parley_module, tmp_path_factory):
    """drafted(name) -> path of the draft of "seeds" or of an other-talks case (made once)."""
    folder = tmp_path_factory.mktemp("drafts")
    cache = {}

    def draft(name):
        if name not in cache:
            if name == "seeds":
                require_seeds()
            inputs = SEEDS if name == "seeds" else CASE_DIRS[name]
            out = folder / f"{name}.json"
            result = run_parley_module("ingest", inputs, "-o", out)
            assert result.returncode == 0, f"ingest {inputs}: exit {result.returncode}\n{result.stderr}"
            cache[name] = out
        return cache[name]

    return draft


@pytest.fixture(scope="module")
def schema(run_parley_module):
    result = run_parley_module("schema")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- validity and provenance


@pytest.mark.parametrize("name", ["seeds", *CASES])
def test_draft_is_valid(name, drafted, schema, run_parley):
    path = drafted(name)
    result = run_parley("validate", path)
    assert result.returncode == 0, result.stdout + result.stderr
    errors = sorted(Draft202012Validator(schema).iter_errors(load(path)), key=lambda e: e.json_path)
    assert not errors, "\n".join(f"{e.json_path}: {e.message}" for e in errors)


def check_provenance(draft):
    texts = {source["id"]: source.get("text") for source in draft["sources"]}
    problems = []
    for collection, record, entry in provenance(draft):
        where = f"{collection}/{record}: {entry}"
        text = texts.get(entry.get("source"))
        if entry.get("method") != "extracted":
            problems.append(f"method is not 'extracted': {where}")
        if not RULE.match(entry.get("rule", "")):
            problems.append(f"rule is not RULE@LEXICON:VERSION: {where}")
        if not 0 <= entry.get("confidence", -1) <= 1:
            problems.append(f"confidence not in [0, 1]: {where}")
        if text is None or "span" not in entry:
            problems.append(f"no source text or no span: {where}")
            continue
        start, end = entry["span"]
        if not (0 <= start < end <= len(text) and text[start:end] == entry.get("quote")):
            problems.append(f"text[{start}:{end}] is {text[start:end]!r}, not the quote: {where}")
    # Records that exist only because of evidence must show it.
    for collection in ("talks", "statements", "positions", "events"):
        problems += [
            f"{collection}/{r['id']} has no provenance"
            for r in draft.get(collection, []) if not r.get("sources")
        ]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:20])
    assert any(True for _ in provenance(draft)), "the draft has no provenance at all"


@pytest.mark.parametrize("name", ["seeds", *CASES])
def test_provenance_points_at_its_quote(name, drafted):
    check_provenance(load(drafted(name)))


# --------------------------------------------------------------------------- clutter


def test_related_section_of_seed_is_ignored(run_parley, tmp_path):
    require_seeds()
    text = ABC.read_text(encoding="utf-8")
    body, related = text.split("\nRelated\n", 1)
    # Names and quotes that appear only under Related / RELATED PEOPLE / YOU MAY ALSO LIKE.
    clutter = ["Danilov", "Poroshenko", "Skabeeva", "level of anxiety", "historical mission",
               "aggressive line", "ensure our security"]
    for phrase in clutter:
        assert phrase in related and phrase not in body, f"bad test data: {phrase!r}"
    _, draft = ingest(run_parley, tmp_path / "abc.json", ABC)
    assert_absent(draft, clutter)
    assert {"Andrey Kortunov", "Dmitry Trenin"} <= {e["name"] for e in draft["entities"]}


def test_related_section_of_new_article_is_ignored(run_parley, tmp_path):
    article = write(tmp_path / "article.txt", (
        "Russia and the United States hold talks in Geneva\n"
        "20220110\n"
        "GENEVA - Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks "
        "with the United States had been difficult.\n"
        "\"We will not give up on our demand for binding guarantees,\" Ryabkov told reporters.\n"
        "Related\n"
        "\"This is a trap for the whole West,\" says analyst Mortimer Quillfeather\n"
        "Mortimer Quillfeather said that the talks would fail within a week.\n"
        "Comments / 2\n"))
    _, draft = ingest(run_parley, tmp_path / "draft.json", article)
    assert "sergei-ryabkov" in {s["speaker"] for s in draft["statements"]}, "the body was not read"
    assert_absent(draft, ["Quillfeather", "trap for the whole West", "fail within a week"])


# --------------------------------------------------------------------------- determinism


def test_ingest_is_deterministic(drafted, run_parley):
    written = drafted("seeds").read_bytes()
    first = run_parley("ingest", SEEDS, input=b"")
    second = run_parley("ingest", SEEDS, input=b"")
    assert first.returncode == 0 and second.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert written == first.stdout, "-o differs from standard output"


# --------------------------------------------------------------------------- formats

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Site | NATO page</title>
<meta property="og:site_name" content="The Test Gazette">
<meta property="article:published_time" content="2022-01-12T08:00:00+00:00">
<script>var headline = "Stoltenberg: \\"NATO will never bow to anyone\\"";</script>
</head><body>
<nav><a href="/">Home</a> &ldquo;Never surrender to anyone,&rdquo; said Bartholomew Nightingale</nav>
<article><h1>NATO and Russia meet in Brussels</h1>
<p>NATO Secretary-General Jens Stoltenberg said on Wednesday that the alliance was ready to talk with Russia about arms control.</p>
<p>&ldquo;We are ready to listen to Russia&rsquo;s concerns,&rdquo; Stoltenberg told reporters in Brussels.</p>
</article>
<aside class="related"><p>&ldquo;The alliance is finished for good,&rdquo; says pundit Cornelius Fairweather</p></aside>
<section id="comments"><p>&ldquo;Trust nobody in Brussels ever again,&rdquo; wrote Ermengarde Pickleworth.</p></section>
<footer><p>&copy; 2022 The Test Gazette</p></footer>
</body></html>
"""
HTML_CLUTTER = ["never bow", "Nightingale", "Never surrender", "Fairweather", "finished for good",
                "Pickleworth", "Trust nobody"]
TXT = (
    "Doves 🕊 and hawks at the Geneva talks\n"
    "20220110\n"
    "https://news.example/geneva\n"
    "GENEVA 🕊 — Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks with "
    "the United States had been difficult.\n"
    "“We need ironclad 🕊 guarantees from the United States,” Ryabkov told reporters.\n")
JSONL = [
    {"id": "wire-one", "title": "Ryabkov on the talks", "published": "2022-01-10", "publisher": "Wire",
     "text": "Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks in Geneva "
             "were difficult.\n\n\"We need ironclad guarantees,\" Ryabkov said."},
    {"id": "wire-two", "title": "Sherman speaks", "published": "2022-01-10",
     "text": "U.S. Deputy Secretary of State Wendy Sherman said the United States would not close "
             "the door on NATO enlargement."},
]


@pytest.fixture
def article_dir(tmp_path):
    """One .txt, one .html (in a subfolder), one .jsonl with two articles, and files to ignore."""
    folder = tmp_path / "articles"
    write(folder / "geneva.txt", TXT)
    write(folder / "europe" / "brussels" / "nato.html", HTML)
    write(folder / "wires.jsonl", "".join(json.dumps(a) + "\n" for a in JSONL))
    write(folder / "notes.md", "Sergei Lavrov said that nothing here is an article at all.\n")
    write(folder / ".drafts" / "hidden.txt",
          "Hidden article\n20220110\nSergei Lavrov said that this is hidden.\n")
    return folder


def test_txt_html_and_jsonl_in_a_directory(article_dir, run_parley, tmp_path):
    _, draft = ingest(run_parley, tmp_path / "draft.json", article_dir)
    sources = {s.get("title"): s for s in draft["sources"]}
    assert len(draft["sources"]) == 4, sorted(sources)
    html = sources["NATO and Russia meet in Brussels"]
    assert html["published"] == "2022-01-12"
    assert html.get("publisher") == "The Test Gazette"
    assert "Stoltenberg told reporters" in html["text"]
    assert not [p for p in HTML_CLUTTER if p in html["text"]], html["text"]
    txt = sources["Doves 🕊 and hawks at the Geneva talks"]
    assert txt["text"] == TXT and txt["published"] == "2022-01-10"
    assert txt.get("url") == "https://news.example/geneva"
    for given in JSONL:
        source = sources[given["title"]]
        assert source["id"] == given["id"] and source["text"] == given["text"]
        assert source["published"] == given["published"]
    assert_absent(draft, HTML_CLUTTER + ["Lavrov"])
    speakers = {s["speaker"] for s in draft["statements"]}
    assert {"sergei-ryabkov", "wendy-sherman", "jens-stoltenberg"} <= speakers
    check_provenance(draft)  # spans after 🕊 count code points, HTML spans the extracted text


def test_inputs_from_a_list(article_dir, run_parley, tmp_path):
    """--inputs-from LIST reads the paths a file lists (one per line, CRLF and blank lines
    allowed, or NUL-separated as find -print0 writes them, so a name may hold a line break;
    - reads the list from standard input) and drafts the same bytes as naming them."""
    named = [article_dir / "geneva.txt", article_dir / "europe", article_dir / "wires.jsonl"]
    by_arguments = run_parley("ingest", *named, input=b"")
    assert by_arguments.returncode == 0, by_arguments.stderr
    odd = article_dir / "odd\nname.txt"
    odd.write_text(TXT.replace("Geneva talks", "Lausanne talks"), encoding="utf-8")
    lines = tmp_path / "list.txt"
    lines.write_bytes(b"\r\n".join(str(p).encode() for p in named) + b"\r\n\n")
    nul = tmp_path / "list.nul"
    nul.write_bytes(b"".join(str(p).encode() + b"\0" for p in named))
    rest = tmp_path / "rest.txt"  # the files named come first, then the lists'
    rest.write_text("".join(f"{p}\n" for p in named[1:]), encoding="utf-8")
    for args, stdin in [(["--inputs-from", lines], b""), (["--inputs-from", "-"], lines.read_bytes()),
                        (["--inputs-from", nul], b""), (["--inputs-from", rest, named[0]], b"")]:
        result = run_parley("ingest", *args, input=stdin)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout == by_arguments.stdout, args
    nul.write_bytes(nul.read_bytes() + str(odd).encode() + b"\0")
    _, draft = ingest(run_parley, tmp_path / "odd.json", "--inputs-from", nul)
    assert "Doves 🕊 and hawks at the Lausanne talks" in {s.get("title") for s in draft["sources"]}
    missing = run_parley("ingest", "--inputs-from", tmp_path / "no-list.txt", input="")
    assert missing.returncode == 3 and "no-list.txt" in missing.stderr, missing.stderr
    for args in [[], ["-", "--inputs-from", "-"], ["--inputs-from", "-", "--inputs-from", "-"]]:
        refused = run_parley("ingest", *args, input="")
        assert refused.returncode == 2 and "--inputs-from" in refused.stderr, (args, refused.stderr)


def test_standard_input(run_parley):
    result = run_parley("ingest", "-", input=TXT)
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    [source] = draft["sources"]
    assert source["text"] == TXT and source["title"] == "Doves 🕊 and hawks at the Geneva talks"
    check_provenance(draft)


def test_draft_as_yaml_by_extension_or_format(article_dir, run_parley, tmp_path):
    """-o draft.yaml (or .yml, or -t yaml) writes YAML that PyYAML and parley read as the JSON draft."""
    _, draft = ingest(run_parley, tmp_path / "draft.json", article_dir)
    for out, extra in [("draft.yaml", []), ("draft.yml", []), ("draft.txt", ["-t", "yaml"])]:
        result = run_parley("ingest", str(article_dir), "-o", str(tmp_path / out), *extra)
        assert result.returncode == 0, result.stderr
        text = (tmp_path / out).read_text(encoding="utf-8")
        assert text.startswith("# A Parley dossier, IR version 1.0\n"), text[:80]
        assert yaml.safe_load(text) == draft
        back = run_parley("export", str(tmp_path / out), "-f", "yaml", "-t", "json")
        assert back.returncode == 0, back.stderr
        assert json.loads(back.stdout) == draft
    refused = run_parley("ingest", str(article_dir), "-t", "sqlite")
    assert refused.returncode == 2 and "standard output" in refused.stderr


# --------------------------------------------------------------------------- bad inputs


def test_missing_file_is_skipped(article_dir, run_parley, tmp_path):
    missing = tmp_path / "no-such-article.txt"
    result, draft = ingest(run_parley, tmp_path / "draft.json", missing, article_dir / "geneva.txt", expect=3)
    assert str(missing) in result.stderr
    assert [s["text"] for s in draft["sources"]] == [TXT]


def test_malformed_jsonl_line_is_skipped(run_parley, tmp_path):
    good = json.dumps(JSONL[0])
    path = write(tmp_path / "wires.jsonl", f'{good}\n{{"id": "broken", "text": \n{json.dumps(JSONL[1])}\n')
    result, draft = ingest(run_parley, tmp_path / "draft.json", path, expect=1)
    assert re.search(rf"{re.escape(str(path))}:2\b", result.stderr), result.stderr
    assert [s["id"] for s in draft["sources"]] == ["wire-one", "wire-two"]


def bad_only_inputs(tmp_path):
    """(inputs, expected exit code) with no readable article."""
    empty = tmp_path / "empty"
    empty.mkdir()
    broken = write(tmp_path / "broken.jsonl", '{"text": \n{"id": "x", "txet": "typo"}\n')
    return [([tmp_path / "missing.txt"], 3), ([broken], 1), ([empty], 1)]


def test_no_article_writes_nothing(run_parley, tmp_path):
    for inputs, code in bad_only_inputs(tmp_path):
        out = tmp_path / "draft.json"
        result, draft = ingest(run_parley, out, *inputs, expect=code)
        assert draft is None, f"{inputs}: the output was written"
        assert result.stderr.strip(), f"{inputs}: no message"
        # An existing output stays as it was.
        write(out, "{}\n")
        ingest(run_parley, out, *inputs, expect=code)
        assert out.read_text() == "{}\n"
        out.unlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jsonl", "empty"], "stray files"


def test_each_problem_is_reported_once(run_parley, tmp_path):
    for inputs, code in bad_only_inputs(tmp_path):
        result = run_parley("ingest", *inputs)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == len(set(lines)), f"{inputs}: repeated messages:\n{result.stderr}"


def test_output_is_written_atomically(article_dir, run_parley, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    write(out_dir / "draft.json", "old\n")
    _, draft = ingest(run_parley, out_dir / "draft.json", article_dir)
    assert len(draft["sources"]) == 4
    assert [p.name for p in out_dir.iterdir()] == ["draft.json"], "temporary files left behind"
    result = run_parley("ingest", article_dir, "-o", tmp_path / "no-such-dir" / "draft.json")
    assert result.returncode == 3 and "no-such-dir" in result.stderr


# --------------------------------------------------------------------------- lexicons

RURITANIA = (
    "Ruritania sets out its demands before the talks\n"
    "20230301\n"
    "Ruritania demanded legally binding security guarantees from NATO on Wednesday.\n"
    "Strelsau said the talks would continue next week.\n")
LEXICON = """lexicon: test
version: "9"
actors:
  - {id: ruritania, name: Ruritania, kind: state, metonyms: [Strelsau], demonyms: [Ruritanian]}
"""


def test_custom_lexicon(run_parley, tmp_path):
    article = write(tmp_path / "ruritania.txt", RURITANIA)
    lexicon = write(tmp_path / "custom.yaml", LEXICON)
    _, plain = ingest(run_parley, tmp_path / "plain.json", article)
    assert "ruritania" not in {e["id"] for e in plain["entities"]}
    builtin = {entry["rule"].split("@", 1)[1] for _, _, entry in provenance(plain)}
    assert len(builtin) == 1, builtin
    [builtin] = builtin

    _, draft = ingest(run_parley, tmp_path / "draft.json", article, "--lexicon", lexicon)
    entities = {e["id"]: e for e in draft["entities"]}
    assert entities["ruritania"]["kind"] == "state"
    assert "Strelsau" in entities["ruritania"].get("aliases", [])
    said = [e["quote"] for s in draft["statements"] if s["speaker"] == "ruritania" for e in s["sources"]]
    assert any(q.startswith("Strelsau said") for q in said), said  # the metonym speaks for the state
    assert "ruritania" in {p["holder"] for p in draft["positions"]}  # "Ruritania demanded …"
    rules = {entry["rule"] for _, _, entry in provenance(draft)}
    assert rules and all(r.endswith(f"@{builtin}+test:9") for r in rules), rules

    _, alone = ingest(run_parley, tmp_path / "alone.json", article,
                      "--lexicon", lexicon, "--no-builtin-lexicon")
    assert all(entry["rule"].endswith("@test:9") for _, _, entry in provenance(alone))


def test_lexicon_with_unknown_field(run_parley, tmp_path):
    article = write(tmp_path / "ruritania.txt", RURITANIA)
    lexicon = write(tmp_path / "typo.yaml", LEXICON.replace("metonyms:", "alises:"))
    result, draft = ingest(run_parley, tmp_path / "draft.json", article, "--lexicon", lexicon, expect=1)
    assert draft is None
    assert re.search(rf"{re.escape(str(lexicon))}:4:\d+", result.stderr), result.stderr
    assert "alises" in result.stderr and 'did you mean "aliases"' in result.stderr


# --------------------------------------------------------------------------- --explain


def test_explain_mentions_every_statement(drafted, run_parley):
    draft = load(drafted("seeds"))
    result = run_parley("ingest", SEEDS, "--explain", input=b"")
    assert result.returncode == 0, result.stderr
    assert result.stdout == drafted("seeds").read_bytes(), "--explain changed the draft"
    explained = result.stderr.decode("utf-8")
    missing = [s["id"] for s in draft["statements"] if not re.search(rf"\b{re.escape(s['id'])}\b", explained)]
    assert draft["statements"] and not missing, missing


# --------------------------------------------------------------------------- eval


def evaluate(run_parley, draft, gold):
    result = run_parley("eval", draft, gold, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_eval_json(drafted, run_parley):
    path = drafted("seeds")
    draft, gold = load(path), yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    scores = evaluate(run_parley, path, GOLD)
    assert set(scores) == set(COLLECTIONS) | {
        "exactTalks", "quotesFound", "quotesWithRightSpeaker", "speakerAccuracy",
        "draftQuotes", "unknownSpeakerQuotes", "unknownSpeakerShare"}
    for name in COLLECTIONS:
        s = scores[name]
        assert set(s) == {"matched", "draft", "gold", "precision", "recall", "f1"}, name
        drafted_records = [r for r in draft.get(name, []) if r["id"] != UNKNOWN]
        assert (s["draft"], s["gold"]) == (len(drafted_records), len(gold.get(name, []))), name
        assert 0 <= s["matched"] <= min(s["draft"], s["gold"]), name
        assert all(0 <= s[k] <= 1 for k in ("precision", "recall", "f1")), s
        if s["draft"]:
            assert s["precision"] == pytest.approx(s["matched"] / s["draft"], abs=1e-3), name
    assert scores["exactTalks"] <= scores["talks"]["matched"]
    assert 0 <= scores["quotesWithRightSpeaker"] <= scores["quotesFound"]
    assert scores["draftQuotes"] == len(draft["statements"])
    assert scores["unknownSpeakerQuotes"] == sum(s["speaker"] == UNKNOWN for s in draft["statements"])
    assert 0 <= scores["speakerAccuracy"] <= 1 and 0 <= scores["unknownSpeakerShare"] <= 1
    text = run_parley("eval", path, GOLD)
    assert text.returncode == 0 and all(name in text.stdout for name in COLLECTIONS), text.stdout


@pytest.mark.parametrize("case", ["seeds", *CASES])
def test_eval_gold_against_itself(case, run_parley):
    gold = GOLD if case == "seeds" else CASE_DIRS[case] / "gold.parley.yaml"
    scores = evaluate(run_parley, gold, gold)
    imperfect = {n: scores[n] for n in COLLECTIONS if scores[n]["gold"] and scores[n]["f1"] != 1.0}
    assert not imperfect, f"the gold does not match itself: {imperfect}"
    assert scores["speakerAccuracy"] == 1.0 and scores["unknownSpeakerQuotes"] == 0
    assert scores["exactTalks"] == scores["talks"]["gold"]


def test_eval_floors_on_seeds(drafted, run_parley):
    scores = evaluate(run_parley, drafted("seeds"), GOLD)
    assert scores["talks"]["matched"] == TALKS_MATCHED, scores["talks"]
    low = {n: scores[n]["f1"] for n, floor in FLOORS.items() if scores[n]["f1"] < floor}
    assert not low, f"F1 below the floors {FLOORS}: {low}"
    assert scores["speakerAccuracy"] >= SPEAKER_ACCURACY, scores


# Regression floors on the two held-out halves, summed over their cases: the
# scores when issue 17 ended (in the comments), a little lower. The report
# half is only ever scored, never tuned on; these floors catch a change that
# makes it worse, and say nothing about how far the targets still are.
HALF_FLOORS = {
    "tune": {"entities": 0.78, "statements": 0.64, "events": 0.40, "exact": 4, "speaker": 0.85},
    # stop 29: 0.87, 0.72, 0.49, 8 of 17, 0.92
    "report": {"entities": 0.68, "statements": 0.60, "events": 0.25, "exact": 2, "speaker": 0.75},
    # stop 29: 0.76, 0.69, 0.33, 2 of 16, 0.82
}


@pytest.mark.parametrize("half", sorted(HALF_FLOORS))
def test_eval_floors_on_held_out_halves(half, drafted, run_parley):
    totals = {name: {"matched": 0, "draft": 0, "gold": 0} for name in COLLECTIONS}
    exact = found = right = 0
    for case in HALVES[half]:
        scores = evaluate(run_parley, drafted(case), CASE_DIRS[case] / "gold.parley.yaml")
        for name in COLLECTIONS:
            for key in totals[name]:
                totals[name][key] += scores[name][key]
        exact += scores["exactTalks"]
        found += scores["quotesFound"]
        right += scores["quotesWithRightSpeaker"]

    def f1(name):
        m, d, g = (totals[name][k] for k in ("matched", "draft", "gold"))
        p, r = (m / d if d else 0), (m / g if g else 0)
        return 2 * p * r / (p + r) if p + r else 0

    floors = HALF_FLOORS[half]
    low = {name: round(f1(name), 3) for name in ("entities", "statements", "events") if f1(name) < floors[name]}
    assert not low, f"{half} half: F1 below the floors {floors}: {low}"
    assert exact >= floors["exact"], f"{half} half: {exact} talks exact"
    assert right / found >= floors["speaker"], f"{half} half: quote → speaker {right}/{found}"
