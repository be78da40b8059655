import ParleyCore
import Testing

@testable import ParleyIngest

/// Who sat at the table and where, as news names them: a counterpart of a
/// state, leaders with their titles, two titled guests of a host, a meeting
/// on the sidelines of a summit, a hotel after the city and the day, and a
/// state with no city. From sentences written for the test.
@Suite struct TalkSideConventionTests {
  @Test("a phrase set off after the subject describes it: its sides are no sides of the meeting")
  func aDescribingPhraseNamesNoSide() {
    let found = draft(
      """
      Lake talks
      Chilean President Gabriel Boric, fresh from talks with Bolivian officials, met Peruvian President Dina Boluarte in Lima on Tuesday. Peruvian President Dina Boluarte, who visited La Paz last week, met Chilean President Gabriel Boric in Arica on Thursday.
      """
    ).talks.map { "\($0.venue ?? "-") \($0.parties.sorted())" }
    #expect(found == [#"lima ["chile", "peru"]"#, #"arica ["chile", "peru"]"#])
  }

  @Test("an ambassador's posting is no side; a host named leaves the place's state out")
  func postingsAndHostsAreNoSides() {
    let found = draft(
      """
      Lake talks
      The Chilean ambassador to Bolivia, Rodrigo Mundaca, met Peruvian President Dina Boluarte in Lima on Tuesday. European Commission President Ursula von der Leyen received Peruvian President Dina Boluarte in Brussels on Wednesday. Peruvian President Dina Boluarte visited Havana on Thursday.
      """
    ).talks.map { "\($0.venue ?? "-") \($0.parties.sorted())" }
    #expect(
      found == [
        #"lima ["chile", "peru"]"#, #"brussels ["european-commission", "peru"]"#,
        #"havana ["cuba", "peru"]"#,
      ])
    let ambassador = draft(
      "Lake talks\nThe Chilean ambassador to Bolivia, Rodrigo Mundaca, said on Tuesday that talks would resume."
    ).entities.first { $0.name == "Rodrigo Mundaca" }
    #expect(ambassador?.country == "chile")
  }

  @Test("a meeting on the sidelines with no place; a transcript's speaker who met as 'I'")
  func aSidelineMeetingAndATranscriptsSpeaker() {
    let sideline = draft(
      "Lake talks\nJoe Biden and Xi Jinping met on the sidelines of the summit on Tuesday."
    ).talks.map { "\($0.venue ?? "-") \($0.date?.description ?? "-") \($0.parties.sorted())" }
    #expect(sideline == [#"- 2024-05-07 ["china", "united-states"]"#])
    let transcript = draft(
      """
      Remarks in Lima
      Chilean President Gabriel Boric spoke to reporters in Lima on Thursday.

      PRESIDENT BORIC: Good evening. This morning I met Peruvian President Dina Boluarte here in Lima.
      """
    ).talks.map { "\($0.venue ?? "-") \($0.parties.sorted())" }
    #expect(transcript == [#"lima ["chile", "peru"]"#])
  }

  @Test("who a closing attribution names reported the call; it is no side to it")
  func theReporterOfACallIsNoSide() throws {
    let talk = try #require(
      draft(
        """
        Lake talks
        Chilean President Gabriel Boric spoke by phone with Peruvian President Dina Boluarte on Tuesday, the European Union said.
        """
      ).talks.first)
    #expect(Set(talk.parties) == ["chile", "peru"])
  }

  /// Friday, 10 May 2024.
  private func draft(_ text: String) -> Dossier {
    draftOfArticle("Andes talks\n" + text, published: "2024-05-10")
  }

  @Test("a side's nickname set off by commas stands between the sides and their verb")
  func aNicknameBetweenTheSidesAndTheVerb() throws {
    let dossier = draft(
      """
      Colombian President Juan Manuel Santos spoke on Monday. FARC commander Rodrigo Londono spoke too. Santos and Rodrigo Londono, known as Timochenko, signed a ceasefire in Havana on Thursday.
      """)
    let talk = try #require(dossier.talks.first { $0.venue == "havana" })
    #expect(Set(talk.parties) == ["colombia", "farc"])
    // The signing is the talk's event: no meeting beside the agreement.
    #expect(dossier.events.map(\.kind) == [.agreement])
  }

  @Test(arguments: [
    "Chilean President Gabriel Boric held talks with his Peruvian counterpart Dina Boluarte in Geneva on Thursday.",
    "Chilean President Gabriel Boric said he met his Peruvian counterpart, Dina Boluarte, in Geneva on Thursday.",
    "Chilean President Gabriel Boric met his Peruvian counterpart, President Dina Boluarte, in Geneva on Thursday.",
  ])
  func aCounterpartIsAPersonOfTheStateNamedBeforeIt(sentence: String) throws {
    let dossier = draft(sentence)
    let boluarte = try #require(dossier.entities.first { $0.name == "Dina Boluarte" })
    #expect(boluarte.country == "peru")
    let talk = try #require(dossier.talks.first)
    #expect(talk.venue == "geneva")
    #expect(Set(talk.parties) == ["chile", "peru"])
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }

  /// Leaders named with their titles and states count as one name each, in
  /// the reach of the meeting noun and in the subject.
  @Test(arguments: [
    "The summit between Chilean President Gabriel Boric and Peruvian President Dina Boluarte ended in Geneva on Thursday.",
    "Chilean President Gabriel Boric and Peruvian President Dina Boluarte ended talks in Geneva on Thursday.",
    "Talks between Chile's government and Peru's government ended in Geneva on Thursday.",
  ])
  func titledLeadersAreTheSides(sentence: String) throws {
    let talk = try #require(draft(sentence).talks.first)
    #expect(talk.venue == "geneva")
    #expect(Set(talk.parties) == ["chile", "peru"])
  }

  /// Where the talk was and who sat at it: a host's two titled guests, a
  /// capital named by its state's adjective, a building before the town it
  /// stands in, a city described after its state's possessive.
  @Test(arguments: [
    (
      "Swiss President Viola Amherd hosted Chilean President Gabriel Boric and Peruvian President Dina Boluarte in Geneva on Thursday.",
      "geneva", ["switzerland", "chile", "peru"]
    ),
    ("Chile and Peru met in the Swiss capital on Thursday.", "bern", ["chile", "peru"]),
    (
      "Chile and Peru met at the Fairmont Palace in the lakeside town of Montreux on Thursday.",
      "fairmont-palace", ["chile", "peru"]
    ),
    ("Chile and Peru held talks in Geneva's old town on Thursday.", "geneva", ["chile", "peru"]),
    (
      "Switzerland hosted renewed talks between Chile and Peru in Geneva on Thursday.", "geneva",
      ["switzerland", "chile", "peru"]
    ),
    ("Chile and Peru met in the Swiss capital, Bern, on Thursday.", "bern", ["chile", "peru"]),
    // A city described after its state's possessive.
    (
      "Chile and Peru began talks in Russia's Black Sea city of Sochi on Thursday.", "sochi",
      ["chile", "peru"]
    ),
  ])
  func theVenueAndSides(sentence: String, venue: String, sides: [String]) throws {
    let talk = try #require(draft(sentence).talks.first)
    #expect(talk.venue == venue)
    #expect(Set(talk.parties) == Set(sides))
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }

  @Test func aMeetingOnTheSidelinesOfASummitIsItsOwn() throws {
    let talk = try #require(
      draft("Chile and Peru met on the sidelines of the G20 summit in Geneva on Thursday.")
        .talks.first)
    #expect(talk.venue == "geneva")
    #expect(Set(talk.parties) == ["chile", "peru"])
    #expect(talk.kind == .bilateral)
  }

  @Test func aHotelAfterTheCityAndTheDayIsTheVenue() throws {
    let dossier = draft("Chile and Peru resumed talks in Geneva on Thursday at the Bristol hotel.")
    #expect(dossier.talks.count == 1)
    let talk = try #require(dossier.talks.first)
    let hotel = try #require(dossier.entities.first { $0.id == talk.venue })
    #expect(hotel.name == "Bristol hotel")
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }
}

