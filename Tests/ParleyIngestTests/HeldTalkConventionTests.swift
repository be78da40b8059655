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

  /// The first talk `sentence` tells of under a headline: Thursday's.
  private func thursdaysTalk(_ sentence: String) throws -> Talk {
    let talk = try #require(talks("Border talks\n" + sentence).first)
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
    return talk
  }

  @Test(arguments: [
    "Chile and Peru did not meet in Lima on Thursday.",
    "Chile and Peru postponed talks in Lima that had been scheduled for Thursday.",
    "Chile called off talks with Peru in Lima on Thursday.",
    "Chile and Peru could meet in Lima as early as Thursday, officials said.",
    "The talks between Chile and Peru in Lima on Thursday were postponed.",
    "Chile called for talks with Peru in Lima.",
    "The Chilean government pressed for talks with Peruvian officials in Lima.",
  ])
  func aMeetingThatWasNotHeldIsNoTalk(sentence: String) {
    #expect(talks("Border talks\n" + sentence).isEmpty)
  }

  @Test("a peace conference is a meeting; a party's, a news or press conference is none")
  func aConferenceIsAMeeting() throws {
    let talk = try thursdaysTalk(
      "The Andean peace conference opened in Lima on Thursday with delegations from Chile, Peru and Bolivia."
    )
    #expect(talk.venue == "lima")
    #expect(Set(talk.parties) == ["chile", "peru", "bolivia"])
    #expect(
      talks(
        "Border talks\nThe Chilean president told the Socialist Party conference in Lima on Thursday that Peru was a friend."
      ).isEmpty)
    #expect(
      talks(
        "Border talks\nThe Chilean foreign minister told a news conference in Lima on Thursday that Peru had agreed."
      ).isEmpty)
    #expect(
      talks("Border talks\nAt a press conference in Lima on Thursday, the Chilean minister spoke.")
        .isEmpty)
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

  @Test("a plural subject and a meeting verb in the present put the weekday ahead")
  func aPluralMeetingVerbInThePresentPutsTheWeekdayAhead() throws {
    let found = talks(
      """
      Border talks
      Chilean and Peruvian leaders meet in Arica on Monday. Chile agreed to meet Bolivia in Sucre on Wednesday.
      """
    ).map { "\($0.venue ?? "-") \($0.date?.description ?? "-")" }
    // (Not after "to": that meeting was agreed, the day is the last one.)
    #expect(found == ["arica 2024-05-13"])
  }

  @Test("sides that held talks on a day, with no place named, held a talk that day")
  func talksHeldOnADayWithNoPlace() throws {
    let talk = try #require(talks("Border talks\nBolivia and Peru held talks on Tuesday.").first)
    #expect(talk.venue == nil)
    #expect(Set(talk.parties) == ["bolivia", "peru"])
    #expect(talk.date == (try? EDTFDate("2024-05-07")))
  }

  /// A meeting noun reaches its venue past a list of sides; the sides may
  /// follow the venue ("between").
  @Test(arguments: [
    ("Talks between Chile, Peru and Bolivia ended in Lima on Thursday.", 3, "2024-05-09"),
    (
      "Two days of talks in Lima between Chile and Peru ended on Thursday.", 2,
      "2024-05-08/2024-05-09"
    ),
  ])
  func theSidesOfATalkInLima(sentence: String, sides: Int, date: String) throws {
    let talk = try #require(talks("River talks\n" + sentence).first)
    #expect(talk.venue == "lima")
    #expect(Set(talk.parties) == Set(["chile", "peru", "bolivia"].prefix(sides)))
    #expect(talk.date == (try? EDTFDate(date)))
  }
}

extension HeldTalkConventionTests {
  /// Lengths in weeks and over two weeks end on the day; one that began on
  /// a day starts on it; days joined by a dash after the month are a range.
  @Test(arguments: [
    ("Chile and Peru ended three weeks of talks in Lima on Thursday.", "2024-04-19/2024-05-09"),
    ("Chile and Peru ended 15 days of talks in Lima on Thursday.", "2024-04-25/2024-05-09"),
    (
      "Chile and Peru held a two-day summit in Lima that began on Wednesday.",
      "2024-05-08/2024-05-09"
    ),
    ("Chile and Peru held talks in Lima on April 10-11.", "2024-04-10/2024-04-11"),
  ])
  func theDaysATalkLasted(sentence: String, date: String) throws {
    let talk = try #require(talks("River talks\n" + sentence).first)
    #expect(talk.date == (try? EDTFDate(date)))
  }

