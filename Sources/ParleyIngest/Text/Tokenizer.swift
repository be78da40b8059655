/// Splits a paragraph into tokens and sentences.
///
/// Hyphens and dashes are tokens of their own, so "Russia-US" yields both
/// states and "NATO-Russia Council" can still match as one name; possessive
/// `'s` is split off; abbreviations keep their full stop ("U.S.", "Dec.").
enum Tokenizer {
  /// The tokens of all of `text`: a lexicon phrase, a short line.
  static func tokens(of text: String, abbreviations: Set<String> = builtinAbbreviations)
    -> [Token]
  {
    let source = ScalarText(text)
    return tokens(source, in: 0..<source.count, abbreviations: abbreviations)
  }

  /// The tokens of `text[range]`; `abbreviations` are the lower-case words
  /// whose full stop belongs to them ("Dec.", "Gen."), from the lexicon.
  /// With a `vocabulary`, each token has its word's id in it.
  static func tokens(
    _ text: ScalarText, in range: Range<Int>, abbreviations: Set<String> = builtinAbbreviations,
    vocabulary: Vocabulary? = nil
  ) -> [Token] {
    // Read through a pointer: every scalar of every article comes here.
    // (So the range is checked once, here, not at each read.)
    precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "a range past the text")
    return text.scalars.withUnsafeBufferPointer { scalars in
      tokens(text, scalars, in: range, abbreviations: abbreviations, vocabulary: vocabulary)
    }
  }

  /// ``tokens(_:in:abbreviations:vocabulary:)`` over `text`'s `scalars`.
  private static func tokens(
    _ text: ScalarText, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>,
    abbreviations: Set<String>, vocabulary: Vocabulary?
  ) -> [Token] {
    var tokens: [Token] = []
    // About one token for every four scalars of news text: room for nearly
    // every paragraph, so that the array seldom grows.
    tokens.reserveCapacity(range.count / 4 + 8)
    func token(_ range: Range<Int>, _ kind: Token.Kind) -> Token {
      if let token = text.asciiToken(range, kind: kind, vocabulary: vocabulary) { return token }
      var token = scalarToken(text, range, kind)
      if let vocabulary { token.word = vocabulary.id(of: token.key) ?? Token.unknownWord }
      return token
    }
    var index = range.lowerBound
    let end = range.upperBound
    func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }
    while index < end {
      let scalar = scalars[index]
      if isBlank(scalar) {
        index += 1
        continue
      }
      guard isWordScalar(scalar) else {
        tokens.append(token(index..<index + 1, .punctuation))
        index += 1
        continue
      }
      let start = index
      let numeric = scalar.isASCIIDigit || (!scalar.isASCII && scalar.properties.numericType != nil)
      while index < end {
        let current = scalars[index]
        if isWordScalar(current) {
          index += 1
        } else if numeric, current == "," || current == ".", index + 1 < end,
          scalars[index + 1].isASCIIDigit
        {
          index += 1  // 1,000 and 7.5
        } else if !numeric, isApostrophe(current), index + 1 < end,
          scalars[index + 1].isLetter,
          !(scalars[index + 1] == "s" && (index + 2 >= end || !isWordScalar(scalars[index + 2])))
        {
          index += 1  // don't, aren't; but not the possessive 's
        } else if current == ".", index + 1 < end, scalars[index + 1].isUpper,
          index + 2 < end, scalars[index + 2] == ".",
          index - start == 1
            || (index - start >= 3 && scalars[index - 2] == ".")
        {
          index += 1  // U.S., U.K.
        } else {
          break
        }
      }
      // The full stop of an initialism or a known abbreviation belongs to it.
      if index < end, scalars[index] == "." {
        let word = text.string(start..<index)
        // (ASCII has a character for every scalar.)
        let characters = word.utf8.count == index - start ? index - start : word.count
        let isInitialism =
          characters >= 3
          && word.unicodeScalars.enumerated().allSatisfy { offset, scalar in
            offset % 2 == 1 ? scalar == "." : scalar.isUpper
          }
        if isInitialism || abbreviations.contains(word.lowercased())
          || (characters == 1 && word.unicodeScalars.first!.isUpper)
        {
          index += 1
        }
      }
      tokens.append(token(start..<index, numeric ? .number : .word))
      // Possessive 's as its own token.
      if index + 1 < end, isApostrophe(scalars[index]), scalars[index + 1] == "s",
        index + 2 >= end || !isWordScalar(scalars[index + 2])
      {
        tokens.append(token(index..<index + 2, .word))
        index += 2
      }
    }
    return tokens
  }

  /// Whether `scalar` belongs to a word or number: a letter, digit or
  /// combining mark.
  @inline(__always)
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // ASCII first, by arithmetic: Unicode property lookups are slow.
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || scalar.properties.generalCategory == .nonspacingMark
  }

  /// The token of `source[range]` read scalar by scalar: text that is not
  /// ASCII.
  private static func scalarToken(_ source: ScalarText, _ range: Range<Int>, _ kind: Token.Kind)
    -> Token
  {
    let (text, key) = source.textAndKey(range)
    return Token(range: range, text: text, key: key, kind: kind, scalars: source.scalars)
  }

  /// Whether the tokenizer skips `scalar` between tokens: every other
  /// scalar belongs to a token.
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r")
      : scalar.properties.isWhitespace
  }

  /// The built-in lexicon's abbreviations, for text read before a lexicon
  /// is chosen (metadata lines) and as the default.
  static let builtinAbbreviations = Set(Lexicon.builtin.words[.abbreviations] ?? [])

  /// Splits a paragraph's tokens into sentences at `.`, `!` and `?` followed by
  /// a capital, a quotation mark or a digit.
  static func sentences(_ tokens: [Token]) -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    var index = 0
    while index < tokens.count {
      var ends = false
      if tokens[index].kind == .punctuation, endsSentence(tokens[index].first) {
        // Closing marks hug what they close (`said."`); an opening one after a
        // space starts the next sentence (`said. "We`).
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .punctuation,
          closes(tokens[next].first),
          tokens[next].range.lowerBound == tokens[next - 1].range.upperBound
        {
          next += 1
        }
        if next >= tokens.count {
          index = next - 1
          ends = true
        } else if tokens[next].isCapitalized
          || tokens[next].kind == .punctuation && opens(tokens[next].first)
          || tokens[next].kind == .number
        {
          index = next - 1
          ends = true
        }
      }
      // A "sentence" longer than any real one is text without full stops
      // (a table, a scrape gone wrong): cut it, so that no pass over a
      // sentence can cost more than a bounded amount per token.
      if index + 1 - start >= maximumSentenceLength { ends = true }
      if ends || index == tokens.count - 1 {
        sentences.append(
          Sentence(
            tokens: start..<index + 1,
            range: tokens[start].range.lowerBound..<tokens[index].range.upperBound))
        start = index + 1
      }
      index += 1
    }
    return sentences
  }

  /// The most tokens a sentence has: news sentences stay far below it (the
  /// longest in the seed and held-out articles has under 120).
  static let maximumSentenceLength = 400

  /// The marks that end a sentence.
  private static func endsSentence(_ mark: Unicode.Scalar) -> Bool {
    mark == "." || mark == "!" || mark == "?"
  }

  /// The marks that open a quote or an aside: after a sentence's end, they
  /// start the next one.
  private static func opens(_ mark: Unicode.Scalar) -> Bool {
    switch mark {
    case "\"", "“", "„", "«", "‘", "(", "[": true
    default: false
    }
  }

  /// The marks that close a quote or an aside: they hug what they close.
  private static func closes(_ mark: Unicode.Scalar) -> Bool {
    switch mark {
    case "\"", "”", "»", "’", "“", ")", "]": true
    default: false
    }
  }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
  /// Upper case, with an ASCII fast path.
  var isUpper: Bool { isASCII ? ("A"..."Z").contains(self) : properties.isUppercase }
  /// A letter, with an ASCII fast path.
  var isLetter: Bool { isASCII ? isASCIILetter : properties.isAlphabetic }
}
