/// A column of a ``RelationalTable``.
public struct RelationalColumn: Hashable, Sendable {
  /// What the column holds.
  public enum ValueType: String, Hashable, Sendable {
    /// Text.
    case text
    /// Whole numbers.
    case integer
    /// Real numbers.
    case real
    /// Text, whole or real numbers, each as it is (free attributes).
    case any
  }

  /// The name, e.g. `holder` or `date_start`.
  public let name: String
  /// What it holds.
  public let type: ValueType
  /// Whether every row has a value.
  public let isRequired: Bool
  /// The table whose `id` the value is, for a reference.
  public let references: String?
  /// The only values allowed, for one of the IR's choices.
  public let allowedValues: [String]?

  /// Creates a column.
  public init(
    name: String, type: ValueType, isRequired: Bool = false, references: String? = nil,
    allowedValues: [String]? = nil
  ) {
    (self.name, self.type, self.isRequired, self.references, self.allowedValues) = (
      name, type, isRequired, references, allowedValues
    )
  }
}
