import ParleyCore
import Testing

@testable import ParleyIngest

/// Where and when a meeting was held, as news writes it: a building a city
/// owns, a place after a noun for one, a signing ceremony and those a side
/// signed with, and a date that belongs to another clause. Each from
/// sentences written for the test.
@Suite struct VenueConventionTests {
  private func talks(_ text: String, published: String = "2024-05-10") -> [Talk] {
    draftOfArticle(text, published: published).talks
  }

  @Test(
    "the place of what the talks are about is no venue; a span's start and a report's day date no talk"
  )
  func theTopicsPlaceAndDatesThatAreNotTheTalks() {
    let found = talks(
      """
      Lake talks
      Chilean and Peruvian envoys met on Tuesday to discuss the fighting in Arica. Bolivia and Peru met in Puno for the first time since 2019. Chile and Peru signed a truce in Lima on Monday. Chilean and Bolivian negotiators met in La Paz, the European Union said on Wednesday.
      """
    ).map { "\($0.venue ?? "-") \($0.date?.description ?? "-")" }
    // (What is signed in a place was signed there: "a truce in Lima".)
    #expect(found == ["puno -", "lima 2024-05-06", "la-paz -"])
  }

  @Test func aBuildingACityOwnsIsTheVenueInThatCity() throws {
    let dossier = draftOfArticle(
      """
      Fisheries pact signed
      Norway and Iceland signed a fisheries accord with the European Union on Wednesday at a ceremony in Oslo's Akershus Fortress, officials said.
      """, published: "2024-05-10")
    let talk = try #require(dossier.talks.first)
    let venue = try #require(dossier.entities.first { $0.id == talk.venue })
    #expect(venue.name == "Akershus Fortress")
    #expect(venue.country == "norway")
    #expect(talk.date == (try? EDTFDate("2024-05-08")))
    // The side they signed with is a party too.
    #expect(Set(talk.parties) == ["norway", "iceland", "european-union"])
  }

