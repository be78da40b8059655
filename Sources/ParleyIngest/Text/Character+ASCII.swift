extension Character {
  /// Whether the character is a letter or a number. ASCII characters are
  /// told by their value; only the others are looked up in Unicode's
  /// tables, which cost a few hundred instructions a character.
  var isLetterOrNumber: Bool {
    if let value = asciiValue {
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    return isLetter || isNumber
  }

  /// `isWhitespace`, with ASCII told by value (tab to carriage return, and
  /// space; CR LF is one character whose value is LF's).
  var isSpace: Bool {
    if let value = asciiValue { return (0x09...0x0D).contains(value) || value == 0x20 }
    return isWhitespace
  }
}
