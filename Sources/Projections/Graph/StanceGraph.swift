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
        nodes.append(
          GraphNode(id: entity.id, label: entity.name, kind: entity.kind.rawValue, type: "entity") {
            $0.add("bipartite", 0)
            return nil
          })
      },
      ElementStage(count: dossier.issues.count) { index, nodes in
        let issue = dossier.issues[index]
        nodes.append(
          GraphNode(id: issue.id, label: issue.label, kind: "issue", type: "issue") {
            $0.add("bipartite", 1)
            return nil
          })
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
        edges.append(
          GraphEdge(
            id: ids.derived("\(holder)--\(issue)"), from: holder, to: issue,
            label: latest.stance.rawValue, kind: "stance"
          ) {
            $0.add("stance", latest.stance.rawValue)
            let time = $0.add(date: latest.date)
            $0.add("history", history.count)
            $0.add(
              "stances",
              list: history.map { ($0.date.map { "\($0) " } ?? "") + $0.stance.rawValue })
            $0.add("positions", list: history.map(\.id))
            $0.add("summary", latest.summary)
            return time
          })
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
