/// The graphs the exporter can draw from a dossier (`--graph`).
enum GraphProjection: String, CaseIterable {
  /// Entities, talks and issues (and on request sources and statements) with
  /// every tie between them.
  case full
  /// Undirected actor–actor co-participation in talks and events.
  case actors
  /// Bipartite holder–issue: each pair's latest stance and its history.
  case stances
}
