/// A word, number or punctuation mark of an article, with where it stands.
struct Token: Sendable {
  enum Kind: Sendable { case word, number, punctuation }

  /// Scalar offsets into the article text.
  var range: Range<Int>
  /// The text as written.
  var text: String
  /// The matching key: lower-cased, typographic apostrophes and dashes folded.
  var key: String
  var kind: Kind
  /// The key's id in the lexicon's vocabulary: ``unknownWord`` when no
  /// phrase or word list has it, ``unassignedWord`` before it is looked up.
  var word: Int32 = Token.unassignedWord
  /// A word the lexicon does not have.
  static let unknownWord: Int32 = -2
  /// A token whose word was never looked up.
  static let unassignedWord: Int32 = -1

  var isWord: Bool { kind == .word }
  /// Starts with an upper-case letter.
  var isCapitalized: Bool { text.unicodeScalars.first?.isUpper ?? false }
  /// Two or more letters, all upper case (NATO, US).
  var isAllCaps: Bool {
    var letters = 0
    for scalar in text.unicodeScalars where scalar.isLetter {
      guard scalar.isUpper else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// The matching key of a piece of text.
  static func key(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return text }
    var folded = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "’", "‘", "`": folded.unicodeScalars.append("'")
      case "‐", "‑", "–", "—": folded.unicodeScalars.append("-")
      default: folded.unicodeScalars.append(scalar)
      }
    }
    return folded.lowercased()
  }
}

/// A sentence: tokens `tokens` of its paragraph.
struct Sentence: Sendable {
  var tokens: Range<Int>
  /// Scalar offsets of the sentence in the article text.
  var range: Range<Int>
}
