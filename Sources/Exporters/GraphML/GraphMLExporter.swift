import ParleyCore

/// The `graphml` format: the dossier as a GraphML graph for networkx, igraph,
/// Gephi, yEd and Cytoscape, written straight to the output.
///
/// Every node and edge has `label` and `kind`; node ids are IR ids and edge
/// ids derive from them. Lists are joined with `; `. A missing value is an
/// omitted `<data>`, never an empty string.
public struct GraphMLExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  /// `graphml`, with `--graph`, `--with` and `--flavor`.
  public let format = FormatDescriptor(
    id: "graphml", aliases: ["graph"], name: "GraphML entity graph",
    mediaType: "application/graphml+xml", fileExtension: "graphml",
    summary:
      "Entities, talks and issues as a graph for networkx, igraph, Gephi, yEd and Cytoscape.",
    options: [
      .value(
        "graph",
        help: "Which graph: full (every tie), actors (co-participation), stances (holder–issue).",
        choices: GraphProjection.allCases.map(\.rawValue), defaultValue: "full"),
      .value(
        "with", help: "Also make nodes of: sources, statements (comma-separated; full graph only)."),
      .value(
        "flavor", help: "plain GraphML, or yed to add yEd node graphics.",
        choices: ["plain", "yed"],
        defaultValue: "plain"),
    ])

  /// Writes the chosen projection.
  public func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws(ParleyError)
  {
    let projection = GraphProjection(rawValue: options.value("graph") ?? "full") ?? .full
    let extras = Set((options.value("with") ?? "").split(separator: ",").map(String.init))
    if let unknown = extras.subtracting(["sources", "statements"]).sorted().first {
      throw .usage(
        "--with \(unknown): not a node type the graph can add; use sources, statements or both")
    }
    let yed = options.value("flavor") == "yed"
    let keys: [GraphKey]
    switch projection {
    case .full: keys = FullGraph.keys
    case .actors: keys = ActorGraph.keys
    case .stances: keys = StanceGraph.keys
    }
    let graph = GraphMLWriter(output: output, keys: keys, yed: yed)
    try graph.begin(graphID: dossier.id, directed: projection != .actors)
    switch projection {
    case .full:
      try FullGraph(
        dossier: dossier, withSources: extras.contains("sources"),
        withStatements: extras.contains("statements")
      ).write(to: graph)
    case .actors: try ActorGraph(dossier: dossier).write(to: graph)
    case .stances: try StanceGraph(dossier: dossier).write(to: graph)
    }
    try graph.end()
  }
}
