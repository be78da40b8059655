/// The attributes of one node or edge, in the order they were added. A
/// missing value is left out, never an empty string; an empty list too.
public struct GraphAttributes: Hashable, Sendable, Sequence {
  /// The name and value of each attribute, in order.
  public private(set) var entries: [(name: String, value: GraphValue)] = []

  /// No attributes.
  public init() {}

  /// No attributes yet, with room for `capacity` without growing.
  init(capacity: Int) { entries.reserveCapacity(capacity) }

  /// Iterates the entries in order.
  public func makeIterator() -> IndexingIterator<[(name: String, value: GraphValue)]> {
    entries.makeIterator()
  }

  /// The value of the attribute named `name`, if present.
  public subscript(name: String) -> GraphValue? {
    entries.first { $0.name == name }?.value
  }

  /// Adds a text, unless `nil`.
  public mutating func add(_ name: String, _ value: String?) {
    if let value { entries.append((name, .string(value))) }
  }

  /// Adds a whole number, unless `nil`.
  public mutating func add(_ name: String, _ value: Int?) {
    if let value { entries.append((name, .integer(value))) }
  }

  /// Adds a real number, unless `nil`.
  public mutating func add(_ name: String, _ value: Double?) {
    if let value { entries.append((name, .double(value))) }
  }

  /// Adds a boolean, unless `nil`.
  public mutating func add(_ name: String, _ value: Bool?) {
    if let value { entries.append((name, .boolean(value))) }
  }

  /// Adds a list of texts, unless it is empty.
  public mutating func add(_ name: String, list: [String]) {
    if !list.isEmpty { entries.append((name, .strings(list))) }
  }

  /// Two attribute lists are equal when they have the same entries in order.
  public static func == (lhs: GraphAttributes, rhs: GraphAttributes) -> Bool {
    lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
  }

  /// Hashes the entries in order.
  public func hash(into hasher: inout Hasher) {
    for (name, value) in entries {
      hasher.combine(name)
      hasher.combine(value)
    }
  }
}
