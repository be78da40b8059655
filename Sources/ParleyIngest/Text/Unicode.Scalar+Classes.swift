extension Unicode.Scalar {
  /// Whether the scalar is always a character of its own: Basic Latin to
  /// the spacing modifiers, Greek, Cyrillic before its combining marks,
  /// general punctuation but the joiners, currency signs.
  var standsAlone: Bool {
    switch value {
    case 0..<0x300, 0x370..<0x483, 0x20A0..<0x20D0: true
    case 0x2000..<0x2070: value != 0x200C && value != 0x200D
    default: false
    }
  }

  /// A letter or a number, as `Character.isLetterOrNumber` tells a
  /// character of one scalar.
  var isLetterOrNumber: Bool {
    if isASCII { return isASCIILetter || isASCIIDigit }
    return properties.isAlphabetic || properties.numericType != nil
  }

  /// Whitespace, as `Character.isSpace` tells a character of one scalar.
  var isSpace: Bool {
    if isASCII { return (0x09...0x0D).contains(value) || value == 0x20 }
    return properties.isWhitespace
  }
}
