import ParleyCore
import ParleyGraph

/// Writes a GraphML 1.0 document straight to the output: header and key
/// declarations, then each node and edge as it comes.
final class GraphMLWriter {
  private let output: OutputWriter
  /// Attribute name → key id, for nodes and for edges.
  private let nodeKeyIDs: [String: String]
  private let edgeKeyIDs: [String: String]
  /// What opens each attribute's `<data>`, as the elements find it.
  private var nodeKeys: OrderedLookup
  private var edgeKeys: OrderedLookup
  private let attributes: [GraphAttribute]
  private let yed: Bool
  private var replacedCharacters = 0

  init(output: OutputWriter, attributes: [GraphAttribute], yed: Bool) {
    (self.output, self.attributes, self.yed) = (output, attributes, yed)
    var nodeKeyIDs: [String: String] = [:]
    var edgeKeyIDs: [String: String] = [:]
    for attribute in attributes where attribute.isForNodes {
      nodeKeyIDs[attribute.name] = attribute.name
    }
    for attribute in attributes where attribute.isForEdges {
      edgeKeyIDs[attribute.name] =
        nodeKeyIDs[attribute.name] == nil ? attribute.name : "edge_" + attribute.name
    }
    self.nodeKeyIDs = nodeKeyIDs
    self.edgeKeyIDs = edgeKeyIDs
    nodeKeys = Self.openings(attributes.filter(\.isForNodes), nodeKeyIDs)
    edgeKeys = Self.openings(attributes.filter(\.isForEdges), edgeKeyIDs)
  }

  /// `      <data key="ID">` for each attribute.
  private static func openings(_ attributes: [GraphAttribute], _ ids: [String: String])
    -> OrderedLookup
  {
    OrderedLookup(attributes.map { ($0.name, "      <data key=\"\(ids[$0.name]!)\">") })
  }

  /// The XML declaration, the `<graphml>` root, the keys and the `<graph>`.
  ///
  /// A key's id is its attribute name, except that an edge attribute sharing
  /// its name with a node attribute has the id `edge_NAME`: ids must be unique,
  /// and igraph ignores keys declared `for="all"`.
  func begin(graphID: String, directed: Bool) throws(OutputError) {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    text += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    text += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    if yed { text += " xmlns:y=\"http://www.yworks.com/xml/graphml\"" }
    text += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
    text += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for attribute in attributes where attribute.isForNodes {
      text += "  <key id=\"\(attribute.name)\" for=\"node\""
      text += " attr.name=\"\(attribute.name)\" attr.type=\"\(Self.type(of: attribute))\"/>\n"
    }
    for attribute in attributes where attribute.isForEdges {
      text += "  <key id=\"\(edgeKeyIDs[attribute.name]!)\" for=\"edge\""
      text += " attr.name=\"\(attribute.name)\" attr.type=\"\(Self.type(of: attribute))\"/>\n"
    }
    if yed { text += "  <key id=\"yed_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n" }
    text +=
      "  <graph id=\"\(attribute(graphID))\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
    try output.write(text)
  }

  /// GraphML's `attr.type`: lists are joined into strings.
  private static func type(of attribute: GraphAttribute) -> String {
    switch attribute.type {
    case .string, .strings: "string"
    case .integer: "int"
    case .double: "double"
    case .boolean: "boolean"
    }
  }

  // Nodes and edges go to the output piece by piece, text escaped as it is
  // written: no string is built for an element.

  func node(_ node: GraphNode) throws(OutputError) {
    try output.write("    <node id=\"")
    try writeAttribute(node.id)
    try output.write("\">\n")
    try data(node.attributes, keys: &nodeKeys)
    if yed { try output.write(YEdGraphics.shapeNode(label: content(node.label))) }
    try output.write("    </node>\n")
  }

  func edge(_ edge: GraphEdge) throws(OutputError) {
    try output.write("    <edge id=\"")
    try writeAttribute(edge.id)
    try output.write("\" source=\"")
    try writeAttribute(edge.source)
    try output.write("\" target=\"")
    try writeAttribute(edge.target)
    try output.write("\">\n")
    try data(edge.attributes, keys: &edgeKeys)
    try output.write("    </edge>\n")
  }

  func end() throws(OutputError) {
    try output.write("  </graph>\n</graphml>\n")
    if replacedCharacters > 0 {
      output.warn(
        XMLCharacters.replacementWarning(replacedCharacters)
      )
    }
  }

  private func data(_ attributes: GraphAttributes, keys: inout OrderedLookup)
    throws(OutputError)
  {
    for (name, value) in attributes {
      guard let opening = keys.text(for: name) else {
        assertionFailure("GraphML key \(name) is not declared")
        continue
      }
      try output.write(opening)
      switch value {
      case .string(let string):
        try XMLText.write(string, inAttribute: false, replaced: &replacedCharacters, to: output)
      case .strings(let list):
        try XMLText.write(
          list.joined(separator: "; "), inAttribute: false, replaced: &replacedCharacters,
          to: output)
      case .integer(let number): try output.write(String(number))
      case .double(let number): try output.write(number.description)
      case .boolean(let flag): try output.write(flag ? "true" : "false")
      }
      try output.write("</data>\n")
    }
  }

  private func attribute(_ text: String) -> String {
    XMLText.escaped(text, inAttribute: true, replaced: &replacedCharacters)
  }

  private func writeAttribute(_ text: String) throws(OutputError) {
    try XMLText.write(text, inAttribute: true, replaced: &replacedCharacters, to: output)
  }

  private func content(_ text: String) -> String {
    XMLText.escaped(text, inAttribute: false, replaced: &replacedCharacters)
  }
}
