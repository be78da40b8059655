import ParleyCore
import ParleyGraph

/// Writes nodes and edges as DOT statements.
struct DOTWriter {
  let output: OutputWriter
  let directed: Bool
  /// Characters replaced with U+FFFD: Graphviz writes SVG, which is XML, so
  /// text XML cannot carry is replaced here, as the XML formats do.
  private(set) var replaced = 0

  init(output: OutputWriter, directed: Bool) {
    (self.output, self.directed) = (output, directed)
  }

  /// `text` as a DOT quoted string: `"` and `\` escaped and line breaks as
  /// `\n`, so nothing can end the string early or change its meaning.
  mutating func quoted(_ text: String) -> String {
    let safe = XMLCharacters.replacingDisallowed(text, count: &replaced)
    var result = "\""
    for scalar in safe.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  mutating func node(_ node: GraphNode) throws(OutputError) {
    let style = DOTStyle.node(node.attributes)
    var line = "  " + quoted(node.id) + " [label=" + quoted(node.label)
    line += ", shape=\(style.shape), style=\"\(style.style)\", fillcolor=\"\(style.fill)\"]"
    try output.write(line + ";\n")
  }

  mutating func edge(_ edge: GraphEdge) throws(OutputError) {
    let style = DOTStyle.edge(edge.attributes)
    var line = "  " + quoted(edge.source) + (directed ? " -> " : " -- ") + quoted(edge.target)
    line += " [id=" + quoted(edge.id) + ", label=" + quoted(edge.label)
    line += ", color=\"\(style.colour)\", style=\(style.style)]"
    try output.write(line + ";\n")
  }
}
