import ParleyCore

/// The stances graph: a bipartite graph of holders and issues with one edge
/// per (holder, issue) pair carrying the latest stance and how many
/// positions the pair has. `bipartite` is 0 for holders and 1 for issues, as
/// networkx's bipartite algorithms expect.
struct StanceGraph {
  let dossier: Dossier

  static let attributes: [GraphAttribute] = [
    GraphAttribute("label", .all), GraphAttribute("kind", .all), GraphAttribute("type", .node),
    GraphAttribute("bipartite", .node, .integer), GraphAttribute("stance", .edge),
    GraphAttribute("date", .edge), GraphAttribute("date_end", .edge),
    GraphAttribute("date_precision", .edge), GraphAttribute("date_edtf", .edge),
    GraphAttribute("history", .edge, .integer), GraphAttribute("stances", .edge, .strings),
    GraphAttribute("positions", .edge, .strings), GraphAttribute("summary", .edge),
  ]

  func nodeStages() -> [ElementStage<GraphNode>] {
    let holders = Set(dossier.positions.map(\.holder))
    return [
      ElementStage(count: dossier.entities.count) { index, nodes in
        let entity = dossier.entities[index]
        guard holders.contains(entity.id) else { return }
        var data = GraphAttributes()
        data.add("label", entity.name)
        data.add("kind", entity.kind.rawValue)
        data.add("type", "entity")
        data.add("bipartite", 0)
        nodes.append(GraphNode(id: entity.id, label: entity.name, attributes: data))
      },
      ElementStage(count: dossier.issues.count) { index, nodes in
        let issue = dossier.issues[index]
        var data = GraphAttributes()
        data.add("label", issue.label)
        data.add("kind", "issue")
        data.add("type", "issue")
        data.add("bipartite", 1)
        nodes.append(GraphNode(id: issue.id, label: issue.label, attributes: data))
      },
    ]
  }

  func edgeStages(_ ids: EdgeIDs) -> [ElementStage<GraphEdge>] {
    var pairs: [String: [String: [Position]]] = [:]
    for position in dossier.positions {
      pairs[position.holder, default: [:]][position.issue, default: []].append(position)
    }
    let keys = pairs.keys.sorted().flatMap { holder in
      pairs[holder]!.keys.sorted().map { (holder, $0) }
    }
    return [
      ElementStage(count: keys.count) { index, edges in
        let (holder, issue) = keys[index]
        let history = Self.chronological(pairs[holder]![issue]!)
        let latest = history.last!
        var data = GraphAttributes()
        data.add("label", latest.stance.rawValue)
        data.add("kind", "stance")
        data.add("stance", latest.stance.rawValue)
        let time = data.add(date: latest.date)
        data.add("history", history.count)
        data.add(
          "stances",
          list: history.map { ($0.date.map { "\($0) " } ?? "") + $0.stance.rawValue })
        data.add("positions", list: history.map(\.id))
        data.add("summary", latest.summary)
        edges.append(
          GraphEdge(
            id: ids.derived("\(holder)--\(issue)"), source: holder, target: issue,
            label: latest.stance.rawValue, attributes: data, time: time))
      }
    ]
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
