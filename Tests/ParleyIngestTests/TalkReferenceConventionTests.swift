import ParleyCore
import Testing

@testable import ParleyIngest

/// Meetings that news tells by referring back: to the sides ("they met",
/// "the two prime ministers met"), to the day ("the next day"), to the
/// meeting verb ("and again in Sofia"), to a building named before ("the
/// Metropole"), past a summit's name no lexicon knows. From sentences
/// written for the test.
@Suite struct TalkReferenceConventionTests {
  /// Friday, 10 May 2024.
  private func talks(_ text: String) -> [Talk] {
    draftOfArticle("Andes talks\n" + text, published: "2024-05-10").talks
  }

  private func talk(_ talks: [Talk], at venue: String) throws -> Talk {
    try #require(talks.first { $0.venue == venue }, "no talk at \(venue) in \(talks.map(\.id))")
  }

  @Test(
    "'the two leaders' and 'they' are the two the sentence before names, before the last talk's")
  func theTwoLeadersAreTheSentenceBefores() throws {
    let found = talks(
      """
      Chile and Peru met in Lima on Monday.

      Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti traded accusations on Tuesday. The two leaders had failed to agree when they met in Brussels on March 7.
      """)
    #expect(Set(try talk(found, at: "brussels").parties) == ["serbia", "kosovo"])
    let pronoun = talks(
      """
      Chile and Peru met in Lima on Monday.

      Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti traded accusations on Tuesday. They had last met in Brussels on March 7.
      """)
    #expect(Set(try talk(pronoun, at: "brussels").parties) == ["serbia", "kosovo"])
    // (One side in the subject: the other is its verb's object.)
    let hosted = talks(
      "Chilean President Gabriel Boric hosted Peru's President Dina Boluarte on Friday. They met in Havana on April 14."
    )
    #expect(Set(try talk(hosted, at: "havana").parties) == ["chile", "peru"])
  }

  @Test func aPluralPronounMeetsWithTheLastTalksSides() throws {
    let found = talks(
      """
      Chile and Peru met in Lima on Monday.

      The next day they met in Geneva.
      """)
    let geneva = try talk(found, at: "geneva")
    #expect(Set(geneva.parties) == ["chile", "peru"])
    #expect(geneva.date == (try? EDTFDate("2024-05-07")))
  }

  /// With no talk of as many sides before, the lede's sides when they are
  /// as many; a word may stand between the number and the noun.
  @Test func theTwoPrimeMinistersAreTheLedesTwoSides() throws {
    let found = talks(
      """
      Chilean Prime Minister Ana Soto and Peruvian Prime Minister Luis Paz reached a deal on water.

      The two prime ministers met in Davos in January.
      """)
    let davos = try talk(found, at: "davos")
    #expect(Set(davos.parties) == ["chile", "peru"])
    #expect(davos.date == (try? EDTFDate("2024-01")))
  }

  @Test func theLedesSidesMustBeAsMany() {
    let found = talks(
      """
      Chilean Prime Minister Ana Soto and Peruvian Prime Minister Luis Paz reached a deal on water.

      The three prime ministers met in Davos in January.
      """)
    #expect(!found.contains { $0.venue == "davos" })
  }

  /// "and again in": the second venue is the same verb's, with its own date.
  @Test func againInASecondPlaceIsTheSameVerbsMeeting() throws {
    let found = talks(
      """
      Chile and Peru reached a deal on water.

      Chile and Peru met on the sidelines of the World Economic Forum in Davos in January and again in Sofia in March.
      """)
    // (The forum's name, which no lexicon knows, counts as one word.)
    #expect(try talk(found, at: "davos").date == (try? EDTFDate("2024-01")))
    let sofia = try talk(found, at: "sofia")
    #expect(Set(sofia.parties) == ["chile", "peru"])
    #expect(sofia.date == (try? EDTFDate("2024-03")))
  }

  /// Without "again", a second place far from the verb is no meeting.
  @Test func aFarSecondPlaceWithoutAgainIsNoMeeting() {
    let found = talks(
      """
      Chile and Peru reached a deal on water.

      Chile and Peru met on the sidelines of the forum in Davos in January, a week before floods in Sofia in March.
      """)
    #expect(!found.contains { $0.venue == "sofia" })
  }