extension TalkSideConventionTests {
  /// A state with no city is no venue (the IR's venue is a place); the talk
  /// keeps its day and sides, and its name says where.
  @Test func aTalkInAStateHasNoVenue() throws {
    let talk = try #require(draft("Chile and Peru held talks in Brazil on Thursday.").talks.first)
    #expect(talk.venue == nil)
    #expect(talk.kind == .bilateral)
    #expect(talk.id == "talk-brazil-2024-05-09")
    #expect(talk.name == "Talks in Brazil")
    #expect(Set(talk.parties) == ["chile", "peru"])
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }

  @Test func aPlaceInTheStateNamedLaterIsTheVenue() throws {
    let dossier = draft(
      """
      Chile and Peru held talks in Brazil on Thursday.
      The meeting took place at a hotel in Brasilia.
      """)
    #expect(dossier.talks.count == 1)
    let talk = try #require(dossier.talks.first)
    let venue = try #require(dossier.entities.first { $0.id == talk.venue })
    #expect(venue.name == "Brasilia")
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
    // The host state came with the place: it is no side.
    #expect(Set(talk.parties) == ["chile", "peru"])
    #expect(talk.kind == .bilateral)
  }

  @Test(arguments: [
    "Chile and Peru held talks to end the dispute in Brazil on Thursday.",
    "Chile and Peru will hold talks in Brazil next month.",
    "Chile and Peru held talks in Brazil's capital on Thursday.",
  ])
  func aStateThatIsNotWhereTheTalkWasMakesNoTalk(sentence: String) {
    #expect(draft(sentence).talks.allSatisfy { $0.id != "talk-brazil-2024-05-09" })
  }
}

