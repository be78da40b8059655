import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyCore

/// References found and rewritten through the description, and the typed
/// walk over the collections, which must name the same eight.
@Suite struct ReferenceWalkTests {
  @Test func theCollectionVisitorNamesTheIRsCollections() {
    struct Names: DossierCollectionVisitor {
      var names: [String] = []
      mutating func visit<Record: DescribedRecord & Hashable>(
        _ collection: WritableKeyPath<Dossier, [Record]>, named name: String
      ) {
        #expect(Record.recordDescription.collection == name)
        names.append(name)
      }
    }
    var visitor = Names()
    Dossier.visitCollections(&visitor)
    #expect(visitor.names == IRDescription.collectionNames)
  }

  @Test func everyReferenceIsFoundNestedOnesToo() throws {
    let dossier = try Fixtures.load(yaml: Fixtures.fullYAML)
    var found: [String] = []
    RecordRef.with(dossier.talks[0]) { talk in
      talk.forEachReference { target, id in found.append("\(target.collection):\(id)") }
    }
    #expect(
      found == [
        "entities:geneva", "entities:russia", "entities:united-states", "entities:ryabkov",
        "entities:russia", "issues:nato-enlargement", "sources:src-1",
      ])
  }

  @Test func rewritingRenamesOrRemovesButKeepsRequiredReferences() throws {
    let dossier = try Fixtures.load(yaml: Fixtures.fullYAML)
    var position = dossier.positions[0]
    position.rewriteReferences { target, id in
      switch target {
      case .talk, .statement: nil
      case .entity: id.uppercased()
      default: id
      }
    }
    #expect(position.talk == nil)
    #expect(position.evidence.isEmpty)
    #expect(position.holder == "RUSSIA")
    var statement = dossier.statements[0]
    statement.rewriteReferences { _, _ in nil }
    #expect(statement.speaker == "ryabkov", "a required reference cannot be removed")
    #expect(statement.sources.map(\.source) == ["src-1"], "nor a nested required one")
    var talk = dossier.talks[0]
    talk.rewriteReferences { target, id in target == .talk ? id : "x-" + id }
    #expect(talk.participants[0].entity == "x-ryabkov")
    #expect(talk.participants[0].party == "x-russia")
    #expect(talk.sources[0].source == "x-src-1")
  }
}
