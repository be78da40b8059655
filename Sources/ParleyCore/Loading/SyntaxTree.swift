/// A parsed JSON or YAML value with where it stood in the text: the common
/// form both loaders produce, so one decoder turns either into a ``Dossier``
/// and reports problems the same way.
struct SyntaxNode: Sendable {
  enum Value: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    /// A JSON string or a quoted YAML scalar.
    case string(String)
    /// An unquoted YAML scalar: text whose type depends on where it is used.
    case plain(String)
    case array([SyntaxNode])
    case object([(key: String, value: SyntaxNode)])
  }

  var value: Value
  /// Known for YAML input; JSON input has no positions.
  var location: SourceLocation?

  /// A short name of the value's type, for messages.
  var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .integer, .number: "a number"
    case .string: "a string"
    case .plain(let text): Self.plainIsNull(text) ? "null" : "\"\(text)\""
    case .array: "a list"
    case .object: "an object"
    }
  }

  /// Whether the value is null (JSON `null`, YAML `~`, `null` or nothing).
  var isNull: Bool {
    switch value {
    case .null: true
    case .plain(let text): Self.plainIsNull(text)
    default: false
    }
  }

  static func plainIsNull(_ text: String) -> Bool {
    text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  /// The node a path leads to, if it exists.
  func node(at path: IRPath) -> SyntaxNode? {
    var node = self
    for component in path.components {
      switch (component, node.value) {
      case (.key(let key), .object(let entries)):
        guard let next = entries.first(where: { $0.key == key })?.value else { return nil }
        node = next
      case (.index(let index), .array(let elements)) where elements.indices.contains(index):
        node = elements[index]
      default:
        return nil
      }
    }
    return node
  }

  /// The location of the path's node, or of its nearest located ancestor.
  func location(of path: IRPath) -> SourceLocation? {
    var components = path.components
    while true {
      if let location = node(at: IRPath(components: components))?.location { return location }
      if components.isEmpty { return nil }
      components.removeLast()
    }
  }
}
