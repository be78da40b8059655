import ParleyCore

/// Lookups the tables need: names of entities, labels of issues, sources by
/// id. Built once per export; only ever read by key, never iterated.
struct DossierIndex {
  private let entityNames: [String: String]
  private let issueLabels: [String: String]
  private let sources: [String: Source]

  /// Indexes `dossier`. A repeated id keeps its first record.
  init(_ dossier: Dossier) {
    entityNames = Dictionary(dossier.entities.map { ($0.id, $0.name) }) { first, _ in first }
    issueLabels = Dictionary(dossier.issues.map { ($0.id, $0.label) }) { first, _ in first }
    sources = Dictionary(dossier.sources.map { ($0.id, $0) }) { first, _ in first }
  }

  /// The name of the entity `id`, or the id itself when it is unknown.
  func name(_ id: String) -> String { entityNames[id] ?? id }

  /// The names of the entities `ids`.
  func names(_ ids: [String]) -> [String] { ids.map(name) }

  /// The label of the issue `id`, or the id itself when it is unknown.
  func label(ofIssue id: String) -> String { issueLabels[id] ?? id }

  /// A position in words: "Russia demands: Halt to NATO enlargement".
  func title(of position: Position) -> String {
    "\(name(position.holder)) \(position.stance.rawValue): \(label(ofIssue: position.issue))"
  }

  /// The source `id`, if the dossier has it.
  func source(_ id: String) -> Source? { sources[id] }

  /// The ids of the sources the provenance entries cite, each once, in order.
  static func sourceIDs(_ entries: [Provenance]) -> [String] {
    entries.map(\.source).uniqued()
  }

  /// The URLs of the cited sources that have one, each once, in order.
  func sourceURLs(_ entries: [Provenance]) -> [String] {
    Self.sourceIDs(entries).compactMap { sources[$0]?.url }.uniqued()
  }

  /// Several values in one cell: each once, joined with `; `.
  static func joined(_ values: [String]) -> String {
    values.uniqued().joined(separator: "; ")
  }
}
