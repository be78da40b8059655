/// Escaping text for XML 1.0, which cannot carry most control characters at
/// all: those are replaced with U+FFFD and counted, never written raw.
package enum XMLText {
  /// `text` escaped for element content or a double-quoted attribute.
  /// Tab, newline and carriage return are written as character references in
  /// attributes, and carriage return everywhere, so parsers' normalisation
  /// cannot change them.
  package static func escaped(_ text: String, inAttribute: Bool, replaced: inout Int) -> String {
    guard text.utf8.contains(where: needsWork) else { return text }
    var count = 0
    let result = text.replacingScalars { scalar in
      switch scalar {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"" where inAttribute: return "&quot;"
      case "\r": return "&#13;"
      case "\n" where inAttribute: return "&#10;"
      case "\t" where inAttribute: return "&#9;"
      case "\n", "\t": return nil
      case let c where !XMLCharacters.isAllowed(c):
        count += 1
        return "\u{FFFD}"
      default: return nil
      }
    }
    replaced += count
    return result
  }

  /// Writes `text` escaped as ``escaped(_:inAttribute:replaced:)`` escapes
  /// it, straight from its UTF-8 bytes: runs that need nothing go out as
  /// they are.
  ///
  /// - Parameter quotesInText: whether `"` is escaped in element content
  ///   too, as libxml2's writer escapes it (GEXF's bytes were libxml2's).
  package static func write(
    _ text: String, inAttribute: Bool, quotesInText: Bool = false, replaced: inout Int,
    to output: OutputWriter
  ) throws(OutputError) {
    var text = text
    var count = replaced
    let quotes = inAttribute || quotesInText
    let written = text.withUTF8 { bytes in
      Result { () throws(OutputError) in
        try write(bytes, inAttribute: inAttribute, quotes: quotes, replaced: &count, to: output)
      }
    }
    replaced = count
    try written.get()
  }

  /// Writes UTF-8 `bytes` as ``write(_:inAttribute:quotesInText:replaced:to:)`` says.
  private static func write(
    _ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, quotes: Bool, replaced: inout Int,
    to output: OutputWriter
  ) throws(OutputError) {
    var index = firstNeedingWork(in: bytes, from: 0)
    guard index < bytes.count else {
      try output.write(bytes: bytes)
      return
    }
    var start = 0
    while index < bytes.count {
      let byte = bytes[index]
      var next = index + 1
      var replacement: StaticString?
      switch byte {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
      case 0x0D: replacement = "&#13;"
      case 0x0A where inAttribute: replacement = "&#10;"
      case 0x09 where inAttribute: replacement = "&#9;"
      case 0x0A, 0x09: break
      case ..<0x20:
        replacement = "\u{FFFD}"
        replaced += 1
      case 0xEF:
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are no XML characters.
        if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
          replacement = "\u{FFFD}"
          replaced += 1
          next = index + 3
        }
      default: break
      }
      if let replacement {
        try output.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        try output.write(
          bytes: UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        start = next
      }
      index = firstNeedingWork(in: bytes, from: next)
    }
    try output.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
  }

  /// The offset of the first byte at or after `start` that may need work
  /// (``needsWork(_:)``), or the count. Eight bytes are tested at a time:
  /// in `(v - 0x01…) & ~v & 0x80…` the lowest set bit marks the first zero
  /// byte of `v` exactly (a borrow can only mark bytes above a zero one),
  /// so each wanted byte is found as a zero of the word xor it, and the
  /// controls as the bytes below 0x20.
  private static func firstNeedingWork(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int
  {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return bytes.count }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    var index = start
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let marks =
        zeros(word ^ (ones &* 0x26)) | zeros(word ^ (ones &* 0x3C)) | zeros(word ^ (ones &* 0x3E))
        | zeros(word ^ (ones &* 0x22)) | zeros(word ^ (ones &* 0xEF))
        | ((word &- ones &* 0x20) & ~word & highs)
      if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < bytes.count, !needsWork(bytes[index]) { index += 1 }
    return index
  }

  /// Whether a UTF-8 byte may need escaping or replacing: markup characters,
  /// controls, and the lead byte of U+FFFE/U+FFFF.
  private static func needsWork(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF
  }
}
