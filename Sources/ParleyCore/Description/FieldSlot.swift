/// Where a field's value lies in its record, by the Swift type of the
/// value. Code that reads field after field of many records, on several
/// threads at once (the validator), reads the value there instead of going
/// through the shared field table, whose entries every read would count.
package enum FieldSlot: Sendable {
  /// A required string, at this byte offset in the record.
  case text(offset: Int)
  /// An optional string.
  case optionalText(offset: Int)
  /// A list of strings.
  case texts(offset: Int)
  /// An optional real number.
  case number(offset: Int)
  /// An optional EDTF date.
  case date(offset: Int)
  /// A list of nested records: walk it with ``RecordRef/forEachRecord(at:in:_:)``.
  case records
  /// Anything else: read it with ``DescribedRecord/value(at:of:)``.
  case other
}

extension FieldSlot {
  /// The string in the record at `record`, for a text slot.
  @inline(__always)
  package func text(in record: UnsafeRawPointer) -> String? {
    switch self {
    case .text(let offset): (record + offset).assumingMemoryBound(to: String.self).pointee
    case .optionalText(let offset): (record + offset).assumingMemoryBound(to: String?.self).pointee
    default: nil
    }
  }
}
