import ParleyCore
import ParleyTestSupport
import Testing

@Suite("Did-you-mean suggestions")
struct SuggestionsTests {
  static let kinds = ["person", "state", "organization", "alliance", "place", "document", "other"]

  @Test(
    "a plausible typo finds the intended word",
    arguments: [
      ("stat", "state"),  // a deletion
      ("statte", "state"),  // an insertion
      ("plase", "place"),  // a substitution
      ("perosn", "person"),  // a swap of adjacent letters counts as one edit
      ("STATE", "state"),  // case is ignored
      ("organisation", "organization"),
      ("alliences", "alliance"),  // two edits in a word of nine letters
    ])
  func nearest(_ word: String, _ expected: String) {
    #expect(Suggestions.nearest(to: word, in: Self.kinds) == expected)
  }

  @Test(
    "a word too far from every candidate finds nothing",
    arguments: ["xyz", "stae_", "plc", "doc", "human", "organ"])
  func tooFar(_ word: String) {
    #expect(Suggestions.nearest(to: word, in: Self.kinds) == nil)
  }

  @Test("the allowed distance is a third of the word's length, at least one")
  func limit() {
    // Four letters allow one edit.
    #expect(Suggestions.nearest(to: "nmae", in: ["name"]) == "name")
    #expect(Suggestions.nearest(to: "nam", in: ["name"]) == "name")
    #expect(Suggestions.nearest(to: "nm", in: ["name"]) == nil)
    // Six letters allow two edits, not three.
    #expect(Suggestions.nearest(to: "hldr", in: ["holder"]) == nil)
    #expect(Suggestions.nearest(to: "holdr", in: ["holder"]) == "holder")
    #expect(Suggestions.nearest(to: "hoders", in: ["holder"]) == "holder")
    #expect(Suggestions.nearest(to: "xoders", in: ["holder"]) == nil)
  }

  @Test("the closest candidate wins; on a tie, the first")
  func closestWins() {
    #expect(Suggestions.nearest(to: "stances", in: ["distance", "stance"]) == "stance")
    #expect(Suggestions.nearest(to: "cat", in: ["bat", "cot"]) == "bat")
    #expect(Suggestions.nearest(to: "cat", in: ["cot", "bat"]) == "cot")
    #expect(Suggestions.nearest(to: "russia", in: ["russia", "prussia"]) == "russia")
  }

  @Test("distances count Unicode scalars; any sequence of strings works")
  func unicodeAndSequences() {
    #expect(Suggestions.nearest(to: "cafe", in: ["café"]) == "café")
    #expect(Suggestions.nearest(to: "Genf", in: Set(["Genève", "Bern"])) == nil)
    #expect(Suggestions.nearest(to: "Bern", in: Set(["Genève", "Berne"])) == "Berne")
    #expect(Suggestions.nearest(to: "anything", in: [String]()) == nil)
  }

  @Test("didYouMean phrases the hint, or gives nil")
  func didYouMean() {
    #expect(Suggestions.didYouMean("tilte", in: ["id", "title"]) == #"did you mean "title"?"#)
    #expect(Suggestions.didYouMean("zzz", in: ["id", "title"]) == nil)
  }

  @Test("candidates prepared once give what a fresh search gives, ties and case included")
  func preparedCandidates() {
    let ids = ["Pos-1", "pos-2", "talk-a", "TALK-B", "café", "cafe", "issue-10", "issue-1"]
    let prepared = Suggestions.Candidates(ids)
    for word in ["pos-3", "POS-1", "talk-c", "cafe", "issue-100", "issue-", "zzz", "", "talk-"] {
      #expect(Suggestions.nearest(to: word, in: prepared) == Suggestions.nearest(to: word, in: ids))
      #expect(
        Suggestions.didYouMean(word, in: prepared) == Suggestions.didYouMean(word, in: ids),
        "\(word)")
    }
  }
}
