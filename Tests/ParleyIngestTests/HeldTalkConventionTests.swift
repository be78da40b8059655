import ParleyCore
import Testing

@testable import ParleyIngest

/// Whether a meeting took place and which venue goes with it, as news
/// writes it: negated, postponed, called-off and speculative meetings, a
/// meeting announced in the present tense, and a long list of sides before
/// the venue. From sentences written for the test.
@Suite struct HeldTalkConventionTests {
  /// Friday, 10 May 2024.
  private func talks(_ text: String, published: String = "2024-05-10") -> [Talk] {
    draftOfArticle(text, published: published).talks
  }

  @Test(arguments: [
    "Chile and Peru did not meet in Lima on Thursday.",
    "Chile and Peru postponed talks in Lima that had been scheduled for Thursday.",
    "Chile called off talks with Peru in Lima on Thursday.",
    "Chile and Peru could meet in Lima as early as Thursday, officials said.",
    "The talks between Chile and Peru in Lima on Thursday were postponed.",
  ])
  func aMeetingThatWasNotHeldIsNoTalk(sentence: String) {
    #expect(talks("Border talks\n" + sentence).isEmpty)
  }

  @Test func aMeetingVerbInThePresentPutsTheWeekdayAhead() throws {
    let talk = try #require(
      talks(
        """
        Border talks
        The summit between Chile and Peru opens in Lima on Tuesday.
        """
      ).first)
    #expect(talk.date == (try? EDTFDate("2024-05-14")))
  }

  @Test func aMeetingNounReachesItsVenuePastAListOfSides() throws {
    let talk = try #require(
      talks(
        """
        River talks
        Talks between Chile, Peru, Bolivia and Ecuador ended in Lima on Thursday.
        """
      ).first)
    #expect(talk.venue == "lima")
    #expect(Set(talk.parties) == ["chile", "peru", "bolivia", "ecuador"])
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }
}
