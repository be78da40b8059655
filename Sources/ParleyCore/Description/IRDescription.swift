/// The description of the whole IR: the dossier and every record kind in it.
///
/// Walk it to build something for every field — a schema, a table, a
/// form — without listing the fields again:
///
/// ```swift
/// for kind in IRDescription.collections {
///   print(kind.collection!, kind.fields.map(\.name))
/// }
/// ```
public enum IRDescription {
  /// The dossier: its own fields, then one list per collection.
  public static var dossier: RecordDescription { Dossier.recordDescription }

  /// The eight kinds listed at the top of a dossier, in the IR's order:
  /// sources, entities, issues, talks, positions, statements, events,
  /// relations.
  public static let collections: [RecordDescription] = [
    Source.recordDescription, Entity.recordDescription, Issue.recordDescription,
    Talk.recordDescription, Position.recordDescription, Statement.recordDescription,
    Event.recordDescription, Relation.recordDescription,
  ]

  /// Every record kind, the nested ones (role, participant, provenance)
  /// and the dossier included, each once.
  public static var allKinds: [RecordDescription] {
    var seen: Set<String> = []
    var kinds: [RecordDescription] = []
    func visit(_ kind: RecordDescription) {
      guard seen.insert(kind.name).inserted else { return }
      kinds.append(kind)
      for field in kind.fields {
        if case .records(let nested) = field.type { visit(nested) }
      }
    }
    visit(dossier)
    return kinds
  }

  /// The names of the eight collections, in order.
  package static var collectionNames: [String] { collections.compactMap(\.collection) }
}
