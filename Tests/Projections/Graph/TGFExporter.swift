import ParleyCore
import ParleyGraph

/// The `tgf` format: Trivial Graph Format, which yEd opens. One line per
/// node (`id label`), a `#`, then one line per edge (`source target label`).
///
/// The worked example of docs/writing-an-exporter.md: a new graph format is
/// its syntax over the graph projection, nothing more.
public struct TGFExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  /// `tgf`, with the graph options every graph format offers.
  public let format = FormatDescriptor(
    id: "tgf", name: "Trivial Graph Format", mediaType: "text/plain", fileExtension: "tgf",
    summary: "The graph as TGF, for yEd: nodes, a #, then edges, one per line.",
    options: GraphProjection.formatOptions)

  /// Writes the chosen graph, node by node and edge by edge.
  public func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let graph = try GraphProjection(dossier, options: options)
    // TGF's ids are words and its labels run to the end of the line, so
    // ids become numbers and labels lose their line breaks.
    var numbers: [String: Int] = [:]
    for node in graph.nodes {
      numbers[node.id] = numbers.count + 1
      try output.write("\(numbers.count) \(Self.oneLine(node.label))\n")
    }
    try output.write("#\n")
    for edge in graph.edges {
      guard let source = numbers[edge.source], let target = numbers[edge.target] else {
        output.warn("edge \(edge.id) joins a node the graph does not have; left out")
        continue
      }
      try output.write("\(source) \(target) \(Self.oneLine(edge.label))\n")
    }
  }

  /// `text` with each run of line breaks and tabs as one space.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
  }
}
