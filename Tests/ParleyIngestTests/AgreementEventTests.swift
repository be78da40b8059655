import ParleyCore
import Testing

@testable import ParleyIngest

/// An agreement on the timeline: reached and signed on one day is one
/// event, and it tells the talk that ended in it, with no meeting beside
/// it. From sentences written for the test.
@Suite struct AgreementEventTests {
  /// The events of an article published on Friday 10 March 2023.
  private func events(_ text: String) -> [String] {
    draftOfArticle("Deal\n" + text, published: "2023-03-10").events.map {
      "\($0.date?.description ?? "-") \($0.kind.rawValue) \($0.cameo ?? "-")"
    }
  }

  @Test("an agreement reached and signed the same day is one event, with the signing's code")
  func reachedAndSignedIsOneAgreement() {
    #expect(
      events(
        "Peru and Chile reached agreement on Thursday on a ceasefire. Peru and Chile signed the agreement on Thursday in Lima."
      ) == ["2023-03-09 agreement 057"])
  }

  @Test("agreements of different days stay two")
  func agreementsOfTwoDays() {
    #expect(
      events(
        "Peru and Chile reached agreement on Wednesday on a ceasefire. Peru and Chile signed the agreement on Thursday in Lima."
      ).filter { $0.contains("agreement") }.count == 2)
  }

  @Test("a talk that ends in an agreement that day has no meeting event of its own")
  func aTalkEndingInAnAgreement() {
    let found = events(
      "Peru and Chile reached agreement on Thursday on a ceasefire. Peru and Chile signed the agreement on Thursday in Lima."
    )
    #expect(!found.contains { $0.contains("meeting") })
    // A talk with no agreement keeps its meeting.
    #expect(
      events("Peru and Chile held talks in Lima on Thursday.") == ["2023-03-09 meeting 046"])
  }

  @Test("another agreement that day, between other sides, leaves a talk its meeting")
  func anUnrelatedAgreementThatDay() {
    let found = events(
      "Russian and Ukrainian negotiators held talks in Istanbul on Thursday. Separately, Ukraine and Poland signed an agreement on grain transit on Thursday in Warsaw."
    )
    #expect(found.contains("2023-03-09 meeting 046"))
  }

  @Test("agreements of one day that share one side are two")
  func agreementsSharingOneSide() {
    let found = events(
      "Peru and Chile reached an agreement on Thursday to extend their fishing truce. Separately, Peru and Bolivia signed an agreement on trade on Thursday."
    )
    #expect(found.filter { $0.contains("agreement") }.count == 2)
  }
}
