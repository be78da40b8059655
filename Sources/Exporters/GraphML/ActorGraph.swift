import ParleyCore

/// `--graph actors`: an undirected graph of the actors (every entity but
/// places and documents), joined when they shared a talk (as parties or
/// participants) or an event (as actors or targets); the weight counts them.
struct ActorGraph {
  let dossier: Dossier

  static let keys: [GraphKey] = [
    GraphKey("label", .all), GraphKey("kind", .all), GraphKey("type", .node),
    GraphKey("weight", .edge, .int), GraphKey("talks", .edge), GraphKey("events", .edge),
  ]

  private struct Pair: Hashable, Comparable {
    let first: String
    let second: String
    static func < (lhs: Pair, rhs: Pair) -> Bool {
      (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
  }

  func write(to graph: GraphMLWriter) throws(ParleyError) {
    let actors = dossier.entities.filter { $0.kind != .place && $0.kind != .document }
    let actorIDs = Set(actors.map(\.id))
    for actor in actors {
      var data = GraphData()
      data.add("label", actor.name)
      data.add("kind", actor.kind.rawValue)
      data.add("type", "entity")
      try graph.node(id: actor.id, label: actor.name, data: data)
    }
    var talks: [Pair: [String]] = [:]
    var events: [Pair: [String]] = [:]
    for talk in dossier.talks {
      let members =
        talk.parties + talk.participants.flatMap { [$0.entity] + ($0.party.map { [$0] } ?? []) }
      for pair in Self.pairs(of: members, within: actorIDs) {
        talks[pair, default: []].append(talk.id)
      }
    }
    for event in dossier.events {
      for pair in Self.pairs(of: event.actors + event.targets, within: actorIDs) {
        events[pair, default: []].append(event.id)
      }
    }
    for pair in Set(talks.keys).union(events.keys).sorted() {
      let sharedTalks = talks[pair] ?? []
      let sharedEvents = events[pair] ?? []
      let weight = sharedTalks.count + sharedEvents.count
      var data = GraphData()
      data.add("label", "\(weight) shared")
      data.add("kind", "co-participation")
      data.add("weight", weight)
      data.add("talks", list: sharedTalks)
      data.add("events", list: sharedEvents)
      try graph.edge(
        preferredID: "\(pair.first)--\(pair.second)", source: pair.first, target: pair.second,
        data: data)
    }
  }

  /// Every unordered pair of distinct actors in one talk or event, once.
  private static func pairs(of members: [String], within actors: Set<String>) -> Set<Pair> {
    let unique = Set(members.filter(actors.contains)).sorted()
    var pairs: Set<Pair> = []
    for (index, first) in unique.enumerated() {
      for second in unique[(index + 1)...] { pairs.insert(Pair(first: first, second: second)) }
    }
    return pairs
  }
}