  @Test(arguments: ["held talks by video link", "held a video conference", "held a virtual summit"])
  func aMeetingByVideoIsACall(words: String) throws {
    let talk = try #require(talks("River talks\nChile and Peru \(words) on Thursday.\n").first)
    #expect(talk.kind == .call)
    #expect(Set(talk.parties) == ["chile", "peru"])
  }

  @Test func initiallingATextIsAMeeting() throws {
    let talk = try #require(
      talks(
        """
        River talks
        Chile and Peru initialled an agreement in Lima on Thursday.
        """
      ).first)
    #expect(talk.venue == "lima")
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }
}

/// What the stop's testers found the first rules got wrong.
extension HeldTalkConventionTests {
  @Test(arguments: [
    "Chile and Peru met in Lima on Thursday but could not agree on the border.",
    "Chile and Peru kicked off talks in Lima on Thursday.",
    "It was not the first meeting between Chile and Peru in Lima on Thursday.",
    "Talks between Chile and Peru in Lima on Thursday did not produce a breakthrough.",
  ])
  func aMeetingWithANegationOrParticleElsewhereIsATalk(sentence: String) throws {
    #expect(try thursdaysTalk(sentence).venue == "lima")
  }

  @Test(arguments: [
    "Chile and Peru held a summit in Lima on Thursday, which Bolivia addressed by video link.",
    "Chile and Peru held a summit in Lima on Thursday after a video conference last week.",
  ])
  func aVideoLinkBesideASummitIsNoCall(sentence: String) {
    #expect(talks("Border talks\n" + sentence).map(\.kind) == [.summit])
  }

  @Test func aContractedNegationIsANegation() {
    #expect(talks("Border talks\nChile and Peru didn't meet in Lima on Thursday.\n").isEmpty)
  }

  @Test func theMonthMayIsNoModal() throws {
    let talk = try #require(
      talks("Border talks\nChile and Peru signed a border deal after the May talks in Lima.\n")
        .first)
    #expect(talk.venue == "lima")
  }

  @Test func aLengthOfSomethingElseIsNoLengthOfTheTalks() throws {
    let talk = try #require(
      talks(
        """
        Border talks
        Chile and Peru ended three weeks of fighting with talks in Lima on Thursday.
        """
      ).first)
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }

  @Test func theLastDayOfAMonthBeforeADashIsNoCrash() {
    _ = talks("Border talks\nChile and Peru met in Lima from March 31-2 April.\n")
  }
}

extension HeldTalkConventionTests {
  /// "due to meet … on Tuesday" is a plan fixed for a day, kept as "will
  /// meet … on Tuesday" is.
  @Test func aMeetingDueOnADayIsKept() throws {
    let talk = try #require(
      talks("River talks\nChile and Peru are due to meet in Lima on Tuesday.\n").first)
    #expect(talk.venue == "lima")
    #expect(talk.date == (try? EDTFDate("2024-05-14")))
  }

  /// A date past the venue that belongs to another phrase leaves the day
  /// before the venue to the meeting.
  @Test func aDateOfAnotherPhrasePastTheVenueIsNotTheMeetings() throws {
    let talk = try #require(
      talks(
        """
        River talks
        Chile and Peru signed an agreement on Thursday in Lima on conditions for next year's election.
        """
      ).first)
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }
}

extension HeldTalkConventionTests {
  /// "met" beside a word of a contest tells of a match, not a meeting.
  @Test func aContestIsNoMeeting() {
    #expect(
      talks(
        """
        Cup
        The Chilean side met the Peruvian side in Lima on Thursday in a World Cup qualifying match.
        """
      ).isEmpty)
  }
}

