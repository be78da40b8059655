import ParleyTables

/// The SQL that declares the relational layout (``RelationalLayout``) in
/// SQLite: tables with their types, `NOT NULL`s, `CHECK`s on the IR's
/// choices, primary keys and foreign keys (deferred to the commit, since
/// records may refer to records listed after them), then one index per
/// reference and per date's start.
enum SQLiteSchema {
  /// `"name"`, with any `"` doubled.
  static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `'text'`, with any `'` doubled.
  static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// `CREATE TABLE` for `table`.
  static func create(_ table: RelationalTable) -> String {
    var lines = table.columns.map { column -> String in
      var line = "  " + quoted(column.name)
      switch column.type {
      case .text: line += " TEXT"
      case .integer: line += " INTEGER"
      case .real: line += " REAL"
      case .any: break  // no affinity: each value keeps its own type
      }
      if column.isRequired { line += " NOT NULL" }
      if let values = column.allowedValues {
        line +=
          " CHECK (\(quoted(column.name)) IN (\(values.map(literal).joined(separator: ", "))))"
      }
      if let target = column.references {
        line += " REFERENCES \(quoted(target)) (\"id\") DEFERRABLE INITIALLY DEFERRED"
      }
      return line
    }
    lines.append("  PRIMARY KEY (\(table.primaryKey.map(quoted).joined(separator: ", ")))")
    return "CREATE TABLE \(quoted(table.name)) (\n" + lines.joined(separator: ",\n") + "\n);\n"
  }

  /// `INSERT` with one parameter per column.
  static func insert(_ table: RelationalTable) -> String {
    let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
    return "INSERT INTO \(quoted(table.name)) VALUES (\(marks))"
  }

  /// The indexes of `table`: each reference not already the first column of
  /// its primary key, and each date's start.
  static func indexes(_ table: RelationalTable) -> String {
    var sql = ""
    for column in table.columns
    where (column.references != nil && column.name != table.primaryKey.first)
      || column.name.hasSuffix("_start") && column.type == .text
    {
      let name = quoted(table.name + "_" + column.name)
      sql += "CREATE INDEX \(name) ON \(quoted(table.name)) (\(quoted(column.name)));\n"
    }
    return sql
  }
}
