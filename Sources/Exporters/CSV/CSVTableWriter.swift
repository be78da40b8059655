import ParleyCore

/// Writes an RFC 4180 table row by row to an ``OutputWriter``: UTF-8, an
/// optional byte order mark, fields separated by commas, and a field quoted
/// (with inner quotes doubled) when it holds a comma, a quote, a CR or a LF.
/// Rows end with LF, or CRLF when asked.
///
/// Unless raw output was asked for, a field a spreadsheet would run as a
/// formula is neutralised as OWASP recommends (see ``FormulaGuard``).
final class CSVTableWriter {
  private let output: OutputWriter
  private let settings: CSVSettings
  private var columnCount: Int?

  /// Creates a writer.
  init(output: OutputWriter, settings: CSVSettings) {
    self.output = output
    self.settings = settings
  }

  /// Writes the byte order mark, if asked for.
  func begin() throws(OutputError) {
    if settings.byteOrderMark { try output.write(bytes: [0xEF, 0xBB, 0xBF]) }
  }

  /// Writes the header row; every later row must have as many fields.
  func header(_ names: [String]) throws(OutputError) {
    columnCount = names.count
    try write(names, guarded: false)
  }

  /// Writes one data row.
  func row(_ fields: [String]) throws(OutputError) {
    precondition(fields.count == columnCount, "a CSV row must have as many fields as the header")
    try write(fields, guarded: settings.neutralisesFormulas)
  }

  private func write(_ fields: [String], guarded: Bool) throws(OutputError) {
    for (index, field) in fields.enumerated() {
      if index > 0 { try output.write(",") }
      try output.write(Self.quoted(guarded ? FormulaGuard.neutralised(field) : field))
    }
    try output.write(settings.lineEnding)
  }

  /// The field as RFC 4180 writes it: in quotes, inner quotes doubled, when
  /// it holds a comma, a quote, a CR or a LF; as it is otherwise.
  static func quoted(_ field: String) -> String {
    let needsQuotes = field.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
    guard needsQuotes else { return field }
    var result = "\""
    for character in field.unicodeScalars {
      if character == "\"" { result += "\"\"" } else { result.unicodeScalars.append(character) }
    }
    return result + "\""
  }
}
