/// Ids: each unique in the whole document, and every reference resolving to
/// a record of an allowed kind.
extension ValidationRun {
  /// Reports ids used twice, in document order.
  func checkUniqueIDs() {
    for duplicate in indexes.ids.duplicates {
      report(
        duplicate.path, "duplicate id \"\(duplicate.id)\", first used at \(duplicate.first)",
        hint: "ids must be unique in the whole document")
    }
  }

  /// The ids of a collection's records, in document order, prepared once
  /// for suggestions.
  func suggestionCandidates(of collection: String) -> Suggestions.Candidates {
    if let known = candidates[collection] { return known }
    var list: [String] = []
    RecordRef.with(indexes.dossier) { root in
      guard let index = root.kind.fieldNames.firstIndex(of: collection) else { return }
      root.forEachRecord(at: index) { list.append($0.key ?? "") }
    }
    let prepared = Suggestions.Candidates(list)
    candidates[collection] = prepared
    return prepared
  }

  /// Checks that `reference` names a record `target` allows; `described`
  /// is the target as the description gives it, to word a problem.
  func check(
    reference: String, _ target: CheckedTarget, _ described: @autoclosure () -> ReferenceTarget,
    at path: @autoclosure () -> IRPath
  ) {
    guard !reference.isEmpty, indexes.tolerated.isEmpty || !indexes.tolerated.contains(reference)
    else { return }
    if target.isEntity, let entities = indexes.entities,
      let index = indexes.ids.index(of: reference, in: entities)
    {
      let kind = indexes.dossier.entities[index].kind
      if !target.allows(kind) {
        let wanted = Self.article(described().description)
        report(
          path(),
          "\"\(reference)\" is \(Self.article(kind.rawValue)), but this must be \(wanted)",
          hint: "point to \(wanted), or fix the kind of \"\(reference)\"")
      }
      return
    }
    if target.collection >= 0, indexes.ids.index(of: reference, in: target.collection) != nil {
      return
    }
    let described = described()
    let collection = described.collection
    let noun = collection == "entities" ? "entity" : described.description
    // An id misspelt once is often referred to many times: its hint is
    // worked out once.
    let key = collection + "\u{0}" + reference
    let hint: String
    if let known = hints[key] {
      hint = known
    } else {
      let elsewhere = IRDescription.collectionNames.first {
        indexes.ids.contains(reference, in: $0)
      }
      hint =
        Suggestions.didYouMean(reference, in: suggestionCandidates(of: collection))
        ?? elsewhere.map { "\"\(reference)\" is in \($0), not \(collection)" }
        ?? "add it to \(collection) or correct the id"
      hints[key] = hint
    }
    report(path(), "unknown \(noun) \"\(reference)\"", hint: hint)
  }

  /// "a state", "an organization".
  static func article(_ noun: String) -> String {
    (noun.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + noun
  }
}
