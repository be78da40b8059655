import ParleyCore
import Testing

@testable import ParleyIngest

@Suite struct DateRecognizerTests {
  /// The dates of one sentence, as EDTF strings ("?" when unresolved).
  private func dates(_ sentence: String, published: CivilDate?, contextYear: Int? = nil) -> [String]
  {
    let scalars = Array(sentence.unicodeScalars)
    let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
    var recognizer = DateRecognizer(published: published, contextYear: contextYear)
    return recognizer.dates(in: tokens, sentence: 0..<tokens.count).map {
      $0.date?.description ?? "?"
    }
  }

  private let monday = CivilDate(year: 2022, month: 1, day: 10)

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

  @Test func relativeDatesNeedThePublicationDate() {
    let thursday = CivilDate(year: 2022, month: 1, day: 13)
    #expect(dates("Talks in Geneva on Monday ended.", published: thursday) == ["2022-01-10"])
    #expect(
      dates(
        "Meetings in Brussels on Wednesday and Vienna on Thursday will follow.", published: monday)
        == ["2022-01-12", "2022-01-13"])
    #expect(dates("Biden spoke to Putin last month.", published: monday) == ["2021-12"])
    #expect(dates("They meet again next week.", published: monday) == ["2022-01-17/2022-01-23"])
    #expect(dates("Talks in Geneva on Monday ended.", published: nil) == ["?"])
    #expect(dates("They met on 10 January.", published: nil) == ["?"])
  }
}
