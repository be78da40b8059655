import Foundation
import Testing

@testable import ParleyIngest

/// The ingest's fast paths answer as the plain forms they stand in for.
@Suite struct FastPathTests {
  /// A mark is asked by scalar as strings compare it: the Greek question
  /// mark (U+037E) is a semicolon to `==`, so to `isMark` too.
  @Test func marksAreComparedAsStringsCompareThem() throws {
    let tokens = Tokenizer.tokens(of: "Russia said no\u{037E} Ukraine, yes.")
    let greek = try #require(tokens.first { $0.text.unicodeScalars.first == "\u{037E}" })
    #expect(greek.isMark(";"))
    #expect(greek.text == ";")
    #expect(tokens.contains { $0.isMark(",") })
    #expect(!tokens.contains { $0.isMark("!") })
  }

  /// (ASCII only: beyond it the search is Foundation's own.)
  @Test(arguments: [
    ("President of the Commission", "commission"),
    ("president of the commission", "commission"),
    ("an official", ""),
    ("https://x.example/a b", " "),
    ("summit", "summits"),
  ])
  func literalSearchAnswersAsFoundation(text: String, other: String) {
    #expect(text.containsLiteral(other) == text.contains(other))
  }

  /// Word ids overlap as the sets of the words do.
  @Test(arguments: [
    ("We will not accept it, he said.", "We will not accept it."),
    ("Nous n'accepterons pas ça", "nous n accepterons pas"),
    ("Talks in Genève ended", "talks ended in Geneve"),
    ("", "anything"),
  ])
  func statementWordsOverlapAsWordSets(a: String, b: String) {
    var words = StatementWords()
    let (first, second) = (words.ids(of: a), words.ids(of: b))
    #expect(StatementWords.overlap(first, second) == overlap(wordSet(a), wordSet(b)))
    #expect(first.count == wordSet(a).count)
  }

  /// First, last and any mention in a range, as the gathered list gives them.
  @Test func mentionsInARangeAsGathered() {
    var table = MentionTable(tokenCount: 12)
    for (range, entity) in [(1..<3, "a"), (4..<5, "b"), (7..<10, "c")] {
      table.add(Mention(tokens: range, entity: entity, kind: .organization, entityKind: .state))
    }
    for range in [0..<12, 2..<8, 3..<4, 5..<12, 0..<0] {
      let gathered = table.within(range)
      #expect(table.first(in: range) { _ in true }?.entity == gathered.first?.entity)
      #expect(table.last(in: range)?.entity == gathered.last?.entity)
      #expect(
        table.contains(in: range) { $0.entity == "b" } == gathered.contains { $0.entity == "b" })
    }
  }

  /// A list occurs in a paragraph exactly when one of its words does.
  @Test func aListOccursWhenOneOfItsWordsDoes() {
    let index = LexiconIndex(.builtin)
    func presence(_ text: String) -> WordListPresence {
      let source = ScalarText(text)
      let tokens = Tokenizer.tokens(
        source, in: 0..<source.count, abbreviations: [], vocabulary: index.vocabulary)
      return index.words.presence(in: tokens)
    }
    #expect(index.words.counterpartNouns.occurs(in: presence("He met his Turkish counterpart.")))
    #expect(!index.words.counterpartNouns.occurs(in: presence("He met the Turkish minister.")))
    // Read without a vocabulary, any list may occur.
    #expect(
      index.words.counterpartNouns.occurs(
        in: index.words.presence(in: Tokenizer.tokens(of: "He met the minister."))))
  }
}
