"""`--filter CMD` on export, select and merge (docs/toolkit.md, "Filters"):
the dossier goes to the program as canonical JSON, what it writes back is
read and validated, filters run in order, and every failure — an exit code,
a signal, a hang, an invalid dossier — stops that input with exit 4, the
filter named and its standard error quoted, and no output written. The
sample filters in samples/filters/ are run the way the README shows them.
"""

import json
import os
import subprocess
import sys
import time

import pytest

from conftest import REPO_ROOT

SAMPLE = "samples/security-talks-2022.parley.yaml"
PYTHON = sys.executable


def canonical(run_parley, path=SAMPLE):
    result = run_parley("export", path, "-t", "json")
    assert result.returncode == 0, result.stderr
    return result.stdout


def filter_script(tmp_path, name, body):
    """A Python filter at tmp_path/name; returns the command that runs it."""
    path = tmp_path / name
    path.write_text("import json, sys\n" + body, encoding="utf-8")
    return f"{PYTHON} {path}"


def test_a_filter_that_copies_its_input_changes_nothing(run_parley):
    result = run_parley("export", SAMPLE, "--filter", "cat", "--filter", "cat", "-t", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == canonical(run_parley)


def test_the_filter_gets_canonical_json_and_its_environment(run_parley, tmp_path):
    seen = tmp_path / "seen.json"
    command = filter_script(tmp_path, "spy.py", f"""
import os
data = sys.stdin.read()
open({str(seen)!r}, "w").write(json.dumps({{"input": os.environ.get("PARLEY_FILTER_INPUT"),
    "exe": os.environ.get("PARLEY_EXECUTABLE"), "data": data}}))
sys.stdout.write(data)
""")
    result = run_parley("export", SAMPLE, "--filter", command, "-t", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(seen.read_text())
    assert record["input"] == SAMPLE
    assert record["exe"] and os.path.basename(record["exe"]) == "parley"
    # Canonical JSON, compact: the same dossier as `-t json --compact`.
    compact = run_parley("export", SAMPLE, "-t", "json", "--compact").stdout
    assert record["data"] == compact


def test_filters_run_in_order_after_the_selection(run_parley, tmp_path):
    rename = filter_script(tmp_path, "rename.py", """
d = json.load(sys.stdin)
d["title"] = d["title"] + " / " + str(len(d["positions"]))
json.dump(d, sys.stdout)
""")
    shout = filter_script(tmp_path, "shout.py", """
d = json.load(sys.stdin)
d["title"] = d["title"].upper()
json.dump(d, sys.stdout)
""")
    result = run_parley("select", SAMPLE, "--stance", "warns", "--filter", rename,
                        "--filter", shout)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    original = json.loads(canonical(run_parley))
    warns = [p for p in original["positions"] if p["stance"] == "warns"]
    assert warns, "the sample has positions that warn"
    # The selection ran first (the count is the selection's), then rename,
    # then shout.
    assert out["title"] == (original["title"] + f" / {len(warns)}").upper()


def test_a_filter_that_fails_stops_the_input_and_is_quoted(run_parley, tmp_path):
    out = tmp_path / "out.graphml"
    result = run_parley("export", SAMPLE, "--filter", "echo 'no such field: x' >&2; exit 3",
                        "-o", out)
    assert result.returncode == 4
    assert "filter 'echo 'no such field: x' >&2; exit 3' failed with exit code 3" in result.stderr
    assert "| no such field: x" in result.stderr
    assert not out.exists()
    assert not list(tmp_path.iterdir()), "no temporary file is left"


def test_a_filter_killed_by_a_signal(run_parley, tmp_path):
    result = run_parley("export", SAMPLE, "--filter", "kill -SEGV $$", "-t", "json")
    assert result.returncode == 4
    assert "was killed by signal 11" in result.stderr


def test_a_filter_that_writes_an_invalid_dossier(run_parley, tmp_path):
    bad = json.loads(canonical(run_parley))
    bad["positions"][0]["holder"] = "nobody-at-all"
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    command = f"cat >/dev/null; cat {tmp_path / 'bad.json'}"
    result = run_parley("export", SAMPLE, "--filter", command, "-t", "json")
    assert result.returncode == 4
    assert "wrote something that is not a valid dossier" in result.stderr
    assert 'positions[0].holder: unknown entity "nobody-at-all"' in result.stderr
    assert result.stdout == ""
    for garbage, expected in [("echo '{'", "malformed JSON"), ("true", "wrote nothing")]:
        result = run_parley("export", SAMPLE, "--filter", garbage, "-t", "json")
        assert result.returncode == 4, garbage
        assert expected in result.stderr, (garbage, result.stderr)


def test_a_filter_that_hangs_is_stopped_with_its_children(run_parley, tmp_path):
    marker = tmp_path / "child-alive"
    # The filter starts a grandchild that would outlive it: the whole group
    # must be killed at the timeout.
    command = f"(sleep 5; touch {marker}) & sleep 60"
    started = time.monotonic()
    result = run_parley("export", SAMPLE, "--filter", command, "--filter-timeout", "1",
                        "-t", "json", timeout=30)
    elapsed = time.monotonic() - started
    assert result.returncode == 4
    assert "did not finish within 1 s" in result.stderr
    assert elapsed < 10
    time.sleep(5)
    assert not marker.exists(), "the filter's process group was killed"


def test_a_batch_goes_on_past_an_input_whose_filter_fails(run_parley, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a", "b"):
        data = json.loads(canonical(run_parley))
        data["id"] = name
        (inputs / f"{name}.json").write_text(json.dumps(data))
    command = filter_script(tmp_path, "picky.py", """
d = json.load(sys.stdin)
if d["id"] == "b":
    sys.exit("b is not welcome")
json.dump(d, sys.stdout)
""")
    out = tmp_path / "out"
    result = run_parley("export", inputs, "--filter", command, "-t", "json", "--out-dir", out)
    assert result.returncode == 4
    assert (out / "a.json").exists()
    assert not (out / "b.json").exists()
    assert "b is not welcome" in result.stderr
    assert "1 of 2 inputs converted" in result.stderr


def test_filter_options_are_checked(run_parley):
    for args, expected in [
        (["--filter-timeout", "0"], "--filter-timeout must be"),
        (["--filter-timeout", "nan"], "--filter-timeout must be"),
        (["--filter", " "], "--filter needs a command"),
    ]:
        result = run_parley("export", SAMPLE, "-t", "json", *args)
        assert result.returncode == 2, args
        assert expected in result.stderr, (args, result.stderr)


def test_merge_runs_filters_on_the_merged_dossier(run_parley, tmp_path):
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    assert run_parley("select", SAMPLE, "--kind", "talk", "-o", a).returncode == 0
    assert run_parley("select", SAMPLE, "--kind", "event", "-o", b).returncode == 0
    counter = filter_script(tmp_path, "count.py", """
d = json.load(sys.stdin)
d["description"] = f"{len(d.get('talks', []))} talks, {len(d.get('events', []))} events"
json.dump(d, sys.stdout)
""")
    result = run_parley("merge", a, b, "--filter", counter)
    assert result.returncode == 0, result.stderr
    original = json.loads(canonical(run_parley))
    merged = json.loads(result.stdout)
    assert merged["description"] == (
        f"{len(original['talks'])} talks, {len(original['events'])} events")


def test_the_sample_filters(run_parley):
    anonymised = run_parley(
        "export", SAMPLE, "--filter",
        f"{PYTHON} samples/filters/anonymise_officials.py", "-t", "json")
    assert anonymised.returncode == 0, anonymised.stderr
    names = {e["id"]: e["name"] for e in json.loads(anonymised.stdout)["entities"]}
    assert names["us-senior-official"] == "Official 1"
    assert names["ryabkov"] == json.loads(canonical(run_parley))["entities"][
        [e["id"] for e in json.loads(canonical(run_parley))["entities"]].index("ryabkov")]["name"]
    # The sample has no confidences: nothing below any threshold is dropped.
    kept = run_parley("export", SAMPLE, "--filter",
                      f"{PYTHON} samples/filters/min_confidence.py 0.9", "-t", "json")
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout == canonical(run_parley)
    # A bad threshold is the filter's own error, quoted.
    bad = run_parley("export", SAMPLE, "--filter",
                     f"{PYTHON} samples/filters/min_confidence.py 7", "-t", "json")
    assert bad.returncode == 4
    assert "| " in bad.stderr


def test_min_confidence_drops_only_positions_below_the_threshold(run_parley, tmp_path):
    data = json.loads(canonical(run_parley))
    data["positions"][0]["sources"] = [{"source": data["sources"][0]["id"], "confidence": 0.3}]
    data["positions"][1]["sources"] = [{"source": data["sources"][0]["id"], "confidence": 0.95}]
    path = tmp_path / "scored.json"
    path.write_text(json.dumps(data))
    result = run_parley("export", path, "--filter",
                        f"{PYTHON} samples/filters/min_confidence.py 0.5", "-t", "json")
    assert result.returncode == 0, result.stderr
    ids = [p["id"] for p in json.loads(result.stdout)["positions"]]
    assert data["positions"][0]["id"] not in ids
    assert data["positions"][1]["id"] in ids
    assert len(ids) == len(data["positions"]) - 1
