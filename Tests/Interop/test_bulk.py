"""Bulk conversion (`parley export DIR... --out-dir OUT`, `-f jsonl`) end to end.

Run: PARLEY=$PWD/.build/debug/parley .venv/bin/python -m pytest Tests/Interop/test_bulk.py -q

A generator here (seeded, so every run writes the same files) turns the sample
dossier into a thousand varied ones — ids, titles, sizes, JSON and YAML,
nested folders — plus five corrupt ones, and the batch is converted once to
four formats. The tests check the exit code, the output paths
(ConversionPlan.swift's naming rules, recomputed here), the diagnostics and the
summary line, that nothing is left or written elsewhere, and read a sample of
the outputs with networkx, rdflib, pandas and lxml. Then: --json, -q,
parallel determinism, collisions and awkward file names, JSON Lines (order,
line numbers, equality with single-file exports, streaming) and the progress
bar under a pseudo-terminal.
"""

import concurrent.futures
import hashlib
import json
import os
import pty
import random
import re
import select
import signal as signal_module
import subprocess
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import rdflib
import yaml
from lxml import etree

from conftest import REPO_ROOT

SAMPLE = REPO_ROOT / "samples" / "security-talks-2022.parley.yaml"
SEED = 20220110
GOOD_COUNT = 1000
FORMATS = ["graphml", "jsonld", "csv", "xml"]
EXTENSIONS = {"graphml": "graphml", "jsonld": "jsonld", "csv": "csv", "xml": "xml"}
INPUT_EXTENSIONS = ("json", "yaml", "yml", "xml")
TEMP_FILE = re.compile(r"^\.parley-[0-9a-z]+\.tmp$")
SUMMARY = re.compile(r"^\d+ of \d+ inputs converted")
XML_NS = "https://w3id.org/parley/xml/1.0"
PARLEY_VOCAB = rdflib.Namespace("https://w3id.org/parley/vocab#")
SCHEMA = rdflib.Namespace("https://schema.org/")

# --------------------------------------------------------------------------- the generator

FOLDERS = ["", "europe", "europe/geneva", "europe/brussels", "europe/vienna/osce",
           "archive/2022/01", "archive/2022/02", "drafts", "with space"]
SUFFIXES = [".parley.yaml", ".yaml", ".yml", ".json", ".parley.json", ".parley.yml"]
TITLE_WORDS = ["Geneva", "Brussels", "Vienna", "Genève", "Zürich", "Москва", "北京", "round",
               "“strategic stability”", "NATO & Russia", "<draft>", "O'Brien", "talks", "🕊"]
ID_TAILS = ["", "_v2", ".draft", ":final", "-geneva", "-ru-us"]
# Share of the positions, statements, events and relations a variant keeps
# (0: only sources, entities and issues). Most files are small, a few full.
FRACTIONS = [0.0] * 5 + [0.03] * 3 + [0.15] * 2 + [0.5]
TRIMMED = ("positions", "statements", "events", "relations")


@lru_cache(maxsize=1)
def sample() -> dict:
    with open(SAMPLE, encoding="utf-8") as f:
        return yaml.safe_load(f)


def variant(rng: random.Random, number: int, fraction: float | None = None) -> dict:
    """A valid dossier made from the sample: a new id and title, and a random
    subset of its records (references kept valid). Shares the sample's
    unmodified sub-objects: treat it as read-only."""
    base = sample()
    fraction = rng.choice(FRACTIONS) if fraction is None else fraction
    d = {"parley": "1.0", "id": f"bulk-{number:04d}{rng.choice(ID_TAILS)}",
         "title": " ".join(rng.sample(TITLE_WORDS, rng.randint(1, 4))) + f" #{number}"}
    if rng.random() < 0.5:
        d["description"] = base["description"][: rng.randint(0, len(base["description"]))]
    for key in ("sources", "entities", "issues"):
        d[key] = base[key]
    kept = {}
    for key in TRIMMED:
        records = base[key]
        count = round(fraction * len(records))
        indexes = sorted(rng.sample(range(len(records)), count))
        kept[key] = [records[i] for i in indexes]
    if any(kept.values()):
        d["talks"] = base["talks"]
    statement_ids = {s["id"] for s in kept["statements"]}
    positions = []
    for p in kept["positions"]:
        if "evidence" in p:
            p = dict(p)
            p["evidence"] = [e for e in p["evidence"] if e in statement_ids]
            if not p["evidence"]:
                del p["evidence"]
        positions.append(p)
    kept["positions"] = positions
    for key in TRIMMED:
        if kept[key]:
            d[key] = kept[key]
    return d


