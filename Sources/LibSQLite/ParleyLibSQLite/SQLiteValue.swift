/// A value SQLite stores: its four storage classes, less blobs.
package enum SQLiteValue: Hashable, Sendable {
  /// `NULL`.
  case null
  /// A 64-bit integer.
  case integer(Int)
  /// A double.
  case real(Double)
  /// UTF-8 text, which may hold U+0000.
  case text(String)
}
