import ParleyCore
import ParleyGraph

/// Writes Cypher statements for one dialect.
struct CypherWriter {
  enum Dialect { case neo4j, kuzu }

  let output: OutputWriter
  let dialect: Dialect
  let attributes: [GraphAttribute]
  /// Node id → its table (Kùzu) or type label, for matching edge ends.
  private var tables: [String: String] = [:]

  init(output: OutputWriter, dialect: Dialect, attributes: [GraphAttribute]) {
    (self.output, self.dialect, self.attributes) = (output, dialect, attributes)
  }

  /// The node types a projection can have, as table names.
  static func nodeTypes(of graph: GraphProjection) -> [String] {
    switch graph.shape {
    case .actors: return ["Entity"]
    case .stances: return ["Entity", "Issue"]
    case .full:
      return ["Entity", "Talk", "Issue"] + (graph.extras.contains(.sources) ? ["Source"] : [])
        + (graph.extras.contains(.statements) ? ["Statement"] : [])
    }
  }

  /// The constraint (Neo4j) or the schema (Kùzu).
  func begin(nodeTypes: [String]) throws(OutputError) {
    switch dialect {
    case .neo4j:
      try output.write(
        "CREATE CONSTRAINT parley_node_id IF NOT EXISTS FOR (n:ParleyNode) REQUIRE n.id IS UNIQUE;\n"
      )
    case .kuzu:
      let nodeColumns = columns(attributes.filter(\.isForNodes))
      for table in nodeTypes {
        try output.write("CREATE NODE TABLE \(table)(id STRING\(nodeColumns), PRIMARY KEY(id));\n")
      }
      let pairs = nodeTypes.flatMap { from in nodeTypes.map { "FROM \(from) TO \($0)" } }
      try output.write(
        "CREATE REL TABLE Tie(\(pairs.joined(separator: ", ")), id STRING"
          + columns(attributes.filter(\.isForEdges)) + ");\n")
    }
  }

  private func columns(_ attributes: [GraphAttribute]) -> String {
    attributes.map { attribute in
      let type =
        switch attribute.type {
        case .string: "STRING"
        case .strings: "STRING[]"
        case .integer: "INT64"
        case .double: "DOUBLE"
        case .boolean: "BOOLEAN"
        }
      return ", \(attribute.name) \(type)"
    }.joined()
  }

  mutating func node(_ node: GraphNode) throws(OutputError) {
    let table = Self.label(node.attributes["type"]?.text ?? "node")
    tables[node.id] = table
    let labels =
      switch dialect {
      case .neo4j:
        ":ParleyNode:\(table)"
          + ((node.attributes["kind"]?.text).map { ":" + Self.label($0) } ?? "")
      case .kuzu: ":" + table
      }
    try output.write("CREATE (\(labels) \(properties(id: node.id, node.attributes)));\n")
  }

  mutating func edge(_ edge: GraphEdge) throws(OutputError) {
    let (from, to, type): (String, String, String)
    switch dialect {
    case .neo4j:
      (from, to) = ("ParleyNode", "ParleyNode")
      type = Self.relationshipType(edge.attributes["kind"]?.text ?? "tie")
    case .kuzu:
      (from, to, type) = (tables[edge.source] ?? "Entity", tables[edge.target] ?? "Entity", "Tie")
    }
    try output.write(
      "MATCH (a:\(from) {id: \(literal(edge.source))}), (b:\(to) {id: \(literal(edge.target))}) "
        + "CREATE (a)-[:\(type) \(properties(id: edge.id, edge.attributes))]->(b);\n")
  }

  /// `{id: '…', name: value, …}`: absent values are left out.
  private func properties(id: String, _ attributes: GraphAttributes) -> String {
    var parts = ["id: " + literal(id)]
    for (name, value) in attributes {
      let rendered: String
      switch value {
      case .string(let text): rendered = literal(text)
      case .strings(let list): rendered = "[" + list.map(literal).joined(separator: ", ") + "]"
      case .integer(let number): rendered = String(number)
      case .double(let number): rendered = number.isFinite ? number.description : "null"
      case .boolean(let flag): rendered = flag ? "true" : "false"
      }
      parts.append("\(name): \(rendered)")
    }
    return "{" + parts.joined(separator: ", ") + "}"
  }

  /// A single-quoted string literal. Neo4j reads backslash escapes (`\n`,
  /// `\uXXXX`); Kùzu reads `\` as "the next character as it is", so there
  /// only `\` and `'` are escaped and the rest is written raw.
  func literal(_ text: String) -> String {
    var result = "'"
    for scalar in text.unicodeScalars {
      switch (scalar, dialect) {
      case ("\\", _): result += "\\\\"
      case ("'", _): result += "\\'"
      case ("\n", .neo4j): result += "\\n"
      case ("\r", .neo4j): result += "\\r"
      case ("\t", .neo4j): result += "\\t"
      case (_, .neo4j) where scalar.value < 0x20 || scalar.value == 0x7F:
        result +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16, uppercase: true)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "'"
  }

  /// A node label from a type or kind: `state` → `State`, `talk` → `Talk`.
  static func label(_ text: String) -> String {
    let name = identifier(text)
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  /// A relationship type from an edge kind: `member-of` → `MEMBER_OF`.
  static func relationshipType(_ kind: String) -> String { identifier(kind).uppercased() }

  /// Letters and digits kept, anything else `_`, so that the name needs no
  /// quoting in either dialect.
  private static func identifier(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let kept = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      result.unicodeScalars.append(kept ? scalar : "_")
    }
    return result
  }
}
