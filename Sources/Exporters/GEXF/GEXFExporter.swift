import ParleyCore
import ParleyGraph

/// The `gexf` format: the graph projection as a dynamic GEXF 1.3 graph, for
/// Gephi's timeline and for networkx, written straight to the output
/// (``GEXFMarkup``).
///
/// Every dated node and edge has a `start` and `end` (a month means the whole
/// month); undated ones have none and are always present. A holder's
/// successive positions on one issue are successive edges: each ends the day
/// before the next one starts (the second before, with times of day).
/// Uncertainty qualifiers are kept in the `date_qualifier` attribute. Nodes
/// are coloured by kind and edges by stance.
package struct GEXFExporter: GraphFormat {
  /// Creates the exporter.
  package init() {}

  /// `gexf`, with `--graph` and `--with`.
  package let format = FormatDescriptor(
    id: "gexf", aliases: [], name: "GEXF 1.3 dynamic graph", mediaType: "application/gexf+xml",
    fileExtension: "gexf",
    summary: "The graph with its time, for Gephi's timeline and networkx.",
    options: GraphProjection.formatOptions)

  /// Writes the graph as GEXF, streaming.
  ///
  /// - Throws: ``OutputError`` when the output cannot be written.
  package func write(_ graph: GraphProjection, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let writer = GEXFWriter(stream: GEXFMarkup(output: output), graph: graph)
    try writer.write()
    if writer.replaced > 0 {
      output.warn(
        XMLCharacters.replacementWarning(writer.replaced)
      )
    }
  }
}
