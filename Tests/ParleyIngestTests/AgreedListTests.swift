import ParleyCore
import Testing

@testable import ParleyIngest

/// A press release's list of what the sides agreed: "The parties have
/// agreed on:" and its items, each an issue the sides accept; the mediator
/// of their talks is none of "the parties". From sentences written for the
/// test.
@Suite struct AgreedListTests {
  /// The positions of an article: `body` after a press release's lede and
  /// its list's opening.
  private func positions(_ body: String, lede: String = "concluded talks in Geneva") -> [String] {
    positionLines(
      draftOfArticle(
        "Press release\nPeru and Bolivia today \(lede).\nThe parties have agreed on:\n" + body,
        published: "2024-04-12"))
  }

  @Test("each item after 'the parties have agreed on:' is accepted by the sides, not the mediator")
  func itemsOfAnAgreedList() {
    let found = positions(
      """
      - an immediate ceasefire along the border;
      • the systematic, orderly and verified return of displaced families to their villages;
      - permanently reopening the crossing at Desaguadero.
      The talks will resume in May.
      """, lede: "concluded UN-led talks in Geneva")
    #expect(
      Set(found) == [
        "peru accepts ceasefire", "bolivia accepts ceasefire",
        "peru accepts verified-return-of-displaced-families",
        "bolivia accepts verified-return-of-displaced-families",
        "peru accepts reopening-the-crossing", "bolivia accepts reopening-the-crossing",
      ])
  }

  @Test("a list's items end at the first paragraph that is none")
  func theListEnds() {
    let found = positions(
      """
      - an immediate ceasefire along the border.
      Observers from Chile will visit the border region next week.
      - not an item of the list.
      """)
    #expect(Set(found) == ["peru accepts ceasefire", "bolivia accepts ceasefire"])
  }

  @Test("a paragraph in lower case after the list is no item of it")
  func aLowerCaseParagraphIsNoItem() {
    let found = positions(
      """
      - an immediate ceasefire along the border;
      de Mistura said Bolivia rejected the reopening of the crossing.
      """)
    #expect(found.contains("bolivia rejects reopening-of-the-crossing"))
    #expect(!found.contains { $0.contains("mistura") })
  }

  @Test("a host that is one of the sides named stays one of 'the parties'")
  func aHostThatIsASide() {
    let found = positionLines(
      draftOfArticle(
        """
        Talks
        Peru, Bolivia and Chile held talks hosted by Chile in Arica on Monday. All three parties agreed to a prisoner exchange.
        """, published: "2024-04-12"))
    #expect(
      Set(found) == [
        "peru accepts prisoner-exchange", "bolivia accepts prisoner-exchange",
        "chile accepts prisoner-exchange",
      ])
  }
}
