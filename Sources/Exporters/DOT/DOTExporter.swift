import ParleyCore
import ParleyGraph

/// The `dot` format: the graph projection in Graphviz's DOT language, for
/// `dot -Tsvg` and pydot.
///
/// A `digraph` (a `graph` for the actors graph) whose node and edge ids are
/// the projection's, always quoted. Nodes are shaped and coloured by type and
/// kind, edges coloured and styled by stance. The stances graph is laid out
/// left to right, holders on the left and issues on the right; `overlap=false`
/// keeps nodes apart in Graphviz's spring layouts (`neato`, `fdp`).
package struct DOTExporter: GraphFormat {
  /// Creates the exporter.
  package init() {}

  /// `dot`, with `--graph` and `--with`.
  package let format = FormatDescriptor(
    id: "dot", aliases: ["graphviz", "gv"], name: "Graphviz DOT", mediaType: "text/vnd.graphviz",
    fileExtension: "dot",
    summary: "The graph for Graphviz (dot -Tsvg) and pydot, styled by kind and stance.",
    options: GraphProjection.formatOptions)

  /// Writes the graph as DOT statements, one node or edge a line.
  package func write(_ graph: GraphProjection, options: ExportOptions, to output: OutputWriter)
    throws
  {
    var writer = DOTWriter(output: output, directed: graph.isDirected)
    try output.write(
      "\(graph.isDirected ? "digraph" : "graph") \(writer.quoted(graph.id)) {\n"
        + "  graph [label=\(writer.quoted(graph.dossier.title)), labelloc=t, fontname=\"Helvetica\""
        + ", overlap=false, splines=true" + (graph.shape == .stances ? ", rankdir=LR" : "")
        + "];\n"
        + "  node [fontname=\"Helvetica\"];\n"
        + "  edge [fontname=\"Helvetica\", fontsize=10];\n")
    for node in graph.nodes { try writer.node(node) }
    for edge in graph.edges { try writer.edge(edge) }
    try output.write("}\n")
    if writer.replaced > 0 { output.warn(XMLCharacters.replacementWarning(writer.replaced)) }
  }
}
