import ParleyCore

/// Writes a GraphML 1.0 document straight to the output: header and key
/// declarations, then each node and edge as it comes.
final class GraphMLWriter {
  private let output: OutputWriter
  /// Attribute name → key id, for nodes and for edges.
  private let nodeKeyIDs: [String: String]
  private let edgeKeyIDs: [String: String]
  private let keys: [GraphKey]
  private let yed: Bool
  private var edgeIDs: Set<String> = []
  private var reservedEdgeIDs: Set<String> = []
  private var replacedCharacters = 0

  init(output: OutputWriter, keys: [GraphKey], yed: Bool) {
    self.output = output
    self.keys = keys
    self.yed = yed
    var nodeKeyIDs: [String: String] = [:]
    var edgeKeyIDs: [String: String] = [:]
    for key in keys where key.domain != .edge { nodeKeyIDs[key.name] = key.name }
    for key in keys where key.domain != .node {
      edgeKeyIDs[key.name] = nodeKeyIDs[key.name] == nil ? key.name : "edge_" + key.name
    }
    self.nodeKeyIDs = nodeKeyIDs
    self.edgeKeyIDs = edgeKeyIDs
  }

  /// The XML declaration, the `<graphml>` root, the keys and the `<graph>`.
  ///
  /// A key's id is its attribute name, except that an edge attribute sharing
  /// its name with a node attribute has the id `edge_NAME`: ids must be unique,
  /// and igraph ignores keys declared `for="all"`.
  func begin(graphID: String, directed: Bool) throws(ParleyError) {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    text += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    text += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    if yed { text += " xmlns:y=\"http://www.yworks.com/xml/graphml\"" }
    text += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
    text += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for key in keys where key.domain != .edge {
      text += "  <key id=\"\(key.name)\" for=\"node\""
      text += " attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\"/>\n"
    }
    for key in keys where key.domain != .node {
      text += "  <key id=\"\(edgeKeyIDs[key.name]!)\" for=\"edge\""
      text += " attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\"/>\n"
    }
    if yed { text += "  <key id=\"yed_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n" }
    text +=
      "  <graph id=\"\(attribute(graphID))\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
    try output.write(text)
  }

  func node(id: String, label: String, data: GraphData) throws(ParleyError) {
    var text = "    <node id=\"\(attribute(id))\">\n"
    text += self.data(data, keyIDs: nodeKeyIDs)
    if yed { text += YEdGraphics.shapeNode(label: content(label)) }
    text += "    </node>\n"
    try output.write(text)
  }

  /// Ids that records will give their own edges (``edge(recordID:source:target:data:)``).
  func reserveEdgeIDs(_ ids: [String]) {
    reservedEdgeIDs.formUnion(ids)
  }

  /// The edge of a record whose IR id becomes the edge id.
  func edge(recordID: String, source: String, target: String, data: GraphData)
    throws(ParleyError)
  {
    try writeEdge(id: recordID, source: source, target: target, data: data)
  }

  /// An edge with an id derived from `preferredID`, made unique if another
  /// edge has it or a record reserved it.
  func edge(preferredID: String, source: String, target: String, data: GraphData)
    throws(ParleyError)
  {
    var id = preferredID
    var suffix = 2
    while edgeIDs.contains(id) || reservedEdgeIDs.contains(id) {
      id = "\(preferredID).\(suffix)"
      suffix += 1
    }
    try writeEdge(id: id, source: source, target: target, data: data)
  }

  private func writeEdge(id: String, source: String, target: String, data: GraphData)
    throws(ParleyError)
  {
    edgeIDs.insert(id)
    var text = "    <edge id=\"\(attribute(id))\" source=\"\(attribute(source))\""
    text += " target=\"\(attribute(target))\">\n"
    text += self.data(data, keyIDs: edgeKeyIDs)
    text += "    </edge>\n"
    try output.write(text)
  }

  func end() throws(ParleyError) {
    try output.write("  </graph>\n</graphml>\n")
    if replacedCharacters > 0 {
      output.warn(
        "replaced \(replacedCharacters) character\(replacedCharacters == 1 ? "" : "s") that XML 1.0 cannot carry (control characters) with U+FFFD"
      )
    }
  }

  private func data(_ data: GraphData, keyIDs: [String: String]) -> String {
    var text = ""
    for (name, value) in data.entries {
      guard let id = keyIDs[name] else {
        assertionFailure("GraphML key \(name) is not declared")
        continue
      }
      let rendered: String
      switch value {
      case .string(let string): rendered = content(string)
      case .int(let number): rendered = String(number)
      case .double(let number): rendered = number.description
      case .boolean(let flag): rendered = flag ? "true" : "false"
      }
      text += "      <data key=\"\(id)\">\(rendered)</data>\n"
    }
    return text
  }

  private func attribute(_ text: String) -> String {
    XMLText.escaped(text, inAttribute: true, replaced: &replacedCharacters)
  }

  private func content(_ text: String) -> String {
    XMLText.escaped(text, inAttribute: false, replaced: &replacedCharacters)
  }
}
