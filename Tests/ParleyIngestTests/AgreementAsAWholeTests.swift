import ParleyCore
import Testing

@testable import ParleyIngest

/// Stances on an agreement that covers several things, or none the drafts
/// can name: they are on the agreement as a whole, an issue of its own.
/// And infinitives joined after one cue, each an issue. From sentences
/// written for the test.
@Suite struct AgreementAsAWholeTests {
  private func draft(_ text: String) -> Dossier {
    draftOfArticle(text, published: "2024-03-15")
  }

  @Test("a stance on a deal of several issues is on the agreement as a whole")
  func aDealOfSeveralIssues() throws {
    let dossier = draft(
      """
      Border deal
      Peru and Chile agreed on Tuesday to a ceasefire and to sanctions relief. Colombia welcomed the accord. Bolivian President Luis Arce called the deal a historic surrender. Ecuador's foreign minister called the agreement a bad mistake of historic proportions. Argentina called it a bad agreement.
      """)
    let found = positionLines(dossier)
    #expect(found.contains("colombia supports the-agreement-as-a-whole"))
    #expect(found.contains("luis-arce opposes the-agreement-as-a-whole"))
    #expect(found.contains("ecuador opposes the-agreement-as-a-whole"))
    #expect(found.contains("argentina opposes the-agreement-as-a-whole"))
    let issue = try #require(dossier.issues.first { $0.id == "the-agreement-as-a-whole" })
    #expect(issue.label == "The agreement as a whole")
    // The words the article calls it by and judges it with.
    #expect(
      Set(issue.keywords).isSuperset(of: [
        "accord", "deal", "historic surrender", "agreement", "bad mistake", "bad agreement",
      ]))
  }

  @Test("another deal, another article's outcome, another 'it' are not the agreement")
  func whatIsNotTheAgreement() {
    let found = positionLines(
      draft(
        """
        Border deal
        Peru and Chile agreed on Tuesday to a ceasefire and to sanctions relief. Bolivia rejected the proposed deal. Ecuador criticised the arms deal. The truce collapsed on Thursday when militants fired rockets. Chile called it a dangerous provocation.
        """))
    #expect(!found.contains { $0.hasPrefix("bolivia") && $0.contains("agreement-as-a-whole") })
    #expect(!found.contains { $0.hasPrefix("ecuador") && $0.contains("agreement-as-a-whole") })
    #expect(!found.contains { $0.hasPrefix("chile") && $0.contains("opposes") })
    // An article that tells of no talk nor agreement judges none.
    let election = positionLines(
      draft(
        """
        Election ruling
        The Supreme Court upheld the result of the presidential election. William Ruto welcomed the outcome. A pundit called it a bad deal for voters.
        """))
    #expect(!election.contains { $0.contains("agreement-as-a-whole") })
  }

  @Test("a stance on a deal of one issue is on that issue")
  func aDealOfOneIssue() {
    let found = positionLines(
      draft(
        """
        Border deal
        Peru and Chile agreed on Tuesday to a ceasefire. Colombia welcomed the accord.
        """))
    #expect(
      found == ["peru accepts ceasefire", "chile accepts ceasefire", "colombia supports ceasefire"])
  }

  @Test("agreeing on the text of a deal names no issue the deal is about")
  func theTextOfADeal() {
    let found = positionLines(
      draft(
        """
        Border deal
        Peru and Chile agreed on the final text of a border deal. Colombia welcomed the accord.
        """))
    #expect(found.contains("colombia supports the-agreement-as-a-whole"))
  }

  @Test("an article that reports no agreement takes the run's one agreed issue")
  func aCommentOnAnotherArticlesDeal() {
    var first = PlainTextArticleReader.read(
      text: "Border deal\nPeru and Chile agreed on Tuesday to a ceasefire.", origin: "a.txt")
    first.published = try? EDTFDate("2024-03-13")
    var second = PlainTextArticleReader.read(
      text: "Reactions\nColombia welcomed the accord on Wednesday.", origin: "b.txt")
    second.published = try? EDTFDate("2024-03-14")
    let found = positionLines(Ingestor().draft([first, second]))
    #expect(found.contains("colombia supports ceasefire"))
  }

  @Test("a purpose or a comment after a comma is no second infinitive")
  func purposesAreNoJoinedInfinitives() {
    let found = positionLines(
      draft(
        """
        Port deal
        Peru and Chile agreed on Thursday to a ceasefire in Arica, to take effect at midnight, and to the surprise of many diplomats the talks ended early. Bolivia urged a ceasefire, to save lives and to allow aid deliveries.
        """))
    #expect(!found.contains { $0.contains("effect") || $0.contains("surprise") })
    #expect(!found.contains { $0.contains("save-lives") })
  }

  @Test("each joined infinitive is an issue, a new one where the lexicon names none")
  func joinedInfinitives() {
    let found = positionLines(
      draft(
        """
        Summit
        Peru and Chile agreed on Wednesday to return their ambassadors to each other's capitals and to open talks on arms control.
        """))
    #expect(
      Set(found) == [
        "peru accepts arms-control", "chile accepts arms-control",
        "peru accepts return-their-ambassadors", "chile accepts return-their-ambassadors",
      ])
  }
}

extension AgreementAsAWholeTests {
  /// "agreed on the final text of a deal setting their maritime boundary":
  /// the sides accept what the deal is about, past the words that name the
  /// deal; what is later said of "the deal" is of the agreement as a whole.
  @Test(arguments: [
    (
      "Peru and Chile agreed on the final text of a long-negotiated deal setting their maritime boundary.",
      "maritime boundary"
    ),
    (
      "Peru and Chile agreed on the final text of a lengthy agreement on water sharing in the Lauca basin.",
      "water sharing"
    ),
  ])
  func whatADealIsAbout(sentence: String, topic: String) throws {
    let dossier = draft("Border deal\n" + sentence + " Colombia welcomed the deal.")
    let accepted = dossier.positions.filter { $0.stance == .accepts }
    #expect(Set(accepted.map(\.holder)) == ["peru", "chile"])
    let issue = try #require(dossier.issues.first { $0.id == accepted.first?.issue })
    #expect(issue.label.hasPrefix(topic))
    #expect(positionLines(dossier).contains("colombia supports the-agreement-as-a-whole"))
  }

  /// What follows an agreement's noun is not always what it is about (the
  /// reviewer's finds: "to cheers", "set to expire").
  @Test(arguments: [
    ("Bolivia rejected the accord to cheers from its supporters.", "cheers"),
    ("Bolivia rejected the deal set to expire on Monday.", "expire"),
    ("Peru and Chile agreed on a declaration to that effect.", "effect"),
  ])
  func notWhatADealIsAbout(sentence: String, word: String) {
    let dossier = draft("Border deal\n" + sentence)
    #expect(!dossier.issues.contains { $0.label.contains(word) })
  }
}
