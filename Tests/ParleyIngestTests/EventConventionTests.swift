import ParleyCore
import Testing

@testable import ParleyIngest

/// How news reports events: who acted, and the wars talks are about
/// (sentences written for the test, none from the held-out articles).
@Suite struct EventConventionTests {
  /// A draft published on Friday 10 March 2023.
  private func draft(_ text: String) -> Dossier {
    draftOfArticle(text, published: "2023-03-10")
  }

  @Test func aHappeningDatedAfterPublicationIsAPlanAndNoEvent() {
    let planned = draft(
      """
      Envoys to meet
      Armenia and Azerbaijan will hold another round of talks next week.
      """)
    #expect(planned.events.isEmpty)
    let held = draft(
      """
      Envoys met
      Armenia and Azerbaijan held another round of talks last week.
      """)
    #expect(held.events.map(\.kind) == [.meeting])
  }

  /// A statement issued is a statement event (CAMEO 010).
  @Test(arguments: [
    "In a statement issued on Thursday, Chile's foreign ministry rejected the plan.",
    "Chile's foreign ministry issued a statement on Thursday rejecting the plan.",
  ])
  func aStatementIssuedIsAStatementEvent(sentence: String) throws {
    let event = try #require(draft("Statement\n" + sentence).events.first { $0.kind == .statement })
    #expect(event.cameo == "010")
    #expect(event.date == (try? EDTFDate("2023-03-09")))
  }

  @Test func aDemonymBeforeItsForcesIsTheActor() throws {
    let dossier = draft(
      """
      Shelling
      Russian forces shelled the port of Kherson on Wednesday.
      """)
    #expect(dossier.events.first { $0.kind == .military }?.actors == ["russia"])
    // Not a demonym alone ("a Russian shell").
    let shell = draft(
      """
      Shelling
      A Russian shell hit the port of Kherson on Wednesday, and shelling resumed on Thursday.
      """)
    let military = try #require(shell.events.first { $0.kind == .military })
    #expect(!military.actors.contains("russia"))
    // A demonym before a title names no actor beside the person it titles.
    let signed = draft(
      """
      Ceasefire
      Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky signed a ceasefire agreement on Tuesday.
      """)
    let signing = try #require(signed.events.first { $0.cameo == "057" })
    #expect(signing.actors == ["vladimir-putin", "volodymyr-zelensky"])
  }

  @Test func theActorsBeforeACueAreEachNamedOnce() throws {
    let dossier = draft(
      """
      Signed
      Mali and the Economic Community of West African States (ECOWAS) signed an agreement on Friday.
      """)
    let signing = try #require(dossier.events.first { $0.cameo == "057" })
    #expect(signing.actors == ["mali", "ecowas"])
    // The last two, counted from the cue back.
    let told = draft(
      """
      Signed
      Mali told Niger and Chad that Mali signed an agreement on Friday.
      """)
    #expect(told.events.first { $0.cameo == "057" }?.actors == ["chad", "mali"])
  }