  @Test func aBuildingNamedBeforeIsNamedWithoutItsHead() throws {
    let found = talks(
      """
      LIMA (Andes Wire) - Chilean President Ana Soto and Peruvian President Luis Paz ended their summit on Thursday.

      A lunch at the Bolivar hotel was cancelled.

      The summit opened on Wednesday evening with a dinner at the Bolivar attended by the ministers.
      """)
    let hotel = try talk(found, at: "bolivar-hotel")
    #expect(Set(hotel.parties) == ["chile", "peru"])
  }

  @Test func aShortNameWithNoBuildingBeforeIsNoPlace() {
    let found = talks(
      """
      Chile and Peru met in Lima on Thursday.

      A dinner at the Bolivar was cancelled.
      """)
    #expect(!found.contains { $0.venue?.hasPrefix("bolivar") ?? false })
  }

  /// "UN-led talks … went nowhere" is no mediator of the call before it.
  @Test func aCallHasNoMediatorFromTheNextSentence() throws {
    let found = talks(
      """
      Chile and Peru reached a deal on water.

      The deal came on Tuesday after a telephone call between Chilean President Ana Soto and Peruvian President Luis Paz. UN-led talks under a mediator went nowhere for years.
      """)
    let call = try #require(found.first { $0.kind == .call })
    #expect(Set(call.parties) == ["chile", "peru"])
  }

  /// A standfirst before the lede names no sides: the next paragraph's
  /// first sentence does.
  @Test func theLedeMayFollowAStandfirst() throws {
    let found = talks(
      """
      No handshake, no joint ceremony, but the two neighbours now share a border.

      Chile and Peru formally concluded their agreement on a maritime boundary on Thursday.

      The sea there is rich in fish.

      Five rounds of indirect talks at Arica, which opened in October 2020, broke down the following year.
      """)
    let arica = try talk(found, at: "arica")
    #expect(Set(arica.parties) == ["chile", "peru"])
    #expect(arica.date == (try? EDTFDate("2020-10")))
  }

  /// Only the first two paragraphs: a third is no lede.
  @Test func aThirdParagraphIsNoLede() throws {
    let found = talks(
      """
      No handshake and no ceremony.

      Nothing was signed by anyone.

      Chile and Peru concluded their agreement on Thursday.

      The sea there is rich in fish.

      Five rounds of indirect talks at Arica, which opened in October 2020, broke down the following year.
      """)
    #expect(try talk(found, at: "arica").parties.isEmpty)
  }

  /// "in Singapore", "in Luxembourg": a capital named as its state is the
  /// city, with an id of its own.
  @Test func aCapitalNamedAsItsStateIsTheCity() throws {
    let found = draftOfArticle(
      """
      Andes talks
      Chile and Peru met in Singapore on Monday. Singapore said it paid for the summit.
      """, published: "2024-05-10")
    let talk = try talk(found.talks, at: "singapore-city")
    #expect(Set(talk.parties) == ["chile", "peru"])
    let city = try #require(found.entities.first { $0.id == "singapore-city" })
    #expect(city.kind == .place)
    #expect(city.name == "Singapore")
    // (Where no preposition comes before it, the name is the state's.)
    #expect(found.entities.contains { $0.id == "singapore" && $0.kind == .state })
  }

