"""The rough edges a new user hit (issue 14), each run the way a user or a
script meets it: `-t all`, `validate DIR` and `validate --json`, a closed
pipe, pretty JSON piped into `-f jsonl`, `--with` on a graph that cannot
take it, and `eval --details` with dates that fall inside each other.
"""

import json
import shutil
import signal
import subprocess

import pytest

from conftest import REPO_ROOT

SAMPLE = "samples/security-talks-2022.parley.yaml"
GRAPH_FORMATS = ["graphml", "gexf", "dot", "cyjs", "cypher"]


def builtin_formats(run_parley):
    listing = json.loads(run_parley("formats", "--json").stdout)
    return [(f["id"], f["extension"]) for f in listing if f["builtin"]]


def test_t_all_writes_every_builtin_format(run_parley, tmp_path):
    result = run_parley("export", SAMPLE, "-t", "all", "--out-dir", tmp_path, "-q")
    assert result.returncode == 0, result.stderr
    expected = {f"security-talks-2022.{ext}" for _, ext in builtin_formats(run_parley)}
    assert {p.name for p in tmp_path.iterdir()} == expected
    # Each is the same as that format written alone.
    for format_id, ext in builtin_formats(run_parley):
        if format_id == "sqlite":
            continue
        alone = run_parley("export", SAMPLE, "-t", format_id)
        assert (tmp_path / f"security-talks-2022.{ext}").read_text() == alone.stdout, format_id


def test_t_all_needs_an_output_directory(run_parley):
    result = run_parley("export", SAMPLE, "-t", "all")
    assert result.returncode == 2
    assert "--out-dir" in result.stderr


@pytest.fixture
def dossier_tree(tmp_path, run_parley):
    root = tmp_path / "tree"
    (root / "sub").mkdir(parents=True)
    shutil.copy(REPO_ROOT / SAMPLE, root / "good.parley.yaml")
    (root / "sub" / "bad.json").write_text(
        '{"parley": "1.0", "id": "x", "title": "t",\n'
        ' "positions": [{"id": "p", "holder": "nobody", "issue": "i", "stance": "rejects"}]}\n')
    (root / "sub" / "notes.txt").write_text("not a dossier")
    return root


def test_validate_walks_directories(run_parley, dossier_tree):
    result = run_parley("validate", dossier_tree)
    assert result.returncode == 1
    assert f"{dossier_tree}/good.parley.yaml: valid (259 records)" in result.stdout
    assert f"{dossier_tree}/sub/bad.json:2:" in result.stderr
    assert "notes.txt" not in result.stdout + result.stderr
    assert "1 of 2 files failed" in result.stderr


def test_validate_json_reports_per_file(run_parley, dossier_tree, tmp_path):
    missing = tmp_path / "missing.json"
    result = run_parley("validate", "--json", dossier_tree, missing)
    assert result.returncode == 3, "the worst: an unreadable file"
    report = json.loads(result.stdout)
    assert report["valid"] == 1 and report["invalid"] == 2
    files = {f["input"]: f for f in report["files"]}
    good = files[f"{dossier_tree}/good.parley.yaml"]
    assert good == {"input": good["input"], "valid": True, "records": 259}
    bad = files[f"{dossier_tree}/sub/bad.json"]
    assert bad["valid"] is False and bad["exitCode"] == 1
    assert {(p["path"], p["line"]) for p in bad["problems"]} == {
        ("positions[0].holder", 2), ("positions[0].issue", 2)}
    assert all(p["message"] and "hint" in p for p in bad["problems"])
    gone = files[str(missing)]
    assert gone["exitCode"] == 3 and "error" in gone and "problems" not in gone
    assert result.stderr == "", "with --json, the report is the output"


def test_validate_an_empty_directory_is_a_usage_error(run_parley, tmp_path):
    result = run_parley("validate", tmp_path)
    assert result.returncode == 2
    assert "no dossiers" in result.stderr


def test_validate_help_names_xml(run_parley):
    assert ".xml" in run_parley("validate", "--help").stdout


