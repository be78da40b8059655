import ParleyCore

extension DossierMerge {
  /// Merges one later input's collections into the merged dossier.
  struct CollectionMerger: DossierCollectionVisitor {
    var merged: Dossier
    let incoming: Dossier
    let input: String
    var origins: Origins
    let preference: Preference?
    var conflicts: [MergeConflict] = []

    mutating func visit<Record: DescribedRecord & Hashable>(
      _ collection: WritableKeyPath<Dossier, [Record]>, named name: String
    ) {
      let additions = incoming[keyPath: collection]
      guard !additions.isEmpty else { return }
      var records = merged[keyPath: collection]
      merged[keyPath: collection] = []
      var indexes: [String: Int] = [:]
      for (index, record) in records.enumerated() where indexes[record.key] == nil {
        indexes[record.key] = index
      }
      for record in additions {
        let id = record.key
        guard let index = indexes[id] else {
          indexes[id] = records.count
          records.append(record)
          origins.note(name, id, from: input)
          continue
        }
        let existing = records[index]
        if existing.withoutProvenance != record.withoutProvenance {
          conflicts.append(
            MergeConflict(
              collection: name, index: index, id: id, firstInput: origins[name, id],
              laterInput: input,
              fields: DossierDiff.fieldChanges(
                from: existing.withoutProvenance, to: record.withoutProvenance),
              resolution: preference))
          if preference == .last {
            records[index] = record.withoutProvenance.joiningProvenance(existing.provenance)
          }
        }
        records[index] = records[index].joiningProvenance(record.provenance)
      }
      merged[keyPath: collection] = records
    }
  }
}