extension TalkSideConventionTests {
  /// With no day in the sentence, or after "after", the capital tells of
  /// the past, not of a meeting.
  @Test(arguments: [
    "Nine rounds of talks in the Swiss capital, where Chile has an embassy, came to nothing.",
    "Chile and Peru agreed on Thursday to a truce after two years of talks in the Swiss capital.",
  ])
  func aCapitalInASummaryIsNoVenue(sentence: String) {
    #expect(draft(sentence).talks.allSatisfy { $0.venue != "bern" })
  }

  @Test func aCallWithAPersonOfUnknownSideIsKept() throws {
    let talk = try #require(
      draft(
        "President Gabriel Boric spoke by phone with Peruvian President Dina Boluarte on Thursday."
      ).talks.first)
    #expect(talk.kind == .call)
    #expect(talk.parties == ["peru"])
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }
}

extension TalkSideConventionTests {
  /// What the new reaches must not take: a plan denied or in the past, a
  /// building that owns a request, a host's clause, a call denied.
  @Test(arguments: [
    ("Chile and Peru are not due to meet in Geneva on Tuesday.", "geneva"),
    ("Chile and Peru were due to meet in Geneva on Tuesday.", "geneva"),
    (
      "Chile and Peru resumed talks in Geneva on Thursday at the White House's request.",
      "white-house"
    ),
    (
      "Macron, who hosted Chilean President Gabriel Boric last month, met Peruvian President Dina Boluarte in Geneva on Sunday.",
      "chile"
    ),
    (
      "Gabriel Boric denied on Thursday that he spoke by phone with Peruvian President Dina Boluarte.",
      "peru"
    ),
  ])
  func aReachStopsWhereTheMeetingIsNot(sentence: String, absent: String) {
    let talks = draft(sentence).talks
    #expect(!talks.contains { $0.venue == absent || $0.parties.contains(absent) })
  }
}

extension TalkSideConventionTests {
  /// A plan in a place of the state does not move the talk there; a talk
  /// in the state on a day a talk in one of its places has is that talk.
  @Test func aTalkInAStateKeepsToItsOwnDay() throws {
    let planned = draft(
      """
      Chile and Peru held talks in Brazil on Thursday.
      Chile and Peru will hold further talks in Brasilia next month.
      """)
    #expect(planned.talks.map(\.id) == ["talk-brazil-2024-05-09"])
    let known = draft(
      """
      Chile and Peru held talks in Brasilia on Thursday.
      Chilean and Peruvian officials met in Brazil on Thursday for eight hours.
      """)
    #expect(known.talks.count == 1)
  }
}

