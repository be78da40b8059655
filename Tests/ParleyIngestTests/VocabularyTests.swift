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
}
