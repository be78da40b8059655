"""The GEXF exporter (Sources/Exporters/GEXF) as the tools that read it see it.

Run: PARLEY=$PWD/.build/debug/parley python3 -m pytest Tests/Interop/test_gexf.py -q

Every export is validated against the official GEXF 1.3 RELAX NG grammar
(lxml), from ../shared/schemas/gexf-1.3 (override the shared folder with
PARLEY_SHARED); when it is absent those tests are skipped with a message, never
passed. Every export is read back with networkx `read_gexf`, and its node and
edge ids must be exactly GraphML's, read with networkx too.

networkx 3.6 has no Python type for GEXF's `timeformat="dateTime"` (its reader
maps only `date`, `double`, `integer` and `long`), so for a dossier with times
of day the reader is given that one mapping, as text: everything else it
parses as it does for any GEXF file.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from conftest import REPO_ROOT, require_parley
from graph_formats import PROJECTIONS, SAMPLE, export, generate, projection_id

RNG_MISSING = (
    "the GEXF 1.3 RELAX NG grammar is not at ../shared/schemas/gexf-1.3/gexf.rng "
    "(set PARLEY_SHARED): GEXF exports were NOT validated against it"
)


class DateTimeReader(nx.readwrite.gexf.GEXFReader):
    """networkx's own reader, told that GEXF's `dateTime` values are text."""

    def construct_types(self):
        super().construct_types()
        self.python_type["dateTime"] = str


def read_gexf(data: bytes, tmp_path: Path) -> nx.Graph:
    path = tmp_path / "graph.gexf"
    path.write_bytes(data)
    reader = DateTimeReader(node_type=None)
    return reader(str(path))


def edge_ids(graph: nx.Graph) -> list[str]:
    """GraphML edge ids: networkx keeps them as multigraph keys, else as `id`."""
    if graph.is_multigraph():
        return [key for _, _, key in graph.edges(keys=True)]
    return [data["id"] for _, _, data in graph.edges(data=True)]


def read_graphml(data: bytes, tmp_path: Path) -> nx.Graph:
    path = tmp_path / "graph.graphml"
    path.write_bytes(data)
    return nx.read_graphml(path)


@pytest.fixture(scope="session")
def grammar():
    env = os.environ.get("PARLEY_SHARED")
    base = Path(env) if env else REPO_ROOT.parent / "shared"
    for shared in [base, base.parent]:
        rng = shared / "schemas" / "gexf-1.3" / "gexf.rng"
        if rng.is_file():
            return etree.RelaxNG(etree.parse(str(rng)))
    pytest.skip(RNG_MISSING)


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("gexf"))


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_the_sample_is_valid_gexf(grammar, options):
    document = etree.fromstring(export(SAMPLE, "gexf", *options))
    assert grammar.validate(document), grammar.error_log


def test_a_generated_dossier_is_valid_gexf(grammar, generated):
    document = etree.fromstring(export(generated, "gexf"))
    assert document.find("{http://gexf.net/1.3}graph").get("timeformat") == "dateTime"
    assert grammar.validate(document), grammar.error_log


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_networkx_reads_the_same_graph_as_graphml(options, tmp_path):
    gexf = read_gexf(export(SAMPLE, "gexf", *options), tmp_path)
    graphml = read_graphml(export(SAMPLE, "graphml", *options), tmp_path)
    assert set(gexf.nodes) == set(graphml.nodes)
    assert gexf.number_of_edges() == graphml.number_of_edges()
    assert sorted(d["id"] for _, _, d in gexf.edges(data=True)) == sorted(edge_ids(graphml))
    for node, data in graphml.nodes(data=True):
        assert gexf.nodes[node]["label"] == data["label"]
        assert gexf.nodes[node]["kind"] == data["kind"]


def test_networkx_reads_a_generated_dossier(generated, tmp_path):
    gexf = read_gexf(export(generated, "gexf"), tmp_path)
    graphml = read_graphml(export(generated, "graphml"), tmp_path)
    assert (gexf.number_of_nodes(), gexf.number_of_edges()) == (
        graphml.number_of_nodes(), graphml.number_of_edges())


def test_times_and_successive_stances(tmp_path):
    graph = read_gexf(export(SAMPLE, "gexf"), tmp_path)
    assert graph.graph["mode"] == "dynamic"
    dated = [d for _, d in graph.nodes(data=True) if d.get("type") == "talk" and "start" in d]
    assert dated, "the sample's talks are dated"
    for data in dated:
        assert data["start"] <= data["end"]
    # Each superseded position ends before the next position of the pair starts.
    by_pair: dict[tuple[str, str], list[dict]] = {}
    for source, target, data in graph.edges(data=True):
        if data.get("kind") == "position" and "start" in data:
            by_pair.setdefault((source, target), []).append(data)
    checked = 0
    for history in by_pair.values():
        history.sort(key=lambda d: d["start"])
        for earlier, later in zip(history, history[1:]):
            if earlier["start"] < later["start"]:
                assert earlier["end"] < later["start"], (earlier, later)
                checked += 1
    assert checked > 0, "the sample has a holder whose stance on an issue changes"


def test_odd_text_survives(tmp_path):
    odd = 'Quote " back\\slash\nnew line <&> שָׁלוֹם 🕊'
    source = tmp_path / "odd.yaml"
    source.write_text(
        'parley: "1.0"\nid: odd\ntitle: Odd\nentities:\n'
        f'  - {{id: a, kind: person, name: {json_string(odd)}, aliases: ["x, \\"y\\"", "z"]}}\n'
        "  - {id: b, kind: state, name: \"B\\u0007\"}\n",
        encoding="utf-8")
    done = subprocess.run(
        [str(require_parley()), "export", str(source), "-t", "gexf"],
        capture_output=True, cwd=REPO_ROOT, timeout=60)
    assert done.returncode == 0
    assert b"U+FFFD" in done.stderr
    graph = read_gexf(done.stdout, tmp_path)
    assert graph.nodes["a"]["label"] == odd
    assert graph.nodes["b"]["label"] == "B\ufffd"


def json_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)
