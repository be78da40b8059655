"""The PySpark example, samples/spark/parley_spark.py, run in Spark's local mode.

Run: PARLEY=$PWD/.build/debug/parley .venv/bin/python -m pytest Tests/Interop/test_spark.py -q -rs

pyspark is pinned in requirements.txt and Java 17+ comes from the machine
(`scripts/setup --python` installs Debian's default-jre-headless when `java`
is missing), so both tests run in CI; without either they are skipped with a
message saying the example was not run, never passed silently.

The example reads a JSON Lines file of dossiers made here — varied ids, one id
used twice, a blank line and two bad lines — and must write one GraphML file
per good dossier, byte-identical to `parley export FILE -t graphml`, report
each bad line by its line number in the file, and exit 1.
"""

import importlib.util
import json
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import REPO_ROOT

SCRIPT = REPO_ROOT / "samples" / "spark" / "parley_spark.py"
SAMPLE = REPO_ROOT / "samples" / "security-talks-2022.parley.yaml"
TIMEOUT = 600


def require_spark():
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark is not installed: the Spark example was not run")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: the Spark example was not run")


def run_example(source, out, parley, partitions, cwd):
    """Runs samples/spark/parley_spark.py over `source` into `out`."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(source), str(out), "--parley", str(parley),
         "--partitions", str(partitions)],
        capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd)


def dossiers():
    """(line text, dossier id or None, expected error fragment or None) per line."""
    base = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    kept = {k: base[k] for k in ("sources", "entities", "issues", "talks")}
    lines = []
    for n in range(24):
        d = {"parley": "1.0", "id": f"spark-{n:02d}", "title": f"Spark run {n} — Genève", **kept}
        if n % 3 == 0:
            d["events"] = base["events"][n % 7: n % 7 + 3]
        if n == 11:
            d["id"] = "spark-05"  # the second dossier with this id
        lines.append((json.dumps(d, ensure_ascii=n % 2 == 0), d["id"], None))
    lines.insert(6, ("", None, None))
    lines.insert(9, ('{"parley": "1.0", "id": "broken", "title": ', None, "malformed JSON"))
    lines.insert(17, (json.dumps({"parley": "1.0", "id": "x", "title": "x",
                                  "issues": [{"id": "i", "lable": "I"}]}), None,
                      'unknown field "lable"'))
    return lines


def test_spark_example_writes_one_graphml_per_dossier(parley, tmp_path):
    require_spark()
    lines = dossiers()
    source = tmp_path / "dossiers.jsonl"
    source.write_text("\n".join(text for text, _, _ in lines) + "\n", encoding="utf-8")
    out = tmp_path / "graphml"
    result = run_example(source, out, parley, partitions=3, cwd=tmp_path)
    assert result.returncode == 1, result.stderr[-3000:]

    ids = [i for _, i, _ in lines if i]
    expected = {}
    for number, (text, dossier_id, error) in enumerate(lines, start=1):
        if error:
            reported = [m for m in result.stderr.splitlines() if m.startswith(f"{source}:{number}:")]
            assert reported and error in reported[0], f"line {number} not reported:\n{result.stderr}"
        elif dossier_id:
            name = f"{dossier_id}-{number}" if ids.count(dossier_id) > 1 else dossier_id
            expected[f"{name}.graphml"] = text
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    assert {"spark-05-6.graphml", "spark-05-14.graphml"} <= set(expected) and len(expected) == 24
    assert f"24 of 26 dossiers written to {out}" in result.stderr

    for name, text in expected.items():
        single = tmp_path / "single.json"
        single.write_text(text, encoding="utf-8")
        done = subprocess.run([str(parley), "export", str(single), "-t", "graphml"],
                              capture_output=True, encoding="utf-8", timeout=60)
        assert done.returncode == 0, done.stderr
        assert (out / name).read_text(encoding="utf-8") == done.stdout, name


def test_spark_two_thousand_dossiers_over_four_partitions(parley, tmp_path):
    """2,000 dossiers over 4 partitions: every good line is written, every bad
    line reported by its number, and each file is byte-identical to what one
    `parley export -f jsonl` process gives for the same line."""
    require_spark()
    lines = []
    bad = {}
    for n in range(2000):
        if n % 250 == 17:
            lines.append('{"parley": "1.0", "id": "cut-%d", "title": ' % n)
            bad[n + 1] = "malformed JSON"
            continue
        dossier = {"parley": "1.0", "id": f"bulk-{n:04d}", "title": f"Bulk {n}",
                   "entities": [{"id": "ru", "kind": "state", "name": "Russia"},
                                {"id": "us", "kind": "state", "name": "United States"},
                                {"id": f"p{n}", "kind": "person", "name": f"Envoy {n}",
                                 "country": "ru" if n % 2 else "us"}],
                   "relations": [{"id": "r", "kind": "member-of" if n % 3 else "represents",
                                  "from": f"p{n}", "to": "ru"}] if n % 5 == 0 else []}
        if not dossier["relations"]:
            del dossier["relations"]
        lines.append(json.dumps(dossier))
    source = tmp_path / "bulk.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "graphml"
    result = run_example(source, out, parley, partitions=4, cwd=tmp_path)
    assert result.returncode == 1, result.stderr[-3000:]
    for number, error in bad.items():
        reported = [m for m in result.stderr.splitlines() if m.startswith(f"{source}:{number}:")]
        assert reported and error in reported[0], f"line {number} not reported"
    good = len(lines) - len(bad)
    assert f"{good} of {len(lines)} dossiers written to {out}" in result.stderr

    single = subprocess.run([str(parley), "export", "-f", "jsonl", "-t", "graphml"],
                            input=source.read_text(encoding="utf-8"), capture_output=True,
                            text=True, timeout=TIMEOUT)
    outputs = {}
    for row in map(json.loads, single.stdout.splitlines()):
        if "output" in row:
            outputs[f"{row['id']}.graphml"] = row["output"]
    assert len(outputs) == good
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert written == outputs
