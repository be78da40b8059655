import ParleyCore
import ParleyLibSQLite
import ParleyTables

/// The `sqlite` format: the dossier as one SQLite database, for SQL users,
/// Datasette, DuckDB, pandas and spreadsheets.
///
/// One table per collection and one per list (``RelationalLayout``), with
/// foreign keys, indexes on the references, EDTF dates with their start,
/// end and precision, full-text search over statements and sources, and
/// views (`docs/sqlite.md`). It is written with the SQLite library in one
/// transaction through prepared statements, into the output's new file,
/// which then replaces the destination whole; it cannot stream.
package struct SQLiteExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `sqlite`, without options; it needs a file.
  package let format: FormatDescriptor = {
    var format = FormatDescriptor(
      id: "sqlite", aliases: ["sqlite3", "db"], name: "SQLite 3 database",
      mediaType: "application/vnd.sqlite3", fileExtension: "sqlite",
      summary:
        "One SQLite database: a table per collection and list, foreign keys, views, full-text search."
    )
    format.otherFileExtensions = ["sqlite3", "db"]
    format.needsFile = true
    return format
  }()

  /// Writes the database into the output's file.
  ///
  /// - Throws: ``OutputError`` when the output is not a new regular file
  ///   (standard output, a pipe, memory), or when SQLite fails, e.g. on a
  ///   full disk.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    guard let path = output.filePath else {
      throw OutputError(
        path: output.name,
        reason: "a SQLite database must be written to a file; it cannot stream to \(output.name)")
    }
    // A journal the replaced database left beside it would be replayed
    // into this one the next time it is opened.
    output.removeCompanions(withSuffixes: ["-wal", "-shm", "-journal"])
    do {
      try write(dossier, to: path)
    } catch {
      throw OutputError(path: output.name, reason: error.description)
    }
  }

  private func write(_ dossier: Dossier, to path: String) throws(SQLiteError) {
    let layout = RelationalLayout.ir
    let database = try SQLiteDatabase(path: path)
    // The file is new and private until it is renamed into place, so
    // nothing needs a journal or a sync: a failure discards it whole.
    try database.execute(
      """
      PRAGMA journal_mode = OFF;
      PRAGMA synchronous = OFF;
      PRAGMA locking_mode = EXCLUSIVE;
      PRAGMA cache_size = -32768;
      BEGIN;
      """)
    for table in layout.tables { try database.execute(SQLiteSchema.create(table)) }
    var inserts: [SQLiteStatement] = []
    for table in layout.tables { inserts.append(try database.prepare(SQLiteSchema.insert(table))) }
    var values: [SQLiteValue] = []
    values.reserveCapacity(32)
    do {
      try layout.forEachRow(of: dossier) { table, cells in
        values.removeAll(keepingCapacity: true)
        for cell in cells {
          switch cell {
          case .null: values.append(.null)
          case .text(let text): values.append(.text(text))
          case .integer(let number): values.append(.integer(number))
          case .real(let number): values.append(.real(number))
          }
        }
        try inserts[table].run(values)
      }
    } catch let error as SQLiteError {
      throw error
    } catch {
      preconditionFailure("the rows throw only SQLite's errors, not \(error)")
    }
    for table in layout.tables { try database.execute(SQLiteSchema.indexes(table)) }
    try database.execute(SQLiteViews.search)
    try database.execute(SQLiteViews.views)
    try database.execute(SQLiteViews.provenance(layout))
    try database.execute("COMMIT;")
    // The rows are loaded without enforcing the foreign keys: records may
    // come before those they refer to, and enforcing them row by row, before
    // the indexes exist, scans the child tables for every parent inserted
    // (quadratic). The validator has checked every reference; this checks
    // the database once, as a whole.
    let dangling = try database.rows("PRAGMA foreign_key_check")
    guard dangling.isEmpty else {
      let first = dangling[0].map { $0 ?? "NULL" }.joined(separator: " ")
      throw SQLiteError(
        action: "checking the foreign keys (a Parley bug; please report it)",
        message: "\(dangling.count) rows refer to rows that are missing, e.g. \(first)", code: 787)
    }
    try database.close()
  }
}
