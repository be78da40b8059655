import ParleyCore

/// An entity of a later input found to be one already merged, under
/// another id.
package struct Reconciliation: Hashable, Sendable, CustomStringConvertible {
  /// The input it came from.
  package var input: String
  /// Its id in that input.
  package var from: String
  /// The id it was given, the merged entity's.
  package var to: String
  /// The name or alias the two share, as the later input writes it.
  package var sharedName: String

  /// `b.json: entities "sergei-ryabkov" → "ryabkov" (same name "Sergei Ryabkov")`.
  package var description: String {
    "\(input.displayed): entities \"\(from)\" → \"\(to)\" (same name \"\(sharedName.displayed)\")"
  }
}

extension DossierMerge {
  /// Finds the entities of `incoming` that are ones already merged under
  /// another id, folds each into the merged one, removes it from
  /// `incoming`, and rewrites every reference to it there.
  mutating func reconcileEntities(
    of incoming: inout Dossier, named input: String, origins: Origins
  ) {
    var known: [Key: Int] = [:]
    for (index, entity) in dossier.entities.enumerated() {
      for name in [entity.name] + entity.aliases {
        let key = Key(kind: entity.kind, name: FoldedName(name))
        if known[key] == nil { known[key] = index }
      }
    }
    let mergedIDs = Set(dossier.entities.map(\.id))
    let incomingIDs = Set(incoming.entities.map(\.id))
    var renamed: [String: String] = [:]
    var kept: [Entity] = []
    for entity in incoming.entities {
      guard !mergedIDs.contains(entity.id),
        let (index, shared) = match(entity, in: known),
        !incomingIDs.contains(dossier.entities[index].id)
      else {
        kept.append(entity)
        continue
      }
      renamed[entity.id] = dossier.entities[index].id
      reconciliations.append(
        Reconciliation(
          input: input, from: entity.id, to: dossier.entities[index].id, sharedName: shared))
      dossier.entities[index].absorb(entity)
    }
    guard !renamed.isEmpty else { return }
    incoming.entities = kept
    var rewriter = ReferenceRewriter(renamed: renamed)
    Dossier.visitCollections(&rewriter)
    rewriter.apply(to: &incoming)
  }

  /// The merged entity `entity` is the same as, and the name they share.
  private func match(_ entity: Entity, in known: [Key: Int]) -> (Int, String)? {
    for name in [entity.name] + entity.aliases {
      if let index = known[Key(kind: entity.kind, name: FoldedName(name))] { return (index, name) }
    }
    return nil
  }

  /// An entity's kind and one of its names, folded.
  private struct Key: Hashable {
    var kind: Entity.Kind
    var name: FoldedName
  }
}

/// Renames references in every collection of a dossier.
private struct ReferenceRewriter: DossierCollectionVisitor {
  let renamed: [String: String]
  private var steps: [(inout Dossier) -> Void] = []

  init(renamed: [String: String]) { self.renamed = renamed }

  mutating func visit<Record: DescribedRecord & Hashable>(
    _ collection: WritableKeyPath<Dossier, [Record]>, named name: String
  ) {
    let renamed = self.renamed
    steps.append { dossier in
      for index in dossier[keyPath: collection].indices {
        dossier[keyPath: collection][index].rewriteReferences { target, id in
          guard case .entity = target else { return id }
          return renamed[id] ?? id
        }
      }
    }
  }

  func apply(to dossier: inout Dossier) {
    for step in steps { step(&dossier) }
  }
}

extension Entity {
  /// Takes in what `other`, the same entity under another id, adds: its
  /// name and aliases as aliases, roles and attributes not already here, a
  /// country when this has none, and its provenance.
  mutating func absorb(_ other: Entity) {
    for name in [other.name] + other.aliases where name != self.name && !aliases.contains(name) {
      aliases.append(name)
    }
    for role in other.roles where !roles.contains(role) { roles.append(role) }
    attributes.merge(other.attributes) { mine, _ in mine }
    if country == nil { country = other.country }
    self = joiningProvenance(other.sources)
  }
}
