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
    forEachRecord(at: index, in: nil, body)
  }

  /// Calls `body` with each record of the nested list at `index`, or with
  /// the records at the positions in `range` when one is given.
  package func forEachRecord(at index: Int, in range: Range<Int>?, _ body: (RecordRef) -> Void) {
    type.forEachRecord(at: index, of: pointer, in: range) {
      body($0)
      return true
    }
  }

  /// Calls `body` with each record of the nested list at `index`, stopping
  /// at the first error, which it rethrows.
  package func forEachRecord(at index: Int, _ body: (RecordRef) throws -> Void) throws {
    var failure: (any Error)?
    type.forEachRecord(at: index, of: pointer, in: nil) { nested in
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

  /// Where the record is, when it is a `Record`: read in place, not copied,
  /// and only inside the walk that handed the reference over.
  package func pointer<Record: DescribedRecord>(to: Record.Type) -> UnsafePointer<Record>? {
    type == Record.self ? pointer.assumingMemoryBound(to: Record.self) : nil
  }

  /// The record's key: its id, or a nested record's first field.
  package var key: String? {
    if case .text(let key) = value(at: 0) { return key }
    return nil
  }
}
