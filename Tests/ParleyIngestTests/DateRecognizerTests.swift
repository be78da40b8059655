import ParleyCore
import Testing

@testable import ParleyIngest

@Suite struct DateRecognizerTests {
  /// The dates of one sentence, as EDTF strings ("?" when unresolved).
  private func dates(_ sentence: String, published: CivilDate?, contextYear: Int? = nil) -> [String]
  {
    let tokens = Tokenizer.tokens(of: sentence)
    var recognizer = DateRecognizer(published: published, contextYear: contextYear)
    return recognizer.dates(in: tokens, sentence: 0..<tokens.count).map {
      $0.date?.description ?? "?"
    }
  }

  private let monday = CivilDate(year: 2022, month: 1, day: 10)

  @Test("tokens with vocabulary ids find the dates tokens without them find")
  func idsChangeNothing() {
    let index = LexiconIndex(.builtin)
    let sentences = [
      "Talks on January 10, 2022 and on Dec. 17, then on 10 January and Friday.",
      "They met last week, yesterday and on Tuesday, Dec. 14, 2021; next month they will meet.",
      "From 6 to 20 May, in August 2019, and between April 7 and April 10, 1998.",
      "May said in March that the may-be talks were postponed from Monday to May 20.",
    ]
    for sentence in sentences {
      let text = ScalarText(sentence)
      let plain = Tokenizer.tokens(text, in: 0..<text.count)
      let known = Tokenizer.tokens(text, in: 0..<text.count, vocabulary: index.vocabulary)
      var withoutIDs = DateRecognizer(published: monday, contextYear: 2022)
      var withIDs = DateRecognizer(published: monday, contextYear: 2022, words: index.dateWords)
      let expected = withoutIDs.dates(in: plain, sentence: 0..<plain.count)
      let found = withIDs.dates(in: known, sentence: 0..<known.count)
      #expect(found.map(\.date) == expected.map(\.date), "\(sentence)")
      #expect(found.map(\.tokens) == expected.map(\.tokens), "\(sentence)")
      #expect(!expected.isEmpty)
      for (token, bare) in zip(known, plain) {
        #expect(index.dateWords.isCalendarWord(token) == DateWords.builtin.isCalendarWord(bare))
        #expect(index.dateWords.month(of: token) == DateWords.builtin.month(of: bare))
        #expect(index.dateWords.weekday(of: token) == DateWords.builtin.weekday(of: bare))
      }
    }
  }

  @Test("a month named relative to the publication: last April, next March, this September")
  func relativeMonthNames() {
    // Published Monday 10 January 2022.
    #expect(dates("Fighting began last April.", published: monday) == ["2021-04"])
    #expect(dates("It was signed last January.", published: monday) == ["2021-01"])
    #expect(dates("They meet again next January.", published: monday) == ["2023-01"])
    #expect(dates("They meet again next March.", published: monday) == ["2022-03"])
    #expect(dates("Elections are due this September.", published: monday) == ["2022-09"])
    #expect(dates("Fighting began last April.", published: nil) == ["?"])
    // A day or a year after the month is read as written.
    #expect(dates("They swapped prisoners last April 2022.", published: monday) == ["2022-04"])
    #expect(dates("They meet again next May 5.", published: monday) == ["2022-05-05"])
    // Not a month: "this may", "last march" in lower case.
    #expect(dates("This may take a while; the last march was peaceful.", published: monday).isEmpty)
  }

