import ParleyCore
import Testing

@testable import ParleyIngest

/// What a stance is about and whose it is, as news writes it: what a deal
/// "must include", what a side "refused to accept", and an unnamed official
/// of a state. From sentences written for the test.
@Suite struct StanceObjectTests {
  private func positions(_ text: String) -> [String] {
    draftOfArticle(text, published: "2024-03-15").positions.map {
      "\($0.holder) \($0.stance.rawValue) \($0.issue)"
    }
  }

  @Test("a participle's clause after a comma is no part of the object; an inclusion is")
  func aParticiplesClauseEndsTheObject() {
    let found = positions(
      """
      Grid talks
      Ecuador denied responsibility for the blackouts, blaming Western sanctions. Peru accepted the plan, including a ceasefire.
      """)
    #expect(!found.contains { $0.hasSuffix("sanctions") })
    #expect(found.contains("ecuador denies responsibility-for-the-blackouts"))
    #expect(found.contains("peru accepts ceasefire"))
  }

  @Test("'accept nothing less than' demands; 'agreed that no' states nothing on what it names")
  func demandsAndRefusalsInDisguise() {
    let found = positions(
      """
      Border talks
      Ecuador and Peru held talks in Quito on Monday. Peru said it would accept nothing less than a complete ceasefire. Both sides agreed that no further talks were needed.
      """)
    #expect(found.contains("peru demands ceasefire"))
    #expect(!found.contains("peru accepts ceasefire"))
    #expect(!found.contains { $0.hasSuffix("continuing-talks") })
  }

  @Test("a claim rejected is denied; a call rejected is what it asks, unless it asks a 'not'")
  func claimsDeniedAndCallsRejected() {
    let found = positions(
      """
      Border row
      Chile rejected Bolivian accusations that its navy was behind the blockade. Peru dismissed Chile's claims of forced labour in its mines. Ecuador rejected a Colombian call to reopen the border crossings. Bolivia has rejected a Chilean call not to start building the dam.
      """)
    #expect(found.contains("chile denies blockade"))
    #expect(found.contains("peru denies forced-labour"))
    #expect(found.contains("ecuador rejects reopen-the-border-crossings"))
    #expect(!found.contains { $0.hasPrefix("bolivia") })
    // (A claim to a right is rejected; an accusation on a day is denied.)
    let rights = positions(
      "Border row\nPeru rejected Chile's claims over the continental shelf. Chile dismissed Peru's accusations on Tuesday."
    )
    #expect(!rights.contains { $0.hasPrefix("peru denies") })
    #expect(!rights.contains { $0.hasPrefix("chile rejects") })
    // (A suggestion is a proposal: "dismissed the suggestion" rejects it.)
    let suggestion = positions(
      "Border row\nChile urged Peru to reopen the border. Peru dismissed the suggestion.")
    #expect(!suggestion.contains { $0.hasPrefix("peru denies") })
  }

  @Test("'it' is no actor its own clause names again")
  func itIsNotTheActorItsClauseNamesAgain() {
    let found = positions(
      """
      Alliance talks
      Ankara said Turkey would not reward Sweden and that it would not allow Sweden to join NATO before the election.
      """)
    #expect(found.contains("turkey rejects nato-enlargement"))
    #expect(!found.contains { $0.hasPrefix("sweden") })
  }

  @Test func whatADealMustIncludeIsTheIssue() {
    let found = positions(
      """
      Dam talks stall
      Egypt insisted that any agreement must include a dispute-resolution mechanism.
      """)
    #expect(found == ["egypt demands dispute-resolution-mechanism"])
  }

  @Test("what a side named by its adjective is asked to do is the issue")
  func whatASideByItsAdjectiveIsAskedToDo() {
    let found = positions(
      """
      Border talks
      Chile urged the Bolivian government to reopen the border crossings. Peru called on the Bolivian authorities.
      """)
    #expect(found.first == "chile demands reopen-the-border-crossings")
    // (No "to": the side is what the cue is about.)
    #expect(!found.contains { $0.hasPrefix("peru") && $0.contains("reopen") })
    // (A proposal is no side: what it offers is not what is rejected.)
    let offer = positions(
      "Bank talks\nIran rejected the American offer to ease some banking restrictions.")
    #expect(offer == ["iran rejects american-offer"])
  }

  @Test func anAdverbThatSplitsAnInfinitiveIsPassedOver() {
    let found = positions(
      """
      Border talks
      Sudan agreed to swiftly reopen the border crossings.
      """)
    #expect(found == ["sudan accepts reopen-the-border-crossings"])
  }

  @Test func aQuotationThatOpensTheObjectIsPartOfIt() {
    let found = positions(
      """
      Election talks
      Opposition leader Maria Costa called for "free and fair" party primaries.
      """)
    #expect(found == ["maria-costa demands free-and-fair-party-primaries"])
  }

  @Test func whatASideRefusedToAcceptIsTheIssue() {
    let found = positions(
      """
      Dam talks stall
      Ethiopia has refused to accept international mediation.
      """)
    #expect(found == ["ethiopia rejects international-mediation"])
  }

