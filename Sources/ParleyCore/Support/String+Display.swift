extension String {
  /// The text made safe to print on a terminal as part of a message: every
  /// control character (line breaks, tabs and escape sequences included),
  /// the C1 controls, the Unicode line and paragraph separators, the
  /// bidirectional overrides and marks, and the invisible zero-width
  /// characters and byte order mark are written as `\n`, `\t` or `\u{1B}`,
  /// so a file name can neither move the cursor, recolour the terminal nor
  /// split or reorder the line it is in, and nothing in a name is unseen. A
  /// backslash stays as it is.
  package var displayed: String {
    guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
    return replacingScalars { scalar in
      guard Self.needsEscape(scalar) else { return nil }
      switch scalar {
      case "\n": return "\\n"
      case "\r": return "\\r"
      case "\t": return "\\t"
      default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
  }

  /// `displayed`, but keeping line breaks and tabs: for messages of several
  /// lines, such as a plugin's own standard error quoted back.
  package var displayedKeepingLines: String {
    guard unicodeScalars.contains(where: { Self.needsEscape($0) && $0 != "\n" && $0 != "\t" })
    else { return self }
    return replacingScalars { scalar in
      guard Self.needsEscape(scalar), scalar != "\n", scalar != "\t" else { return nil }
      return scalar == "\r"
        ? "\\r" : "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028, 0x2029, 0x202A...0x202E,
      0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }
}
