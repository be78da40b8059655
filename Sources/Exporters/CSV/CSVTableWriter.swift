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
      try Self.write(guarded ? FormulaGuard.neutralised(field) : field, to: output)
    }
    try output.write(settings.lineEnding)
  }

  /// Writes the field as RFC 4180 has it — in quotes, inner quotes doubled,
  /// when it holds a comma, a quote, a CR or a LF; as it is otherwise —
  /// straight from its UTF-8 bytes.
  static func write(_ field: String, to output: OutputWriter) throws(OutputError) {
    let utf8 = field.utf8
    let needsQuotes =
      utf8.withContiguousStorageIfAvailable { bytes in
        for byte in bytes
        where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A
          || byte == 0x0D
        {
          return true
        }
        return false
      } ?? true
    guard needsQuotes else {
      try output.write(field)
      return
    }
    try output.write("\"")
    var start = utf8.startIndex
    var searchFrom = start
    while let quote = utf8[searchFrom...].firstIndex(of: UInt8(ascii: "\"")) {
      // The quote goes out with the run before it, and again at the start
      // of the next run.
      try output.write(bytes: utf8[start...quote])
      start = quote
      searchFrom = utf8.index(after: quote)
    }
    try output.write(bytes: utf8[start...])
    try output.write("\"")
  }

  /// The field as ``write(_:to:)`` writes it, as a string.
  static func quoted(_ field: String) -> String {
    let output = OutputWriter(inMemory: "a CSV field")
    do {
      try write(field, to: output)
    } catch {
      preconditionFailure("an in-memory writer does not fail: \(error)")
    }
    return String(decoding: output.collected, as: UTF8.self)
  }
}
