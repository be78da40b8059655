import ParleyCore
import Testing

@testable import ParleyIngest

/// Who holds a stance when the sentence names no actor before it, the sides
/// a body stands for, and talks that began before the day they are reported
/// (sentences written for the test, none from the held-out articles).
@Suite struct HoldersAndOpeningsTests {
  /// A draft published on Friday 10 March 2023.
  private func draft(_ text: String) -> Dossier {
    draftOfArticle(text, published: "2023-03-10")
  }

  /// "holder stance" for every position, and the labels of their issues.
  private func stances(_ dossier: Dossier) -> Set<String> {
    Set(dossier.positions.map { "\($0.holder) \($0.stance.rawValue)" })
  }

  private func issueLabel(_ dossier: Dossier, _ position: Position) -> String? {
    dossier.issues.first { $0.id == position.issue }?.label.lowercased()
  }

  // MARK: Bodies and their owners

  @Test func aBodyJoinedToAnotherActorStandsForItsOwner() {
    let dossier = draft(
      """
      Exchange agreed
      Kenya's federal government and Somalia agreed on Monday to a prisoner exchange.
      """)
    #expect(stances(dossier) == ["kenya accepts", "somalia accepts"])
  }

  @Test func theSubjectAfterAnOpeningPhraseAreTheParties() {
    let dossier = draft(
      """
      Ceasefire reached
      After two weeks of negotiations in Nairobi, Sudan's army and the African Union announced on Friday that they had reached a ceasefire.
      """)
    #expect(dossier.talks.first.map { Set($0.parties) } == ["sudan", "african-union"])
    let named = draft(
      """
      Deal reached
      After a year of talks in Geneva, Mali and the Economic Community of West African States (ECOWAS) announced on Friday a deal.
      """)
    #expect(named.talks.first.map { Set($0.parties) } == ["mali", "ecowas"])
    // The venue's country after it is no subject.
    let country = draft(
      """
      Talks end
      The envoys ended their talks in Nairobi, Kenya.
      """)
    #expect(country.talks.first.map(\.parties) == [])
    // The venue's country is a subject when "and" follows it.
    let subject = draft(
      """
      Truce
      After two days of talks in Pretoria, South Africa and the African Union announced a truce.
      """)
    #expect(subject.talks.first.map { Set($0.parties) } == ["south-africa", "african-union"])
  }

  // MARK: Speakers

  @Test func aStanceInSomeonesWordsIsTheirsWhenTheyReferToTheirSide() throws {
    let dossier = draft(
      """
      Where they stand
      President William Ruto said his government was ready to sign the peace accord.
      "We expect Ethiopia to withdraw its troops," Kenyan Foreign Minister Alfred Mutua said.
      "The vote must be free and fair," Antony Blinken told the ceremony, urging the rebels to respect the ceasefire.
      """)
    let found = stances(dossier)
    // A leader holds their own; a minister states their government's.
    #expect(found.contains("william-ruto supports"), "\(found)")
    #expect(found.contains("kenya demands"), "\(found)")
    #expect(found.contains("antony-blinken demands"), "\(found)")
    let kenya = try #require(dossier.positions.first { $0.holder == "kenya" })
    #expect(issueLabel(dossier, kenya) == "withdraw its troops")
  }

  @Test func aSpeakerBeforeAnAppositionSaysWhatFollows() throws {
    let dossier = draft(
      """
      Words
      Ugandan President Yoweri Museveni, who hosted the talks in Entebbe last year, said his government was ready to sign the ceasefire.
      """)
    let statement = try #require(dossier.statements.first)
    #expect(statement.speaker == "yoweri-museveni")
    #expect(statement.text == "his government was ready to sign the ceasefire")
    #expect(stances(dossier) == ["yoweri-museveni supports"])
  }

