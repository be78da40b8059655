import Testing

@testable import ParleyIngest

/// The vocabulary gives each word one id, in the order words came, and
/// finds every word it was given however many it holds.
@Suite("Vocabulary")
struct VocabularyTests {
  @Test("ids in order, the same id again, absent words absent, through growth")
  func idsSurviveGrowth() {
    var vocabulary = Vocabulary()
    // Short, exactly eight bytes, longer, empty, non-ASCII: every path of the hash.
    let words =
      ["", "a", "an", "eightchr", "ninechars", "two words", "Россия", "président", "😀"]
      + (0..<1_000).map { "word\($0)" }
    for (expected, word) in words.enumerated() {
      #expect(vocabulary.add(word) == Int32(expected))
    }
    #expect(vocabulary.count == words.count)
    for (expected, word) in words.enumerated() {
      #expect(vocabulary.add(word) == Int32(expected))
      #expect(vocabulary.id(of: word) == Int32(expected))
    }
    for absent in ["b", "eightchs", "word1000", "wor", "Россиа", " a"] {
      #expect(vocabulary.id(of: absent) == nil, "\(absent)")
    }
  }

  @Test("tokens get their word's id, or unknown")
  func assign() {
    var vocabulary = Vocabulary()
    _ = vocabulary.add("talks")
    _ = vocabulary.add("geneva")
    let text = ScalarText("Talks in Geneva")
    var tokens = Tokenizer.tokens(text, in: 0..<text.count)
    vocabulary.assign(&tokens)
    #expect(tokens.map(\.word) == [0, Token.unknownWord, 1])
  }

  @Test("the tokenizer gives the ids, keys and case that assigning afterwards gives")
  func tokenizerAssigns() {
    var vocabulary = Vocabulary()
    for word in ["talks", "geneva", "u.s.", "nato", "don't", "'s", "président", "`em", "-"] {
      _ = vocabulary.add(word)
    }
    // ASCII words in every case, a backtick (a token of its own), an
    // initialism, a possessive, numbers, dashes and non-ASCII words, which
    // take the slower path.
    let text = ScalarText(
      "TALKS in Geneva: NATO's U.S. team, Nato and `em don't — Président Macron, 1,000 km-long."
    )
    var assigned = Tokenizer.tokens(text, in: 0..<text.count)
    vocabulary.assign(&assigned)
    let fused = Tokenizer.tokens(text, in: 0..<text.count, vocabulary: vocabulary)
    #expect(fused.map(\.text) == assigned.map(\.text))
    #expect(fused.map(\.key) == assigned.map(\.key))
    #expect(fused.map(\.word) == assigned.map(\.word))
    #expect(fused.map(\.isCapitalized) == assigned.map(\.isCapitalized))
    #expect(fused.map(\.isAllCaps) == assigned.map(\.isAllCaps))
    #expect(fused.map(\.range) == assigned.map(\.range))
    #expect(
      fused.filter { $0.word >= 0 }.map(\.key) == [
        "talks", "geneva", "nato", "'s", "u.s.", "nato", "don't", "-", "président", "-",
      ])
    #expect(fused[0].isAllCaps && fused[0].key == "talks")
    // ASCII tokens are read from their bytes in one pass: the same as the
    // general path, scalar by scalar, makes them.
    for token in fused {
      let (written, key) = text.textAndKey(token.range)
      let general = Token(
        range: token.range, text: written, key: key, kind: token.kind, scalars: text.scalars)
      #expect(general.text == token.text)
      #expect(general.key == token.key)
      #expect(general.isCapitalized == token.isCapitalized, "\(token.text)")
      #expect(general.isAllCaps == token.isAllCaps, "\(token.text)")
    }
  }
}
