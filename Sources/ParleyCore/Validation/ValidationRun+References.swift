/// Ids: each unique in the whole document, and every reference resolving to
/// a record of an allowed kind.
extension ValidationRun {
  /// Reports ids used twice, and indexes every id by the collection it is
  /// first used in (and, for the rare id used again, the others).
  func checkUniqueIDs() {
    RecordRef.with(dossier) { root in
      var collection = 0
      for (index, field) in root.kind.fields.enumerated() {
        guard case .records = field.type else { continue }
        defer { collection += 1 }
        collections.append(field.name)
        var position = 0
        root.forEachRecord(at: index) { record in
          defer { position += 1 }
          let id = record.key ?? ""
          let entry = IDUse(collection: collection, index: position)
          guard let first = firstUses.updateValue(entry, forKey: id) else { return }
          // Used before: the first use stays the one indexed.
          firstUses[id] = first
          alsoIn[id, default: []].insert(collection)
          let path = IRPath.root.appending(field.name).appending(position).appending("id")
          let firstPath = IRPath.root.appending(collections[first.collection])
            .appending(first.index).appending("id")
          report(
            path, "duplicate id \"\(id)\", first used at \(firstPath)",
            hint: "ids must be unique in the whole document")
        }
      }
    }
  }

  /// Whether a record of `collection` has the id `id`.
  func has(_ id: String, in collection: String) -> Bool {
    guard let first = firstUses[id] else { return false }
    if collections[first.collection] == collection { return true }
    return alsoIn[id]?.contains { collections[$0] == collection } ?? false
  }

  /// The ids of a collection's records, in document order (for suggestions).
  func ids(of collection: String) -> [String] {
    if let known = idLists[collection] { return known }
    var list: [String] = []
    RecordRef.with(dossier) { root in
      guard let index = root.kind.fieldNames.firstIndex(of: collection) else { return }
      root.forEachRecord(at: index) { list.append($0.key ?? "") }
    }
    idLists[collection] = list
    return list
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
    if has(reference, in: collection) { return }
    let noun = collection == "entities" ? "entity" : target.description
    let elsewhere = IRDescription.collectionNames.first { has(reference, in: $0) }
    let hint =
      Suggestions.didYouMean(reference, in: ids(of: collection))
      ?? elsewhere.map { "\"\(reference)\" is in \($0), not \(collection)" }
      ?? "add it to \(collection) or correct the id"
    report(path(), "unknown \(noun) \"\(reference)\"", hint: hint)
  }

  /// "a state", "an organization".
  static func article(_ noun: String) -> String {
    (noun.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + noun
  }
}
