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

  @Test("items of an HTML list keep no mark: a paragraph in lower case is one")
  func itemsWithoutMarks() {
    let found = positions(
      """
      an immediate ceasefire along the border;
      the reopening of the crossing at Desaguadero.
      """)
    #expect(
      Set(found) == [
        "peru accepts ceasefire", "bolivia accepts ceasefire",
        "peru accepts reopening-of-the-crossing", "bolivia accepts reopening-of-the-crossing",
      ])
  }
}
