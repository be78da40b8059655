import CSQLite

/// A SQLite database file opened for writing. The only code, with
/// ``SQLiteStatement``, that touches SQLite's pointers.
///
/// It is closed by ``close()``, which reports a failure to finish writing,
/// or else when it is released.
package final class SQLiteDatabase {
  private var handle: OpaquePointer?
  private var statements: [SQLiteStatement] = []

  /// Opens (or creates) the database at `path`, read-write, without a
  /// shared cache and without following the path's URI form.
  ///
  /// - Throws: ``SQLiteError`` when it cannot be opened.
  package init(path: String) throws(SQLiteError) {
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    guard status == SQLITE_OK else {
      let error = failure("opening the database", status)
      sqlite3_close_v2(handle)
      handle = nil
      throw error
    }
    sqlite3_extended_result_codes(handle, 1)
  }

  deinit {
    for statement in statements { statement.finalize() }
    if let handle { sqlite3_close_v2(handle) }
  }

  /// Runs one or more SQL statements that return no rows.
  ///
  /// - Throws: ``SQLiteError`` when one fails.
  package func execute(_ sql: String) throws(SQLiteError) {
    var message: UnsafeMutablePointer<CChar>?
    let status = sqlite3_exec(handle, sql, nil, nil, &message)
    guard status == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
      sqlite3_free(message)
      throw SQLiteError(action: "running \(Self.head(of: sql))", message: text, code: status)
    }
  }

  /// Compiles a statement, kept until the database is closed.
  ///
  /// - Throws: ``SQLiteError`` when the SQL does not compile.
  package func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    let status = sqlite3_prepare_v3(
      handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard status == SQLITE_OK, let statement else {
      throw failure("preparing \(Self.head(of: sql))", status)
    }
    let prepared = SQLiteStatement(statement, database: self, sql: sql)
    statements.append(prepared)
    return prepared
  }

  /// The rows of a query, each as its columns' text (`nil` for `NULL`):
  /// for small checks such as `PRAGMA foreign_key_check`.
  ///
  /// - Throws: ``SQLiteError`` when the query fails.
  package func rows(_ sql: String) throws(SQLiteError) -> [[String?]] {
    let statement = try prepare(sql)
    return try statement.rows()
  }

  /// Finalizes the statements and closes the database, so that everything
  /// is written.
  ///
  /// - Throws: ``SQLiteError`` when it cannot be closed.
  package func close() throws(SQLiteError) {
    for statement in statements { statement.finalize() }
    statements = []
    let status = sqlite3_close(handle)
    guard status == SQLITE_OK else { throw failure("closing the database", status) }
    handle = nil
  }

  /// The error SQLite reports for `status`, with its message.
  func failure(_ action: String, _ status: Int32) -> SQLiteError {
    let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return SQLiteError(
      action: action, message: message ?? String(cString: sqlite3_errstr(status)), code: status)
  }

  /// The pointer, for ``SQLiteStatement``'s messages.
  var pointer: OpaquePointer? { handle }

  /// The first words of a statement, for messages.
  static func head(of sql: String) -> String {
    let words = sql.split(whereSeparator: \.isWhitespace).prefix(4)
    return "\"" + words.joined(separator: " ") + (words.count == 4 ? " …" : "") + "\""
  }
}
