import ParleyCore

/// `--graph stances`: a bipartite graph of holders and issues with one edge
/// per (holder, issue) pair carrying the latest stance and how many positions
/// the pair has. `bipartite` is 0 for holders and 1 for issues, as networkx's
/// bipartite algorithms expect.
struct StanceGraph {
  let dossier: Dossier

  static let keys: [GraphKey] = [
    GraphKey("label", .all), GraphKey("kind", .all), GraphKey("type", .node),
    GraphKey("bipartite", .node, .int), GraphKey("stance", .edge), GraphKey("date", .edge),
    GraphKey("date_end", .edge), GraphKey("date_precision", .edge), GraphKey("date_edtf", .edge),
    GraphKey("history", .edge, .int), GraphKey("stances", .edge), GraphKey("positions", .edge),
    GraphKey("summary", .edge),
  ]

  func write(to graph: GraphMLWriter) throws(ParleyError) {
    var pairs: [String: [String: [Position]]] = [:]
    for position in dossier.positions {
      pairs[position.holder, default: [:]][position.issue, default: []].append(position)
    }
    for entity in dossier.entities where pairs[entity.id] != nil {
      var data = GraphData()
      data.add("label", entity.name)
      data.add("kind", entity.kind.rawValue)
      data.add("type", "entity")
      data.add("bipartite", 0)
      try graph.node(id: entity.id, label: entity.name, data: data)
    }
    for issue in dossier.issues {
      var data = GraphData()
      data.add("label", issue.label)
      data.add("kind", "issue")
      data.add("type", "issue")
      data.add("bipartite", 1)
      try graph.node(id: issue.id, label: issue.label, data: data)
    }
    for holder in pairs.keys.sorted() {
      for issue in pairs[holder]!.keys.sorted() {
        let history = Self.chronological(pairs[holder]![issue]!)
        let latest = history.last!
        var data = GraphData()
        data.add("label", latest.stance.rawValue)
        data.add("kind", "stance")
        data.add("stance", latest.stance.rawValue)
        data.add(date: latest.date)
        data.add("history", history.count)
        data.add(
          "stances",
          list: history.map { ($0.date.map { "\($0) " } ?? "") + $0.stance.rawValue })
        data.add("positions", list: history.map(\.id))
        data.add("summary", latest.summary)
        try graph.edge(
          preferredID: "\(holder)--\(issue)", source: holder, target: issue, data: data)
      }
    }
  }

  /// Oldest first by EDTF start; undated positions count as oldest, and ties
  /// keep document order, so the last is the latest stance.
  static func chronological(_ positions: [Position]) -> [Position] {
    positions.enumerated().sorted { a, b in
      switch (a.element.date?.start, b.element.date?.start) {
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?): return x == y ? a.offset < b.offset : x < y
      }
    }.map(\.element)
  }
}
