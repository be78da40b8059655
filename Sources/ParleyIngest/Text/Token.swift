import Foundation

/// A word, number or punctuation mark of an article, with where it stands.
struct Token: Sendable {
  enum Kind: Sendable { case word, number, punctuation }

  /// Scalar offsets into the article text.
  var range: Range<Int>
  /// The text as written.
  var text: String
  /// The matching key: lower-cased, typographic apostrophes and dashes
  /// folded, accents composed (NFC).
  var key: String
  var kind: Kind
  /// The key's id in the lexicon's vocabulary: ``unknownWord`` when no
  /// phrase or word list has it, ``unassignedWord`` before it is looked up.
  var word: Int32 = Token.unassignedWord
  /// A word the lexicon does not have.
  static let unknownWord: Int32 = -2
  /// A token whose word was never looked up.
  static let unassignedWord: Int32 = -1

  /// The first scalar: all of a punctuation token, which is one scalar.
  let first: Unicode.Scalar
  /// Starts with an upper-case letter.
  let isCapitalized: Bool
  /// Two or more letters, all upper case (NATO, US).
  let isAllCaps: Bool

  /// The token of `scalars[range]`, written `text`, matched by `key`; its
  /// case is read once, here, since the rules ask for it again and again.
  init(range: Range<Int>, text: String, key: String, kind: Kind, scalars: [Unicode.Scalar]) {
    (self.range, self.text, self.key, self.kind) = (range, text, key, kind)
    first = range.isEmpty ? "\0" : Token.mark(scalars[range.lowerBound])
    isCapitalized = !range.isEmpty && scalars[range.lowerBound].isUpper
    var letters = 0
    var allUpper = true
    for position in range where scalars[position].isLetter {
      guard scalars[position].isUpper else {
        allUpper = false
        break
      }
      letters += 1
    }
    isAllCaps = allUpper && letters >= 2
  }

  /// A token whose first scalar and case the caller has read: the
  /// tokenizer, from the bytes of an ASCII word.
  init(
    range: Range<Int>, text: String, key: String, kind: Kind, word: Int32, first: Unicode.Scalar,
    isCapitalized: Bool, isAllCaps: Bool
  ) {
    (self.range, self.text, self.key, self.kind, self.word) = (range, text, key, kind, word)
    (self.first, self.isCapitalized, self.isAllCaps) = (first, isCapitalized, isAllCaps)
  }

  var isWord: Bool { kind == .word }

  /// The mark a scalar is canonically: the Greek question mark is a
  /// semicolon (as strings compare them: U+037E decomposes to ";"), the
  /// Greek varia a backtick; any other scalar is itself.
  static func mark(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x037E: ";"
    case 0x1FEF: "`"
    default: scalar
    }
  }

  /// Whether the token is the punctuation mark `mark` (`","`, `"-"`):
  /// asked of its first scalar, not by comparing strings.
  @inline(__always)
  func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

  /// Whether the lexicon may have the word: `false` only when its
  /// vocabulary, which holds every word of every phrase, word list and
  /// calendar name, has looked for it and not found it. Asking this first
  /// spares a lookup by text for most words.
  var mayBeLexiconWord: Bool { word != Token.unknownWord }

  /// The key of `text`, whose UTF-8 is `bytes`, when it is ASCII (the most
  /// of any article): lower-cased byte by byte, since capitals (A–Z) are the
  /// only letters that change, and a backtick an apostrophe with them (ASCII
  /// with no capital has always been its own key); `nil` for other text.
  static func asciiKey(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var hasCapital = false
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte &- 0x41 < 26 { hasCapital = true }
    }
    guard hasCapital else { return text }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
      for (offset, byte) in bytes.enumerated() {
        lower[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte == 0x60 ? 0x27 : byte
      }
      return String(decoding: UnsafeBufferPointer(lower), as: UTF8.self)
    }
  }

  /// The matching key of a piece of text.
  static func key(_ text: String) -> String {
    if let key = text.utf8.withContiguousStorageIfAvailable({ asciiKey(text, bytes: $0) }) ?? nil {
      return key
    }
    var folded = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "’", "‘", "`": folded.unicodeScalars.append("'")
      case "‐", "‑", "–", "—": folded.unicodeScalars.append("-")
      default: folded.unicodeScalars.append(scalar)
      }
    }
    // Composed (NFC), as the lexicon's words are: "Décembre" matches
    // however the text writes its accent. (Text below U+0300, Latin with
    // its accents composed, is NFC as it is: nothing there decomposes, and
    // only marks and letters above it compose with what comes before.)
    let lower = folded.lowercased()
    guard lower.unicodeScalars.contains(where: { $0.value >= 0x300 }) else { return lower }
    return lower.precomposedStringWithCanonicalMapping
  }
}

/// A sentence: tokens `tokens` of its paragraph.
struct Sentence: Sendable {
  var tokens: Range<Int>
  /// Scalar offsets of the sentence in the article text.
  var range: Range<Int>
}
