import Foundation
import ParleyCore
import ParleyJSON
import ParleyTestSupport
import Testing

@testable import ParleyOperations

@Suite struct DiffTests {
  let dossier: Dossier

  init() throws { dossier = try Fixtures.load(yaml: Fixtures.fullYAML) }

  @Test func aDossierDoesNotDifferFromItself() {
    let diff = DossierDiff(from: dossier, to: dossier)
    #expect(diff.isEmpty)
    #expect(diff.text().isEmpty)
    #expect(diff.collections.map(\.name) == IRDescription.collectionNames)
  }

  @Test func changesAreListedFieldByField() throws {
    var after = dossier
    after.title = "Renamed"
    after.positions[0].stance = .rejects
    after.positions[0].date = try EDTFDate("2022-01-12")
    after.events.removeAll()
    after.issues.append(Issue(id: "arms-control", label: "Arms control"))
    let diff = DossierDiff(from: dossier, to: after)
    #expect(!diff.isEmpty)
    #expect(
      diff.dossierFields == [
        .init(field: "title", old: #""Russia–US security talks""#, new: #""Renamed""#)
      ])
    let positions = try #require(diff.collections.first { $0.name == "positions" })
    #expect(
      positions.changed == [
        .init(
          id: "pos-russia",
          fields: [
            .init(field: "stance", old: #""demands""#, new: #""rejects""#),
            .init(field: "date", old: #""2021-12-17""#, new: #""2022-01-12""#),
          ])
      ])
    #expect(diff.collections.first { $0.name == "events" }?.removed == ["ev-talks"])
    #expect(diff.collections.first { $0.name == "issues" }?.added == ["arms-control"])
    #expect(diff.moves.count == 1)
    #expect(diff.moves.first?.old.stance == .demands)
    #expect(diff.moves.first?.new.stance == .rejects)
    #expect(
      diff.text().contains(
        "moved: russia on nato-enlargement: demands (2021-12-17, pos-russia) → rejects (2022-01-12, pos-russia)"
      ))
  }

  @Test func theLatestPositionOfAHolderOnAnIssueIsCompared() throws {
    var after = dossier
    // A later position with a new stance: the holder moved, though the old
    // record is unchanged.
    after.positions.append(
      Position(
        id: "pos-russia-2", holder: "russia", issue: "nato-enlargement", stance: .open,
        date: try EDTFDate("2022-02")))
    // An undated one counts as earlier than any dated one.
    after.positions.append(
      Position(id: "pos-russia-3", holder: "russia", issue: "nato-enlargement", stance: .denies))
    let diff = DossierDiff(from: dossier, to: after)
    #expect(diff.moves.map(\.new.position) == ["pos-russia-2"])
  }

  @Test func theJSONFormIsTheDocumentedObject() throws {
    var after = dossier
    after.positions[0].summary = nil
    let diff = DossierDiff(from: dossier, to: after)
    let output = OutputWriter(inMemory: "diff")
    let writer = JSONWriter(output: output, pretty: true)
    try diff.write(to: writer, old: "a.json", new: "b.json")
    try writer.finish()
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(output.collected)) as? [String: Any])
    #expect(object["equal"] as? Bool == false)
    let collections = try #require(object["collections"] as? [String: [String: Any]])
    #expect(Set(collections.keys) == Set(IRDescription.collectionNames))
    let changed = try #require(collections["positions"]?["changed"] as? [[String: Any]])
    let fields = try #require(changed.first?["fields"] as? [[String: Any]])
    #expect(fields.first?["field"] as? String == "summary")
    #expect(fields.first?["old"] as? String == "No further enlargement.")
    #expect(fields.first?["new"] is NSNull)
  }
}