  @Test("'May' after a lower-case 'in' is the month before a mark or a link, not before a verb")
  func mayAfterInIsTheMonth() {
    let published = CivilDate(year: 2021, month: 6, day: 17)
    #expect(
      dates("They met in Reykjavik in May, where they agreed.", published: published) == ["2021-05"]
    )
    #expect(dates("They met in May to prepare the summit.", published: published) == ["2021-05"])
    #expect(dates("Talks have stalled since May took office.", published: published).isEmpty)
    // ("May's government" is Theresa May's.)
    #expect(dates("The talks were held in May's government.", published: published).isEmpty)
    #expect(dates("They said in May we may meet.", published: published).isEmpty)
  }

  @Test func absoluteDatesInNewsStyles() {
    #expect(
      dates("Talks on January 10, 2022 and on Dec. 17.", published: monday) == [
        "2022-01-10", "2021-12-17",
      ])
    #expect(
      dates("They met on 10 January in Geneva.", published: nil, contextYear: 2022) == [
        "2022-01-10"
      ])
    #expect(dates("In August 2019 the US withdrew.", published: nil) == ["2019-08"])
    #expect(dates("Russia annexed Crimea in 2014.", published: nil) == ["2014"])
    #expect(dates("Tuesday, Dec. 14, 2021.", published: nil) == ["2021-12-14"])
  }

  @Test("a day and month without a year takes its verb's tense when the nearest is far off")
  func aDayAndMonthTakeTheTenseOfTheirVerb() {
    let march = CivilDate(year: 2021, month: 3, day: 10)
    #expect(dates("Modi and Sharif met in Astana on July 7.", published: march) == ["2020-07-07"])
    #expect(dates("They will meet in Astana on July 7.", published: march) == ["2021-07-07"])
    let november = CivilDate(year: 2021, month: 11, day: 10)
    #expect(
      dates("They will meet in Brussels on January 9.", published: november) == ["2022-01-09"])
    #expect(dates("They met in Brussels on January 9.", published: november) == ["2021-01-09"])
    // (Within a week the nearest stands: a report a day or two late.)
    #expect(dates("They met in Brussels on March 12.", published: march) == ["2021-03-12"])
    #expect(dates("Talks in Astana on July 7.", published: march) == ["2021-07-07"])
    #expect(dates("They agreed to meet in Astana on July 7.", published: march) == ["2021-07-07"])
  }

  @Test func relativeDatesNeedThePublicationDate() {
    let thursday = CivilDate(year: 2022, month: 1, day: 13)
    #expect(dates("Talks in Geneva on Monday ended.", published: thursday) == ["2022-01-10"])
    #expect(
      dates(
        "Meetings in Brussels on Wednesday and Vienna on Thursday will follow.", published: monday)
        == ["2022-01-12", "2022-01-13"])
    #expect(dates("Biden spoke to Putin last month.", published: monday) == ["2021-12"])
    #expect(dates("Biden spoke to Putin this morning.", published: monday) == ["2022-01-10"])
    #expect(dates("Biden spoke to Putin last night.", published: monday) == ["2022-01-09"])
    #expect(dates("They meet again next week.", published: monday) == ["2022-01-17/2022-01-23"])
    #expect(dates("Talks in Geneva on Monday ended.", published: nil) == ["?"])
    #expect(dates("They met on 10 January.", published: nil) == ["?"])
  }

  /// A verb before "that" is another clause's: the weekday's tense is
  /// the verb after it.
  @Test func aVerbBeforeThatLeavesTheWeekdayToItsOwnClause() {
    let thursday = CivilDate(year: 2022, month: 1, day: 13)
    #expect(
      dates("I would also note that on Tuesday the envoy spoke to Lavrov.", published: thursday)
        == ["2022-01-11"])
    #expect(
      dates("Officials said that on Tuesday the envoys will meet again.", published: thursday)
        == ["2022-01-18"])
  }

  @Test func aRangeOfDaysIsOneInterval() {
    let saturday = CivilDate(year: 2023, month: 5, day: 20)
    for (sentence, expected) in [
      ("The talks ran from 6 May to 20 May.", "2023-05-06/2023-05-20"),
      ("They met between April 7 and April 10, 1998.", "1998-04-07/1998-04-10"),
      ("Talks from 6 to 9 May ended.", "2023-05-06/2023-05-09"),
      ("Talks were held on 3-5 May.", "2023-05-03/2023-05-05"),
      ("Talks went on from Monday until Wednesday.", "2023-05-15/2023-05-17"),
      ("They met between December 28 and January 3, 1999.", "1998-12-28/1999-01-03"),
      ("A second round is planned for October 8 to 12.", "2023-10-08/2023-10-12"),
      ("They will meet from October 8 to 12 in Oslo.", "2023-10-08/2023-10-12"),
    ] {
      #expect(dates(sentence, published: saturday) == [expected], "\(sentence)")
    }
    // A date moved is two dates; "and" without "between" and a later day
    // first are no range.
    #expect(
      dates("They postponed the talks from 6 May to 20 May.", published: saturday) == [
        "2023-05-06", "2023-05-20",
      ])
    // (Moved from a day to a bare day: the first day, no range.)
    #expect(
      dates("They postponed the talks from October 8 to 12.", published: saturday) == [
        "2023-10-08"
      ])
    #expect(
      dates("They met on 6 May and 20 May.", published: saturday) == ["2023-05-06", "2023-05-20"])
    #expect(
      dates("They met from 20 May to 6 May.", published: saturday) == ["2023-05-20", "2023-05-06"])
  }
}

extension DateRecognizerTests {
  /// Days as ordinals, in figures, two weekdays in a row, a year after
  /// "mid-", a length counted back from the publication ("ago"), weekends.
  @Test(arguments: [
    ("They met on January 7th.", ["2022-01-07"]),
    ("They met on the 7th of January.", ["2022-01-07"]),
    ("They met on 1st January 2021.", ["2021-01-01"]),
    ("They met on 13/12/2021.", ["2021-12-13"]),
    ("They met on 12/13/2021.", ["2021-12-13"]),
    ("They met on 05/06/2021.", []),
    ("They met on Thursday and Friday.", ["2022-01-06/2022-01-07"]),
    ("They met on Tuesday and Friday.", ["2022-01-04", "2022-01-07"]),
    ("They met in mid-2016.", ["2016"]),
    ("They met two days ago.", ["2022-01-08"]),
    ("They met three years ago.", ["2019"]),
    ("They met days ago.", []),
    ("The 3rd Infantry Division held its 22nd round.", []),
    // A weekend, a day beyond yesterday or tomorrow, a month after "mid-".
    ("They met over the weekend.", ["2022-01-08/2022-01-09"]),
    ("They met last weekend.", ["2022-01-08/2022-01-09"]),
    ("They will meet next weekend.", ["2022-01-15/2022-01-16"]),
    ("They will meet at the weekend.", ["2022-01-15/2022-01-16"]),
    ("They met the day before yesterday.", ["2022-01-08"]),
    ("They will meet the day after tomorrow.", ["2022-01-12"]),
    ("They met the day after yesterday's vote.", ["2022-01-09"]),
    ("They met in mid-December.", ["2021-12"]),
    ("They met on the weekend of 8-9 January.", ["2022-01-08/2022-01-09"]),
    ("They met the weekend before last.", []),
    ("The weekend edition of Le Temps said so.", []),
    ("They met in mid-November of 2019.", ["2019"]),
  ])
  func ordinalsFiguresPairsAndAgo(sentence: String, expected: [String]) {
    // Published Monday 10 January 2022.
    #expect(dates(sentence, published: monday) == expected, "\(sentence)")
  }

  /// "ago" needs the publication day; without one it is no date.
  @Test func agoWithoutAPublicationIsNoDate() {
    #expect(dates("They met two days ago.", published: nil) == [])
  }
}
