#!/usr/bin/env python3
"""One peer run: what a user would write with another tool to do Parley's job.

    python Benchmarks/peers/run_peer.py TASK INPUT OUTPUT [--timing FILE]

Tasks (each imports only the library it measures, so start-up and memory are
that library's own):

    graphml-networkx  IR JSON → the graph of Parley's --graph full → nx.write_graphml
    graphml-igraph    IR JSON → the same graph as an igraph.Graph → Graph.write_graphml
    gexf-networkx     IR JSON → the same networkx graph → nx.write_gexf
    cyjs-networkx     IR JSON → the same networkx graph → nx.cytoscape_data → json.dump
    dot-pydot         IR JSON → the same graph as a pydot.Dot → Dot.write
    jsonld-rdflib     N-Quads of Parley's JSON-LD → rdflib.Graph (setup) → serialize(json-ld)
    jsonld-pyld       N-Quads of Parley's JSON-LD → pyld's dataset (setup) → jsonld.from_rdf → json.dump
    nt-rdflib         the same N-Triples → rdflib.Graph (setup) → serialize(format="nt")
    ttl-rdflib        the same N-Triples → rdflib.Graph (setup) → serialize(format="turtle"), Parley's prefixes
    csv-stdlib        IR JSON → the timeline rows → csv.writer
    csv-pandas        IR JSON → the timeline rows → DataFrame → DataFrame.to_csv
    xml-lxml          IR JSON → the Parley XML tree (docs/xml.md) → ElementTree.write
    sqlite-pandas     IR JSON → the rows of Parley's SQLite tables → a DataFrame each → to_sql, indexes
    sqlite-utils      IR JSON → the same rows → sqlite-utils Table.create (keys) + insert_all, indexes
    yaml-pyyaml       IR JSON → yaml.dump(Dumper=CSafeDumper): safe_dump with libyaml's emitter
    yaml-pyyaml-py    IR JSON → yaml.safe_dump: PyYAML's pure-Python emitter
    load-json         IR JSON → json.load
    load-orjson       IR JSON → orjson.loads

The phases are timed with ``time.perf_counter`` and written as JSON to
``--timing``: ``load`` (reading the input), ``build`` (making the library's
object), ``write`` (the library writing the output; for the loaders, the
parse itself). The harness measures the whole process around it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ir  # noqa: E402


class Phases:
    """Wall time of named phases, in seconds."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self.extra: dict = {}

    def __call__(self, name: str):
        phases = self

        class Timer:
            def __enter__(self):
                self.start = time.perf_counter()

            def __exit__(self, *exc):
                phases.times[name] = phases.times.get(name, 0.0) + time.perf_counter() - self.start

        return Timer()


# -- GraphML -------------------------------------------------------------------


def networkx_graph(source: str, t: Phases):
    """The IR's full graph as a networkx MultiDiGraph: the load and build phases."""
    import networkx as nx

    import graph

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        g = nx.MultiDiGraph(id=dossier["id"])
        for node_id, data in graph.nodes(dossier):
            g.add_node(node_id, **data)
        for edge_id, u, v, data in graph.edges(dossier):
            g.add_edge(u, v, key=edge_id, **data)
    t.extra = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    return g


def graphml_networkx(source: str, output: str, t: Phases) -> None:
    import networkx as nx

    g = networkx_graph(source, t)
    with t("write"):
        nx.write_graphml(g, output, encoding="utf-8", prettyprint=True)


# -- GEXF, Cytoscape.js, DOT --------------------------------------------------


def gexf_networkx(source: str, output: str, t: Phases) -> None:
    import networkx as nx

    g = networkx_graph(source, t)
    with t("write"):
        nx.write_gexf(g, output, encoding="utf-8", prettyprint=True)


def cyjs_networkx(source: str, output: str, t: Phases) -> None:
    import json

    import networkx as nx

    g = networkx_graph(source, t)
    with t("write"):
        with open(output, "w", encoding="utf-8") as file:
            json.dump(nx.cytoscape_data(g), file, ensure_ascii=False, indent=2)


def dot_pydot(source: str, output: str, t: Phases) -> None:
    import pydot

    import graph

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        dot = pydot.Dot(dossier["id"], graph_type="digraph")
        nodes = edges = 0
        for node_id, data in graph.nodes(dossier):
            dot.add_node(pydot.Node(node_id, label=data.get("label", node_id)))
            nodes += 1
        for edge_id, u, v, data in graph.edges(dossier):
            dot.add_edge(pydot.Edge(u, v, id=edge_id, label=data.get("label", "")))
            edges += 1
    with t("write"):
        dot.write(output, format="raw", encoding="utf-8")
    t.extra = {"nodes": nodes, "edges": edges}


