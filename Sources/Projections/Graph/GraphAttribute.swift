/// An attribute that nodes or edges of a projection may carry: its name,
/// what carries it, and the type of its values.
public struct GraphAttribute: Hashable, Sendable {
  /// What carries an attribute.
  public enum Domain: Hashable, Sendable {
    /// Nodes only.
    case node
    /// Edges only.
    case edge
    /// Both nodes and edges.
    case all
  }

  /// The type of an attribute's values.
  public enum ValueType: String, Hashable, Sendable {
    /// Text.
    case string
    /// A whole number.
    case integer
    /// A real number.
    case double
    /// True or false.
    case boolean
    /// A list of texts.
    case strings
  }

  /// The name, e.g. `date_precision`.
  public let name: String
  /// What carries it.
  public let domain: Domain
  /// The type of its values.
  public let type: ValueType

  /// Creates an attribute; its type defaults to ``ValueType/string``.
  public init(_ name: String, _ domain: Domain, _ type: ValueType = .string) {
    (self.name, self.domain, self.type) = (name, domain, type)
  }

  /// Whether nodes carry it.
  public var isForNodes: Bool { domain != .edge }
  /// Whether edges carry it.
  public var isForEdges: Bool { domain != .node }
}

/// A value of an attribute.
public enum GraphValue: Hashable, Sendable {
  /// Text.
  case string(String)
  /// A whole number.
  case integer(Int)
  /// A real number.
  case double(Double)
  /// True or false.
  case boolean(Bool)
  /// A list of texts, never empty.
  case strings([String])
}
