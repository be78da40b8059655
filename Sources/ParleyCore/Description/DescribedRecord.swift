/// A record type of the IR bound to its description: each field's
/// description together with the property that holds it, so readers,
/// writers and the validator can go through any record's fields without
/// naming them.
///
/// ``value(at:of:)`` and ``forEachRecord(at:of:_:)`` are requirements with
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

  /// Calls `body` with each record of the nested list at `index` in
  /// ``fields`` of the record at `record`, until `body` returns `false`.
  static func forEachRecord(
    at index: Int, of record: UnsafeRawPointer, _ body: (RecordRef) -> Bool)
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

  /// Calls `body` with each record of the nested list at `index`.
  package static func forEachRecord(
    at index: Int, of record: UnsafeRawPointer, _ body: (RecordRef) -> Bool
  ) {
    guard case .records(let nested) = fields[index].access else { return }
    nested.forEach(record, body)
  }
}

/// A record seen in place, through a pointer, as walks see it: its fields
/// are read where they are, and no record is copied or boxed. Valid only
/// inside the walk that hands it over.
package struct RecordRef {
  /// Where the record is.
  package let pointer: UnsafeRawPointer
  /// Its type.
  package let type: any DescribedRecord.Type

  /// Runs `body` with a reference to `record`.
  package static func with<Record: DescribedRecord, Result>(
    _ record: Record, _ body: (RecordRef) throws -> Result
  ) rethrows -> Result {
    try withUnsafePointer(to: record) {
      try body(RecordRef(pointer: UnsafeRawPointer($0), type: Record.self))
    }
  }

  /// What the record is.
  package var kind: RecordDescription { type.recordDescription }

  /// The value of the field at `index` of the record's description.
  package func value(at index: Int) -> FieldValue { type.value(at: index, of: pointer) }

  /// Calls `body` with each record of the nested list at `index`.
  package func forEachRecord(at index: Int, _ body: (RecordRef) -> Void) {
    type.forEachRecord(at: index, of: pointer) {
      body($0)
      return true
    }
  }

  /// Calls `body` with each record of the nested list at `index`, stopping
  /// at the first error, which it rethrows.
  package func forEachRecord(at index: Int, _ body: (RecordRef) throws -> Void) throws {
    var failure: (any Error)?
    type.forEachRecord(at: index, of: pointer) { nested in
      do {
        try body(nested)
        return true
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
  }

  /// The record itself, when it is a `Record`.
  package func load<Record: DescribedRecord>(as: Record.Type) -> Record? {
    type == Record.self ? pointer.assumingMemoryBound(to: Record.self).pointee : nil
  }

  /// The record's key: its id, or a nested record's first field.
  package var key: String? {
    if case .text(let key) = value(at: 0) { return key }
    return nil
  }
}
