import ParleyCore
import Testing

@testable import ParleyIngest

/// The ordinary conventions of news writing, each from sentences written for
/// the test (none comes from the held-out articles).
@Suite struct NewsConventionTests {
  private func draft(_ text: String, published: String? = "2023-03-10") -> Dossier {
    var article = PlainTextArticleReader.read(text: text, origin: "test.txt")
    if let published { article.published = try? EDTFDate(published) }
    return Ingestor().draft([article])
  }

  private func name(_ dossier: Dossier, _ id: String) -> String? {
    dossier.entities.first { $0.id == id }?.name
  }

  private func speakers(_ dossier: Dossier) -> [String: String] {
    Dictionary(
      dossier.statements.map { ($0.text, name(dossier, $0.speaker) ?? $0.speaker) },
      uniquingKeysWith: { first, _ in first })
  }

  // MARK: Datelines

  @Test func aWireDatelineIsNeitherAnActorNorAParty() {
    let dossier = draft(
      """
      Sudan talks resume
      NAIROBI (Example Wire) — Kenya and Ethiopia held talks in Addis Ababa on Tuesday.
      OSLO, March 3 (Reuters) - Norway said it was ready to host a further round.
      """)
    #expect(!dossier.entities.contains { $0.name == "Kenya" && $0.aliases.contains("NAIROBI") })
    #expect(
      !dossier.entities.contains { $0.aliases.contains("NAIROBI") || $0.aliases.contains("OSLO") })
    let talk = dossier.talks.first
    #expect(talk.map { Set($0.parties) } == ["kenya", "ethiopia"])
    #expect(talk?.date == (try? EDTFDate("2023-03-07")))
  }

  // MARK: Titles

  @Test func aNationalityOrOfficeBeforeATitleKeepsTheSpeaker() {
    let dossier = draft(
      """
      Ministers trade words
      "We will not accept a frozen conflict on our borders," French Foreign Minister Catherine Colonna said on Thursday.
      Turkish Foreign Ministry spokesman Tanju Bilgic said in a statement that Ankara was ready to help.
      """)
    let said = speakers(dossier)
    #expect(said["We will not accept a frozen conflict on our borders"] == "Catherine Colonna")
    #expect(said.values.contains("Tanju Bilgic"))
    #expect(dossier.entities.first { $0.name == "Catherine Colonna" }?.roles.first?.of == "france")
  }

  // MARK: Names

  @Test func namesWithParticlesAreWhole() {
    let dossier = draft(
      """
      Envoys speak
      European Commission President Ursula von der Leyen said the bloc would keep its pledges.
      UN envoy Staffan de Mistura told reporters that both delegations were present.
      Syrian President Bashar al-Assad said on Monday that the talks had failed.
      Saudi Crown Prince Mohammed bin Salman said that the kingdom wanted calm.
      Von der Leyen said later that the offer stood.
      """)
    let people = Set(dossier.entities.filter { $0.kind == .person }.map(\.name))
    for full in [
      "Ursula von der Leyen", "Staffan de Mistura", "Bashar al-Assad", "Mohammed bin Salman",
    ] {
      #expect(people.contains(full), "\(full) in \(people)")
    }
    #expect(!people.contains("Ursula von"))
    #expect(!people.contains("Leyen"))
  }

  @Test func aLaterShortMentionIsTheSamePerson() {
    let dossier = draft(
      """
      Beijing hosts talks
      Chinese Foreign Minister Qin Gang met his counterparts in Beijing on Wednesday.
      "Dialogue is the only way," Qin said.
      Foreign Minister Sergei Lavrov said Moscow was ready. "We are open," Lavrov added.
      """)
    let people = dossier.entities.filter { $0.kind == .person }.map(\.name)
    #expect(people.filter { $0.contains("Qin") } == ["Qin Gang"])
    #expect(speakers(dossier)["Dialogue is the only way"] == "Qin Gang")
    #expect(speakers(dossier)["We are open"] == "Sergei Lavrov")
  }

  // MARK: Speakers by role or pronoun

  @Test func speakersByRoleOrPronoun() {
    let dossier = draft(
      """
      Ankara offers to mediate
      Turkish Foreign Minister Mevlut Cavusoglu arrived in Geneva on Tuesday.
      "We are ready to host both sides at any level," the Turkish minister told reporters.
      "There is no military solution," he said.
      UN special envoy Martin Griffiths met both delegations.
      "The door is still open," the envoy added.
      """)
    let said = speakers(dossier)
    #expect(said["We are ready to host both sides at any level"] == "Mevlut Cavusoglu")
    #expect(said["There is no military solution"] == "Mevlut Cavusoglu")
    #expect(said["The door is still open"] == "Martin Griffiths")
  }

  // MARK: Talks

  @Test func talksReportedInTheUsualWays() throws {
    let met = draft(
      """
      Leaders meet
      The presidents of Finland and Estonia met in Helsinki on Friday to discuss energy.
      """)
    // Published on a Friday: "met on Friday" is that day.
    #expect(met.talks.first?.date == (try EDTFDate("2023-03-10")))
    #expect(met.talks.first.map { Set($0.parties) } == ["finland", "estonia"])
    let opened = draft(
      """
      Talks open
      Talks between Norway and Iceland opened in Reykjavik on Thursday.
      """)
    #expect(opened.talks.first?.date == (try EDTFDate("2023-03-09")))
    #expect(opened.talks.first.map { Set($0.parties) } == ["norway", "iceland"])
    let ended = draft(
      """
      Talks end
      Delegations from Yemen and Saudi Arabia ended three days of talks in Riyadh on Sunday.
      """)
    #expect(ended.talks.first?.date == (try EDTFDate("2023-03-03/2023-03-05")))
    #expect(ended.talks.first.map { Set($0.parties) } == ["yemen", "saudi-arabia"])
    let delegations = draft(
      """
      Three-way meeting
      Delegations from Armenia, Azerbaijan and Russia met in Moscow on Monday.
      """)
    #expect(delegations.talks.first.map { Set($0.parties) } == ["armenia", "azerbaijan", "russia"])
    #expect(delegations.talks.first?.date == (try EDTFDate("2023-03-06")))
  }

  @Test func weekdaysFollowTheTense() throws {
    // Published Friday 10 March 2023.
    let dossier = draft(
      """
      Talks on two days
      Greece and Turkey met in Ankara on Tuesday, officials said.
      Greek Foreign Minister Nikos Dendias said on Wednesday that the two sides will speak again on Monday.
      """)
    #expect(dossier.talks.map(\.date) == [try EDTFDate("2023-03-07")])
    #expect(dossier.statements.first?.date == (try EDTFDate("2023-03-08")))
  }

  @Test func partiesFromTheNeighbouringSentence() {
    let dossier = draft(
      """
      A new round
      Serbia and Kosovo sent their negotiators to Brussels this week.
      The talks in Brussels on Monday ended without agreement.
      """)
    #expect(dossier.talks.first.map { Set($0.parties) } == ["serbia", "kosovo"])
  }

  @Test func plannedTalksAreNotTalks() {
    let dossier = draft(
      """
      Next steps
      Talks between Colombia and the rebels are due to resume in Oslo next month.
      Greece and Turkey will meet again in Athens in two weeks.
      """)
    #expect(dossier.talks.isEmpty, "\(dossier.talks.map(\.name))")
  }

  // MARK: Issues beyond the lexicon

  @Test func aStanceOnAnUnknownIssueMakesANewIssue() throws {
    let dossier = draft(
      """
      Demands and refusals
      Kenya demands a binding timetable for the withdrawal.
      Serbia rejects any recognition of Kosovo's independence.
      Both Greece and Turkey were open to cooperation on migration.
      """)
    func position(_ holder: String, _ stance: Stance) -> (Position, ParleyCore.Issue)? {
      guard
        let position = dossier.positions.first(where: { $0.holder == holder && $0.stance == stance }
        ),
        let issue = dossier.issues.first(where: { $0.id == position.issue })
      else { return nil }
      return (position, issue)
    }
    let kenya = try #require(position("kenya", .demands))
    #expect(kenya.1.label.lowercased() == "binding timetable for the withdrawal")
    #expect(kenya.1.keywords.contains("timetable"))
    let serbia = try #require(position("serbia", .rejects))
    #expect(serbia.1.label.lowercased().hasPrefix("recognition of kosovo"))
    let greece = try #require(position("greece", .open))
    #expect(greece.1.label.lowercased() == "cooperation on migration")
  }

  // MARK: Stances in their forms

  @Test func stancesFromVerbsAndNounsInTheirForms() {
    let dossier = draft(
      """
      Where they stand
      Iran refuses to discuss its missile programme.
      Israel insists that any deal must cover uranium enrichment.
      Qatar is willing to discuss a prisoner exchange.
      Egypt agreed that the border crossing should reopen.
      Russia warned that any attack on its territory would be met with a nuclear response.
      Belarus denies planning to join the war.
      """)
    let stances = Set(dossier.positions.map { "\($0.holder) \($0.stance.rawValue)" })
    for expected in [
      "iran rejects", "israel demands", "qatar open", "egypt accepts", "russia warns",
      "belarus denies",
    ] {
      #expect(stances.contains(expected), "\(expected) in \(stances)")
    }
  }

  // MARK: Dates

  @Test func datesWithoutAFullReference() throws {
    let dossier = draft(
      """
      Deadlines
      Ethiopia said on Tuesday it would withdraw its troops by March 20.
      Somalia and Kenya held talks in Nairobi last month.
      """)
    #expect(dossier.talks.first?.date == (try EDTFDate("2023-02")))
    #expect(dossier.statements.first?.date == (try EDTFDate("2023-03-07")))
  }
}