def dump(d: dict, name: str) -> str:
    """The dossier as JSON or YAML, after name's extension."""
    if name.endswith(".json"):
        return json.dumps(d, ensure_ascii=False, indent=None if len(d) % 2 else 1)
    return yaml.dump(d, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def corrupt_files(rng: random.Random) -> dict[str, tuple[str, str]]:
    """relative path → (text, a fragment of the expected diagnostic)."""
    small = variant(rng, 9001, fraction=0.03)
    truncated = json.dumps(small, ensure_ascii=False)
    text = SAMPLE.read_text(encoding="utf-8")
    bad_indent = text.replace('    kind: state\n    name: "Russia"', '    kind: state\n   name: "Russia"', 1)
    assert bad_indent != text, "the sample changed: update the bad-indentation corruption"
    unknown = variant(rng, 9003, fraction=0.03)
    unknown["entities"] = [dict(unknown["entities"][0], nmae="Russia")] + unknown["entities"][1:]
    dangling = variant(rng, 9004, fraction=0.15)
    dangling["positions"] = [dict(dangling["positions"][0], holder="rusia")] + dangling["positions"][1:]
    future = dict(variant(rng, 9005, fraction=0.0), parley="2.0")
    return {
        "europe/truncated.json": (truncated[: len(truncated) // 2], "malformed JSON"),
        "drafts/bad-indentation.parley.yaml": (bad_indent, "malformed YAML"),
        "archive/2022/01/unknown-field.yaml": (dump(unknown, "x.yaml"), 'unknown field "nmae"'),
        "dangling.parley.json": (json.dumps(dangling, ensure_ascii=False), 'unknown entity "rusia"'),
        "europe/vienna/osce/future.yml": (dump(future, "x.yml"), "IR version 2.0 is not supported"),
    }


def generate(root: Path, good: int, seed: int = SEED, corrupt: bool = True):
    """Writes `good` valid dossiers (and the five corrupt ones) under root.

    Returns (good: {relative path: dossier}, bad: {relative path: message fragment}).
    """
    rng = random.Random(seed)
    goods = {}
    # Three inputs, one folder, one stem: meeting-2.json sorts first ('-' < '.'),
    # so the last, meeting.parley.yaml, finds meeting and meeting-2 taken.
    same_stem = ["dup/meeting.json", "dup/meeting.parley.yaml", "dup/meeting-2.json"]
    same_stem = same_stem[: good // 100]
    for number in range(good - len(same_stem)):
        folder = rng.choice(FOLDERS)
        suffix = rng.choice(SUFFIXES)
        name = f"talks-{number:04d}{suffix}"
        relative = f"{folder}/{name}" if folder else name
        goods[relative] = variant(rng, number)
    for relative in same_stem:
        goods[relative] = variant(rng, len(goods))
    for relative, d in goods.items():
        write(root / relative, dump(d, relative))
    bad = {}
    if corrupt:
        for relative, (text, fragment) in corrupt_files(rng).items():
            write(root / relative, text)
            bad[relative] = fragment
    # Things a directory walk must skip: hidden files and folders, other extensions.
    write(root / ".hidden.parley.json", json.dumps(variant(rng, 9100)))
    write(root / ".git/config.json", "{}")
    write(root / "europe/README.md", "# not a dossier\n")
    write(root / "europe/notes.txt", "not a dossier either\n")
    return goods, bad


# --------------------------------------------------------------------------- helpers


def stem(name: str) -> str:
    """The documented stem: the file name less its input extension and a
    `.parley` before it; empty or dot names become `dossier…`."""
    for extension in INPUT_EXTENSIONS:
        if name.lower().endswith("." + extension):
            name = name[: -len(extension) - 1]
            break
    if name.lower().endswith(".parley"):
        name = name[: -len(".parley")]
    return "dossier" + name if not name or name.startswith(".") else name


def planned(out: Path, inputs: list[tuple[str, str]], formats=FORMATS) -> dict[str, list[str]]:
    """The documented output paths for inputs found under one directory
    argument: inputs are (name, folder below that directory, '' or ending in
    '/'), in input order; a name already taken gets -2, -3 … (OUT lies outside
    the inputs here, so no output can be an input). Returns the input's path
    relative to the directory → its outputs, in the formats' order."""
    taken, plan = set(), {}
    for name, folder in inputs:
        paths = []
        for fmt in formats:
            base = f"{out}/{folder}"
            candidate, counter = f"{base}{stem(name)}.{EXTENSIONS[fmt]}", 2
            while candidate in taken:
                candidate = f"{base}{stem(name)}-{counter}.{EXTENSIONS[fmt]}"
                counter += 1
            taken.add(candidate)
            paths.append(candidate)
        plan[f"{folder}{name}"] = paths
    return plan


def walk_inputs(relatives) -> list[tuple[str, str]]:
    """(name, folder) for the files found under a directory, in its sorted order."""
    result = []
    for relative in sorted(relatives):
        folder, _, name = relative.rpartition("/")
        result.append((name, folder + "/" if folder else ""))
    return result


def files_under(root: Path) -> dict[str, bytes]:
    """Every file below root (hidden ones too): relative path → content."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() or p.is_symlink()}


def snapshot(root: Path, skip: str | None = None) -> dict[str, str]:
    """Every file and folder below root except under skip: path → digest or 'dir'."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        relative = here.relative_to(root).as_posix()
        if skip and (relative == skip or relative.startswith(skip + "/")):
            dirnames[:] = []
            continue
        found[relative + "/"] = "dir"
        for name in filenames:
            path = here / name
            found[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def temp_files(root: Path) -> list[str]:
    return [str(p) for p in root.rglob("*") if TEMP_FILE.match(p.name)]


def summary_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if SUMMARY.match(line)]


def small_dossiers(count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [variant(rng, 100 + i, fraction=0.03) for i in range(count)]


def xml_id(path: Path) -> str:
    return etree.parse(str(path)).getroot().get("id")


def counts(d: dict) -> dict:
    return {key: len(d.get(key) or []) for key in ("entities", "issues", "talks", *TRIMMED)}


def check_graphml(path: Path, d: dict):
    g = nx.read_graphml(str(path), force_multigraph=True)
    expected = {r["id"] for key in ("entities", "talks", "issues") for r in d.get(key) or []}
    assert set(g.nodes) == expected, f"{path}: nodes are not the entities, talks and issues"
    positions = [k for _, _, k in g.edges(data="kind") if k == "position"]
    assert len(positions) == len(d.get("positions") or []), f"{path}: position edges"


def check_jsonld(path: Path, d: dict):
    g = rdflib.Graph()
    g.parse(str(path), format="json-ld")
    positions = set(g.subjects(rdflib.RDF.type, PARLEY_VOCAB.Position))
    assert len(positions) == len(d.get("positions") or []), f"{path}: parley:Position nodes"
    names = {str(o) for o in g.objects(None, SCHEMA.name)}
    missing = {e["name"] for e in d["entities"]} - names
    assert not missing, f"{path}: entity names missing: {sorted(missing)[:5]}"
    assert str(d["title"]) in names, f"{path}: the dossier's title is not a schema:name"


def check_csv(path: Path, d: dict):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    expected = [r["id"] for key in ("talks", "events", "statements", "positions")
                for r in d.get(key) or []]
    if not expected:
        assert df.empty, f"{path}: rows for a dossier without records"
        return
    assert sorted(df["id"]) == sorted(expected), f"{path}: the timeline's rows"
    kinds = df["kind"].value_counts().to_dict()
    assert kinds.get("position", 0) == len(d.get("positions") or []), f"{path}: position rows"


def check_xml(path: Path, d: dict):
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{{{XML_NS}}}dossier", f"{path}: root element"
    assert root.get("id") == d["id"]
    assert root.findtext(f"{{{XML_NS}}}title") == d["title"]
    for element, key in [("entity", "entities"), ("position", "positions"), ("event", "events"),
                         ("statement", "statements"), ("relation", "relations")]:
        found = root.findall(f"{{{XML_NS}}}{key}/{{{XML_NS}}}{element}")
        assert [e.get("id") for e in found] == [r["id"] for r in d.get(key) or []], \
            f"{path}: <{element}> elements"


CHECKS = {"graphml": check_graphml, "jsonld": check_jsonld, "csv": check_csv, "xml": check_xml}


# --------------------------------------------------------------------------- the big batch


@pytest.fixture(scope="module")
def bulk(tmp_path_factory, run_parley_module):
    """1,000 good and 5 corrupt dossiers under in/, converted once into out/
    from an empty working folder cwd/."""
    root = tmp_path_factory.mktemp("bulk")
    source, out, cwd = root / "in", root / "out", root / "cwd"
    cwd.mkdir()
    goods, bad = generate(source, GOOD_COUNT)
    before = snapshot(root)
    started = time.monotonic()
    result = run_parley_module("export", source, "-t", ",".join(FORMATS), "--out-dir", out,
                               "-j", "2", cwd=cwd)
    elapsed = time.monotonic() - started
    print(f"\n{len(goods) + len(bad)} inputs to {len(FORMATS)} formats in {elapsed:.1f} s")
    return dict(root=root, source=source, out=out, cwd=cwd, goods=goods, bad=bad,
                before=before, result=result, elapsed=elapsed)


def test_bulk_generator_is_deterministic_and_varied(bulk, tmp_path):
    again, bad = generate(tmp_path / "again", GOOD_COUNT)
    assert again.keys() == bulk["goods"].keys() and bad.keys() == bulk["bad"].keys()
    assert len(bulk["goods"]) == GOOD_COUNT and len(bulk["bad"]) == 5
    assert snapshot(tmp_path / "again") == snapshot(bulk["source"])
    sizes = [sum(counts(d).values()) for d in bulk["goods"].values()]
    assert min(sizes) < 120 < max(sizes), "the dossiers should vary in size"
    suffixes = {re.search(r"\.[a-z]+$", r).group() for r in bulk["goods"]}
    assert suffixes == {".json", ".yaml", ".yml"}
    assert len({d["id"] for d in bulk["goods"].values()}) == GOOD_COUNT


def test_bulk_exit_code_is_invalid_input_and_stdout_is_empty(bulk):
    result = bulk["result"]
    assert result.returncode == 1, result.stderr[-3000:]
    assert result.stdout == "", "without --json nothing goes to standard output"


def test_bulk_outputs_are_exactly_the_documented_paths(bulk):
    out, source = bulk["out"], bulk["source"]
    inputs = walk_inputs([*bulk["goods"], *bulk["bad"]])
    plan = planned(out, inputs)
    expected = {path for relative in bulk["goods"] for path in plan[relative]}
    found = {str(p) for p in out.rglob("*") if p.is_file()}
    assert len(expected) == GOOD_COUNT * len(FORMATS)
    assert sorted(found - expected)[:10] == [], "files in OUT that the plan does not name"
    assert sorted(expected - found)[:10] == [], "documented outputs that were not written"
    # The naming rules by example, written out rather than recomputed.
    for relative in ["europe/geneva", "archive/2022/01", "with space"]:
        sub = [r for r in bulk["goods"] if r.rpartition("/")[0] == relative]
        assert sub, relative
        name = sub[0].rpartition("/")[2]
        number = re.search(r"talks-(\d{4})", name).group(1)
        for ext in EXTENSIONS.values():
            assert (out / relative / f"talks-{number}.{ext}").is_file()
    for name, expected_stem in [("meeting-2.json", "meeting-2"), ("meeting.json", "meeting"),
                                ("meeting.parley.yaml", "meeting-3")]:
        assert plan[f"dup/{name}"] == [f"{out}/dup/{expected_stem}.{e}" for e in EXTENSIONS.values()]
    xml = etree.parse(str(out / "dup" / "meeting-3.xml")).getroot()
    assert xml.get("id") == bulk["goods"]["dup/meeting.parley.yaml"]["id"]
    assert not (out / ".hidden.xml").exists() and not (out / ".git").exists()
    assert not any(out.rglob("README*")) and not any(out.rglob("notes*"))


def test_bulk_every_bad_file_is_named_with_its_error(bulk):
    stderr, source, out = bulk["result"].stderr, bulk["source"], bulk["out"]
    lines = stderr.splitlines()
    for relative, fragment in bulk["bad"].items():
        mine = [line for line in lines if line.startswith(f"{source}/{relative}:")]
        assert mine, f"{relative} is not named in stderr"
        assert any(fragment in line for line in mine), f"{relative}: no '{fragment}' in {mine}"
        assert not list((out / relative).parent.glob(stem(Path(relative).name) + ".*")), \
            f"{relative}: an invalid input has outputs"
    assert "warning" not in stderr
    others = [line for line in lines if not SUMMARY.match(line)
              and not any(line.startswith(f"{source}/{r}:") for r in bulk["bad"])]
    assert others == [], "messages about good files"


def test_bulk_summary_line_counts(bulk):
    source = bulk["source"]
    failed = ", ".join(f"{source}/{r}" for r in sorted(bulk["bad"]))
    total = GOOD_COUNT + len(bulk["bad"])
    assert summary_lines(bulk["result"].stderr) == [
        f"{GOOD_COUNT} of {total} inputs converted; {len(bulk['bad'])} failed: {failed}"]
    assert bulk["result"].stderr.splitlines()[-1].startswith(f"{GOOD_COUNT} of {total}")


def test_bulk_leaves_no_temp_files_and_writes_nothing_outside_out(bulk):
    assert temp_files(bulk["root"]) == []
    after = snapshot(bulk["root"], skip="out")
    assert after == bulk["before"], "files outside OUT were created, changed or removed"
    assert list(bulk["cwd"].iterdir()) == []


def test_bulk_outputs_read_back_with_their_tools(bulk):
    rng = random.Random(SEED + 1)
    goods = bulk["goods"]
    largest = max(goods, key=lambda r: sum(counts(goods[r]).values()))
    empty = next(r for r in goods if not goods[r].get("positions"))
    chosen = sorted({largest, empty, "dup/meeting.parley.yaml", *rng.sample(sorted(goods), 9)})
    plan = planned(bulk["out"], walk_inputs([*goods, *bulk["bad"]]))
    for relative in chosen:
        for fmt, path in zip(FORMATS, plan[relative]):
            CHECKS[fmt](Path(path), goods[relative])


# --------------------------------------------------------------------------- a smaller batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """40 good and 5 corrupt dossiers under in/."""
    root = tmp_path_factory.mktemp("batch")
    goods, bad = generate(root / "in", 40, seed=SEED + 2)
    return dict(root=root, source=root / "in", goods=goods, bad=bad)


def test_json_summary_matches_the_batch(batch, run_parley, tmp_path):
    source, out = batch["source"], tmp_path / "out"
    result = run_parley("export", source, "-t", "csv,xml", "--out-dir", out, "--json", "-j", "2")
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["succeeded"] == 40 and summary["failed"] == 5
    inputs = walk_inputs([*batch["goods"], *batch["bad"]])
    plan = planned(out, inputs, formats=["csv", "xml"])
    assert [r["input"] for r in summary["results"]] == [f"{source}/{f}{n}" for n, f in inputs]
    for entry, (name, folder) in zip(summary["results"], inputs):
        relative = folder + name
        if relative in batch["bad"]:
            assert entry["outputs"] == [] and entry["exitCode"] == 1, entry
            assert entry["error"].startswith(f"{source}/{relative}:"), entry
            assert batch["bad"][relative] in entry["error"], entry
        else:
            assert set(entry) == {"input", "outputs"}, entry
            assert entry["outputs"] == plan[relative]
            assert all(Path(p).is_file() for p in entry["outputs"])
    # The diagnostics still go to stderr; the summary line does not.
    assert summary_lines(result.stderr) == []
    for relative in batch["bad"]:
        assert f"{source}/{relative}:" in result.stderr


def test_quiet_prints_no_summary_but_every_problem(batch, run_parley, tmp_path):
    source, out = batch["source"], tmp_path / "out"
    result = run_parley("export", source, "-t", "csv", "--out-dir", out, "-q")
    assert result.returncode == 1
    assert result.stdout == ""
    assert summary_lines(result.stderr) == []
    for relative in batch["bad"]:
        assert f"{source}/{relative}:" in result.stderr
    assert len(list(out.rglob("*.csv"))) == 40


def test_a_clean_batch_exits_0_with_a_plain_summary(batch, run_parley, tmp_path):
    clean = tmp_path / "clean"
    for relative in batch["goods"]:
        target = clean / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((batch["source"] / relative).read_bytes())
    result = run_parley("export", clean, "-t", "graphml", "--out-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == "40 of 40 inputs converted\n"


def test_the_exit_code_is_the_worst_failure(batch, run_parley, tmp_path):
    missing = tmp_path / "missing.parley.json"
    result = run_parley("export", batch["source"], missing, "-t", "csv", "--out-dir", tmp_path / "out")
    assert result.returncode == 3, "an unreadable input (I/O, 3) outranks invalid ones (1)"
    assert any(line.startswith(f"{missing}:") for line in result.stderr.splitlines())
    [line] = summary_lines(result.stderr)
    assert line.startswith("40 of 46 inputs converted; 6 failed: ") and line.endswith(f", {missing}")


def test_parallel_outputs_are_byte_identical(batch, run_parley, tmp_path):
    runs = {}
    for jobs in ("1", "4"):
        out = tmp_path / f"j{jobs}"
        result = run_parley("export", batch["source"], "-t", ",".join(FORMATS), "--out-dir", out,
                            "-j", jobs)
        assert result.returncode == 1
        runs[jobs] = (files_under(out), result.stderr.replace(str(out), "OUT"))
    assert len(runs["1"][0]) == 40 * len(FORMATS)
    assert runs["1"][0] == runs["4"][0], "-j 1 and -j 4 wrote different files"
    assert runs["1"][1] == runs["4"][1], "-j 1 and -j 4 reported differently"


def test_standard_input_is_named_stdin(run_parley, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    other = variant(random.Random(SEED + 3), 1, fraction=0.03)
    (folder / "stdin.json").write_text(json.dumps(other), encoding="utf-8")
    text = dump(variant(random.Random(SEED + 4), 2, fraction=0.03), "x.yaml")
    out = tmp_path / "out"
    result = run_parley("export", "-", folder, "-f", "yaml", "-t", "csv,xml", "--out-dir", out,
                        input=text)
    assert result.returncode == 0, result.stderr
    assert sorted(files_under(out)) == ["stdin-2.csv", "stdin-2.xml", "stdin.csv", "stdin.xml"]
    assert xml_id(out / "stdin.xml") == yaml.safe_load(text)["id"]
    assert xml_id(out / "stdin-2.xml") == other["id"]


# --------------------------------------------------------------------------- names


def test_two_inputs_with_one_stem_get_dash_2(run_parley, tmp_path):
    a, b = small_dossiers(2, SEED + 5)
    first = write(tmp_path / "a" / "talks.json", json.dumps(a))
    second = write(tmp_path / "b" / "talks.parley.yaml", dump(b, "x.yaml"))
    out = tmp_path / "out"
    result = run_parley("export", first, second, "-t", "csv,xml", "--out-dir", out, "--json")
    assert result.returncode == 0, result.stderr
    assert sorted(files_under(out)) == ["talks-2.csv", "talks-2.xml", "talks.csv", "talks.xml"]
    assert xml_id(out / "talks.xml") == a["id"] and xml_id(out / "talks-2.xml") == b["id"]
    outputs = [r["outputs"] for r in json.loads(result.stdout)["results"]]
    assert outputs == [[f"{out}/talks.csv", f"{out}/talks.xml"],
                       [f"{out}/talks-2.csv", f"{out}/talks-2.xml"]]


@pytest.mark.parametrize("spelling", ["{d}", "{d}/", "./d/../d"])
def test_an_output_never_overwrites_an_input(run_parley, tmp_path, spelling):
    a, b, c = small_dossiers(3, SEED + 6)
    folder = tmp_path / "d"
    write(folder / "talks.json", json.dumps(a, indent=1))
    write(folder / "talks-2.json", json.dumps(b, indent=1))
    write(folder / "notes.parley.yaml", dump(c, "x.yaml"))
    before = files_under(folder)
    result = run_parley("export", "d", "-t", "json,xml", "--out-dir", spelling.format(d="d"),
                        "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = files_under(folder)
    assert {k: after[k] for k in before} == before, "an input was overwritten"
    assert sorted(set(after) - set(before)) == [
        "notes.json", "notes.xml", "talks-2-2.json", "talks-2.xml", "talks-3.json", "talks.xml"]
    assert json.loads(after["talks-3.json"])["id"] == a["id"]
    assert json.loads(after["talks-2-2.json"])["id"] == b["id"]
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("spelling", ["talks.yaml", "./talks.yaml"])
def test_o_never_overwrites_its_input(run_parley, tmp_path, spelling):
    before = write(tmp_path / "talks.yaml", SAMPLE.read_text(encoding="utf-8")).read_bytes()
    result = run_parley("export", "talks.yaml", "-t", "csv", "-o", spelling, cwd=tmp_path)
    assert (tmp_path / "talks.yaml").read_bytes() == before, "the input was overwritten"
    assert result.returncode == 2, result.stderr


ODD_NAMES = ["my talks.json", "Genève–talks.parley.yaml", "-rf.json", "--compact.yaml", "-.json",
             "日本語 (draft).yml", "it's \"quoted\" & <odd>.json", "tab\there.json"]


def odd_folder(root: Path) -> dict[str, dict]:
    dossiers = dict(zip(ODD_NAMES, small_dossiers(len(ODD_NAMES), SEED + 7)))
    for name, d in dossiers.items():
        write(root / name, dump(d, name))
    return dossiers


def check_odd_outputs(out: Path, dossiers: dict[str, dict]):
    expected = sorted(f"{stem(n)}.{e}" for n in dossiers for e in ("csv", "xml"))
    assert sorted(files_under(out)) == expected
    for name, d in dossiers.items():
        assert xml_id(out / f"{stem(name)}.xml") == d["id"], name


DOUBLE_DASH_CRASH = (
    "parley crashes on a `--` argument: ExportRegistry.make takes "
    "argument.dropFirst(2).split(\"=\")[0] of \"--\", an empty array (Index out of range)")


def test_odd_names_given_after_a_double_dash(run_parley, tmp_path):
    dossiers = odd_folder(tmp_path / "odd")
    out = tmp_path / "out"
    result = run_parley("export", "-t", "csv,xml", "--out-dir", out, "--", *ODD_NAMES,
                        cwd=tmp_path / "odd")
    assert result.returncode == 0, result.stderr
    assert stem("Genève–talks.parley.yaml") == "Genève–talks" and stem("-rf.json") == "-rf"
    check_odd_outputs(out, dossiers)


def test_odd_names_given_as_relative_paths(run_parley, tmp_path):
    dossiers = odd_folder(tmp_path / "odd")
    out = tmp_path / "out"
    result = run_parley("export", "-t", "csv,xml", "--out-dir", out, *(f"./{n}" for n in ODD_NAMES),
                        cwd=tmp_path / "odd")
    assert result.returncode == 0, result.stderr
    check_odd_outputs(out, dossiers)


def test_a_leading_dash_without_double_dash_is_a_usage_error(run_parley, tmp_path):
    odd_folder(tmp_path / "odd")
    result = run_parley("export", "-t", "csv", "--out-dir", tmp_path / "out", "-rf.json",
                        cwd=tmp_path / "odd")
    assert result.returncode == 2
    assert "-rf.json" in result.stderr and "unknown option" in result.stderr.lower()
    assert not (tmp_path / "out").exists(), "a usage error wrote files"


def test_odd_names_found_in_a_directory(run_parley, tmp_path):
    dossiers = odd_folder(tmp_path / "odd")
    out = tmp_path / "out"
    result = run_parley("export", tmp_path / "odd", "-t", "csv,xml", "--out-dir", out)
    assert result.returncode == 0, result.stderr
    check_odd_outputs(out, dossiers)


def test_unicode_normalization_twins_both_convert(run_parley, tmp_path):
    nfc, nfd = unicodedata.normalize("NFC", "Genève"), unicodedata.normalize("NFD", "Genève")
    assert nfc != nfd
    a, b = small_dossiers(2, SEED + 8)
    write(tmp_path / "in" / f"{nfc}.json", json.dumps(a))
    write(tmp_path / "in" / f"{nfd}.json", json.dumps(b))
    out = tmp_path / "out"
    result = run_parley("export", tmp_path / "in", "-t", "xml", "--out-dir", out)
    assert result.returncode == 0, result.stderr
    written = sorted(out.iterdir())
    assert len(written) == 2, "one output overwrote the other"
    assert sorted(xml_id(p) for p in written) == sorted([a["id"], b["id"]])


HOSTILE_NAMES = ["..json", "...json", "..%2f..%2fescape.json", "..\\..\\escape.json",
                 ".parley.json", "a\nb.json", " .json", "~.json", "$HOME.json", "*.json"]


def test_hostile_names_cannot_escape_out(run_parley, tmp_path):
    source = tmp_path / "area" / "in"
    dossiers = dict(zip(HOSTILE_NAMES, small_dossiers(len(HOSTILE_NAMES), SEED + 9)))
    for name, d in dossiers.items():
        write(source / name, json.dumps(d))
    out = tmp_path / "area" / "out"
    before = snapshot(tmp_path)
    given = [str(source / n) for n in HOSTILE_NAMES] + [f"{source}/../in/{HOSTILE_NAMES[2]}"]
    result = run_parley("export", "-t", "csv,xml", "--out-dir", out, "--json", *given, cwd=source)
    assert result.returncode == 0, result.stderr
    outputs = [p for r in json.loads(result.stdout)["results"] for p in r["outputs"]]
    assert len(outputs) == 2 * len(given) == len(set(outputs))
    for path in outputs:
        resolved = Path(path).resolve()
        assert resolved.parent == out.resolve(), f"{path!r} is not directly in OUT"
        assert resolved.is_file()
    assert snapshot(tmp_path, skip="area/out") == before, "something was written outside OUT"
    for name, d in dossiers.items():
        assert xml_id(out / f"{stem(name)}.xml") == d["id"], name


def test_a_long_name_that_fits_is_written(run_parley, tmp_path):
    """A 240-byte input name gives a 244-byte output name (NAME_MAX is 255), so the
    output is possible; its temporary file must not need a longer name."""
    name = "x" * 240 + ".json"
    write(tmp_path / "in" / name, json.dumps(small_dossiers(1, SEED + 10)[0]))
    result = run_parley("export", tmp_path / "in", "-t", "xml", "--out-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / ("x" * 240 + ".xml")).is_file()


# --------------------------------------------------------------------------- JSON Lines


def jsonl_document(rng: random.Random, number: int) -> str:
    return json.dumps(variant(rng, number, fraction=rng.choice([0.0, 0.03])),
                      ensure_ascii=rng.random() < 0.5)


@pytest.fixture(scope="module")
def jsonl():
    """50 lines: good dossiers, four bad lines and one blank one. Returns
    (text, {line number: dossier or message fragment})."""
    rng = random.Random(SEED + 11)
    truncated = jsonl_document(rng, 7)
    dangling = variant(rng, 19, fraction=0.15)
    dangling["positions"] = [dict(dangling["positions"][0], holder="rusia")]
    bad = {7: (truncated[: len(truncated) // 3], "malformed JSON"),
           19: (json.dumps(dangling), 'unknown entity "rusia"'),
           33: (json.dumps({"parley": "9.1", "id": "x", "title": "x"}), "IR version 9.1"),
           44: ("[1, 2, 3]", "")}
    lines, expected = [], {}
    for number in range(1, 51):
        if number in bad:
            lines.append(bad[number][0])
            expected[number] = bad[number][1]
        elif number == 25:
            lines.append("   ")
        else:
            lines.append(jsonl_document(rng, number))
            expected[number] = json.loads(lines[-1])
    return "\n".join(lines) + "\n", expected


def test_jsonl_results_in_input_order_equal_single_exports(jsonl, run_parley, parley, tmp_path):
    text, expected = jsonl
    formats = ["graphml", "csv"]
    result = run_parley("export", "-f", "jsonl", "-t", ",".join(formats), "-j", "3", input=text)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    results = [json.loads(line) for line in result.stdout.split("\n") if line]
    keys = [(r["line"], r.get("format")) for r in results]
    assert keys == [(n, f) for n, e in expected.items()
                    for f in (formats if isinstance(e, dict) else [None])]
    singles = {}
    for r in results:
        e = expected[r["line"]]
        if isinstance(e, dict):
            assert r["id"] == e["id"] and set(r) == {"line", "id", "format", "output"}
            singles[(r["line"], r["format"])] = r["output"]
        else:
            assert r["exitCode"] == 1 and e in r["error"], r
            assert r["error"].startswith(f"line {r['line']}"), r
            assert "output" not in r
            # A line that is JSON but not a valid dossier still names its id.
            try:
                declared = json.loads(text.split("\n")[r["line"] - 1])
            except json.JSONDecodeError:
                declared = None
            declared_id = declared.get("id") if isinstance(declared, dict) else None
            assert r.get("id") == declared_id, r

    lines = text.split("\n")

    def single(key):
        number, fmt = key
        path = tmp_path / f"line-{number}-{fmt}.json"
        path.write_text(lines[number - 1], encoding="utf-8")
        done = subprocess.run([str(parley), "export", str(path), "-t", fmt],
                              capture_output=True, encoding="utf-8", timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        outputs = dict(zip(singles, pool.map(single, singles)))
    different = [k for k in singles if singles[k] != outputs[k]]
    assert different == [], "JSON Lines output differs from parley export FILE -t FORMAT"


def test_jsonl_output_does_not_depend_on_jobs(jsonl, run_parley):
    text, _ = jsonl
    one = run_parley("export", "-f", "jsonl", "-t", "jsonld", "-j", "1", input=text)
    four = run_parley("export", "-f", "jsonl", "-t", "jsonld", "-j", "4", input=text)
    assert one.returncode == four.returncode == 1
    assert one.stdout == four.stdout and one.stdout.count("\n") == 49


def test_jsonl_streams_results_before_the_input_ends(parley):
    """-j 5 converts in windows of 40 lines: after 40 lines the first result
    must come while standard input is still open."""
    rng = random.Random(SEED + 12)
    lines = [jsonl_document(rng, n) for n in range(40)]
    process = subprocess.Popen([str(parley), "export", "-f", "jsonl", "-t", "csv", "-j", "5"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, bufsize=0)
    try:
        process.stdin.write(("\n".join(lines) + "\n").encode())
        process.stdin.flush()
        first, deadline = b"", time.monotonic() + 10
        while b"\n" not in first:
            ready, _, _ = select.select([process.stdout], [], [], max(0, deadline - time.monotonic()))
            assert ready, "no result within 10 s while standard input is open: not streaming"
            chunk = os.read(process.stdout.fileno(), 1 << 16)
            assert chunk, f"parley closed its output early: {process.stderr.read()!r}"
            first += chunk
        assert process.poll() is None, "parley exited before its input ended"
        assert json.loads(first.split(b"\n")[0])["line"] == 1
        process.stdin.close()
        rest = process.stdout.read()
        assert process.wait(timeout=60) == 0, process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    results = [json.loads(line) for line in (first + rest).split(b"\n") if line]
    assert [r["line"] for r in results] == list(range(1, 41))


def test_jsonl_with_input_files_is_a_usage_error(run_parley, tmp_path):
    path = write(tmp_path / "x.json", json.dumps(small_dossiers(1, SEED)[0]))
    result = run_parley("export", "-f", "jsonl", "-t", "csv", path, input="")
    assert result.returncode == 2
    assert result.stdout == "" and "standard input only" in result.stderr


def test_jsonl_without_a_format_is_a_usage_error(run_parley):
    result = run_parley("export", "-f", "jsonl", input='{"parley":"1.0","id":"x","title":"x"}\n')
    assert result.returncode == 2
    assert result.stdout == "" and "-t" in result.stderr


# --------------------------------------------------------------------------- progress bar


@pytest.fixture(scope="module")
def two_hundred(tmp_path_factory):
    root = tmp_path_factory.mktemp("progress")
    rng = random.Random(SEED + 13)
    for n in range(200):
        write(root / "in" / f"d{n % 7}" / f"t{n:03d}.json", json.dumps(variant(rng, n, 0.0)))
    return root / "in"


def run_in_pty(parley: Path, *args) -> tuple[int, bytes, bytes]:
    """Runs parley with standard error on a pseudo-terminal (standard output a
    pipe); returns (exit code, what the terminal got, standard output)."""
    master, slave = pty.openpty()
    process = subprocess.Popen([str(parley), *map(str, args)], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=slave, cwd=REPO_ROOT)
    os.close(slave)
    terminal = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(master, 1 << 16)
                except OSError:  # EIO: the other side is closed
                    break
                if not chunk:
                    break
                terminal += chunk
            elif process.poll() is not None:
                break
        stdout = process.stdout.read()
        code = process.wait(timeout=120)
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    return code, terminal, stdout


def test_progress_bar_on_a_terminal(parley, two_hundred, tmp_path):
    code, terminal, stdout = run_in_pty(parley, "export", two_hundred, "-t", "csv",
                                        "--out-dir", tmp_path / "out", "-j", "2")
    assert code == 0, terminal
    assert b"/200 files" in terminal, terminal[:500]
    assert b"200/200 files" in terminal
    assert b"\r\x1b[K" in terminal, "the bar is not erased at the end"
    assert b"200 of 200 inputs converted" in terminal
    assert stdout == b""


@pytest.mark.parametrize("flag", ["-q", "--json"])
def test_quiet_and_json_draw_no_bar_on_a_terminal(parley, two_hundred, tmp_path, flag):
    code, terminal, stdout = run_in_pty(parley, "export", two_hundred, "-t", "csv",
                                        "--out-dir", tmp_path / "out", flag)
    # (Once seen exiting 3 under load and not since: say what the terminal got.)
    assert code == 0, (terminal[-2000:], stdout[-2000:])
    assert b"files" not in terminal and b"\x1b" not in terminal, terminal[:500]
    if flag == "-q":
        assert terminal == b"" and stdout == b""
    else:
        assert json.loads(stdout)["succeeded"] == 200


def test_no_progress_bar_on_a_pipe(run_parley, two_hundred, tmp_path):
    result = run_parley("export", two_hundred, "-t", "csv", "--out-dir", tmp_path / "out")
    assert result.returncode == 0
    assert "/200 files" not in result.stderr
    assert "\r" not in result.stderr and "\x1b" not in result.stderr
    assert result.stderr == "200 of 200 inputs converted\n"


# --------------------------------------------------------------------------- interruption

SLOW_PLUGIN = """#!/usr/bin/env python3
import json, os, sys, time
if sys.argv[1:] == ["--describe"]:
    print(json.dumps({"protocol": 1, "name": "slow", "description": "Takes its time.",
                      "mediaType": "text/plain", "extension": "slow", "irVersions": ["1"]}))
    sys.exit(0)
with open(os.environ["SLOW_PIDFILE"], "a") as f:
    f.write(f"{os.getpid()}\\n")
sys.stdin.buffer.read()
time.sleep(20)
print("done")
"""


@pytest.fixture
def interrupted(parley, tmp_path, request):
    """Starts a batch whose exporter (a plugin) takes 20 s, waits until its
    temporary output file exists, sends the signal, and returns
    (exit code, the files left in OUT, the plugin's process ids)."""
    plugins = tmp_path / "plugins"
    write(plugins / "parley-export-slow", SLOW_PLUGIN).chmod(0o755)
    for n, d in enumerate(small_dossiers(2, SEED + 14)):
        write(tmp_path / "in" / f"t{n}.json", json.dumps(d))
    out, pidfile = tmp_path / "out", tmp_path / "plugin.pids"
    env = dict(os.environ, SLOW_PIDFILE=str(pidfile))
    process = subprocess.Popen(
        [str(parley), "export", str(tmp_path / "in"), "-t", "slow", "--plugin-path", str(plugins),
         "--out-dir", str(out), "-j", "2", "-q"], env=env, stderr=subprocess.PIPE)
    pids = []
    try:
        deadline = time.monotonic() + 15
        while not (out.is_dir() and temp_files(out)):
            assert time.monotonic() < deadline, "the slow export never started"
            assert process.poll() is None, process.stderr.read()
            time.sleep(0.05)
        process.send_signal(request.param)
        code = process.wait(timeout=30)
        time.sleep(0.5)
        pids = [int(p) for p in pidfile.read_text().split()] if pidfile.exists() else []
        left = sorted(p.name for p in out.iterdir())
        alive = [pid for pid in pids if process_alive(pid)]
        return code, left, alive
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pid in pids:  # only the plugin processes this test started
            if process_alive(pid):
                os.kill(pid, 9)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


INTERRUPT_LEAVES_TEMP = (
    "parley handles no signal: SIGINT/SIGTERM during an export leave the hidden temporary "
    "file .NAME.parley-XXXX in OUT (OutputFile.swift unlinks it only on a thrown error)")
INTERRUPT_ORPHANS_PLUGIN = (
    "parley handles no signal: a plugin it started keeps running after parley is interrupted "
    "(PluginProcess.swift puts it in a process group of its own, so not even a terminal's "
    "Ctrl-C reaches it)")
SIGNALS = [pytest.param(signal, id=signal.name) for signal in (signal_module.SIGINT,
                                                               signal_module.SIGTERM)]


@pytest.mark.parametrize("interrupted", SIGNALS, indirect=True)
def test_an_interrupted_batch_leaves_no_temporary_file(interrupted):
    code, left, _ = interrupted
    assert code != 0
    assert [name for name in left if TEMP_FILE.match(name)] == []


@pytest.mark.parametrize("interrupted", SIGNALS, indirect=True)
def test_an_interrupted_batch_leaves_no_plugin_running(interrupted):
    _, _, alive = interrupted
    assert alive == []
