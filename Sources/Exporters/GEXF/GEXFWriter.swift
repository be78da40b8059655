import ParleyCore
import ParleyGraph

/// Writes one graph projection as GEXF 1.3, element by element.
final class GEXFWriter {
  private let stream: GEXFMarkup
  private let graph: GraphProjection
  private let withTimes: Bool
  /// Position id → the start of the position that replaces it.
  private let superseded: [String: EDTFInstant]
  /// How many characters XML 1.0 cannot carry were replaced with U+FFFD.
  var replaced: Int { stream.replaced }

  /// The attribute that keeps a date's uncertainty qualifier.
  static let qualifier = GraphAttribute("date_qualifier", .all)

  /// `<attvalue for="NAME" value="` for each attribute of nodes, and of edges.
  private var nodeValues: OrderedLookup
  private var edgeValues: OrderedLookup

  init(stream: GEXFMarkup, graph: GraphProjection) {
    (self.stream, self.graph) = (stream, graph)
    withTimes = graph.hasTimesOfDay
    superseded = graph.shape == .full ? graph.supersededPositions() : [:]
    let declared = Self.declared(graph)
    nodeValues = Self.openings(declared.filter(\.isForNodes))
    edgeValues = Self.openings(declared.filter(\.isForEdges))
  }

  /// The attributes declared, in order: the projection's but `label` (an
  /// XML attribute of its own), and the date's qualifier.
  private static func declared(_ graph: GraphProjection) -> [GraphAttribute] {
    graph.attributes.filter { $0.name != "label" } + [qualifier]
  }

  private static func openings(_ attributes: [GraphAttribute]) -> OrderedLookup {
    var replaced = 0
    return OrderedLookup(
      attributes.map { attribute in
        let name = XMLText.escaped(attribute.name, inAttribute: true, replaced: &replaced)
        return (attribute.name, "<attvalue for=\"\(name)\" value=\"")
      })
  }

  func write() throws(OutputError) {
    try stream.startDocument()
    try stream.startElement("gexf")
    try stream.attribute("xmlns", "http://gexf.net/1.3")
    try stream.attribute("xmlns:viz", "http://gexf.net/1.3/viz")
    try stream.attribute("version", "1.3")
    try stream.startElement("meta")
    try stream.element("creator", text: "Parley")
    try stream.element("description", text: graph.dossier.title)
    try stream.endElement()
    try stream.startElement("graph")
    try stream.attribute("mode", "dynamic")
    try stream.attribute("defaultedgetype", graph.isDirected ? "directed" : "undirected")
    try stream.attribute("timeformat", withTimes ? "dateTime" : "date")
    try stream.attribute("timerepresentation", "interval")
    let declared = Self.declared(graph)
    try declare(declared.filter(\.isForNodes), for: "node")
    try declare(declared.filter(\.isForEdges), for: "edge")
    try stream.startElement("nodes")
    for node in graph.nodes {
      try stream.startElement("node")
      try stream.attribute("id", node.id)
      try stream.attribute("label", node.label)
      try time(node.time, until: nil)
      try values(node.attributes, time: node.time, openings: &nodeValues)
      try colour(GEXFColours.node(node.attributes))
      try stream.endElement()
    }
    try stream.endElement()
    try stream.startElement("edges")
    for edge in graph.edges {
      try stream.startElement("edge")
      try stream.attribute("id", edge.id)
      try stream.attribute("source", edge.source)
      try stream.attribute("target", edge.target)
      try stream.attribute("label", edge.label)
      try time(edge.time, until: superseded[edge.id])
      try values(edge.attributes, time: edge.time, openings: &edgeValues)
      try colour(GEXFColours.edge(edge.attributes))
      try stream.endElement()
    }
    try stream.endElement()
    try stream.endElement()
    try stream.endElement()
    try stream.endDocument()
  }

  /// `<attributes class="…">` with one `<attribute>` per attribute; the id
  /// is the name, which is unique within a class.
  private func declare(_ attributes: [GraphAttribute], for domain: String) throws(OutputError) {
    try stream.startElement("attributes")
    try stream.attribute("class", domain)
    try stream.attribute("mode", "static")
    for attribute in attributes {
      try stream.startElement("attribute")
      try stream.attribute("id", attribute.name)
      try stream.attribute("title", attribute.name)
      try stream.attribute("type", Self.type(of: attribute))
      try stream.endElement()
    }
    try stream.endElement()
  }

  private static func type(of attribute: GraphAttribute) -> String {
    switch attribute.type {
    case .string: "string"
    case .strings: "liststring"
    case .integer: "integer"
    case .double: "double"
    case .boolean: "boolean"
    }
  }

  /// `start` and `end` from the element's time; `until` ends a position that
  /// a later one replaces, just before that one starts.
  private func time(_ time: GraphTime?, until replacement: EDTFInstant?) throws(OutputError) {
    guard let time else { return }
    if let start = time.start { try stream.attribute("start", format(start)) }
    var end = time.end
    if let replacement {
      let before = GEXFTime.justBefore(replacement, withTimes: withTimes)
      if let start = time.start, before >= start { end = before }
    }
    if let end { try stream.attribute("end", format(end)) }
  }

  private func format(_ instant: EDTFInstant) -> String {
    withTimes ? instant.description : instant.isoDate
  }

  private func values(
    _ attributes: GraphAttributes, time: GraphTime?, openings: inout OrderedLookup
  ) throws(OutputError) {
    try stream.startElement("attvalues")
    for (name, value) in attributes where name != "label" {
      try attvalue(name, Self.text(of: value), openings: &openings)
    }
    if let qualifier = time?.qualifier {
      try attvalue(Self.qualifier.name, GEXFTime.name(of: qualifier), openings: &openings)
    }
    try stream.endElement()
  }

  private func attvalue(_ name: String, _ value: String, openings: inout OrderedLookup)
    throws(OutputError)
  {
    if let opening = openings.text(for: name) {
      try stream.emptyElement(opening: opening, value: value)
      return
    }
    try stream.startElement("attvalue")
    try stream.attribute("for", name)
    try stream.attribute("value", value)
    try stream.endElement()
  }

  /// A value as GEXF writes it; a list as Gephi's array literal, each text
  /// quoted with `"` and `\` escaped: `["a", "b, c"]`.
  static func text(of value: GraphValue) -> String {
    switch value {
    case .string(let text): text
    case .integer(let number): String(number)
    case .double(let number): number.description
    case .boolean(let flag): flag ? "true" : "false"
    case .strings(let list):
      "[" + list.map(quoted).joined(separator: ", ") + "]"
    }
  }

  /// `text` in `"`, with `\` and `"` escaped by a backslash.
  private static func quoted(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") })
    else { return "\"" + text + "\"" }
    var result = "\""
    for scalar in text.unicodeScalars {
      if scalar == "\\" || scalar == "\"" { result.unicodeScalars.append("\\") }
      result.unicodeScalars.append(scalar)
    }
    return result + "\""
  }

  private func colour(_ rgb: GEXFColours.RGB) throws(OutputError) {
    try stream.startElement("viz:color")
    try stream.attribute("r", String(rgb.red))
    try stream.attribute("g", String(rgb.green))
    try stream.attribute("b", String(rgb.blue))
    try stream.endElement()
  }
}
