"""What the tests of the graph formats share: running an export, reading the
GraphML of the same projection with networkx as the reference, and a
generated dossier with times of day."""

from __future__ import annotations

import subprocess
from pathlib import Path

import networkx as nx

from conftest import REPO_ROOT, require_parley

SAMPLE = "samples/security-talks-2022.parley.yaml"
PROJECTIONS = [[], ["--graph", "actors"], ["--graph", "stances"], ["--with", "sources,statements"]]


def projection_id(options: list[str]) -> str:
    return " ".join(options) or "full"


def export(source, fmt: str, *options: str) -> bytes:
    """The bytes of `parley export SOURCE -t FMT OPTIONS`, which must succeed."""
    done = subprocess.run(
        [str(require_parley()), "export", str(source), "-t", fmt, *options],
        capture_output=True, cwd=REPO_ROOT, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def graphml(source, tmp_path: Path, *options: str) -> nx.MultiGraph:
    """The GraphML export of the same projection, as networkx reads it."""
    path = tmp_path / "reference.graphml"
    path.write_bytes(export(source, "graphml", *options))
    return nx.read_graphml(path, force_multigraph=True)


def generate(folder: Path, records: int = 2000) -> Path:
    """A dossier from the benchmark generator (2,000 records unless told),
    with times of day."""
    out = folder / "generated.json"
    subprocess.run(
        ["python3", "Benchmarks/generate.py", "--records", str(records), "--seed", "11", "-o", str(out)],
        check=True, cwd=REPO_ROOT, timeout=300)
    return out
