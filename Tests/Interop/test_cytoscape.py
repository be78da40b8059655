"""The Cytoscape.js exporter (Sources/Exporters/Cytoscape) as networkx reads it.

Run: PARLEY=$PWD/.build/debug/parley python3 -m pytest Tests/Interop/test_cytoscape.py -q

Every export is read with networkx `cytoscape_graph` and must have GraphML's
nodes and edges (ids and counts), read with networkx too; the element shape is
the one Cytoscape desktop imports and Cytoscape.js's `cy.json()` loads.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graph_formats import PROJECTIONS, SAMPLE, export, generate, graphml, projection_id


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("cyjs"))


def check_same_graph(data: dict, reference: nx.Graph) -> nx.Graph:
    ids = [e["data"]["id"] for e in data["elements"]["nodes"] + data["elements"]["edges"]]
    assert len(ids) == len(set(ids)), "Cytoscape.js needs every element id unique"
    graph = nx.cytoscape_graph(data)
    assert set(graph.nodes) == set(reference.nodes)
    assert graph.number_of_edges() == reference.number_of_edges()
    assert sorted(k for _, _, k in graph.edges(keys=True)) == sorted(
        k for _, _, k in reference.edges(keys=True))
    return graph


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_networkx_reads_the_sample(options, tmp_path):
    data = json.loads(export(SAMPLE, "cyjs", *options))
    graph = check_same_graph(data, graphml(SAMPLE, tmp_path, *options))
    assert graph.is_directed() == (options != ["--graph", "actors"])


def test_networkx_reads_a_generated_dossier(generated, tmp_path):
    data = json.loads(export(generated, "cyjs", "--compact"))
    check_same_graph(data, graphml(generated, tmp_path))


def test_types_and_odd_text(tmp_path):
    odd = 'Quote " back\\slash\nnew line <&> שָׁלוֹם 🕊 \u0007'
    source = tmp_path / "odd.json"
    source.write_text(json.dumps({
        "parley": "1.0", "id": "odd", "title": "Odd",
        "entities": [{"id": "a", "kind": "state", "name": odd, "aliases": ["x, y", "z"]}],
        "talks": [{"id": "t", "name": "T", "kind": "call", "parties": ["a"],
                   "duration": "PT1H"}],
    }), encoding="utf-8")
    graph = nx.cytoscape_graph(json.loads(export(source, "cyjs")))
    assert graph.nodes["a"]["name"] == odd
    assert graph.nodes["a"]["aliases"] == ["x, y", "z"]
    assert graph.nodes["a"]["source_count"] == 0
    assert graph.nodes["t"]["duration_seconds"] == 3600.0