  @Test func aWarOrFightingThatBeganIsAMilitaryEvent() throws {
    let dossier = draft(
      """
      Background
      The war began in November 2020, when the army moved into the north.
      Fighting resumed in late August 2022.
      The rebels have been fighting the government since 2015.
      """)
    let military = dossier.events.filter { $0.kind == .military && $0.cameo == "190" }
    #expect(
      Set(military.compactMap { $0.date?.description }) == ["2020-11", "2022-08", "2015"],
      "\(military.map { $0.date?.description ?? "undated" })")
  }

  @Test("a date may stand inside a cue: agreed on Thursday to restore")
  func aDateInsideACue() throws {
    let dossier = draft(
      """
      Relations
      Armenia and Azerbaijan agreed on Thursday to restore diplomatic relations.
      Chad and Niger agreed in February on a package of border measures.
      """)
    let agreements = dossier.events.filter { $0.kind == .agreement }
    #expect(
      Set(agreements.compactMap { $0.date?.description }) == ["2023-03-09", "2023-02"],
      "\(dossier.events.map(\.title))")
    let restored = try #require(agreements.first { $0.date?.description == "2023-03-09" })
    #expect(restored.actors == ["armenia", "azerbaijan"])
  }

  @Test("weapons tests, calls, promises and signings written in the passive are events")
  func moreEventCues() {
    let dossier = draft(
      """
      Week
      North Korea test-fired a ballistic missile on Wednesday.
      Macron and Scholz discussed the war during their call on Tuesday.
      In 2019, Ethiopia promised to hold elections.
      A memorandum signed in Nairobi on 4 February set up a joint commission.
      """)
    let found = Set(
      dossier.events.map {
        "\($0.kind.rawValue) \($0.cameo ?? "-") \($0.date?.description ?? "undated")"
      })
    #expect(
      found == [
        "military 150 2023-03-08", "meeting 041 2023-03-07", "statement 030 2019",
        "agreement 057 2023-02-04",
      ], "\(found)")
  }

  @Test("a second mention of an event that names no actor adds to the event")
  func anActorlessMentionJoinsItsEvent() throws {
    let dossier = draft(
      """
      Signed
      Kenya and Somalia signed an agreement on Wednesday.
      The agreement signed on Wednesday takes effect in May.
      """)
    let signing = try #require(dossier.events.first { $0.cameo == "057" })
    #expect(dossier.events.filter { $0.cameo == "057" }.count == 1)
    #expect(signing.actors == ["kenya", "somalia"])
    #expect(signing.sources.count == 2)
  }

  @Test("each date of a sentence may have its event; a negated cue has none")
  func eventsOfEachDateNotNegated() throws {
    let dossier = draft(
      """
      Talks
      The agreement signed in 2015 collapsed on Thursday when Iran walked out of talks in Vienna.
      Russia has not called off the talks, a spokesman said on Monday.
      Iran has not pledged to halt enrichment, officials said on Tuesday.
      """)
    let found = Set(
      dossier.events.map { "\($0.cameo ?? "-") \($0.date?.description ?? "undated")" })
    #expect(found.isSuperset(of: ["057 2015", "164 2023-03-09"]), "\(found)")
    #expect(!found.contains { $0.hasPrefix("030") || $0 == "164 2023-03-06" }, "\(found)")
  }

  @Test("an event that names no actor joins another only on its day, at no other place")
  func actorlessEventsJoinOnlyTheirOwn() {
    let dossier = draft(
      """
      Strikes
      Israel carried out air strikes in Gaza on Monday.
      In a separate incident, air strikes hit a depot near Aleppo on Monday.
      """)
    #expect(
      dossier.events.filter { $0.cameo == "195" }.count == 2, "\(dossier.events.map(\.title))")
  }

  @Test("a date runs of words before it leave the cue whole: 'agreed in early February on'")
  func wordsBeforeADateLeaveTheCue() throws {
    let dossier = draft(
      """
      Border
      Chad and Niger agreed in early February on a package of border measures.
      """)
    let agreement = try #require(dossier.events.first { $0.kind == .agreement })
    #expect(agreement.date?.description == "2023-02")
  }
  @Test(
    "a cue takes the date after it in its clause, never a negated clause's; what was signed has no signer before it"
  )
  func aCueTakesItsOwnClausesDate() throws {
    let dossier = draft(
      """
      Week
      Russia signed the treaty on Monday, did not sign the accord on Tuesday and invaded Ukraine on Wednesday.
      Serbia walked out of the talks on Thursday, citing the agreement signed in 2015 by Kosovo and Albania.
      """)
    let invasion = try #require(dossier.events.first { $0.kind == .military })
    #expect(invasion.date?.description == "2023-03-08")
    #expect(invasion.actors == ["russia"] && invasion.targets == ["ukraine"])
    let signing = try #require(dossier.events.first { $0.date?.description == "2015" })
    #expect(signing.actors.isEmpty, "\(signing.actors)")
    #expect(Set(signing.targets) == ["kosovo", "albania"])
  }

  @Test("who tells of an event is not its actor, but 'it' after them is")
  func theTellerIsNoActor() throws {
    let dossier = draft(
      """
      Shelling
      The mayor of Kharkiv, Ihor Terekhov, said that Russia shelled the city on Monday.
      Ukraine said on Tuesday that it had shelled the bridge at Kherson on Tuesday.
      """)
    let monday = try #require(dossier.events.first { $0.date?.description == "2023-03-06" })
    #expect(monday.actors == ["russia"], "\(monday.actors)")
    let tuesday = try #require(dossier.events.first { $0.date?.description == "2023-03-07" })
    #expect(tuesday.actors == ["ukraine"], "\(tuesday.actors)")
  }
}

extension EventConventionTests {
  /// A date after "since" is when a state began, not when the sentence's
  /// event happened.
  @Test func aDateSinceAStateBeganDatesNoEvent() {
    let dossier = draft(
      """
      Power deal
      The government agreed on Monday to restore electricity to the region, which has been cut off since mid-2021.
      The government has agreed to restore banking to the region, which has been cut off since mid-2021.
      """)
    #expect(!dossier.events.contains { $0.date == (try? EDTFDate("2021")) })
  }
}
