/// A failure of the SQLite library: what was being done, SQLite's own
/// message and its result code.
package struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What Parley was doing, e.g. `opening the database`.
  package let action: String
  /// SQLite's message, e.g. `database or disk is full`.
  package let message: String
  /// SQLite's extended result code.
  package let code: Int32

  /// Creates an error.
  package init(action: String, message: String, code: Int32) {
    (self.action, self.message, self.code) = (action, message, code)
  }

  /// `SQLite failed while ACTION: MESSAGE (code N)`.
  package var description: String { "SQLite failed while \(action): \(message) (code \(code))" }
}
