import ParleyCore

/// One dossier made from several (docs/toolkit.md, "Merge"): the same
/// records once with their provenance joined, entities that are the same
/// reconciled to one id, and records that conflict reported or resolved.
package struct DossierMerge {
  /// Which record wins a conflict.
  package enum Preference: String, CaseIterable, Sendable {
    /// The earlier input's.
    case first
    /// The later input's.
    case last
  }

  /// A dossier to merge and the name its messages use (its path).
  package struct Input {
    /// The input's name, e.g. its path.
    package var name: String
    /// The dossier.
    package var dossier: Dossier

    /// Creates an input.
    package init(name: String, dossier: Dossier) { (self.name, self.dossier) = (name, dossier) }
  }

  /// The merged dossier, not yet validated.
  package internal(set) var dossier: Dossier
  /// The entities reconciled, in the order found.
  package internal(set) var reconciliations: [Reconciliation] = []
  /// The conflicts found, resolved or not.
  package internal(set) var conflicts: [MergeConflict] = []

  /// Merges `inputs` in order.
  ///
  /// - Parameter preference: how conflicts are resolved; with `nil` they
  ///   are only recorded, and ``result()`` throws.
  package init(_ inputs: [Input], preference: Preference?) {
    precondition(!inputs.isEmpty, "a merge needs at least one input")
    dossier = inputs[0].dossier
    origins = Origins(first: inputs[0])
    for input in inputs.dropFirst() {
      var incoming = input.dossier
      reconcileEntities(of: &incoming, named: input.name, origins: origins)
      var merger = CollectionMerger(
        merged: dossier, incoming: incoming, input: input.name, origins: origins,
        preference: preference)
      Dossier.visitCollections(&merger)
      dossier = merger.merged
      conflicts += merger.conflicts
      origins = merger.origins
    }
  }

  /// The merged dossier, or the conflicts when some were not resolved.
  ///
  /// - Throws: ``MergeError/conflicts(_:)`` when records conflict and no
  ///   preference was given.
  package func result() throws(MergeError) -> Dossier {
    let unresolved = conflicts.filter { $0.resolution == nil }
    guard unresolved.isEmpty else { throw .conflicts(unresolved) }
    return dossier
  }

  /// Which input each record of the merged dossier came from, by
  /// collection and id, for messages.
  struct Origins: Sendable {
    private var inputs: [String: String] = [:]
    private let first: String

    init(first: Input) { self.first = first.name }

    subscript(collection: String, id: String) -> String {
      inputs[collection + "/" + id] ?? first
    }

    mutating func note(_ collection: String, _ id: String, from input: String) {
      if input != first { inputs[collection + "/" + id] = input }
    }
  }

  /// The origins of the merged dossier's records.
  private var origins: Origins

  /// The input the record at `path` (`talks[3]…`) of the merged dossier
  /// came from, when the path names a record.
  package func input(of path: IRPath) -> String? {
    guard path.components.count >= 2, case .key(let collection) = path.components[0],
      case .index(let index) = path.components[1]
    else { return nil }
    var finder = RecordFinder(collection: collection, index: index, dossier: dossier)
    Dossier.visitCollections(&finder)
    return finder.id.map { origins[collection, $0] }
  }

  /// The id of the record at an index of a collection.
  private struct RecordFinder: DossierCollectionVisitor {
    let collection: String
    let index: Int
    let dossier: Dossier
    var id: String?

    mutating func visit<Record: DescribedRecord & Hashable>(
      _ path: WritableKeyPath<Dossier, [Record]>, named name: String
    ) {
      guard name == collection, dossier[keyPath: path].indices.contains(index) else { return }
      id = dossier[keyPath: path][index].key
    }
  }
}
