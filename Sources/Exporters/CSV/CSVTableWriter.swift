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
    var field = field
    try field.withUTF8 { bytes in
      Result { () throws(OutputError) in try write(bytes, to: output) }
    }.get()
  }

  /// Writes a field's UTF-8 bytes as ``write(_:to:)`` says.
  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to output: OutputWriter)
    throws(OutputError)
  {
    guard
      bytes.contains(where: {
        $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      })
    else {
      try output.write(bytes: bytes)
      return
    }
    try output.write("\"")
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
      // The quote goes out with the run before it, and again at the start
      // of the next run.
      try output.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...index]))
      start = index
    }
    try output.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
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