extension TalkSideConventionTests {
  private static let rain = "Rain fell all morning over the lake."

  /// A story's first paragraph says who is negotiating, its later ones
  /// where and when: a talk its own sentences name no side of takes the
  /// lede's, and one they name one side of takes the rest.
  @Test(arguments: [
    "Chile and Peru resumed their border dialogue this week.",
    "Chilean and Peruvian negotiators resumed their border dialogue this week.",
  ])
  func aTalkWithoutSidesTakesTheLedes(lede: String) throws {
    let dossier = draft(
      """
      \(lede)

      \(Self.rain)

      The talks in Geneva on Thursday ended without agreement, officials said.
      """)
    let talk = try #require(dossier.talks.first)
    #expect(talk.venue == "geneva")
    #expect(Set(talk.parties) == ["chile", "peru"])
    let lede = try #require(
      talk.sources.first { $0.rule?.hasPrefix("talk.parties-from-lede") == true })
    #expect(lede.quote?.hasPrefix("Chile") == true)
    let oneSide = draft(
      """
      Chilean and Peruvian negotiators resumed their border dialogue this week.

      A spokesman for Chile's delegation declined to comment.

      The talks in Geneva on Thursday ended without agreement, officials said.
      """)
    #expect(oneSide.talks.map { Set($0.parties) } == [["chile", "peru"]])
  }

  /// Not from a lede that names one side, or adjectives that name nobody's
  /// delegation; not to a body's own meeting.
  @Test(arguments: [
    ("Chile asked for more time this week.", "The talks in Geneva on Thursday ended.", [String]()),
    (
      "Chilean wine and Peruvian pisco were served at the reception.",
      "The talks in Geneva on Thursday ended.", []
    ),
    (
      "Chile and Peru traded accusations over the border on Monday.",
      "A NATO summit in Madrid on Thursday discussed the war.", ["nato"]
    ),
  ])
  func aLedeAddsNoSideWhereItNamesNone(lede: String, talkSentence: String, parties: [String])
    throws
  {
    let dossier = draft("\(lede)\n\n\(Self.rain)\n\n\(talkSentence)")
    let talk = try #require(dossier.talks.first)
    #expect(talk.parties == parties)
  }
}

extension TalkSideConventionTests {
  /// "a call between" lists its sides; a sentence of two calls gives each
  /// its own sides and day.
  @Test func aCallBetweenListsItsSides() {
    let dossier = draft(
      """
      The accord builds on a statement issued on April 2, following a call between Chilean President Gabriel Boric, Peruvian President Dina Boluarte and His Excellency Bolivian President Luis Arce, and on a statement issued on April 20, following a call between Boric and President Daniel Noboa of Ecuador.
      """)
    let calls = dossier.talks.filter { $0.venue == nil }
      .sorted { ($0.date?.description ?? "") < ($1.date?.description ?? "") }
    #expect(calls.map { $0.date?.description } == ["2024-04-02", "2024-04-20"])
    #expect(
      calls.map { Set($0.parties) } == [["chile", "peru", "bolivia"], ["chile", "ecuador"]])
  }
}

extension TalkSideConventionTests {
  /// "The two men met": the sides of the talk the article spoke of with
  /// as many.
  @Test func theTwoMenAreTheSidesOfTheLastTalkOfTwo() throws {
    let dossier = draft(
      """
      Chile and Peru held talks in Lima on Monday.

      Chile, Bolivia and Ecuador held talks in Quito on Tuesday.

      The two men met again at the Capella hotel in Geneva on Thursday.
      """)
    let geneva = try #require(dossier.talks.first { $0.venue == "capella-hotel" })
    #expect(Set(geneva.parties) == ["chile", "peru"])
    #expect(geneva.date == (try? EDTFDate("2024-05-09")))
    // (With no talk of as many sides, none.)
    let three = draft(
      """
      Chile, Bolivia and Ecuador held talks in Quito on Tuesday.

      The two ministers met again in Lima on Thursday.
      """)
    #expect(!three.talks.contains { $0.venue == "lima" })
  }
}

