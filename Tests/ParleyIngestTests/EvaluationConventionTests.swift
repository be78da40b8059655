import ParleyCore
import Testing

@testable import ParleyIngest

/// What holders think of an agreement, and who "they" are, as news writes
/// it: "called the deal a welcome first step", "hailed the accord", "said
/// the signing was an important step", "They agreed to". From sentences
/// written for the test.
@Suite struct EvaluationConventionTests {
  private func positions(_ text: String) -> [String] {
    draftOfArticle("River pact\n" + text, published: "2024-03-15").positions.map {
      "\($0.holder) \($0.stance.rawValue) \($0.issue)"
    }.sorted()
  }

  /// The sides' agreement, then what someone thinks of it: the issue is
  /// what the sides accepted together.
  @Test(arguments: [
    (
      "Chilean President Gabriel Boric called the deal signed in Lima \"a welcome first step\".",
      "supports"
    ),
    ("Chilean President Gabriel Boric hailed the deal.", "supports"),
    (
      "Chilean President Gabriel Boric said the signing was an important step toward peace.",
      "supports"
    ),
    (
      "Chilean President Gabriel Boric described the accord as a betrayal of the fishermen.",
      "opposes"
    ),
  ])
  func anEvaluationOfTheAgreementIsAStanceOnItsIssue(sentence: String, stance: String) {
    let found = positions(
      """
      Peru and Ecuador agreed on Thursday to a ceasefire along the river.

      \(sentence)
      """)
    #expect(found.contains("gabriel-boric \(stance) ceasefire"))
  }

  @Test(arguments: [
    "Chilean President Gabriel Boric said the deal was not a victory for anyone.",
    "Chilean President Gabriel Boric called the river a danger to shipping.",
    "Chilean President Gabriel Boric said the talks were a relief.",
    "Chilean President Gabriel Boric did not praise the deal.",
    "Chilean President Gabriel Boric said the deal was reached after important concessions.",
    "Chilean President Gabriel Boric said the deal was far from a success.",
  ])
  func wordsThatJudgeNoAgreementAreNoStance(sentence: String) {
    let found = positions(
      """
      Peru and Ecuador agreed on Thursday to a ceasefire along the river.

      \(sentence)
      """)
    #expect(!found.contains { $0.hasPrefix("gabriel-boric") })
  }

  @Test func theyAreTheSentenceBeforesHolders() {
    let found = positions(
      """
      Peru and Ecuador agreed on Thursday to a ceasefire along the river.

      They also agreed to a prisoner exchange.
      """)
    #expect(found.contains("peru accepts prisoner-exchange"))
    #expect(found.contains("ecuador accepts prisoner-exchange"))
  }

  @Test func theyAfterOneHolderAreNobody() {
    let found = positions(
      """
      Peru agreed on Thursday to a ceasefire along the river.

      They also agreed to a prisoner exchange.
      """)
    #expect(!found.contains { $0.hasSuffix("prisoner-exchange") })
  }
}
