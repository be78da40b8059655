import ParleyCore

/// The options every graph format offers, so that each declares and reads
/// them the same way: `graph` (the shape) and `with` (extra node types).
extension GraphProjection {
  /// The `graph` and `with` options, for a format's descriptor.
  public static let formatOptions: [FormatOption] = [
    .value(
      "graph",
      help: "Which graph: full (every tie), actors (co-participation), stances (holder–issue).",
      choices: Shape.allCases.map(\.rawValue), defaultValue: Shape.full.rawValue),
    .value(
      "with", help: "Also make nodes of: sources, statements (comma-separated; full graph only)."),
  ]

  /// Projects `dossier` as the `graph` and `with` options ask.
  ///
  /// - Throws: ``ExportOptionError`` for an unknown node type in `with`,
  ///   or `with` on a graph other than the full one.
  public init(_ dossier: Dossier, options: ExportOptions) throws(ExportOptionError) {
    let shape = options.value("graph").flatMap(Shape.init(rawValue:)) ?? .full
    var extras: Extras = []
    let names = Set((options.value("with") ?? "").split(separator: ",").map(String.init))
    for name in names.sorted() {
      switch name {
      case "sources": extras.insert(.sources)
      case "statements": extras.insert(.statements)
      default:
        throw ExportOptionError(
          option: "with", value: name,
          problem: .invalidValue(
            "not a node type the graph can add; use sources, statements or both", remedy: nil))
      }
    }
    if !extras.isEmpty && shape != .full {
      throw ExportOptionError(
        option: "with", value: options.value("with"),
        problem: .needs(
          option: "graph", value: Shape.full.rawValue,
          because: "only adds nodes to the full graph"))
    }
    self.init(dossier, shape: shape, extras: extras)
  }
}
