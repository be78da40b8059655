"""`swift package export-graph` as a user runs it: from a copy of the example
consumer package in samples/consumer, outside the Parley package, depending on
Parley by path. The copy builds Parley for the plugin, so this module takes a
minute or two on a first run.
"""

import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CONSUMER = REPO_ROOT / "samples" / "consumer"
TIMEOUT = 900


@pytest.fixture(scope="module")
def consumer(tmp_path_factory) -> Path:
    """A copy of samples/consumer whose Parley dependency points at this checkout."""
    if shutil.which("swift") is None:
        pytest.fail("the swift toolchain is not on PATH", pytrace=False)
    copy = tmp_path_factory.mktemp("consumer") / "consumer"
    shutil.copytree(CONSUMER, copy, ignore=shutil.ignore_patterns(".build*", ".swiftpm"))
    manifest = copy / "Package.swift"
    text = manifest.read_text()
    assert 'path: "../.."' in text, "the example's manifest no longer depends on Parley by path"
    manifest.write_text(text.replace('path: "../.."', f'path: "{REPO_ROOT}"'))
    return copy


def export_graph(package: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["swift", "package", *args],
        cwd=package, capture_output=True, text=True, timeout=TIMEOUT,
    )


def printed_outputs(result: subprocess.CompletedProcess) -> list[Path]:
    """The files the plugin says it wrote: its stdout lines that are existing paths."""
    return [Path(line) for line in result.stdout.splitlines() if line.startswith("/") and Path(line).is_file()]


def test_exports_every_dossier_to_the_work_directory(consumer):
    result = export_graph(consumer, "export-graph")
    assert result.returncode == 0, result.stderr
    outputs = printed_outputs(result)
    assert [p.name for p in outputs] == ["vienna-jcpoa-2015.graphml"]
    assert ".build/plugins" in str(outputs[0])
    graph = nx.read_graphml(outputs[0], force_multigraph=True)
    # 7 entities, 1 talk, 2 issues; edges: 3 parties + 3 participants + venue + 2 agenda
    # + 3 positions + 3 roles + 2 countries.
    assert graph.number_of_nodes() == 10
    assert graph.number_of_edges() == 17
    assert graph.nodes["zarif"]["label"] == "Mohammad Javad Zarif"


def test_formats_projection_and_output_directory_inside_the_package(consumer):
    target = consumer / "exports"
    result = export_graph(
        consumer, "--allow-writing-to-directory", str(target),
        "export-graph", "--to", "graphml,json", "--graph", "stances", "--output", "exports",
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in target.iterdir()) == [
        "vienna-jcpoa-2015.graphml", "vienna-jcpoa-2015.json",
    ]
    graph = nx.read_graphml(target / "vienna-jcpoa-2015.graphml")
    assert graph.number_of_nodes() == 4  # 2 holders + 2 issues
    assert graph.number_of_edges() == 3
    assert graph.edges["iran", "enrichment-limits"]["stance"] == "accepts"


def test_errors_from_parley_surface_with_a_non_zero_exit(consumer, tmp_path):
    bad = tmp_path / "bad.parley.yaml"
    bad.write_text('parley: "1.0"\nid: bad\ntitle: Bad\npositions:\n  - {id: p, holder: nobody, issue: x, stance: demands}\n')
    result = export_graph(consumer, "export-graph", str(bad))
    assert result.returncode != 0
    assert 'positions[0].holder: unknown entity "nobody"' in result.stderr + result.stdout
    assert "parley export failed (exit code 1)" in result.stderr + result.stdout


def test_unknown_format_is_a_usage_error(consumer):
    result = export_graph(consumer, "export-graph", "--to", "grafml")
    assert result.returncode != 0
    assert 'unknown format "grafml"; did you mean "graphml"?' in result.stderr + result.stdout


def test_every_format_option_reaches_parley(consumer):
    target = consumer / "exports-options"
    result = export_graph(
        consumer, "--allow-writing-to-directory", str(target),
        "export-graph", "--to", "graphml,csv,jsonld,gexf", "--with", "sources", "--flavor", "yed",
        "--csv-flavor", "positions", "--base=https://example.org/talks/", "--output",
        "exports-options",
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in target.iterdir())
    assert names == [f"vienna-jcpoa-2015.{ext}" for ext in ("csv", "gexf", "graphml", "jsonld")]
    graphml = (target / "vienna-jcpoa-2015.graphml").read_text()
    assert "yfiles.type" in graphml  # --flavor yed
    graph = nx.read_graphml(target / "vienna-jcpoa-2015.graphml", force_multigraph=True)
    assert any(d.get("type") == "source" for _, d in graph.nodes(data=True))  # --with sources
    header = (target / "vienna-jcpoa-2015.csv").read_text().splitlines()[0]
    assert "stance" in header  # --csv-flavor positions
    assert "https://example.org/talks/" in (target / "vienna-jcpoa-2015.jsonld").read_text()


def test_a_misspelled_option_is_refused_by_parley(consumer):
    result = export_graph(consumer, "export-graph", "--grahp", "stances")
    assert result.returncode != 0
    assert "--grahp" in result.stderr + result.stdout
    assert "--graph" in result.stderr + result.stdout
