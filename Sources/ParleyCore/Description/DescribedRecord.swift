/// A record type of the IR bound to its description: each field's
/// description together with the property that holds it, so readers,
/// writers and the validator can go through any record's fields without
/// naming them.
package protocol DescribedRecord: Sendable {
  /// The fields, in canonical order; the first is the record's key.
  static var fields: [FieldBinding<Self>] { get }
  /// What the record is, built from ``fields``.
  static var recordDescription: RecordDescription { get }
  /// A record with empty values, which a reader fills field by field: it
  /// never escapes a load that failed to set a required field.
  static var placeholder: Self { get }
}

/// A nested list of records, as the field walkers meet it: called with the
/// concrete record type, so no record is boxed.
package protocol RecordVisitor: AnyObject {
  /// Visits the records of the nested list `field`.
  func visit<Nested: DescribedRecord>(_ records: [Nested], of field: FieldDescription) throws
}