@pytest.mark.parametrize("command", [
    ["export", SAMPLE, "-t", "graphml"],
    ["export", SAMPLE, "-t", "json"],
    ["select", SAMPLE],
    ["formats"],
])
def test_a_closed_pipe_ends_quietly(parley, command):
    """`parley … | head`: parley ends as other Unix tools do, killed by
    SIGPIPE (141 in the shell) or with 0, and says nothing."""
    process = subprocess.Popen([str(parley), *command], cwd=REPO_ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(1)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    code = process.wait(timeout=60)
    # The exports are larger than a pipe's buffer, so parley is still
    # writing when the reader goes: only the tiny listing may finish first.
    assert code == -signal.SIGPIPE or (command == ["formats"] and code == 0), (code, stderr)
    assert stderr == "", stderr


def test_pretty_json_into_json_lines_is_one_error(run_parley):
    pretty = run_parley("export", SAMPLE, "-t", "json").stdout
    result = run_parley("export", "-f", "jsonl", "-t", "graphml", input=pretty)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "not JSON Lines" in lines[0] and "--compact" in lines[0]
    assert result.stdout == ""


def test_compact_json_lines_still_convert(run_parley):
    compact = run_parley("export", SAMPLE, "-t", "json", "--compact").stdout
    result = run_parley("export", "-f", "jsonl", "-t", "graphml", input=compact * 2)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize("format_id", GRAPH_FORMATS)
@pytest.mark.parametrize("graph", ["actors", "stances"])
def test_with_needs_the_full_graph(run_parley, format_id, graph):
    result = run_parley("export", SAMPLE, "-t", format_id, "--graph", graph, "--with", "sources")
    assert result.returncode == 2
    assert "--with sources" in result.stderr and "--graph full" in result.stderr
    assert result.stdout == ""
    full = run_parley("export", SAMPLE, "-t", format_id, "--with", "sources")
    assert full.returncode == 0, full.stderr


def write_dossier(path, talk_date, event_date):
    path.write_text(json.dumps({
        "parley": "1.0", "id": "d", "title": "t",
        "entities": [
            {"id": "a", "kind": "state", "name": "Armenia"},
            {"id": "b", "kind": "state", "name": "Azerbaijan"},
            {"id": "c", "kind": "state", "name": "Canada"},
        ],
        "talks": [{"id": "t1", "name": "Talks", "kind": "bilateral", "date": talk_date,
                   "parties": ["a", "b"]}],
        "events": [{"id": "e1", "kind": "meeting", "title": "Met", "date": event_date,
                    "actors": ["a"]}],
    }))


def test_eval_matches_dates_inside_each_other_and_lists_details(run_parley, tmp_path):
    gold = tmp_path / "gold.json"
    draft = tmp_path / "draft.json"
    write_dossier(gold, "2023-05-10/2023-05-12", "2023-05")
    write_dossier(draft, "2023-05-11", "2023-05-20")
    result = run_parley("eval", draft, gold, "--json", "--details")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["talks"]["matched"] == 1, "a day inside the gold interval"
    assert scores["events"]["matched"] == 1, "a day inside the gold month"
    details = scores["details"]
    assert details["talks"] == {"matched": [{"draft": "t1", "gold": "t1"}], "missed": [],
                                "spurious": []}
    assert details["entities"]["matched"] == [
        {"draft": x, "gold": x} for x in ("a", "b", "c")]
    # The reverse: a draft interval holding the gold day; and a day outside.
    write_dossier(gold, "2023-05-11", "2023-06-01")
    write_dossier(draft, "2023-05-10/2023-05-12", "2023-05")
    scores = json.loads(run_parley("eval", draft, gold, "--json", "--details").stdout)
    assert scores["talks"]["matched"] == 1
    assert scores["events"]["matched"] == 0
    assert scores["details"]["events"] == {"matched": [], "missed": ["e1"], "spurious": ["e1"]}
    text = run_parley("eval", draft, gold, "--details").stdout
    assert "events: 0 matched, 1 missed, 1 spurious" in text
    assert "  - missed e1" in text and "  + spurious e1" in text
    assert "details" not in json.loads(run_parley("eval", draft, gold, "--json").stdout)