/// Stop 40: calls told with an adverb or by a side's body, a phrase set off
/// between the talk and its place, sides named by their office-holders, and
/// plans.
extension HeldTalkConventionTests {
  @Test(arguments: [
    "Chile and Peru met virtually on Thursday.",
    "Chile and Peru met online on Thursday.",
    "The Chilean government and Peru held a video call on Thursday.",
    "In a phone call on Thursday, Chilean officials and Peru discussed the border.",
  ])
  func aMeetingAtADistanceIsACall(sentence: String) throws {
    let talk = try thursdaysTalk(sentence)
    #expect(talk.kind == .call)
    #expect(talk.venue == nil)
    #expect(Set(talk.parties) == ["chile", "peru"])
  }

  @Test(arguments: [
    "Talks between Chile and Peru, mediated by Bolivia, took place in Lima on Thursday.",
    "Talks between Chilean officials and Peru, mediated by Bolivia, took place in Lima on Thursday.",
    "Talks between Chile and Peru, the first in a year, took place in Lima on Thursday.",
    // Sides named by their office-holders.
    "Talks between the foreign ministers of Chile and Peru ended in Lima on Thursday.",
    "Talks between the leaders of Chile and Peru ended in Lima on Thursday.",
    "Talks between representatives of Chile and Peru ended in Lima on Thursday.",
  ])
  func aTalkReachesItsPlacePastASetOffPhrase(sentence: String) throws {
    let talk = try thursdaysTalk(sentence)
    #expect(talk.venue == "lima")
    #expect(Set(talk.parties).isSuperset(of: ["chile", "peru"]))
    #expect(talk.parties.contains("bolivia") == sentence.contains("mediated"))
  }

  @Test(arguments: [
    "Chile and Peru plan to hold talks in Lima.",
    "Chile and Peru intend to meet in Lima.",
  ])
  func aPlanWithNoDayIsNoTalk(sentence: String) {
    #expect(talks("River talks\n" + sentence).isEmpty)
  }

  /// A plan's noun, or a plan in another clause, leaves a talk that took
  /// place.
  @Test(arguments: [
    "Peru rejected the plan after Chile and Peru met in Lima last month.",
    "Chilean and Peruvian negotiators, who intend to finish by June, met in Lima in April.",
  ])
  func aPlanElsewhereInTheSentenceLeavesTheTalk(sentence: String) {
    #expect(talks("River talks\n" + sentence).contains { $0.venue == "lima" })
  }

  /// What a call's adverb may not be: "virtually" as "almost", a meeting
  /// not held, sides that are not the subject, a meeting in person.
  @Test(arguments: [
    "Chile met virtually all of Peru's conditions on Thursday.",
    "Chile and Peru refused to meet online on Thursday.",
    "Students from Chile and Peru met online on Thursday.",
    "Chile and Peru, whose negotiators had met online for months, met in Lima on Thursday.",
  ])
  func aCallAdverbThatTellsOfNoCall(sentence: String) {
    #expect(!talks("River talks\n" + sentence).contains { $0.kind == .call })
  }

  /// An actor in a phrase set off by commas is no side of the talk, unless
  /// the phrase adds sides ("including").
  @Test(arguments: [
    ("Talks between Chile and Peru, opposed by Bolivia, took place in Lima on Thursday.", false),
    ("Talks between Chile and Peru, including Bolivia, took place in Lima on Thursday.", true),
  ])
  func anActorSetOffByCommas(sentence: String, isSide: Bool) throws {
    let talk = try thursdaysTalk(sentence)
    #expect(Set(talk.parties) == Set(["chile", "peru"] + (isSide ? ["bolivia"] : [])))
  }

  /// What a set-off phrase must not hide, and office-holders that are no
  /// state's.
  @Test(arguments: [
    "Talks between Chile and Peru, without Bolivia, were called off in Lima on Thursday.",
    "Talks between the opposition leaders of Chile and Peru ended in Lima on Thursday.",
  ])
  func noTalkPastASetOffPhraseOrAnOpposition(sentence: String) {
    #expect(talks("River talks\n" + sentence).isEmpty)
  }

  /// A clause of its own after a comma is where something else happened.
  @Test func aPlaceInAnotherClauseIsNotTheMeetings() {
    #expect(
      !talks("River talks\nChile and Peru met on Monday, as protesters marched in Lima.\n")
        .contains { $0.venue == "lima" })
  }
}
