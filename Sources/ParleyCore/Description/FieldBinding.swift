/// A field's description and the property of `Record` that holds it.
///
/// Tables of bindings are written with the factory methods below; the
/// property's type says whether the field is required (a non-optional
/// string or choice) or not. A class, so that a walk through a table copies a
/// reference, not every part of a field's description.
package final class FieldBinding<Record>: Sendable {
  /// The description every format sees.
  package let description: FieldDescription
  /// How to get and set the value.
  package let access: FieldAccess<Record>
  /// How a reader reads the field, worked out once from the description:
  /// readers touch only this and ``access`` for each field of each record.
  package let reading: FieldReading

  /// Binds `description` to `access`.
  init(description: FieldDescription, access: FieldAccess<Record>) {
    self.description = description
    self.access = access
    let holdsIDs =
      switch description.type {
      case .identifier, .reference, .references: true
      default: false
      }
    reading = FieldReading(
      name: description.name, isRequired: description.isRequired, holdsIDs: holdsIDs,
      typeHint: description.constraint?.typeHint)
  }
}

/// What a reader needs of a field, in values that cost nothing to copy.
package struct FieldReading: Sendable {
  /// The field's name.
  package let name: String
  /// Whether every record must have it.
  package let isRequired: Bool
  /// Whether its strings are ids, checked for the id syntax.
  package let holdsIDs: Bool
  /// What to say when the value has the wrong type.
  package let typeHint: String?
}
