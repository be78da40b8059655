/// Code that does one thing to each of the dossier's eight collections with
/// the records' own types: ``Dossier/visitCollections(_:)`` calls
/// ``visit(_:named:)`` once per collection, in the IR's order.
package protocol DossierCollectionVisitor {
  /// Called with the key path of one collection and its name, e.g. `entities`.
  mutating func visit<Record: DescribedRecord & Hashable>(
    _ collection: WritableKeyPath<Dossier, [Record]>, named name: String)
}

extension Dossier {
  /// Calls `visitor` with each collection, in the IR's order: sources,
  /// entities, issues, talks, positions, statements, events, relations.
  package static func visitCollections(_ visitor: inout some DossierCollectionVisitor) {
    visitor.visit(\.sources, named: "sources")
    visitor.visit(\.entities, named: "entities")
    visitor.visit(\.issues, named: "issues")
    visitor.visit(\.talks, named: "talks")
    visitor.visit(\.positions, named: "positions")
    visitor.visit(\.statements, named: "statements")
    visitor.visit(\.events, named: "events")
    visitor.visit(\.relations, named: "relations")
  }
}
