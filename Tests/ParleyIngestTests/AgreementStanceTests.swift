import ParleyCore
import Testing

@testable import ParleyIngest

/// Stances on an agreement and the plainer ways news gives a stance: who
/// welcomed, criticised or signed the deal, who "reached agreement on" it,
/// "expressed concern over" or "vowed to oppose" something. From sentences
/// written for the test.
@Suite struct AgreementStanceTests {
  private func positions(_ text: String) -> [String] {
    draftOfArticle(text, published: "2024-03-15").positions.map {
      "\($0.holder) \($0.stance.rawValue) \($0.issue)"
    }
  }

  @Test("a stance on 'the agreement' is one on what its sides agreed to")
  func aStanceOnTheAgreementItself() {
    let found = positions(
      """
      Water talks
      Kenya and Uganda reached agreement on Tuesday on water sharing in Lake Victoria. Tanzania welcomed the agreement. Burundi criticised the deal.
      """)
    #expect(
      found == [
        "kenya accepts water-sharing", "uganda accepts water-sharing",
        "tanzania supports water-sharing", "burundi opposes water-sharing",
      ])
  }

  @Test("'Lithuanian and Latvian negotiators' are both holders")
  func coordinatedAdjectivesOfState() {
    let found = positions(
      """
      Grain deal
      Lithuanian and Latvian negotiators reached a deal on grain exports on Monday.
      """)
    #expect(found == ["lithuania accepts food-and-shipping", "latvia accepts food-and-shipping"])
  }

  @Test("signing an agreement accepts it, on the issue named after it")
  func signingAccepts() {
    let found = positions(
      """
      Border deal
      Peru and Chile signed an agreement on a ceasefire in Lima on Friday.
      """)
    #expect(found == ["peru accepts ceasefire", "chile accepts ceasefire"])
  }

  @Test("a signed agreement's subject is a new issue; a speaker's 'good agreement' supports it")
  func aSpeakersJudgementOfTheAgreement() {
    let found = positions(
      """
      Name deal
      Peru and Chile signed an agreement on the maritime border on Sunday. “We have a good agreement,” Peruvian President Dina Boluarte said. Opposition leader Keiko Fujimori said it was a bad agreement. Chilean senator Ana Lopez said it was not a good deal. “No deal is better than a bad deal,” Lopez said. “A great deal of work remains,” Boluarte said.
      """)
    #expect(
      found == [
        "peru accepts maritime-border", "chile accepts maritime-border",
        "dina-boluarte supports maritime-border", "keiko-fujimori opposes maritime-border",
      ])
  }

  @Test("concern, voiced support, a vow to oppose, a warning against")
  func voiceAndIntentBeforeACue() {
    let found = positions(
      """
      Dam talks
      Egypt expressed concern over the filling of the reservoir. Sudan voiced support for a binding agreement. Ethiopia vowed to oppose any binding agreement. Kenya warned against escalation.
      """)
    #expect(
      found == [
        "egypt opposes filling-of-the-reservoir", "sudan supports binding-agreement",
        "ethiopia opposes binding-agreement", "kenya warns escalation",
      ])
  }

  @Test("'the two nations' is no issue")
  func aCountedObjectIsNoIssue() {
    let found = positions(
      """
      Border talks
      Kenya promised to eventually admit the two nations.
      """)
    #expect(found.isEmpty)
  }

  @Test("'an end to the siege' is about the siege; 'aid into a city' is about aid")
  func anEndToAndIntoAreLeads() {
    let found = positions(
      """
      Siege talks
      The African Union demanded an end to the siege of the city. The United Nations urged Kenya to allow more aid into Mogadishu.
      """)
    #expect(found == ["african-union demands siege-of-the-city", "united-nations demands aid"])
  }

  @Test("what only looks like a stance on the agreement is none")
  func notTheAgreement() {
    let found = positions(
      """
      Water talks
      Kenya and Uganda reached agreement on Tuesday on water sharing. Tanzania welcomed the outcome of the Ugandan election. Tanzania proposed a deal on fisheries. Egypt signed a deal with China on Monday. “We talked a great deal,” Tanzanian President Samia Suluhu Hassan said. Kenya and Somalia have not reached agreement on water sharing. Yemen's internationally recognised government rejected the plan for water sharing.
      """)
    // Not the agreement: an election's outcome, a deal proposed, a deal
    // with another, a quantity; a negated outcome rejects nothing; an
    // adjective is no cue.
    #expect(
      found == [
        "kenya accepts water-sharing", "uganda accepts water-sharing",
        "tanzania supports outcome-of-the-ugandan-election", "tanzania proposes deal-on-fisheries",
        "yemen rejects water-sharing",
      ])
  }

  @Test("a rebel leader accepts for himself; a president for the state")
  func aRebelLeaderIsNotHisState() {
    let found = positions(
      """
      Truce talks
      Sierra Leonean rebel leader Foday Sankoh agreed to the ceasefire. Chilean President Gabriel Boric agreed to the ceasefire.
      """)
    #expect(found == ["foday-sankoh accepts ceasefire", "chile accepts ceasefire"])
  }
}
