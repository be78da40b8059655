/// One field of a record kind: its name in every format, what it holds,
/// whether it is required, and any rule its value follows.
public struct FieldDescription: Hashable, Sendable {
  /// The name, as JSON and YAML write it, e.g. `holder`.
  public let name: String
  /// What the field holds.
  public let type: FieldType
  /// Whether every record must have it.
  public let isRequired: Bool
  /// A rule the value follows beyond its type, if any.
  public let constraint: FieldConstraint?

  /// Creates a field description.
  package init(
    name: String, type: FieldType, isRequired: Bool = false, constraint: FieldConstraint? = nil
  ) {
    (self.name, self.type, self.isRequired, self.constraint) = (name, type, isRequired, constraint)
  }

  /// Whether the field refers to other records, and to which.
  package var referenceTarget: ReferenceTarget? {
    switch type {
    case .reference(let target), .references(let target): target
    default: nil
    }
  }
}