  @Test("an air base is a building, and three weeks of talks end on the day")
  func anAirBaseIsABuilding() throws {
    let talk = try #require(
      talks(
        """
        Lake talks
        Chile and Peru concluded three weeks of talks at Wright-Patterson Air Force Base on Tuesday.
        """, published: "2021-11-22"
      ).first)
    #expect(talk.venue == "wright-patterson-air-force-base")
    #expect(talk.date == (try? EDTFDate("2021-10-27/2021-11-16")))
  }

  @Test("talks that began on one day and ended on another last from one to the other")
  func beganAndEndedMakeAnInterval() {
    let found = talks(
      """
      Lake talks
      Talks between Chile and Peru began in Arica on Nov. 1 and ended on Nov. 21. Bolivia and Peru opened talks in Puno on Nov. 2 and the strike ended on Nov. 9.
      """, published: "2021-11-25"
    ).map { $0.date?.description }
    #expect(found == ["2021-11-01/2021-11-21", "2021-11-02"])
  }

  @Test("the agents of a signing in the passive are its parties")
  func thePassiveAgentsOfASigning() {
    let found = talks(
      """
      Lake deal
      The accord was signed in Arica on Monday by Chile and Peru. The map was signed in Puno on Tuesday and praised by Bolivia and Brazil.
      """, published: "2021-11-25"
    ).map { "\($0.venue ?? "-") \($0.parties)" }
    #expect(found == ["arica [\"chile\", \"peru\"]"])
  }

  @Test("a building with no town is in the town where the same sides met that day")
  func aBuildingJoinsTheTownTalkOfItsDay() {
    let found = talks(
      """
      Lake summit
      Chile and Peru held a summit in Geneva on Wednesday.

      Chile and Peru held talks on Wednesday at Villa Bellerive, a lakeside mansion.
      """, published: "2021-06-17"
    ).map { "\($0.venue ?? "-") \($0.date?.description ?? "-")" }
    #expect(found == ["villa-bellerive 2021-06-16"])
  }

  @Test("a hyphenated place is one name; a spaced dash ends it")
  func aHyphenatedPlaceIsOneName() {
    let found = talks(
      """
      Lake talks
      Chile and Peru held talks in Crans-Montana on Wednesday. Peru and Bolivia met in Puno - Arica was shut - on Thursday.
      """
    ).map { $0.venue }
    #expect(found == ["crans-montana", "puno"])
  }

  @Test("an undated talk in a building with no town known is the day's talk in its article's town")
  func aHostsBuildingIsTheDaysTalkInTheTown() throws {
    let found = talks(
      """
      Andean summit
      The leaders of Chile, Peru and Bolivia met in Lima on Thursday. Peruvian President Dina Boluarte hosted Chilean President Gabriel Boric and Bolivian President Luis Arce at the Torre Tagle Palace.
      """)
    #expect(found.count == 1)
    let talk = try #require(found.first)
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
    #expect(talk.venue == "torre-tagle-palace")
    // (Not with a side the day's talk lacks: another meeting.)
    let other = talks(
      """
      Andean summit
      The leaders of Chile and Peru met in Lima on Thursday. Peruvian President Dina Boluarte hosted Bolivian President Luis Arce at the Torre Tagle Palace.
      """)
    #expect(other.count == 2)
  }

  @Test("a town just before the meeting names it; a region there is what the talks are about")
  func aTownBeforeTheMeetingNamesIt() throws {
    let found = talks(
      """
      Ties
      Relations have cooled since the Anchorage meeting between Antony Blinken and Wang Yi in March. The Geneva talks between Russia and the United States on Monday ended without agreement. Israel and Hamas resumed the Gaza talks on Tuesday.
      """)
    #expect(
      found.map { "\($0.name) \($0.venue ?? "-") \($0.date?.description ?? "-")" } == [
        "Anchorage meeting anchorage 2024-03", "Geneva talks geneva 2024-05-06",
      ])
    #expect(Set(found[0].parties) == ["united-states", "china"])
    // (A user's place is a town unless marked a region.)
    let lexicon = try Lexicon.builtin(
      with: """
        actors:
          - {id: zenda, name: Zenda, kind: place, country: france, region: true}
          - {id: strelsau, name: Strelsau, kind: place, country: france}
        """)
    var article = PlainTextArticleReader.read(
      text:
        "Ties\nChile and Peru resumed the Zenda talks on Tuesday. Chile and Peru ended the Strelsau talks on Wednesday.",
      origin: "test.txt")
    article.published = try EDTFDate("2024-05-10")
    let own = Ingestor(lexicon: lexicon).draft([article]).talks.map { $0.venue ?? "-" }
    #expect(own == ["strelsau"])
    #expect {
      _ = try Lexicon(
        yaml:
          "lexicon: bad\nversion: \"1\"\nactors:\n  - {id: z, name: Z, kind: place, region: maybe}\n",
        file: "bad.yaml")
    } throws: { error in "\(error)".contains("expected true or false") }
  }

  @Test("a state as the place holds a talk of a month too, past an adverb")
  func aStateHoldsATalkOfAMonth() throws {
    let talk = try #require(
      talks("Border talks\nChilean and Peruvian negotiators met secretly in Norway in March.").first
    )
    #expect(talk.venue == nil)
    #expect(talk.date == (try? EDTFDate("2024-03")))
    #expect(Set(talk.parties) == ["chile", "peru"])
  }

  @Test func aPlaceAfterANounForOneIsTheVenue() throws {
    let talk = try #require(
      talks(
        """
        Border talks
        Armenia and Azerbaijan held talks in the Swiss city of Lausanne on Friday.
        """
      ).first)
    #expect(talk.venue == "lausanne")
    #expect(talk.date == (try? EDTFDate("2024-05-10")))
    // (A place before the noun only says where it lies: the sea's resort.)
    let resort = try #require(
      talks("Border talks\nChile and Peru met in the Black Sea resort of Sochi on Friday.").first)
    #expect(resort.venue == "sochi")
    // Not a place named after "of" with no such noun before it.
    #expect(
      talks(
        """
        Ministers meet
        The ministers of Armenia and Azerbaijan met in the spirit of Geneva on Friday.
        """
      ).allSatisfy { $0.venue != "geneva" })
  }

  @Test func aDateBeforeAfterBelongsToTheOtherClause() throws {
    // Whether the meeting word nearest the venue is the verb or a noun.
    for sentence in [
      "Shells hit Donetsk on Saturday, hours after Russia and Ukraine signed a truce in Geneva.",
      "Shells hit Donetsk on Saturday, hours after Russia and Ukraine signed a truce at a ceremony in Geneva.",
      "Shells hit Donetsk on Saturday, hours after Russia and Ukraine met for talks in Geneva.",
    ] {
      let found = try #require(talks("Shelling resumes\n" + sentence).first, "\(sentence)")
      #expect(found.date == nil, "\(sentence)")
    }
    // A link set off by commas opens no clause of its own.
    let offset = talks(
      """
      Talks held
      On Friday, after months of deadlock, Russia and Ukraine met in Istanbul.
      """)
    #expect(offset.map(\.date) == [try? EDTFDate("2024-05-10")])
    // "after a week of talks": the day before "after" is the talks' last.
    let week = try #require(
      talks(
        """
        Framework agreed
        Iran and France agreed on Thursday on a framework, after a week of talks in Geneva.
        """
      ).first)
    #expect(week.date.map { $0.description.hasSuffix("2024-05-09") } == true)
  }

  @Test func aDateBetweenTheVerbAndTheVenueIsTheMeetings() throws {
    let talk = try #require(
      talks(
        """
        Talks held
        Greece and Turkey met on Friday in Athens.
        """
      ).first)
    #expect(talk.venue == "athens")
    #expect(talk.date == (try? EDTFDate("2024-05-10")))
  }

  @Test func aMeetingNextWeekIsAPlanButLastWeekATalk() {
    let planned = talks(
      """
      Plans
      Negotiators from Serbia and Kosovo will meet again in Brussels next week.
      """, published: "2024-03-15")
    #expect(planned.isEmpty)
    let held = talks(
      """
      Talks held
      Serbia and Kosovo met in Brussels last week.
      """, published: "2024-03-15")
    #expect(held.map(\.date) == [try? EDTFDate("2024-03-04/2024-03-10")])
  }

  @Test func aHostsBuildingIsTheVenueAndItsCityKeepsTheDate() throws {
    let talk = try #require(
      talks(
        """
        Leaders meet
        Kenya's President William Ruto hosted the leaders of Somalia and Ethiopia at State House in Nairobi on Monday.
        """, published: "2024-03-15"
      ).first)
    #expect(talk.venue == "state-house")
    #expect(talk.date == (try? EDTFDate("2024-03-11")))
    #expect(Set(talk.parties) == ["kenya", "somalia", "ethiopia"])
  }

  @Test func aBuildingWordAfterANameAnotherRuleTookMakesNoVenue() {
    let dossier = draftOfArticle(
      """
      Talks held
      Erdogan said on Friday that talks at the Grand Kremlin were useful.
      """, published: "2024-05-10")
    #expect(!dossier.talks.contains { $0.venue.map { $0.contains("grand") } ?? false })
    #expect(!dossier.events.contains { $0.kind == .meeting })
  }

  @Test func aCeremonyIsAMeetingOnlyWhereSomethingIsSigned() {
    #expect(
      talks(
        """
        Anniversary
        Russia and China held a ceremony in Moscow on Thursday to mark the anniversary.
        """
      ).isEmpty)
    #expect(
      talks(
        """
        Deal signed
        Kenya and Somalia attended a signing ceremony in Nairobi on Thursday.
        """
      ).map(\.venue) == ["nairobi"])
  }

  @Test func aPlaceTheLexiconDoesNotKnowAfterANounForAPlaceIsTheVenue() throws {
    let found = talks(
      """
      Border talks
      Ecuadorian and Peruvian delegations met on Wednesday in the border town of Huaquillas for a round of talks.
      """)
    let talk = try #require(found.first)
    #expect(talk.venue == "huaquillas")
    #expect(talk.date == (try? EDTFDate("2024-05-08")))
    #expect(Set(talk.parties) == ["ecuador", "peru"])
  }

  @Test func delegationsATalkBringsTogetherAreItsSides() throws {
    let found = talks(
      """
      Fisheries talks resume
      Iceland and the European Union resumed talks in Reykjavik on Monday.
      The talks brought together delegations from Norway, Denmark and the United Kingdom.
      """)
    let talk = try #require(found.first)
    #expect(
      Set(talk.parties) == ["iceland", "european-union", "norway", "denmark", "united-kingdom"])
  }

  @Test("a group the lexicon gives members stands for them at the table")
  func aGroupStandsForItsMembers() throws {
    let found = talks(
      """
      Nuclear talks
      Iran and six world powers held talks in Lausanne on Thursday.
      """)
    let talk = try #require(found.first)
    #expect(
      Set(talk.parties) == [
        "iran", "united-states", "united-kingdom", "france", "russia", "china", "germany",
      ], "\(talk.parties)")
  }

  @Test("a group's member must be another actor of the lexicon")
  func aGroupsMembersAreActors() throws {
    func group(_ members: String) throws -> Lexicon {
      Lexicon.builtin.merging(
        try Lexicon(
          yaml: """
            lexicon: mine
            version: "1"
            actors:
              - {id: quad-group, name: Quad Group, kind: other, members: [\(members)]}
            """, file: "mine.yaml"))
    }
    #expect(throws: ValidationReport.self) { try group("india, atlantis").check() }
    #expect(throws: ValidationReport.self) { try group("india, quad-group").check() }
    try group("india, japan").check()
  }

  @Test("those a side met are parties: 'Blinken met Chinese Foreign Minister Wang Yi in Beijing'")
  func theObjectOfMetIsAParty() throws {
    let found = talks(
      """
      Talks
      US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday.
      The Ethiopian government and Tigrayan rebels resumed negotiations in Nairobi on Monday.
      """)
    let beijing = try #require(found.first { $0.venue == "beijing" })
    #expect(Set(beijing.parties) == ["united-states", "china"], "\(beijing.parties)")
    let nairobi = try #require(found.first { $0.venue == "nairobi" })
    #expect(nairobi.parties.contains("ethiopia"), "\(nairobi.parties)")
    // An adjective alone after "met" is no side: "met Ukrainian refugees".
    let refugees = talks(
      """
      Talks
      US Secretary of State Antony Blinken met Ukrainian refugees in Warsaw on Friday.
      """)
    #expect(refugees.isEmpty, "\(refugees.map(\.parties))")
  }

  @Test("sides named for a meeting elsewhere are not the earlier talk's")
  func sidesOfAnotherPlaceStayTheirs() throws {
    let found = talks(
      """
      Talks
      Armenia and Azerbaijan met in Almaty on Friday for talks hosted by Kazakhstan.

      Envoys from Sudan's warring parties gathered in Jeddah on Wednesday for talks.

      Venezuela's government and the opposition signed a deal in Barbados on Tuesday after talks mediated by Norway.
      """)
    let almaty = try #require(found.first { $0.venue == "almaty" })
    #expect(Set(almaty.parties) == ["armenia", "azerbaijan", "kazakhstan"], "\(almaty.parties)")
  }
}
