import Testing

@testable import ParleyCore

/// A big dossier is checked by several threads, each taking runs of
/// records in turn: the problems must come out exactly as one thread
/// finds them, in document order.
extension ValidationTests {
  /// 300 positions and 200 statements, a problem in about one record in
  /// five: unknown and misspelt references, entities of the wrong kind,
  /// spans past the end, quotes that do not match, confidences out of
  /// range, dates out of order, and ids used twice.
  private static var troubled: Dossier {
    let text = "Ryabkov said the talks were difficult — “трудные” — but useful. 🇷🇺"
    let sources = [
      Source(id: "src-1", title: "One", text: text), Source(id: "src-2", title: "Two"),
      Source(id: "russia", title: "A source with an entity's id", text: "x"),
    ]
    let entities = [
      Entity(id: "russia", kind: .state, name: "Russia"),
      Entity(id: "geneva", kind: .place, name: "Geneva"),
      Entity(id: "ryabkov", kind: .person, name: "Sergei Ryabkov"),
    ]
    let issues = (0..<20).map { Issue(id: "issue-\($0)", label: "Issue \($0)") }
    let positions = (0..<300).map { index -> Position in
      let evidence = index % 17 == 0 ? ["p-\(index)"] : []
      let provenance = Provenance(
        source: index % 11 == 0 ? "src-9" : "src-1",
        span: TextSpan(start: index % 13 == 0 ? 60 : 0, end: index % 13 == 0 ? 90 : 7),
        quote: index % 7 == 0 ? "Ryabkow" : "Ryabkov",
        confidence: index % 19 == 0 ? 1.5 : 0.5)
      return Position(
        id: index % 23 == 0 ? "issue-3" : "p-\(index)",
        holder: index % 5 == 0 ? "rusia" : "russia",
        issue: index % 3 == 0 ? "issue-\(index % 25)" : "issue-1", stance: .demands,
        evidence: evidence, sources: [provenance])
    }
    let statements = (0..<200).map { index -> Statement in
      Statement(
        id: "s-\(index)", speaker: index % 9 == 0 ? "geneva" : "ryabkov", text: "t",
        mode: .direct, talk: index % 31 == 0 ? "no-talk" : nil,
        sources: [
          Provenance(source: "src-1", span: TextSpan(start: 29, end: 36), quote: "трудные"),
          Provenance(source: index % 4 == 0 ? "russia" : "src-2"),
        ])
    }
    return Dossier(
      id: "d", title: "D", sources: sources, entities: entities, issues: issues,
      positions: positions, statements: statements)
  }

  @Test(
    "several threads find the same problems, in the same order, as one",
    arguments: [(2, 1), (3, 7), (4, 64), (2, 1000)])
  func threadsFindWhatOneFinds(threads: Int, recordsPerShare: Int) {
    let dossier = Self.troubled
    let alone = Validator(threads: 1).validate(dossier)
    #expect(alone.count > 150, "the dossier has problems all through it")
    let validator = Validator(threads: threads, recordsPerShare: recordsPerShare)
    #expect(validator.validate(dossier) == alone)
    // Ids that exist but could not be read are tolerated the same way.
    let tolerating: Set = ["rusia", "src-9"]
    let toleratedAlone = Validator(threads: 1).validate(dossier, tolerating: tolerating)
    #expect(toleratedAlone.count < alone.count)
    #expect(validator.validate(dossier, tolerating: tolerating) == toleratedAlone)
  }

  @Test("a dossier without records, or with empty collections, is checked by several threads")
  func emptyCollections() {
    let validator = Validator(threads: 4, recordsPerShare: 1)
    #expect(validator.validate(Dossier(id: "d", title: "D")) == [])
    let bad = Dossier(
      id: "d", title: "D", issues: [Issue(id: "i", label: "I")],
      positions: (0..<5).map {
        Position(id: "p\($0)", holder: $0 == 3 ? "nobody" : "i", issue: "i", stance: .demands)
      })
    #expect(validator.validate(bad) == Validator(threads: 1).validate(bad))
    #expect(validator.validate(bad).count == 5, "four holders of the wrong kind, one unknown")
  }

  @Test("a compact target allows the kinds its description allows, and no other")
  func compactTargets() {
    let ids = IDIndex(Dossier(id: "d", title: "D"))
    let party = CheckedTarget(.party, ids: ids)
    #expect(party.isEntity && party.allows(.state) && !party.allows(.person))
    let any = CheckedTarget(.anyEntity, ids: ids)
    #expect(Entity.Kind.allCases.allSatisfy(any.allows))
    let none = CheckedTarget(.entity([]), ids: ids)
    #expect(none.isEntity && !Entity.Kind.allCases.contains(where: none.allows))
    #expect(!CheckedTarget(.issue, ids: ids).isEntity)
  }

  @Test("an id used as a source and as an entity: references to the entity take its kind")
  func duplicateAcrossCollections() {
    let dossier = Dossier(
      id: "d", title: "D", sources: [Source(id: "x", title: "X", text: "abc")],
      entities: [Entity(id: "x", kind: .state, name: "X")],
      talks: [
        Talk(
          id: "t", name: "T", kind: .call, venue: "x", parties: ["x"],
          sources: [Provenance(source: "x", span: TextSpan(start: 0, end: 2), quote: "ab")])
      ])
    let messages = Validator(threads: 1).validate(dossier).map(\.message)
    #expect(
      messages == [
        #"duplicate id "x", first used at sources[0].id"#,
        #""x" is a state, but this must be a place"#,
      ])
  }
}
