/// Ids: each unique in the whole document, and every reference resolving to
/// a record of an allowed kind.
extension ValidationRun {
  /// Reports ids used twice, and indexes every collection's ids.
  func checkUniqueIDs() {
    var collections: [(String, [String])] = []
    RecordRef.with(dossier) { root in
      for (index, field) in root.kind.fields.enumerated() {
        guard case .records = field.type else { continue }
        var recordIDs: [String] = []
        root.forEachRecord(at: index) { recordIDs.append($0.key ?? "") }
        collections.append((field.name, recordIDs))
      }
    }
    // Where each id was first seen, as (collection, index): paths are built
    // only for the rare duplicate.
    var firstSeen: [String: (String, Int)] = [:]
    for (collection, recordIDs) in collections {
      var set: Set<String> = []
      set.reserveCapacity(recordIDs.count)
      for (index, id) in recordIDs.enumerated() {
        if let (firstCollection, firstIndex) = firstSeen[id] {
          let path = IRPath.root.appending(collection).appending(index).appending("id")
          let first = IRPath.root.appending(firstCollection).appending(firstIndex).appending("id")
          report(
            path, "duplicate id \"\(id)\", first used at \(first)",
            hint: "ids must be unique in the whole document")
        } else {
          firstSeen[id] = (collection, index)
        }
        set.insert(id)
      }
      ids[collection] = set
      idLists[collection] = recordIDs
    }
  }

  /// Checks that `reference` names a record `target` allows.
  func check(reference: String, _ target: ReferenceTarget, at path: @autoclosure () -> IRPath) {
    guard !reference.isEmpty, tolerated.isEmpty || !tolerated.contains(reference) else { return }
    if case .entity(let kinds) = target, let kind = entityKinds[reference] {
      if let kinds, !kinds.contains(kind) {
        let wanted = Self.article(target.description)
        report(
          path(),
          "\"\(reference)\" is \(Self.article(kind.rawValue)), but this must be \(wanted)",
          hint: "point to \(wanted), or fix the kind of \"\(reference)\"")
      }
      return
    }
    let collection = target.collection
    if ids[collection]?.contains(reference) == true { return }
    let noun = collection == "entities" ? "entity" : target.description
    let elsewhere = IRDescription.collectionNames.first { ids[$0]?.contains(reference) == true }
    let hint =
      Suggestions.didYouMean(reference, in: idLists[collection] ?? [])
      ?? elsewhere.map { "\"\(reference)\" is in \($0), not \(collection)" }
      ?? "add it to \(collection) or correct the id"
    report(path(), "unknown \(noun) \"\(reference)\"", hint: hint)
  }

  /// "a state", "an organization".
  static func article(_ noun: String) -> String {
    (noun.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + noun
  }
}
