"""The Cypher exporter (Sources/Exporters/Cypher) as the databases load it.

Run: PARLEY=$PWD/.build/debug/parley python3 -m pytest Tests/Interop/test_cypher.py -q

The Kùzu script is executed in Kùzu (the embeddable graph database from PyPI,
`kuzu`): its node and relationship counts and a few property values must be
GraphML's. Text with quotes, backslashes, line breaks, `*/`, `//` and `;` must
come back from Kùzu intact. The Neo4j script has no server to run in here; it
is read statement by statement and must create GraphML's nodes and
relationships, with every literal closed on its own line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import kuzu
import pytest

from graph_formats import PROJECTIONS, SAMPLE, export, generate, graphml, projection_id


def load_kuzu(script: bytes, folder: Path) -> kuzu.Connection:
    connection = kuzu.Connection(kuzu.Database(str(folder / "db")))
    for statement in script.decode("utf-8").split(";\n"):
        if statement.strip():
            connection.execute(statement + ";")
    return connection


def scalar(connection: kuzu.Connection, query: str):
    result = connection.execute(query)
    return result.get_next()[0]


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("cypher"))


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_kuzu_loads_the_same_graph_as_graphml(options, tmp_path):
    connection = load_kuzu(export(SAMPLE, "cypher", "--cypher-dialect", "kuzu", *options), tmp_path)
    reference = graphml(SAMPLE, tmp_path, *options)
    assert scalar(connection, "MATCH (n) RETURN count(n)") == reference.number_of_nodes()
    assert scalar(connection, "MATCH ()-[r]->() RETURN count(r)") == reference.number_of_edges()
    ids = connection.execute("MATCH ()-[r:Tie]->() RETURN r.id")
    seen = []
    while ids.has_next():
        seen.append(ids.get_next()[0])
    assert sorted(seen) == sorted(k for _, _, k in reference.edges(keys=True))
    for node, data in list(reference.nodes(data=True))[:10]:
        table = data["type"].capitalize()
        label = scalar(connection, f"MATCH (n:{table}) WHERE n.id = '{node}' RETURN n.label")
        assert label == data["label"]


def test_kuzu_loads_a_generated_dossier(generated, tmp_path):
    connection = load_kuzu(export(generated, "cypher", "--cypher-dialect", "kuzu"), tmp_path)
    reference = graphml(generated, tmp_path)
    assert scalar(connection, "MATCH (n) RETURN count(n)") == reference.number_of_nodes()
    assert scalar(connection, "MATCH ()-[r]->() RETURN count(r)") == reference.number_of_edges()


ODD = 'It\'s "quoted" \\ back\\slash\nnew line */ // ; -- <&> שָׁלוֹם 🕊 MATCH (n) DETACH DELETE n'


def odd_dossier(tmp_path: Path) -> Path:
    source = tmp_path / "odd.json"
    source.write_text(json.dumps({
        "parley": "1.0", "id": "odd", "title": "Odd",
        "entities": [{"id": "a", "kind": "state", "name": ODD, "aliases": [ODD, "x, y"]},
                     {"id": "b", "kind": "state", "name": "B"}],
        "talks": [{"id": "t", "name": ODD, "kind": "call", "parties": ["a", "b"]}],
    }), encoding="utf-8")
    return source


def test_no_value_breaks_out_of_its_literal_in_kuzu(tmp_path):
    connection = load_kuzu(export(odd_dossier(tmp_path), "cypher", "--cypher-dialect", "kuzu"), tmp_path)
    assert scalar(connection, "MATCH (n:Entity) WHERE n.id = 'a' RETURN n.label") == ODD
    assert scalar(connection, "MATCH (n:Entity) WHERE n.id = 'a' RETURN n.aliases") == [ODD, "x, y"]
    assert scalar(connection, "MATCH (n:Talk) RETURN n.label") == ODD
    assert scalar(connection, "MATCH (n) RETURN count(n)") == 3


NEO4J_NODE = re.compile(r"^CREATE \((:[A-Za-z0-9_:]+) \{id: '((?:[^'\\]|\\.)*)'")
NEO4J_EDGE = re.compile(
    r"^MATCH \(a:ParleyNode \{id: '((?:[^'\\]|\\.)*)'\}\), \(b:ParleyNode \{id: '((?:[^'\\]|\\.)*)'\}\) "
    r"CREATE \(a\)-\[:([A-Z0-9_]+) \{id: '((?:[^'\\]|\\.)*)'")


@pytest.mark.parametrize("options", PROJECTIONS, ids=projection_id)
def test_the_neo4j_script_creates_graphmls_nodes_and_relationships(options, tmp_path):
    lines = export(SAMPLE, "cypher", *options).decode("utf-8").splitlines()
    reference = graphml(SAMPLE, tmp_path, *options)
    assert lines[0].startswith("CREATE CONSTRAINT parley_node_id IF NOT EXISTS FOR (n:ParleyNode)")
    nodes = [NEO4J_NODE.match(line) for line in lines if line.startswith("CREATE (")]
    edges = [NEO4J_EDGE.match(line) for line in lines if line.startswith("MATCH ")]
    assert all(nodes) and all(edges)
    assert len(nodes) + len(edges) + 1 == len(lines), "one statement a line"
    assert {m.group(2) for m in nodes} == set(reference.nodes)
    assert sorted(m.group(4) for m in edges) == sorted(k for _, _, k in reference.edges(keys=True))
    assert all(m.group(1).startswith(":ParleyNode:") for m in nodes)


def test_neo4j_literals_keep_one_statement_a_line(tmp_path):
    lines = export(odd_dossier(tmp_path), "cypher").decode("utf-8").splitlines()
    assert len(lines) == 1 + 3 + 2
    assert all(line.endswith(";") for line in lines)
