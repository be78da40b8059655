import ParleyCore
import ParleyGraph

/// The `graphml` format: the dossier as a GraphML graph for networkx, igraph,
/// Gephi, yEd and Cytoscape, written straight to the output.
///
/// It serializes the graph projection (``GraphProjection``): every node and
/// edge has `label` and `kind`; node ids are IR ids and edge ids derive from
/// them. Lists are joined with `; `. A missing value is an omitted `<data>`,
/// never an empty string.
package struct GraphMLExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `graphml`, with `--graph`, `--with` and `--flavor`.
  package let format = FormatDescriptor(
    id: "graphml", aliases: ["graph"], name: "GraphML entity graph",
    mediaType: "application/graphml+xml", fileExtension: "graphml",
    summary:
      "Entities, talks and issues as a graph for networkx, igraph, Gephi, yEd and Cytoscape.",
    options: GraphProjection.formatOptions + [
      .value(
        "flavor", help: "plain GraphML, or yed to add yEd node graphics.",
        choices: ["plain", "yed"], defaultValue: "plain")
    ])

  /// Writes the chosen projection.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let graph = try GraphProjection(dossier, options: options)
    let writer = GraphMLWriter(
      output: output, attributes: graph.attributes, yed: options.value("flavor") == "yed")
    try writer.begin(graphID: graph.id, directed: graph.isDirected)
    for node in graph.nodes { try writer.node(node) }
    for edge in graph.edges { try writer.edge(edge) }
    try writer.end()
  }
}