  @Test func twoDaysInARowAreAnInterval() throws {
    let talk = try #require(
      talks("Chile and Peru met in Lima on February 27 and 28, 2024.").first)
    #expect(talk.date == (try? EDTFDate("2024-02-27/2024-02-28")))
    // (Two days apart are no interval.)
    let apart = try #require(talks("Chile and Peru met in Lima on February 20 and 28, 2024.").first)
    #expect(apart.date == (try? EDTFDate("2024-02-20")))
  }

  /// A meeting the lede's paragraphs tell with no date of its own is the
  /// lede's event, on its day; not one told in the perfect, nor with a side
  /// the lede does not name.
  @Test func theLedesMeetingToldAgainTakesItsDay() {
    let found = talks(
      """
      LIMA (Wire) - Chile and Peru agreed on Wednesday to reopen the border. Chilean President Gabriel Boric met Peruvian President Dina Boluarte at the Torre Tagle Palace for six hours of talks. The two presidents had met in Havana without result, and Bolivian and Peruvian officials met in Quito.
      """
    ).map { "\($0.venue ?? "-") \($0.date?.description ?? "-")" }
    #expect(found.contains("torre-tagle-palace 2024-05-08"))
    #expect(found.contains("havana -"))
    #expect(found.contains("quito -"))
  }

  /// An undated talk joins the one dated talk at its venue only with a side
  /// in common, or none named.
  @Test func anUndatedTalkJoinsTheDatedOneOnlyWithASideInCommon() {
    func article(_ text: String, _ published: String, _ origin: String) -> Article {
      var article = PlainTextArticleReader.read(text: text, origin: origin)
      article.published = try? EDTFDate(published)
      return article
    }
    let found = Ingestor().draft([
      article(
        "Havana visit\nChilean President Gabriel Boric travelled to Havana on Wednesday for talks with Cuban President Miguel Diaz-Canel.",
        "2024-04-12", "a.txt"),
      article(
        "Grain talks\nBolivian and Ecuadorian officials held talks in Havana over grain exports.",
        "2024-09-20",
        "b.txt"),
    ]).talks.map { "\($0.date?.description ?? "-") \($0.parties.sorted())" }
    #expect(found == [#"2024-04-10 ["chile", "cuba"]"#, #"- ["bolivia", "ecuador"]"#])
  }

  /// A building's head in lower case is no part of its name.
  @Test func aBuildingIsAlsoNamedWithoutALowerCaseHead() throws {
    let dossier = draftOfArticle(
      """
      Andes talks
      Chile and Peru met at the Palais Bolivar hotel in Lima on Monday.
      """, published: "2024-05-10")
    let hotel = try #require(dossier.entities.first { $0.name == "Palais Bolivar hotel" })
    #expect(hotel.aliases.contains("Palais Bolivar"))
  }

  /// "again in" after a verb of no meeting, or with no "and" before it,
  /// is no meeting.
  @Test func againAfterAnotherVerbIsNoMeeting() {
    let found = talks(
      "Chile and Peru held talks in Lima on March 29, and fighting flared again in Tacna on March 30."
    )
    #expect(!found.contains { $0.venue == "tacna" })
  }

  /// A plural pronoun that is not the sentence's subject, or after a
  /// speech verb, is someone else.
  @Test func aPronounAfterASpeechVerbIsNoSide() {
    let found = talks(
      """
      Chile and Peru met in Lima on Monday.

      The families of the fishermen said they met officials in Arica on Tuesday.
      """)
    #expect(!found.contains { $0.venue == "arica" })
  }

  @Test(arguments: [
    "The two opposition ministers met in Davos in January.",
    "Some two dozen ministers met in Davos in January.",
    "The two former ministers met in Davos in January.",
  ])
  func aCountOfOthersIsNoSides(sentence: String) {
    let found = talks(
      """
      Chilean Prime Minister Ana Soto and Peruvian Prime Minister Luis Paz reached a deal on water.

      \(sentence)
      """)
    #expect(!found.contains { $0.venue == "davos" })
  }

  /// A first paragraph that names one side is the lede: the next is not.
  @Test func aLedeOfOneSideIsTheLede() throws {
    let found = talks(
      """
      Chile said on Monday it was ready to resume talks on water.

      Peru and Bolivia have warned that time is running out.

      The weather was fine.

      The talks in Arica ended on Friday without agreement.
      """)
    let arica = try talk(found, at: "arica")
    #expect(!Set(arica.parties).isSuperset(of: ["peru", "bolivia"]))
  }

  /// A chain's hotel in another town is another building.
  @Test func aShortNameBeforeAnotherTownIsNotTheBuilding() {
    let found = talks(
      """
      Chile and Peru met at the Bolivar hotel in Lima on Monday.

      On Thursday, Bolivian and Paraguayan officials met at the Bolivar in Asuncion.
      """)
    let thursday = found.first { $0.date == (try? EDTFDate("2024-05-09")) }
    #expect(thursday?.venue == "asuncion")
  }

  @Test(arguments: [
    ("Chile and Peru held talks at Christmas, but no deal was reached.", "Christmas"),
    ("The talks at Ministerial level between Chile and Peru ended on Monday.", "Ministerial"),
    ("Delegates from Luxembourg and Chile met in Lima on Monday.", "Luxembourg"),
  ])
  func noPlaceIsMadeOfAFeastALevelOrAStateAfterFrom(sentence: String, name: String) {
    #expect(!entityNames(.place, inDraftOf: sentence).contains(name))
  }
}
