"""The DOT exporter (Sources/Exporters/DOT) as pydot and Graphviz read it.

Run: PARLEY=$PWD/.build/debug/parley python3 -m pytest Tests/Interop/test_dot.py -q

Every export is parsed by pydot, which must find GraphML's nodes and edges, and
rendered by Graphviz's `dot -Tsvg`, whose SVG must draw every node of the
projection. Graphviz comes from Debian's `graphviz` package: when `dot` is
missing the tests install it with apt-get (as root) and, if that fails, are
skipped with a message saying Graphviz did NOT run.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pydot
import pytest
from lxml import etree

from conftest import REPO_ROOT, require_parley, tool_installing
from graph_formats import PROJECTIONS, SAMPLE, export, generate, graphml, projection_id

SVG = "{http://www.w3.org/2000/svg}"


def unquote(text: str) -> str:
    if text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", '"': '"', "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def dot_nodes_and_edges(data: bytes):
    (graph,) = pydot.graph_from_dot_data(data.decode("utf-8"))
    nodes = {}
    for subgraph in [graph, *graph.get_subgraphs()]:
        for node in subgraph.get_nodes():
            if node.get_name() not in ("node", "edge", "graph"):
                nodes[unquote(node.get_name())] = node
    edges = [(unquote(e.get_source()), unquote(e.get_destination()), unquote(e.get("id")))
             for e in graph.get_edges()]
    return graph, nodes, edges


@pytest.fixture(scope="session")
def graphviz() -> str:
    dot = tool_installing("dot", "graphviz")
    if dot is None:
        pytest.skip("Graphviz (`dot`) is not installed and could not be installed with apt-get: "
                    "DOT exports were NOT rendered")
    return dot


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_pydot_reads_the_same_graph_as_graphml(options, tmp_path):
    graph, nodes, edges = dot_nodes_and_edges(export(SAMPLE, "dot", *options))
    reference = graphml(SAMPLE, tmp_path, *options)
    assert set(nodes) == set(reference.nodes)
    assert sorted(e[2] for e in edges) == sorted(k for _, _, k in reference.edges(keys=True))
    assert graph.get_type() == ("graph" if options == ["--graph", "actors"] else "digraph")
    for node_id, node in nodes.items():
        assert unquote(node.get("label")) == reference.nodes[node_id]["label"]


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_graphviz_draws_every_node(graphviz, options, tmp_path):
    data = export(SAMPLE, "dot", *options)
    svg = subprocess.run([graphviz, "-Tsvg"], input=data, capture_output=True, timeout=300)
    assert svg.returncode == 0, svg.stderr.decode()
    root = etree.fromstring(svg.stdout)
    drawn = {g.findtext(f"{SVG}title") for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    assert drawn == set(graphml(SAMPLE, tmp_path, *options).nodes)


def test_odd_text_survives(graphviz, tmp_path):
    odd = 'Quote " back\\slash\\\nnew line <&> שָׁלוֹם 🕊 */ // ; -> }'
    source = tmp_path / "odd.json"
    source.write_text(json.dumps({
        "parley": "1.0", "id": "odd", "title": odd,
        "entities": [{"id": "a", "kind": "state", "name": odd},
                     {"id": "b", "kind": "state", "name": "B\u0007"}],
        "talks": [{"id": "t", "name": odd, "kind": "call", "parties": ["a", "b"]}],
    }), encoding="utf-8")
    done = subprocess.run([str(require_parley()), "export", str(source), "-t", "dot"],
                          capture_output=True, cwd=REPO_ROOT, timeout=60)
    assert done.returncode == 0 and b"U+FFFD" in done.stderr
    _, nodes, edges = dot_nodes_and_edges(done.stdout)
    assert unquote(nodes["a"].get("label")) == odd
    assert unquote(nodes["b"].get("label")) == "B\ufffd"
    assert len(edges) == 2
    svg = subprocess.run([graphviz, "-Tsvg"], input=done.stdout, capture_output=True, timeout=60)
    assert svg.returncode == 0, svg.stderr.decode()
    texts = [t.text for t in etree.fromstring(svg.stdout).iter(f"{SVG}text")]
    assert "new line <&> שָׁלוֹם 🕊 */ // ; -> }" in texts


PLUGINS = REPO_ROOT / "samples" / "plugins"
PICTURES = {
    "security-talks-actors.svg": ["--graph", "actors", "--svg-layout", "neato"],
    "security-talks-stances.svg": ["--graph", "stances"],
}


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_the_svg_plugin_draws_every_node(graphviz, options, tmp_path):
    out = tmp_path / "graph.svg"
    done = subprocess.run(
        [str(require_parley()), "export", SAMPLE, "-t", "svg", "--plugin-path", str(PLUGINS),
         *options, "-o", str(out)], capture_output=True, cwd=REPO_ROOT, timeout=300,
        env=dict(os.environ, PATH=str(Path(graphviz).parent) + os.pathsep + os.environ["PATH"]))
    assert done.returncode == 0, done.stderr.decode()
    root = etree.parse(str(out)).getroot()
    drawn = {g.findtext(f"{SVG}title") for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    assert drawn == set(graphml(SAMPLE, tmp_path, *options).nodes)


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_the_readme_pictures_are_the_plugins_drawings_of_the_sample(name, tmp_path):
    """The committed pictures draw the sample's current graph. (Their bytes
    depend on the Graphviz version, so what is compared is what they draw.)
    Remake them with the command in the README when this fails."""
    options = [o for o in PICTURES[name] if o != "--svg-layout" and o not in ("neato",)]
    root = etree.parse(str(REPO_ROOT / "docs" / "images" / name)).getroot()
    drawn = {g.findtext(f"{SVG}title") for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    assert drawn == set(graphml(SAMPLE, tmp_path, *options).nodes)


def test_a_generated_dossier_is_read_by_pydot_and_drawn_by_graphviz(graphviz, tmp_path):
    """A generated dossier (times of day, odd names) through both readers:
    pydot finds GraphML's nodes and edges, Graphviz draws every node. 300
    records: pydot's parser takes minutes on the 2,000-record dossier the
    other formats are checked on."""
    generated = generate(tmp_path, records=300)
    data = export(generated, "dot")
    _, nodes, edges = dot_nodes_and_edges(data)
    reference = graphml(generated, tmp_path)
    assert set(nodes) == set(reference.nodes)
    assert sorted(e[2] for e in edges) == sorted(k for _, _, k in reference.edges(keys=True))
    svg = subprocess.run([graphviz, "-Tsvg"], input=data, capture_output=True, timeout=300)
    assert svg.returncode == 0, svg.stderr.decode()
    root = etree.fromstring(svg.stdout, etree.XMLParser(huge_tree=True))
    drawn = {g.findtext(f"{SVG}title") for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    assert drawn == set(reference.nodes)
