/// A parsed value with where it stood in the text: the common form every
/// ``DossierReader`` produces (JSON, YAML, XML), so one decoder turns any of
/// them into a ``Dossier`` and reports problems the same way.
package struct SyntaxNode: Sendable {
  /// A JSON-like value.
  package enum Value: Sendable {
    /// No value.
    case null
    /// True or false.
    case bool(Bool)
    /// A whole number.
    case integer(Int)
    /// A real number.
    case number(Double)
    /// A string.
    case string(String)
    /// Untyped text (an unquoted YAML scalar, an XML attribute): read as a
    /// string, number or boolean depending on the field.
    case plain(String)
    /// A list.
    case array([SyntaxNode])
    /// Fields, in document order.
    case object([(key: String, value: SyntaxNode)])
  }

  /// The value.
  package var value: Value
  /// Where the value starts in the text, when the reader knows.
  package var location: SourceLocation?

  /// Creates a node.
  package init(_ value: Value, location: SourceLocation? = nil) {
    self.value = value
    self.location = location
  }

  /// A short name of the value's type, for messages.
  package var typeName: String {
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
  package var isNull: Bool {
    switch value {
    case .null: true
    case .plain(let text): Self.plainIsNull(text)
    default: false
    }
  }

  /// Whether untyped text is a number as YAML reads one: digits, a sign,
  /// a point, an exponent ("42", "-1.5", "1e3"); not "nan" or "inf".
  package static func plainIsNumber(_ text: String) -> Bool {
    Double(text) != nil && text.contains(where: \.isNumber)
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
