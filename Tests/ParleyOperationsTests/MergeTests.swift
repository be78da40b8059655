import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyOperations

@Suite struct MergeTests {
  let dossier: Dossier

  init() throws { dossier = try Fixtures.load(yaml: Fixtures.fullYAML) }

  private func merge(_ dossiers: [Dossier], prefer: DossierMerge.Preference? = nil)
    -> DossierMerge
  {
    DossierMerge(
      dossiers.enumerated().map {
        DossierMerge.Input(name: "\($0.offset + 1).json", dossier: $0.element)
      },
      preference: prefer)
  }

  @Test func aDossierMergedWithItselfIsUnchanged() throws {
    let merged = merge([dossier, dossier])
    #expect(try merged.result() == dossier)
    #expect(merged.conflicts.isEmpty && merged.reconciliations.isEmpty)
  }

  @Test func twoPartsGiveBackTheWhole() throws {
    var talks = Selection()
    talks.kinds = [.talk, .statement]
    var rest = Selection()
    rest.kinds = [.position, .statement, .event, .talk]
    rest.actors = ["russia"]
    let merged = try merge([try talks.apply(to: dossier), try rest.apply(to: dossier)]).result()
    #expect(Set(merged.positions) == Set(dossier.positions))
    #expect(Set(merged.talks) == Set(dossier.talks))
    #expect(Set(merged.statements) == Set(dossier.statements))
    #expect(Set(merged.events) == Set(dossier.events))
  }

  @Test func provenanceIsJoined() throws {
    var other = dossier
    other.entities[0].sources = [Provenance(source: "src-1", quote: "Russia")]
    other.talks[0].sources.append(Provenance(source: "src-1", quote: "talks"))
    let merged = try merge([dossier, other]).result()
    #expect(merged.entities[0].sources == [Provenance(source: "src-1", quote: "Russia")])
    #expect(
      merged.talks[0].sources == dossier.talks[0].sources + [
        Provenance(source: "src-1", quote: "talks")
      ])
  }

  @Test func theSameEntityUnderAnotherIdIsReconciled() throws {
    let other = Dossier(
      id: "draft", title: "Draft",
      entities: [
        Entity(
          id: "russian-federation", kind: .state, name: "Russian Federation", aliases: ["RUSSIA."]),
        Entity(id: "moscow-city", kind: .place, name: "Moscow"),
      ],
      issues: [Issue(id: "security", label: "Security")],
      positions: [
        Position(id: "pos-draft", holder: "russian-federation", issue: "security", stance: .warns)
      ])
    let merge = merge([dossier, other])
    let merged = try merge.result()
    #expect(
      merge.reconciliations == [
        Reconciliation(
          input: "2.json", from: "russian-federation", to: "russia", sharedName: "RUSSIA.")
      ])
    #expect(merged.positions.last?.holder == "russia", "references are rewritten")
    #expect(
      merged.entities.first { $0.id == "russia" }?.aliases.contains("Russian Federation") == true)
    #expect(merged.entities.contains { $0.id == "moscow-city" }, "a place is not a state")
    #expect(Validator().validate(merged).isEmpty)
  }

  @Test func conflictsAreReportedWithBothValues() throws {
    var other = dossier
    other.positions[0].stance = .rejects
    other.positions[0].summary = nil
    let merge = merge([dossier, other])
    #expect(merge.conflicts.count == 1)
    let conflict = try #require(merge.conflicts.first)
    #expect(
      conflict.description == """
        2.json: positions[0] "pos-russia": stance: "demands" in 1.json, "rejects" in 2.json
        2.json: positions[0] "pos-russia": summary: "No further enlargement." in 1.json, null in 2.json
        """)
    #expect(throws: MergeError.self) { try merge.result() }
  }

  @Test func aPreferenceResolvesConflicts() throws {
    var other = dossier
    other.positions[0].stance = .rejects
    #expect(try merge([dossier, other], prefer: .first).result().positions[0].stance == .demands)
    #expect(try merge([dossier, other], prefer: .last).result().positions[0].stance == .rejects)
  }

  @Test func namesFoldCaseAndPunctuation() {
    #expect(FoldedName("U.S.") == FoldedName("us"))
    #expect(FoldedName("  Sergei \t Ryabkov ") == FoldedName("sergei ryabkov"))
    #expect(FoldedName("al-Assad") == FoldedName("alassad"))
    #expect(FoldedName("Kim Jong Un") != FoldedName("Kim Jong-il"))
  }
}
