import ParleyCore
import ParleyGraph

/// The `cypher` format: a Cypher script that loads the graph projection into
/// a property-graph database, one statement a line.
///
/// - `neo4j` (the default; Neo4j and Memgraph): a uniqueness constraint on
///   `id` for the `ParleyNode` label, then one `CREATE` a node, labelled by
///   type and kind (`:ParleyNode:Entity:State`), then one `MATCH … CREATE` a
///   relationship, typed by the edge's kind (`:POSITION`).
/// - `kuzu`: Kùzu's schema first, one `CREATE NODE TABLE` a node type
///   (`Entity`, `Talk`, `Issue`, `Source`, `Statement`) with every node
///   attribute as a typed column and `id` the primary key, and one
///   `CREATE REL TABLE Tie` for every edge, its kind in the `kind` column;
///   then the same `CREATE` and `MATCH … CREATE` statements.
///
/// Every value is a string, number, boolean or list literal, escaped for the
/// dialect so that no text can end its literal. Edges of the undirected
/// actors graph are written from source to target.
package struct CypherExporter: GraphFormat {
  /// `cypher`, with `--graph`, `--with` and `--cypher-dialect`.
  package let format = FormatDescriptor(
    id: "cypher", aliases: ["cql"], name: "Cypher script",
    mediaType: "application/x-cypher-query", fileExtension: "cypher",
    summary: "A script that loads the graph into Neo4j, Memgraph or Kùzu.",
    options: GraphProjection.formatOptions + [
      .value(
        "cypher-dialect", help: "neo4j (Neo4j, Memgraph) or kuzu (Kùzu's schema first).",
        choices: ["neo4j", "kuzu"], defaultValue: "neo4j")
    ])

  /// Creates the exporter.
  package init() {}

  /// Writes the schema or constraint, the nodes, then the relationships.
  package func write(_ graph: GraphProjection, options: ExportOptions, to output: OutputWriter)
    throws
  {
    var writer = CypherWriter(
      output: output, dialect: options.value("cypher-dialect") == "kuzu" ? .kuzu : .neo4j,
      attributes: graph.attributes)
    try writer.begin(nodeTypes: CypherWriter.nodeTypes(of: graph))
    for node in graph.nodes { try writer.node(node) }
    for edge in graph.edges { try writer.edge(edge) }
  }
}
