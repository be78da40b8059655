/// What XML 1.0 text may contain (its `Char` production), for the exporters
/// that write XML: they replace anything else — most C0 control characters,
/// U+FFFE and U+FFFF — with U+FFFD and report it, never writing it raw.
package enum XMLCharacters {
  /// Whether `scalar` may appear in XML 1.0 text.
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `text` with every scalar XML 1.0 cannot carry replaced by U+FFFD;
  /// adds the number replaced to `count`.
  package static func replacingDisallowed(_ text: String, count: inout Int) -> String {
    // Only C0 controls and U+FFFE/U+FFFF (lead byte 0xEF) can be disallowed:
    // a pass over the bytes clears almost every text.
    let suspect =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        for byte in bytes
        where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0xEF {
          return true
        }
        return false
      } ?? true
    guard suspect, !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    var replaced = 0
    let result = text.replacingScalars { scalar in
      guard !isAllowed(scalar) else { return nil }
      replaced += 1
      return "\u{FFFD}"
    }
    count += replaced
    return result
  }

  /// The warning for `count` replaced characters.
  package static func replacementWarning(_ count: Int) -> String {
    "replaced \(count) character\(count == 1 ? "" : "s") that XML 1.0 cannot carry (control characters) with U+FFFD"
  }
}
