/// A record type of the IR bound to its description: each field's
/// description together with the property that holds it, so readers,
/// writers and the validator can go through any record's fields without
/// naming them.
///
/// ``value(at:of:)`` and ``forEachRecord(at:of:in:_:)`` are requirements with
/// default implementations, so that a ``RecordRef`` reaches code made for the
/// record's own type: walking records costs no generic dispatch and copies
/// no record.
package protocol DescribedRecord: Sendable {
  /// The fields, in canonical order; the first is the record's key.
  static var fields: [FieldBinding<Self>] { get }
  /// What the record is, built from ``fields``.
  static var recordDescription: RecordDescription { get }
  /// A record with empty values, which a reader fills field by field: it
  /// never escapes a load that failed to set a required field.
  static var placeholder: Self { get }

  /// The value of the field at `index` in ``fields`` of the record at `record`.
  static func value(at index: Int, of record: UnsafeRawPointer) -> FieldValue

  /// Where the value of the field at `index` in ``fields`` lies.
  static func slot(at index: Int) -> FieldSlot

  /// Calls `body` with each record of the nested list at `index` in
  /// ``fields`` of the record at `record` (those at the positions in
  /// `range`, when one is given), until `body` returns `false`.
  static func forEachRecord(
    at index: Int, of record: UnsafeRawPointer, in range: Range<Int>?,
    _ body: (RecordRef) -> Bool)
}

extension DescribedRecord {
  /// The value of the field at `index` in ``fields`` of the record at `record`.
  package static func value(at index: Int, of record: UnsafeRawPointer) -> FieldValue {
    switch fields[index].access {
    case .text(let property): .text(property.get(record))
    case .optionalText(let property): .text(property.get(record))
    case .texts(let property): .texts(property.get(record))
    case .choice(let access): .text(access.get(record))
    case .date(let property): .date(property.get(record))
    case .duration(let property): .duration(property.get(record))
    case .number(let property): .number(property.get(record))
    case .span(let property): .span(property.get(record))
    case .attributes(let property): .attributes(property.get(record))
    case .records(let nested): .records(count: nested.count(record))
    }
  }

  /// Where the value of the field at `index` lies.
  package static func slot(at index: Int) -> FieldSlot {
    switch fields[index].access {
    case .text(let property): .text(offset: property.offset)
    case .optionalText(let property): .optionalText(offset: property.offset)
    case .texts(let property): .texts(offset: property.offset)
    case .number(let property): .number(offset: property.offset)
    case .date(let property): .date(offset: property.offset)
    case .records: .records
    default: .other
    }
  }

  /// Calls `body` with each record of the nested list at `index` (those
  /// at the positions in `range`, when one is given).
  package static func forEachRecord(
    at index: Int, of record: UnsafeRawPointer, in range: Range<Int>?,
    _ body: (RecordRef) -> Bool
  ) {
    guard case .records(let nested) = fields[index].access else { return }
    nested.forEach(record, range, body)
  }
}
