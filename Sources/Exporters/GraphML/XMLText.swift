import ParleyCore

/// Escaping text for XML 1.0, which cannot carry most control characters at
/// all: those are replaced with U+FFFD and counted, never written raw.
enum XMLText {
  /// `text` escaped for element content or a double-quoted attribute.
  /// Tab, newline and carriage return are written as character references in
  /// attributes, and carriage return everywhere, so parsers' normalisation
  /// cannot change them.
  static func escaped(_ text: String, inAttribute: Bool, replaced: inout Int) -> String {
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

  /// Whether a UTF-8 byte may need escaping or replacing: markup characters,
  /// controls, and the lead byte of U+FFFE/U+FFFF.
  private static func needsWork(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF
  }
}
