/// A stored property of a record, named by its key path and read and
/// written at its offset in the record's storage.
///
/// Applying a key path at run time costs hundreds of instructions; reading a
/// field at a known offset costs a load. The offset comes from
/// `MemoryLayout.offset(of:)`, which documents exactly this use. Every field
/// of the IR is a stored property, so every key path given here has one; a
/// record type that broke this would fail as its field table is made.
package struct Property<Record, Value>: Sendable {
  /// Where the value lies in the record's storage, in bytes.
  package let offset: Int

  /// The property `path` names, which must be stored.
  package init(_ path: WritableKeyPath<Record, Value> & Sendable) {
    guard let offset = MemoryLayout<Record>.offset(of: path) else {
      preconditionFailure("\(path) is not a stored property of \(Record.self)")
    }
    self.offset = offset
  }

  /// The value in the record at `record`.
  @inline(__always)
  package func get(_ record: UnsafeRawPointer) -> Value {
    record.advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
  }

  /// The value in `record`.
  @inline(__always)
  package func get(_ record: Record) -> Value {
    withUnsafePointer(to: record) { get(UnsafeRawPointer($0)) }
  }

  /// Sets the value in `record`.
  @inline(__always)
  package func set(_ record: inout Record, _ value: Value) {
    withUnsafeMutablePointer(to: &record) {
      UnsafeMutableRawPointer($0).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee =
        value
    }
  }
}
