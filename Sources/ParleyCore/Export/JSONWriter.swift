/// Writes JSON token by token to an ``OutputWriter``, pretty-printed with two
/// spaces or compact. Every JSON Parley writes goes through it: the
/// canonical IR, JSON-LD, the plugin envelope and the command line's reports.
///
/// The caller is responsible for calling the methods in a valid order: a
/// ``key(_:)`` before each value inside an object.
package final class JSONWriter {
  private let output: OutputWriter
  private let pretty: Bool
  /// For each open container: whether it has no element yet.
  @exclusivity(unchecked) private var firstInContainer: [Bool] = []
  @exclusivity(unchecked) private var afterKey = false
  /// The escaped form of the string being written, reused from string to string.
  @exclusivity(unchecked) private var escaped: [UInt8] = []

  /// Creates a writer; `pretty` adds newlines and indentation.
  package init(output: OutputWriter, pretty: Bool) {
    self.output = output
    self.pretty = pretty
  }

  /// Starts an object.
  package func beginObject() throws(OutputError) { try open(UInt8(ascii: "{")) }
  /// Ends an object.
  package func endObject() throws(OutputError) { try close(UInt8(ascii: "}")) }
  /// Starts an array.
  package func beginArray() throws(OutputError) { try open(UInt8(ascii: "[")) }
  /// Ends an array.
  package func endArray() throws(OutputError) { try close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  package func key(_ name: String) throws(OutputError) {
    try separate()
    try writeQuoted(name)
    try output.write(byte: UInt8(ascii: ":"))
    if pretty { try output.write(byte: UInt8(ascii: " ")) }
    afterKey = true
  }

  /// Writes a string value.
  package func string(_ value: String) throws(OutputError) {
    try separate()
    try writeQuoted(value)
  }

  /// Writes a string literal without building it first when nothing needs
  /// escaping, the common case.
  private func writeQuoted(_ text: String) throws(OutputError) {
    if Self.needsEscaping(text) {
      escaped.removeAll(keepingCapacity: true)
      escaped.append(0x22)
      Self.appendEscaped(text, to: &escaped)
      escaped.append(0x22)
      try output.write(bytes: escaped)
    } else {
      try output.write(byte: 0x22)
      try output.write(text)
      try output.write(byte: 0x22)
    }
  }

  private static func needsEscaping(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
      return false
    } ?? text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
  }

  /// Writes a whole number.
  package func number(_ value: Int) throws(OutputError) {
    try separate()
    try output.write(String(value))
  }

  /// Writes a real number in its shortest round-tripping form.
  package func number(_ value: Double) throws(OutputError) {
    try separate()
    guard value.isFinite else {
      throw OutputError(path: output.name, reason: "cannot write \(value) as a JSON number")
    }
    try output.write(value.description)
  }

  /// Writes `true` or `false`.
  package func bool(_ value: Bool) throws(OutputError) {
    try separate()
    try output.write(value ? "true" : "false")
  }

  /// Writes `value`, a JSON value already written (compact), as it is.
  package func raw(_ value: String) throws(OutputError) {
    try separate()
    try output.write(value)
  }

  /// Writes `null`.
  package func null() throws(OutputError) {
    try separate()
    try output.write("null")
  }

  /// Ends the document with a newline, pretty or compact.
  package func finish() throws(OutputError) {
    try output.write("\n")
  }

  private func open(_ bracket: UInt8) throws(OutputError) {
    try separate()
    try output.write(byte: bracket)
    firstInContainer.append(true)
  }

  private func close(_ bracket: UInt8) throws(OutputError) {
    let wasEmpty = firstInContainer.removeLast()
    if pretty && !wasEmpty { try newline() }
    try output.write(byte: bracket)
  }

  /// Writes what comes between the previous token and a new value or key.
  private func separate() throws(OutputError) {
    if afterKey {
      afterKey = false
      return
    }
    guard let first = firstInContainer.last else { return }
    if !first { try output.write(byte: UInt8(ascii: ",")) }
    firstInContainer[firstInContainer.count - 1] = false
    if pretty { try newline() }
  }

  private func newline() throws(OutputError) {
    let depth = firstInContainer.count
    while indents.count <= depth {
      indents.append([0x0A] + Array(repeating: 0x20, count: 2 * indents.count))
    }
    try output.write(bytes: indents[depth])
  }

  /// A newline and the indentation for each depth, made once.
  @exclusivity(unchecked) private var indents: [[UInt8]] = []

  /// A JSON string literal: quotes, backslashes and control characters
  /// escaped; everything else kept as UTF-8.
  package static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(text.utf8.count + 8)
    appendEscaped(text, to: &bytes)
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 of `text` with JSON's escapes: runs of bytes that need
  /// none are copied whole, so most text costs one copy.
  static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      var run = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: utf8[run..<index])
        bytes.append(0x5C)
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
          let hex = Array("0123456789abcdef".utf8)
          bytes += [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
        run = index + 1
      }
      bytes.append(contentsOf: utf8[run...])
    }
  }
}
