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

  /// The ids of a collection's records, in document order (for suggestions).
  func idList(of collection: String) -> [String] {
    if let known = idLists[collection] { return known }
    var list: [String] = []
    RecordRef.with(indexes.dossier) { root in
      guard let index = root.kind.fieldNames.firstIndex(of: collection) else { return }
      root.forEachRecord(at: index) { list.append($0.key ?? "") }
    }
    idLists[collection] = list
    return list
  }

  /// Checks that `reference` names a record `target` allows; `described`
  /// is the target as the description gives it, to word a problem.
  func check(
    reference: String, _ target: CheckedTarget, _ described: @autoclosure () -> ReferenceTarget,
    at path: @autoclosure () -> IRPath
  ) {
    guard !reference.isEmpty, indexes.tolerated.isEmpty || !indexes.tolerated.contains(reference)
    else { return }
    if target.kinds != 0, let entities = indexes.entities,
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
    let elsewhere = IRDescription.collectionNames.first { indexes.ids.contains(reference, in: $0) }
    let hint =
      Suggestions.didYouMean(reference, in: idList(of: collection))
      ?? elsewhere.map { "\"\(reference)\" is in \($0), not \(collection)" }
      ?? "add it to \(collection) or correct the id"
    report(path(), "unknown \(noun) \"\(reference)\"", hint: hint)
  }

  /// "a state", "an organization".
  static func article(_ noun: String) -> String {
    (noun.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + noun
  }
}

/// A reference target in values that cost nothing to copy, for the checks
/// of every record: the collection's position among the dossier's, and for
/// entities the kinds allowed, one bit each.
struct CheckedTarget {
  /// The collection's position, or -1 when the dossier has none of it.
  let collection: Int
  /// The entity kinds allowed, by their position in `Entity.Kind.allCases`;
  /// 0 when the target is not an entity.
  let kinds: UInt32

  init(_ target: ReferenceTarget, ids: IDIndex) {
    collection = ids.number(of: target.collection) ?? -1
    kinds =
      switch target {
      case .entity(let allowed?):
        Entity.Kind.allCases.enumerated().reduce(0) { bits, kind in
          allowed.contains(kind.element) ? bits | 1 << UInt32(kind.offset) : bits
        }
      case .entity(nil): ~0
      default: 0
      }
  }

  /// Whether an entity of `kind` may be referred to.
  func allows(_ kind: Entity.Kind) -> Bool {
    guard let position = Entity.Kind.allCases.firstIndex(of: kind) else { return false }
    return kinds & 1 << UInt32(position) != 0
  }
}
