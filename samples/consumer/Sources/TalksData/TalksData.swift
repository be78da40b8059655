/// Where this package keeps its talks dossiers, relative to the package root.
public enum TalksData {
  /// The dossiers `swift package export-graph` finds by itself.
  public static let dossiers = ["talks/vienna-jcpoa-2015.parley.yaml"]
}