def graphml_igraph(source: str, output: str, t: Phases) -> None:
    import igraph

    import graph

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        index: dict[str, int] = {}
        node_rows = list(graph.nodes(dossier))
        for node_id, _ in node_rows:
            index.setdefault(node_id, len(index))
        edge_rows = list(graph.edges(dossier))
        # In a valid dossier every end is a node; an unknown one would get a
        # bare node, as networkx adds one.
        for _, u, v, _ in edge_rows:
            index.setdefault(u, len(index))
            index.setdefault(v, len(index))
        vertex_attrs = _columns([{"id": n} for n in index], [data for _, data in node_rows], len(index))
        edge_attrs = _columns([{"id": e[0]} for e in edge_rows], [e[3] for e in edge_rows], len(edge_rows))
        g = igraph.Graph(
            n=len(index),
            edges=[(index[u], index[v]) for _, u, v, _ in edge_rows],
            directed=True,
            vertex_attrs=vertex_attrs,
            edge_attrs=edge_attrs,
        )
    with t("write"):
        g.write_graphml(output)
    t.extra = {"nodes": g.vcount(), "edges": g.ecount()}


def _columns(ids: list[dict], rows: list[dict], count: int) -> dict[str, list]:
    """igraph's column-wise attributes from per-item dicts; a missing string is ""."""
    columns: dict[str, list] = {"id": [row["id"] for row in ids]}
    for position, data in enumerate(rows):
        for key, value in data.items():
            column = columns.get(key)
            if column is None:
                missing = (
                    float("nan") if isinstance(value, (int, float)) and not isinstance(value, bool) else ""
                )
                column = columns[key] = [missing] * count
            column[position] = value
    return columns


# -- JSON-LD -------------------------------------------------------------------

JSONLD_CONTEXT = {
    "@version": 1.1,
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "parley": "https://w3id.org/parley/vocab#",
}


