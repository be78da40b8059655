/// What every thread of a validation reads and none changes: the dossier
/// and the ids it defines, made once before the records are checked.
struct ValidationIndexes: Sendable {
  let dossier: Dossier
  /// Ids whose references are not reported.
  let tolerated: Set<String>
  /// Every id, by where it is first used.
  let ids: IDIndex
  /// The positions of the sources and the entities among the collections.
  let sources: Int?
  let entities: Int?

  init(_ dossier: Dossier, tolerated: Set<String>) {
    self.dossier = dossier
    self.tolerated = tolerated
    ids = IDIndex(dossier)
    sources = ids.number(of: ReferenceTarget.source.collection)
    entities = ids.number(of: ReferenceTarget.anyEntity.collection)
  }

  /// The text of the first source whose id is `id`, if it has one.
  func sourceText(_ id: String) -> String? {
    guard let sources, let index = ids.index(of: id, in: sources) else { return nil }
    return dossier.sources[index].text
  }
}
