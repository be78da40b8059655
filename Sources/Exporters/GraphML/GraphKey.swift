/// A GraphML attribute declaration (`<key>`): its name, which is also its id,
/// what it applies to, and its type.
struct GraphKey: Hashable {
  /// What a key applies to; `all` is declared as one node and one edge key.
  enum Domain {
    case node, edge, all
  }

  enum ValueType: String {
    case string, int, double, boolean
  }

  let name: String
  let domain: Domain
  let type: ValueType

  init(_ name: String, _ domain: Domain, _ type: ValueType = .string) {
    self.name = name
    self.domain = domain
    self.type = type
  }
}

/// A value of a `<data>` element.
enum GraphValue {
  case string(String)
  case int(Int)
  case double(Double)
  case boolean(Bool)
}

/// The attributes of one node or edge, in the order they are written. A nil
/// value is left out: a missing value is an omitted `<data>`, never an empty
/// string.
struct GraphData {
  private(set) var entries: [(String, GraphValue)] = []

  mutating func add(_ key: String, _ value: String?) {
    if let value { entries.append((key, .string(value))) }
  }

  mutating func add(_ key: String, _ value: Int?) {
    if let value { entries.append((key, .int(value))) }
  }

  mutating func add(_ key: String, _ value: Double?) {
    if let value { entries.append((key, .double(value))) }
  }

  mutating func add(_ key: String, _ value: Bool?) {
    if let value { entries.append((key, .boolean(value))) }
  }

  /// A list, joined with `; `; an empty list is left out.
  mutating func add(_ key: String, list: [String]) {
    if !list.isEmpty { entries.append((key, .string(list.joined(separator: "; ")))) }
  }
}
