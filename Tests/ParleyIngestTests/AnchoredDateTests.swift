import ParleyCore
import Testing

@testable import ParleyIngest

/// Dates counted from the last date an article wrote, not from its
/// publication ("Days later", "the next day", "a week earlier", "later that
/// day"), and the parts of a day that belong to a weekday's mention. From
/// sentences written for the test.
@Suite struct AnchoredDateTests {
  /// Monday, 2 March 2020.
  private let published = CivilDate(year: 2020, month: 3, day: 2)

  /// The dates of each sentence in turn, read by one recognizer, as EDTF
  /// strings ("?" when unresolved).
  private func dates(_ sentences: [String]) -> [[String]] {
    var recognizer = DateRecognizer(published: published, contextYear: 2020)
    return sentences.map { sentence in
      let tokens = Tokenizer.tokens(of: sentence)
      return recognizer.dates(in: tokens, sentence: 0..<tokens.count).map {
        $0.date?.description ?? "?"
      }
    }
  }

  @Test(arguments: [
    ("The two sides met on February 10.", "Two days later they met again.", "2020-02-12"),
    ("The two sides met on February 10.", "A week later they met again.", "2020-02-17"),
    ("The two sides met on February 10.", "Three days earlier, envoys had met.", "2020-02-07"),
    ("The two sides met on February 10.", "The next day, the envoys met.", "2020-02-11"),
    ("The two sides met on February 10.", "They met again the following day.", "2020-02-11"),
    ("The two sides met on February 10.", "The previous day, the envoys met.", "2020-02-09"),
    ("The two sides met on February 10.", "Later that day the envoys met.", "2020-02-10"),
    ("The two sides met on February 10.", "Hours later the envoys met.", "2020-02-10"),
    ("The two sides met on February 10.", "Two months earlier they had met.", "2019-12"),
    (
      "The talks ran from 6 to 13 December 2019.", "Two days later the deal was signed.",
      "2019-12-15"
    ),
    ("Tensions rose in October.", "Days later the leaders met.", "2019-10"),
    ("The two sides met in 2015.", "A year later they met again.", "2016"),
  ])
  func aLengthCountsFromTheLastDate(first: String, second: String, expected: String) {
    #expect(dates([first, second]).last == [expected], "\(second)")
  }

  @Test func withoutAnEarlierDateItIsNoDate() {
    #expect(dates(["Two days later they met again."]) == [[]])
    #expect(dates(["The next day, the envoys met."]) == [[]])
  }

  /// "days later" says no day after a day; a week is no month's.
  @Test func aLengthTheAnchorCannotCarryIsNoDate() {
    #expect(dates(["The two sides met on February 10.", "Days later they met again."]).last == [])
    #expect(dates(["Tensions rose in October.", "A week later the leaders met."]).last == [])
    #expect(dates(["Tensions rose in October.", "Weeks later the leaders met."]).last == [])
  }

  /// Not a length counted from the last date: "the day" alone, "later" with
  /// no unit, "the next day of talks" after no date.
  @Test func otherLatersAreNoDates() {
    #expect(
      dates(["The two sides met on February 10.", "They said the day was a good one."]).last == [])
    #expect(dates(["The two sides met on February 10.", "They will talk later."]).last == [])
  }

  /// The date counted from is the last one written, in the same sentence
  /// too.
  @Test func theLastDateIsTheAnchor() {
    #expect(
      dates(["They met on February 10 and again two days later."]) == [
        ["2020-02-10", "2020-02-12"]
      ]
    )
    #expect(
      dates(["They met on February 10.", "The next day they met.", "Two days later they met."])
        == [["2020-02-10"], ["2020-02-11"], ["2020-02-13"]])
  }

  @Test func aPartOfTheDayBelongsToItsMention() {
    let text = "The summit opened on Wednesday evening with a dinner."
    let tokens = Tokenizer.tokens(of: text)
    var recognizer = DateRecognizer(published: published, contextYear: 2020)
    let found = recognizer.dates(in: tokens, sentence: 0..<tokens.count)
    #expect(found.map { $0.date?.description } == ["2020-02-26"])
    #expect(found.first.map { tokens[$0.tokens].map(\.text) } == ["Wednesday", "evening"])
  }

  @Test func theLexiconsWordsWithIDsFindTheSameDates() {
    let index = LexiconIndex(.builtin)
    let sentences = ["They met on February 10.", "Two days later, and later that day, they met."]
    var plain = DateRecognizer(published: published, contextYear: 2020)
    var known = DateRecognizer(published: published, contextYear: 2020, words: index.dateWords)
    for sentence in sentences {
      let text = ScalarText(sentence)
      let bare = Tokenizer.tokens(text, in: 0..<text.count)
      let withIDs = Tokenizer.tokens(text, in: 0..<text.count, vocabulary: index.vocabulary)
      let expected = plain.dates(in: bare, sentence: 0..<bare.count).map(\.date)
      #expect(known.dates(in: withIDs, sentence: 0..<withIDs.count).map(\.date) == expected)
      #expect(!expected.isEmpty)
    }
  }

  /// Comparisons and plural days are no lengths counted from the last date.
  @Test(arguments: [
    "Exports were up 20 percent from a year earlier.",
    "The round ended a week earlier than planned.",
    "In the following days, the envoys met again.",
  ])
  func comparisonsAndPluralDaysAreNoDates(second: String) {
    #expect(dates(["The two sides met on February 10.", second]).last == [], "\(second)")
  }

  /// What is counted from a past date is past: a date to come counts
  /// nothing on, and a count past the publication is no date.
  @Test func nothingCountsPastThePublication() {
    #expect(
      dates(["“We will meet again on March 21,” she said.", "The next day, the envoys met."]).last
        == [])
    #expect(
      dates(["The two sides met on February 10.", "Three months later they met."]).last == [])
  }

  /// A count no calendar needs is no date, and nothing overflows.
  @Test func aHugeCountIsNoDate() {
    #expect(
      dates(["The two sides met on February 10.", "9223372036854775807 days later they met."])
        .last == [])
    #expect(
      dates(["The two sides met on February 10.", "9223372036854775807 years later they met."])
        .last == [])
  }
}