def jsonld_rdflib(source: str, output: str, t: Phases) -> None:
    import rdflib

    with t("load"):  # setup: the triples, not part of the comparison
        g = rdflib.Graph()
        g.parse(source, format="nt")
    with t("write"):
        g.serialize(destination=output, format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
    t.extra = {"triples": len(g)}


def jsonld_pyld(source: str, output: str, t: Phases) -> None:
    from pyld import jsonld
    from pyld.nquads import parse_nquads

    with t("load"):  # setup: the triples, not part of the comparison
        # pyld's own N-Quads parser, one line at a time: given the whole text
        # it drops duplicate triples with a linear scan per triple, which is
        # quadratic (10k records: hours). The input has no duplicates.
        dataset: dict[str, list] = {}
        with open(source, encoding="utf-8") as lines:
            for line in lines:
                for name, triples in parse_nquads(line).items():
                    dataset.setdefault(name, []).extend(triples)
    with t("write"):
        document = jsonld.from_rdf(dataset)
        with open(output, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=2)
    t.extra = {"nodes": len(document)}


def _rdflib_graph(source: str, t: Phases):
    import rdflib

    with t("load"):  # setup: the triples, not part of the write-only time
        g = rdflib.Graph(bind_namespaces="none")
        g.parse(source, format="nt")
    t.extra = {"triples": len(g)}
    return g


def nt_rdflib(source: str, output: str, t: Phases) -> None:
    g = _rdflib_graph(source, t)
    with t("write"):
        g.serialize(destination=output, format="nt", encoding="utf-8")


def ttl_rdflib(source: str, output: str, t: Phases) -> None:
    g = _rdflib_graph(source, t)
    import rdflib

    with t("build"):  # Parley's prefixes, and ":" for the dossier's ids as Parley writes them
        for prefix, namespace in JSONLD_CONTEXT.items():
            if not prefix.startswith("@"):
                g.bind(prefix, namespace)
        schema = rdflib.Namespace("https://schema.org/")
        for dataset in g.subjects(rdflib.RDF.type, schema.Dataset):
            g.bind("", str(dataset))
    with t("write"):
        g.serialize(destination=output, format="turtle", encoding="utf-8")


# -- CSV -----------------------------------------------------------------------


def csv_stdlib(source: str, output: str, t: Phases) -> None:
    import csv

    import timeline

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        rows = timeline.rows(dossier)
    with t("write"):
        with open(output, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(timeline.COLUMNS)
            writer.writerows(rows)
    t.extra = {"rows": len(rows)}


def csv_pandas(source: str, output: str, t: Phases) -> None:
    import pandas as pd

    import timeline

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        frame = pd.DataFrame(timeline.rows(dossier), columns=timeline.COLUMNS, dtype=str)
    with t("write"):
        frame.to_csv(output, index=False, lineterminator="\n", encoding="utf-8")
    t.extra = {"rows": len(frame)}


# -- XML -----------------------------------------------------------------------


def xml_lxml(source: str, output: str, t: Phases) -> None:
    import xmltree

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        tree = xmltree.build(dossier)
    with t("write"):
        tree.write(output, encoding="UTF-8", xml_declaration=True, pretty_print=True)


# -- SQLite --------------------------------------------------------------------


def _new_database(output: str):
    """A connection to a new, empty database at ``output``, with Parley's settings."""
    import sqlite3

    import tables_sql

    Path(output).unlink(missing_ok=True)  # a new file, as Parley writes one
    connection = sqlite3.connect(output)
    for pragma in tables_sql.PRAGMAS:
        connection.execute(pragma)
    return connection


def sqlite_pandas(source: str, output: str, t: Phases) -> None:
    import pandas as pd

    import tables_sql

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        rows = tables_sql.rows(dossier)
        frames = {
            table.name: pd.DataFrame(rows[table.name], columns=table.column_names)
            for table in tables_sql.TABLES
        }
        del rows
    with t("write"):
        connection = _new_database(output)
        for table in tables_sql.TABLES:
            # The declared types (to_sql cannot declare keys); the typed
            # attribute value keeps its own type, as in Parley's table.
            types = {c.name: c.type for c in table.columns}
            frames[table.name].to_sql(table.name, connection, index=False, dtype=types)
            for statement in tables_sql.index_sql(table):
                connection.execute(statement)
        connection.commit()
        connection.close()
    t.extra = {"rows": sum(len(frame) for frame in frames.values())}


def sqlite_utils_insert(source: str, output: str, t: Phases) -> None:
    import sqlite_utils

    import tables_sql

    with t("load"):
        dossier = ir.load(source)
    with t("build"):
        rows = tables_sql.rows(dossier)
    python_types = {"TEXT": str, "INTEGER": int, "REAL": float, "": bytes}
    count = 0
    with t("write"):
        db = sqlite_utils.Database(_new_database(output))
        # sqlite-utils checks that a foreign key's table exists: the
        # collections first (each names only those before it, or itself),
        # then the lists.
        order = [table for table in tables_sql.TABLES if table.owner is None]
        order += [table for table in tables_sql.TABLES if table.owner is not None]
        for table in order:
            db[table.name].create(
                {c.name: python_types[c.type] for c in table.columns},
                pk=table.primary_key if len(table.primary_key) > 1 else table.primary_key[0],
                foreign_keys=table.foreign_keys,
            )
        for table in order:
            names = table.column_names
            target = db[table.name]
            # What `sqlite-utils insert` does with each document (in batches of 100).
            target.insert_all((dict(zip(names, row)) for row in rows[table.name]), batch_size=100)
            for column in table.indexes:
                target.create_index([column], index_name=f"{table.name}_{column}")
            count += len(rows[table.name])
        db.conn.commit()
        db.close()
    t.extra = {"rows": count}


# -- YAML ----------------------------------------------------------------------


def yaml_pyyaml(source: str, output: str, t: Phases) -> None:
    import yaml

    with t("load"):
        dossier = ir.load(source)
    with t("write"):
        with open(output, "w", encoding="utf-8") as out:
            # yaml.safe_dump with libyaml's emitter: safe_dump is dump with
            # SafeDumper, and CSafeDumper is its C counterpart.
            yaml.dump(dossier, out, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)


def yaml_pyyaml_py(source: str, output: str, t: Phases) -> None:
    import yaml

    with t("load"):
        dossier = ir.load(source)
    with t("write"):
        with open(output, "w", encoding="utf-8") as out:
            yaml.safe_dump(dossier, out, sort_keys=False, allow_unicode=True)


# -- IR load -------------------------------------------------------------------


def load_json(source: str, output: str, t: Phases) -> None:
    with t("write"):
        with open(source, encoding="utf-8") as file:
            dossier = json.load(file)
    t.extra = {"keys": len(dossier)}


def load_orjson(source: str, output: str, t: Phases) -> None:
    import orjson

    with t("write"):
        with open(source, "rb") as file:
            dossier = orjson.loads(file.read())
    t.extra = {"keys": len(dossier)}


TASKS = {
    "graphml-networkx": graphml_networkx,
    "graphml-igraph": graphml_igraph,
    "gexf-networkx": gexf_networkx,
    "cyjs-networkx": cyjs_networkx,
    "dot-pydot": dot_pydot,
    "jsonld-rdflib": jsonld_rdflib,
    "jsonld-pyld": jsonld_pyld,
    "nt-rdflib": nt_rdflib,
    "ttl-rdflib": ttl_rdflib,
    "csv-stdlib": csv_stdlib,
    "csv-pandas": csv_pandas,
    "xml-lxml": xml_lxml,
    "sqlite-pandas": sqlite_pandas,
    "sqlite-utils": sqlite_utils_insert,
    "yaml-pyyaml": yaml_pyyaml,
    "yaml-pyyaml-py": yaml_pyyaml_py,
    "load-json": load_json,
    "load-orjson": load_orjson,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--timing", help="write the phase times here, as JSON")
    args = parser.parse_args()
    phases = Phases()
    TASKS[args.task](args.input, args.output, phases)
    report = {"phases": phases.times, **phases.extra}
    if args.timing:
        Path(args.timing).write_text(json.dumps(report) + "\n", encoding="utf-8")
    else:
        print(json.dumps(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
