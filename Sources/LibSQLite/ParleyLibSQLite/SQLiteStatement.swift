import CSQLite

/// A compiled statement of a ``SQLiteDatabase``, run many times with new
/// values: bind, step, reset.
package final class SQLiteStatement {
  private var handle: OpaquePointer?
  private unowned let database: SQLiteDatabase
  private let sql: String

  init(_ handle: OpaquePointer, database: SQLiteDatabase, sql: String) {
    (self.handle, self.database, self.sql) = (handle, database, sql)
  }

  func finalize() {
    sqlite3_finalize(handle)
    handle = nil
  }

  /// Runs the statement once with `values` bound to its parameters in
  /// order; it must return no rows.
  ///
  /// - Throws: ``SQLiteError`` when a value cannot be bound or the
  ///   statement fails, e.g. on a constraint.
  package func run(_ values: [SQLiteValue]) throws(SQLiteError) {
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let status: Int32
      switch value {
      case .null: status = sqlite3_bind_null(handle, index)
      case .integer(let number): status = sqlite3_bind_int64(handle, index, Int64(number))
      case .real(let number): status = sqlite3_bind_double(handle, index, number)
      case .text(let text):
        status = text.withCString {
          sqlite3_bind_text64(
            handle, index, $0, sqlite3_uint64(text.utf8.count), parley_sqlite_transient(),
            UInt8(SQLITE_UTF8))
        }
      }
      guard status == SQLITE_OK else {
        throw database.failure("binding a value to \(SQLiteDatabase.head(of: sql))", status)
      }
    }
    let status = sqlite3_step(handle)
    guard status == SQLITE_DONE else {
      throw database.failure("running \(SQLiteDatabase.head(of: sql))", status)
    }
  }

  /// Every row the statement returns, as text.
  func rows() throws(SQLiteError) -> [[String?]] {
    defer { sqlite3_reset(handle) }
    var rows: [[String?]] = []
    while true {
      let status = sqlite3_step(handle)
      if status == SQLITE_DONE { return rows }
      guard status == SQLITE_ROW else {
        throw database.failure("running \(SQLiteDatabase.head(of: sql))", status)
      }
      rows.append(
        (0..<sqlite3_column_count(handle)).map { column in
          sqlite3_column_text(handle, column).map { String(cString: $0) }
        })
    }
  }
}
