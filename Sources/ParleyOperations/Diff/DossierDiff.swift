import ParleyCore

/// What changed from one dossier to another, record by record
/// (docs/toolkit.md, "Diff").
package struct DossierDiff: Sendable {
  /// One field that differs: its name and both values as compact canonical
  /// JSON, `nil` when absent.
  package struct FieldChange: Hashable, Sendable {
    /// The field's name.
    package var field: String
    /// The old value.
    package var old: String?
    /// The new value.
    package var new: String?
  }

  /// A record in both dossiers whose content differs.
  package struct ChangedRecord: Hashable, Sendable {
    /// The record's id.
    package var id: String
    /// The fields that differ, in the IR's order.
    package var fields: [FieldChange]
  }

  /// What changed in one collection.
  package struct CollectionChanges: Hashable, Sendable {
    /// The collection's name, e.g. `positions`.
    package var name: String
    /// Ids only in the new dossier, in its order.
    package var added: [String] = []
    /// Ids only in the old dossier, in its order.
    package var removed: [String] = []
    /// Records in both whose content differs, in the new dossier's order.
    package var changed: [ChangedRecord] = []

    /// Whether nothing changed.
    package var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
  }

  /// A holder's latest stance on an issue, in one dossier.
  package struct Stand: Hashable, Sendable {
    /// The position's id.
    package var position: String
    /// Its stance.
    package var stance: Stance
    /// Its date, if it has one.
    package var date: EDTFDate?
  }

  /// A holder whose latest stance on an issue is not the same in both.
  package struct Move: Hashable, Sendable {
    /// The holder's id.
    package var holder: String
    /// The issue's id.
    package var issue: String
    /// The latest stance in the old dossier.
    package var old: Stand
    /// The latest stance in the new dossier.
    package var new: Stand
  }

  /// The dossier's own fields that differ (title, description, …).
  package private(set) var dossierFields: [FieldChange] = []
  /// Every collection, in the IR's order, changed or not.
  package private(set) var collections: [CollectionChanges] = []
  /// Positions that moved, in the order of the new dossier's latest ones.
  package private(set) var moves: [Move] = []

  /// Compares `old` with `new`.
  package init(from old: Dossier, to new: Dossier) {
    dossierFields = Self.fieldChanges(
      from: Self.withoutCollections(old), to: Self.withoutCollections(new))
    var comparer = CollectionComparer(old: old, new: new)
    Dossier.visitCollections(&comparer)
    collections = comparer.changes
    moves = Self.moves(from: old.positions, to: new.positions)
  }

  /// Whether the two dossiers are the same.
  package var isEmpty: Bool {
    dossierFields.isEmpty && moves.isEmpty && collections.allSatisfy(\.isEmpty)
  }

  private static func withoutCollections(_ dossier: Dossier) -> Dossier {
    Dossier(
      version: dossier.version, id: dossier.id, title: dossier.title,
      description: dossier.description)
  }

  /// The top-level fields in which `new` differs from `old`, in the IR's
  /// order.
  static func fieldChanges<Record: DescribedRecord>(from old: Record, to new: Record)
    -> [FieldChange]
  {
    let names = Record.recordDescription.fields.map(\.name)
    let (before, after) = (old.renderedFields, new.renderedFields)
    return names.indices.compactMap { index in
      before[index] == after[index]
        ? nil : FieldChange(field: names[index], old: before[index], new: after[index])
    }
  }

  /// Compares one collection at a time, with the records' own types.
  private struct CollectionComparer: DossierCollectionVisitor {
    let old: Dossier
    let new: Dossier
    var changes: [CollectionChanges] = []

    mutating func visit<Record: DescribedRecord & Hashable>(
      _ collection: WritableKeyPath<Dossier, [Record]>, named name: String
    ) {
      let before = old[keyPath: collection]
      let after = new[keyPath: collection]
      var result = CollectionChanges(name: name)
      var oldIndexes: [String: Int] = [:]
      for (index, record) in before.enumerated() where oldIndexes[record.key] == nil {
        oldIndexes[record.key] = index
      }
      let newIDs = Set(after.map(\.key))
      for record in after {
        let id = record.key
        guard let index = oldIndexes[id] else {
          result.added.append(id)
          continue
        }
        let previous = before[index]
        guard previous != record else { continue }
        result.changed.append(
          ChangedRecord(id: id, fields: DossierDiff.fieldChanges(from: previous, to: record)))
      }
      result.removed = before.map(\.key).filter { !newIDs.contains($0) }
      changes.append(result)
    }
  }
}
