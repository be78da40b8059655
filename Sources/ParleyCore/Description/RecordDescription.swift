/// One kind of record of the IR — a source, an entity, a role, a provenance
/// entry, the dossier itself — and its fields, in the order the IR reference
/// and the canonical JSON list them.
///
/// Readers, the validator, the writers and the schemas are driven by these
/// descriptions or checked against them, so a field is added in one place.
/// ``IRDescription`` lists them all.
public struct RecordDescription: Hashable, Sendable {
  /// The record kind's name, e.g. `entity`.
  public let name: String
  /// How messages name one record, e.g. `an entity`.
  package let noun: String
  /// For the kinds listed at the top of a dossier, the list's name, e.g.
  /// `entities`; `nil` for nested kinds and the dossier.
  public let collection: String?
  /// The fields, in canonical order. The first is the record's key: a
  /// record without it cannot be read at all.
  public let fields: [FieldDescription]
  /// Two date fields that must be in order, such as a role's `from` and
  /// `until`.
  package let dateOrder: DateOrder?

  /// Two date fields of one record, the first no later than the second.
  package struct DateOrder: Hashable, Sendable {
    /// The field that comes first in time, e.g. `since`.
    package let earlier: String
    /// The field that comes second, e.g. `until`.
    package let later: String
  }

  /// Creates a description.
  package init(
    name: String, noun: String, collection: String? = nil, fields: [FieldDescription],
    dateOrder: (earlier: String, later: String)? = nil
  ) {
    (self.name, self.noun, self.collection, self.fields) = (name, noun, collection, fields)
    self.dateOrder = dateOrder.map { DateOrder(earlier: $0.earlier, later: $0.later) }
    self.fieldNames = fields.map(\.name)
  }

  /// The names of the fields, in order.
  package let fieldNames: [String]

  /// The field named `name`, if the kind has one.
  public func field(named name: String) -> FieldDescription? {
    fields.first { $0.name == name }
  }

  /// The record's key, the first field: `id` for the kinds of a collection.
  package var key: FieldDescription { fields[0] }
}