extension TalkSideConventionTests {
  /// The meeting's day and length do not part it from its place; a clause
  /// of its own does.
  @Test func aMeetingsDayAndLengthDoNotPartItFromItsPlace() throws {
    let held = draft(
      "Chilean President Gabriel Boric and Peruvian President Dina Boluarte met for more than three hours on Thursday at a luxury hotel in Montreux."
    )
    let talk = try #require(held.talks.first)
    #expect(talk.venue == "montreux")
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
    let marched = draft(
      "Chile and Peru met on Thursday, as thousands marched in the Swiss capital.")
    #expect(!marched.talks.contains { $0.venue != nil })
  }
}

extension TalkSideConventionTests {
  /// "the French leader" is whoever of France the article named last,
  /// whatever their title; a visit dated to a month is the day's meeting in
  /// a building of the state it went to.
  @Test func theFrenchLeaderIsTheLastPersonOfFrance() throws {
    let dossier = draftOfArticle(
      """
      Visits
      French President Emmanuel Macron spoke by telephone with Vladimir Putin on Sunday.

      The French leader travelled to Moscow earlier this month, meeting Putin at the Kremlin on February 7. He flew on to Kyiv the next day for talks with President Volodymyr Zelensky.
      """, published: "2022-02-21")
    let kremlin = try #require(dossier.talks.first { $0.venue == "kremlin" })
    #expect(Set(kremlin.parties) == ["france", "russia"])
    #expect(kremlin.date == (try? EDTFDate("2022-02-07")))
    #expect(!dossier.talks.contains { $0.venue == "moscow" })
    let kyiv = try #require(dossier.talks.first { $0.venue == "kyiv" })
    #expect(Set(kyiv.parties) == ["france", "ukraine"])
  }
}

extension TalkSideConventionTests {
  /// A side's body named after its adjective, its name or its possessive
  /// ("the Chilean government", "Houthi negotiators", "Bolivia's
  /// government") is the side, before the verb, as its object, after
  /// "between" and after an opening date.
  @Test(arguments: [
    ("The Chilean government and Bolivian negotiators met in Geneva on Thursday.", "bolivia"),
    ("The Chilean government met Bolivian negotiators in Geneva on Thursday.", "bolivia"),
    ("Bolivia met the Chilean delegation in Geneva on Thursday.", "bolivia"),
    ("On Thursday, the Chilean delegation and Houthi rebels met in Geneva.", "houthis"),
    (
      "Talks between the Chilean government and the Houthis opened in Geneva on Thursday.",
      "houthis"
    ),
    ("Negotiators from Chile's government and Bolivia met in Geneva on Thursday.", "bolivia"),
    ("In Geneva on Thursday, Chilean officials met the Bolivian delegation.", "bolivia"),
  ])
  func aSidesBodyIsTheSide(sentence: String, other: String) throws {
    let found = draft(sentence).talks
    let talk = try #require(found.first)
    #expect(found.count == 1)
    #expect(talk.venue == "geneva")
    #expect(Set(talk.parties) == ["chile", other])
    #expect(talk.date == (try? EDTFDate("2024-05-09")))
  }

  /// An adjective of state alone is no side: "met Chilean students".
  @Test func anAdjectiveAloneIsNoSide() {
    #expect(draft("Bolivia met Chilean students in Geneva on Thursday.").talks.isEmpty)
  }

  /// Delegations "from" a capital come from its state: the capital is a
  /// side, not a place.
  @Test func delegationsFromACapitalAreItsState() throws {
    let talk = try #require(
      draft("Delegations from Moscow and Kyiv met in Geneva on Thursday.").talks.first)
    #expect(talk.venue == "geneva")
    #expect(Set(talk.parties) == ["russia", "ukraine"])
  }
}