  @Test func anUnnamedOfficialHoldsTheStateStance() {
    let found = positions(
      """
      Dam talks stall
      Egypt's deputy foreign minister insisted on a dispute-resolution mechanism.
      """)
    #expect(found == ["egypt demands dispute-resolution-mechanism"])
  }

  @Test("the object ends where a clause of its own begins after a comma")
  func theObjectEndsAtTheNextClause() {
    let found = positions(
      """
      Arms talks
      While Turkey firmly rejected a halt to NATO expansion, Greece and Italy say they are ready to discuss arms control.
      """)
    #expect(found.contains("turkey rejects nato-enlargement"), "\(found)")
    #expect(!found.contains("turkey rejects arms-control"), "\(found)")
    // A list after a comma is still the object: "NATO's eastward expansion"
    // has no verb.
    let listed = positions(
      """
      Arms talks
      Turkey rejected sanctions relief, NATO's eastward expansion and arms control.
      """)
    #expect(listed.contains("turkey rejects nato-enlargement"), "\(listed)")
  }

  @Test("a parenthetical speech tag does not end the object")
  func aSpeechTagInsideTheObject() {
    let found = positions(
      """
      NATO
      Russia opposes, Lavrov said on Monday, any further expansion of NATO.
      """)
    #expect(found.contains("russia opposes nato-enlargement"), "\(found)")
  }

  @Test("'membership of NATO' is the alliance's enlargement")
  func membershipOfNATO() {
    let found = positions(
      """
      Alliance
      Turkey opposes Sweden's membership of NATO.
      """)
    #expect(found == ["turkey opposes nato-enlargement"], "\(found)")
  }

  /// What a side demands that another do is the clause's verb and its
  /// object, past the other side (its body, a modal); a clause whose
  /// subject is an adjective alone, or whose verb has no object, says
  /// nothing of what is asked.
  @Test(arguments: [
    (
      "Chile demanded that Bolivia reopen the border crossings.",
      ["chile demands reopen-the-border-crossings"]
    ),
    (
      "Chile insists that the Bolivian government must reopen the border crossings.",
      ["chile demands reopen-the-border-crossings"]
    ),
    ("Chile demanded that Bolivian troops withdraw.", []),
    ("Chile insisted that Bolivia's doors remain open.", []),
  ])
  func whatASideDemandsAnotherDo(sentence: String, expected: [String]) {
    #expect(positions("Border\n" + sentence) == expected)
  }

  /// A cue after a copula in reported words ("said NATO expansion was
  /// unacceptable") is the speaker's stance on the copula's subject; not
  /// when the subject is a side of its own, when the cue goes on ("to
  /// anyone") or when the subject names no issue the lexicon has.
  @Test(arguments: [
    ("Chile said NATO expansion was totally unacceptable.", ["chile rejects nato-enlargement"]),
    (
      "Chile said the Bolivian delegation was ready to discuss arms control.",
      ["bolivia open arms-control"]
    ),
    ("Chile said NATO expansion was unacceptable to anyone in Lima.", []),
    ("Chile said the delay was unacceptable, while NATO expansion went on.", []),
  ])
  func aJudgementAfterACopulaIsTheSpeakers(sentence: String, expected: [String]) {
    #expect(positions("NATO\n" + sentence) == expected)
  }
}

/// Stop 40: what a stance refers back to.
extension StanceObjectTests {
  @Test(arguments: [
    (
      "Chile proposed a joint commission on the river. Peru rejected the proposal.",
      "peru rejects joint-commission-on-the-river"
    ),
    (
      "Chile offered a joint commission on the river. Peru rejected the Chilean offer.",
      "peru rejects joint-commission-on-the-river"
    ),
    (
      "Chile demanded a binding timetable for the withdrawal. Peru rejected the demand.",
      "peru rejects binding-timetable-for-the-withdrawal"
    ),
    (
      "Chile demanded a binding timetable for the withdrawal. Peru rejected the timetable.",
      "peru rejects binding-timetable-for-the-withdrawal"
    ),
  ])
  func aStanceOnWhatWasProposedBefore(text: String, expected: String) {
    #expect(positions("River talks\n" + text).contains(expected))
  }

  /// Whose proposal it is, and the word it was told with.
  @Test func aProposalReferredToIsTheOwnersAndOfTheSameWord() {
    let found = positions(
      """
      River talks
      Chile proposed a joint commission on the river. Bolivia proposed a gas deal with Argentina. Peru rejected the Chilean proposal.

      Chile proposed a customs union. The Brazilian plan was presented on Monday. Peru accepted the plan.
      """)
    #expect(found.contains("peru rejects joint-commission-on-the-river"))
    #expect(!found.contains { $0.hasPrefix("peru") && $0.contains("gas-deal") })
    #expect(!found.contains { $0.hasPrefix("peru accepts") && $0.contains("customs-union") })
  }

  /// Not a proposal with no article, nor a word of another part of the phrase.
  @Test func aStanceOnSomethingElseIsItsOwn() {
    let found = positions(
      """
      River talks
      Chile demanded a binding timetable for the withdrawal. Peru rejected the withdrawal. Bolivia rejected a proposal.
      """)
    #expect(found.contains("peru rejects withdrawal"))
    #expect(!found.contains { $0.hasPrefix("bolivia") })
  }
}
