import ParleyCore
import Testing

@testable import ParleyIngest

/// Talks news tells in passing, as background: a meeting whose place goes
/// unsaid ("since Boric met Boluarte in 2023"), a call with a titled
/// person, and the sides an opening phrase's subject counts. From
/// sentences written for the test.
@Suite struct BackgroundTalkTests {
  /// Friday, 10 May 2024.
  private func talks(_ text: String) -> [Talk] {
    draftOfArticle("Andes talks\n" + text, published: "2024-05-10").talks
  }

  @Test func aMeetingWithNoPlaceNamedIsATalkWithNoVenue() throws {
    let found = talks(
      """
      It was the first summit since Chilean President Gabriel Boric met Peruvian President Dina Boluarte in 2023.
      """)
    let talk = try #require(found.first)
    #expect(found.count == 1)
    // No venue, named and identified as a meeting, not a call.
    #expect((talk.venue, talk.kind, talk.name) == (nil, .bilateral, "Meeting"))
    #expect(talk.id == "talk-meeting-2023")
    #expect(Set(talk.parties) == ["chile", "peru"] && talk.date == (try? EDTFDate("2023")))
  }

  /// Told again without its place, it is the talk its article placed.
  @Test func aMeetingWithNoPlaceJoinsTheTalkItsArticlePlaced() throws {
    let found = talks(
      """
      Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Lima in March 2023.
      It was the first summit since Boric met Boluarte in 2023.
      """)
    #expect(found.count == 1)
    let talk = try #require(found.first)
    #expect(talk.venue == "lima")
    #expect(talk.date == (try? EDTFDate("2023-03")))
    #expect(talk.name == "Talks in Lima")
  }

  @Test(arguments: [
    // A plan.
    "Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte next month.",
    // No side met.
    "Chilean President Gabriel Boric met students in 2023.",
    "Chilean President Gabriel Boric met resistance in 2023.",
    // Undated.
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte.",
    // Met in a state: a talk in that state, not one with no place.
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Brazil in 2023.",
    // What was met is no side (the reviewer's finds).
    "Chile met Peru's demands in 2023, Chilean President Gabriel Boric said.",
    "Chile met Peru's offer with silence in 2023.",
    "Chile met Peru with fierce resistance in 2023.",
    "Chile met Peru in the final in 2023.",
    // Not one meeting, or not held, or not in person.
    "Chilean President Gabriel Boric has met Peruvian President Dina Boluarte several times since 2023.",
    "Chilean President Gabriel Boric denied that he met Peruvian President Dina Boluarte in 2023.",
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte online in December 2023.",
  ])
  func notAMeetingWithNoPlace(sentence: String) {
    let placeless = talks(sentence).filter { talk in
      talk.venue == nil && talk.kind != .call
    }
    #expect(placeless.isEmpty)
  }
}

extension BackgroundTalkTests {
  /// "spoke with" reaches a person past the titles before the name.
  @Test(arguments: [
    "Chilean President Gabriel Boric spoke with Peruvian President Dina Boluarte on Thursday.",
    "Chilean President Gabriel Boric spoke to his Peruvian counterpart Dina Boluarte on Thursday.",
  ])
  func aCallWithATitledPerson(sentence: String) throws {
    let talk = try #require(talks("Peruvian President Dina Boluarte\n" + sentence).first)
    #expect(talk.kind == .call)
    #expect(Set(talk.parties) == ["chile", "peru"])
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }

  @Test(arguments: [
    "Chilean President Gabriel Boric spoke with reporters on Thursday.",
    "Chilean President Gabriel Boric spoke with the Peruvian press on Thursday.",
    "Chilean President Gabriel Boric spoke to Peruvian President Dina Boluarte's critics on Thursday.",
    "Chilean President Gabriel Boric spoke with Peruvian President Dina Boluarte on the sidelines of the summit on Thursday.",
  ])
  func speakingWithNoPersonIsNoCall(sentence: String) {
    #expect(talks(sentence).isEmpty)
  }

  /// "At their meeting in Lima …, the three countries agreed": the sides
  /// the subject after the opening phrase counts, not those of the
  /// sentence before.
  @Test func theSidesASubjectAfterAnOpeningPhraseCounts() throws {
    let found = talks(
      """
      Chile, Peru and Bolivia have argued over the river for years.
      Brazil and Argentina have urged them to settle.
      At their meeting in Lima from March 6 to 8, 2023, the three countries agreed on a quota.
      """)
    let talk = try #require(found.first { $0.venue == "lima" })
    #expect(Set(talk.parties) == ["chile", "peru", "bolivia"])
    #expect(talk.date == (try? EDTFDate("2023-03-06/2023-03-08")))
  }
}