  @Test func someoneElsesStanceOrTheSpeakersOwnPlansAreNotTheSpeakers() {
    let dossier = draft(
      """
      Words
      "We said they had rejected the ceasefire," Kenyan Foreign Minister Alfred Mutua said.
      "I want to start with the ceasefire," President William Ruto said.
      Antony Blinken said the army rejected the ceasefire.
      US envoy Zalmay Khalilzad said the movement had committed to cutting ties with the rebels.
      Sergei Lavrov said Ukrainian negotiators told him: we demand security guarantees.
      """)
    #expect(
      !dossier.positions.contains {
        ["kenya", "william-ruto", "antony-blinken", "united-states", "zalmay-khalilzad", "russia"]
          .contains($0.holder)
      }, "\(stances(dossier))")
  }

  // MARK: Cues

  @Test func moreStanceCuesInTheirForms() {
    let dossier = draft(
      """
      Positions
      Serbia would not recognise the breakaway region.
      Ghana undertook to release the detainees.
      Togo is ready to implement the ceasefire.
      Benin would not hesitate to impose sanctions.
      Gabon expects Cameroon to withdraw its troops.
      Chad will not allow foreign military bases.
      Nigeria has defended the ceasefire.
      """)
    let found = stances(dossier)
    for expected in [
      "serbia rejects", "ghana accepts", "togo supports", "benin warns", "gabon demands",
      "chad rejects", "nigeria supports",
    ] {
      #expect(found.contains(expected), "\(expected) in \(found)")
    }
  }

  // MARK: An agreement's terms

  @Test func theSidesAnAgreementBindsAcceptItsTerms() throws {
    let dossier = draft(
      """
      The terms
      The accord commits Armenia and Azerbaijan to open the border crossings. Georgian forces are to pull back from the river. Moldova is to hold a referendum within a year.
      Under the deal, Iran will ship out its enriched uranium.
      Under the deal, sanctions imposed by the United States will be lifted.
      Under the accord, Switzerland is to be the host of the summit.
      Putin is to visit Beijing next month.
      Xi is to visit Moscow next week, where the two leaders will sign an agreement.
      Under the accord, Hungary is to blame for the delay.
      The deal does not require Iran to dismantle its centrifuges.
      Russia requires Ukraine to withdraw its troops under the agreement.
      """)
    let found = stances(dossier)
    for expected in [
      "armenia accepts", "azerbaijan accepts", "georgia accepts", "moldova accepts",
      "iran accepts",
    ] {
      #expect(found.contains(expected), "\(expected) in \(found)")
    }
    // A passive says nothing of the subject's stance, nor "is to be"; a
    // visit is a plan; a negated term binds nobody; an actor's requirement
    // is no agreement's term.
    #expect(!found.contains("united-states accepts"), "\(found)")
    #expect(!found.contains("switzerland accepts"), "\(found)")
    #expect(
      !dossier.positions.contains {
        $0.holder.contains("putin") || $0.holder.contains("xi") || $0.holder == "hungary"
      }, "\(found)")
    #expect(
      !dossier.positions.contains {
        ($0.holder == "iran" && $0.issue != "nuclear-programme") || $0.holder == "ukraine"
      }, "\(found)")
    let crossings = try #require(dossier.positions.first { $0.holder == "armenia" })
    #expect(issueLabel(dossier, crossings) == "open the border crossings")
    #expect(crossings.sources.first?.rule?.hasPrefix("position.accepts.bound-by") == true)
  }

  @Test func aTermWithAConditionIsConditional() {
    let dossier = draft(
      """
      The terms
      The text commits Serbia to withdraw its police, provided Kosovo disbands its militia.
      """)
    #expect(stances(dossier) == ["serbia conditional"])
  }

  // MARK: Talks that began earlier

  @Test func talksThatBeganAreTheStartOfTheLaterTalkAtTheirVenue() throws {
    let dossier = draft(
      """
      A final agreement
      Talks between Peru and Chile began in Geneva in March 2021.
      After two years of negotiations in Geneva, Peru and Chile signed a final agreement on Friday.
      """)
    #expect(dossier.talks.count == 1)
    let talk = try #require(dossier.talks.first)
    #expect(talk.date == (try EDTFDate("2021-03/2023-03-10")))
    #expect(Set(talk.parties) == ["peru", "chile"])
  }

  @Test func talksThatBeganJoinOnlyALaterTalkBetweenTheSameSides() {
    let dossier = draft(
      """
      Geneva
      Talks between Syria and Turkey began in Geneva in January 2014.
      Russia and the United States held talks in Geneva on Friday.
      """)
    #expect(dossier.talks.count == 2)
    #expect(!dossier.talks.contains { $0.date?.isInterval ?? false })
  }

  @Test func theDayTalksOpenedStartsTheTalkSpokenOf() throws {
    let dossier = draft(
      """
      Border deal
      Laos and Cambodia signed a border agreement at the end of talks in Vientiane on Friday.
      The talks opened on 6 March and were chaired by Thailand.
      """)
    #expect(dossier.talks.first?.date == (try EDTFDate("2023-03-06/2023-03-10")))
    #expect(
      dossier.talks.first?.sources.contains { $0.rule?.hasPrefix("talk.opened") == true } == true)
    // Not when the sentence is about other talks, or years before.
    let other = draft(
      """
      Border deal
      Laos and Cambodia held talks in Vientiane on Friday.
      The Minsk talks opened on 11 February 2015.
      Separately, an emergency NATO summit opened on 6 March.
      """)
    #expect(other.talks.first { $0.venue == "vientiane" }?.date == (try EDTFDate("2023-03-10")))
  }

  @Test func aSentenceMayTellOfTwoVisits() throws {
    let dossier = draft(
      """
      Busy months
      Kenyan President William Ruto, who visited Kampala in January and hosted Tanzanian President Samia Suluhu Hassan in Nairobi last month, said the region was calm.
      """)
    let byVenue = Dictionary(
      dossier.talks.map { ($0.venue ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    #expect(byVenue.count == 2)
    #expect(byVenue["kampala"]?.date == (try EDTFDate("2023-01")))
    #expect(byVenue["kampala"].map { Set($0.parties) } == ["kenya", "uganda"])
    #expect(byVenue["nairobi"]?.date == (try EDTFDate("2023-02")))
    #expect(byVenue["nairobi"].map { Set($0.parties) } == ["kenya", "tanzania"])
    // The date of the second visit is not the first's.
    let second = draft(
      """
      Busy months
      Kenyan President William Ruto visited Kampala and hosted Tanzanian President Samia Suluhu Hassan in Nairobi on 5 March.
      """)
    #expect(second.talks.first { $0.venue == "nairobi" }?.date == (try EDTFDate("2023-03-05")))
    #expect(second.talks.first { $0.venue == "kampala" }?.date == nil)
  }

  @Test func aLengthBelongsToTheTalkItsSentenceNames() throws {
    let dossier = draft(
      """
      Two meetings
      Talks in Geneva on Monday ended without a deal.
      The summit in Vienna on Wednesday lasted four hours.
      """)
    let vienna = try #require(dossier.talks.first { $0.venue == "vienna" })
    let geneva = try #require(dossier.talks.first { $0.venue == "geneva" })
    #expect(vienna.duration?.description == "PT4H")
    #expect(geneva.duration == nil)
  }

  @Test func hostsAndMediatorsAreParties() throws {
    let dossier = draft(
      """
      Mediation
      Armenia and Azerbaijan held talks in Almaty on Monday, brokered by Kazakhstan and the United States.
      Serbia and Kosovo held talks in Brussels on Tuesday. The talks were facilitated by the European Union.
      The AU-led talks in Nairobi on Wednesday ended with a deal between Sudan and South Sudan.
      """)
    func parties(_ venue: String) -> Set<String>? {
      dossier.talks.first { $0.venue == venue }.map { Set($0.parties) }
    }
    #expect(parties("almaty") == ["armenia", "azerbaijan", "kazakhstan", "united-states"])
    #expect(parties("brussels") == ["serbia", "kosovo", "european-union"])
    let brussels = try #require(dossier.talks.first { $0.venue == "brussels" })
    #expect(brussels.sources.contains { $0.rule?.hasPrefix("talk.mediator") == true })
    #expect(brussels.kind == .multilateral)
    #expect(parties("nairobi")?.contains("african-union") == true)
    // A delegation's leader or a coalition's is no mediator.
    let led = draft(
      """
      Not mediators
      Iraq and Syria held talks in Baghdad on Monday about the US-led coalition.
      """)
    #expect(led.talks.first.map { Set($0.parties) } == ["iraq", "syria"])
  }

  @Test func theLeadersOfACallAreTheSidesOfATalkWithAsMany() throws {
    let dossier = draft(
      """
      Summit
      Kenya, Uganda and Tanzania held talks in Arusha on Monday.
      Rwanda and Burundi held talks in Kigali on Tuesday.
      The three leaders agreed in a telephone call on Thursday to meet again.
      """)
    let call = try #require(dossier.talks.first { $0.venue == nil })
    #expect(call.date == (try EDTFDate("2023-03-09")))
    #expect(Set(call.parties) == ["kenya", "uganda", "tanzania"])
  }

  @Test func theLeadersOfACallComeFromTheSameArticle() throws {
    func article(_ text: String) -> Article {
      var article = PlainTextArticleReader.read(text: text, origin: "a.txt")
      article.published = try? EDTFDate("2023-03-10")
      return article
    }
    let dossier = Ingestor().draft([
      article("Summit\nKenya, Uganda and Tanzania held talks in Arusha on Monday.\n"),
      article("A call\nThe three leaders agreed in a telephone call on Thursday to meet again.\n"),
    ])
    // The second article names no talk: its call has no sides, and is none.
    #expect(!dossier.talks.contains { $0.venue == nil })
  }
}
