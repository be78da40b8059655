import ParleyCore

/// The actors graph: an undirected graph of the actors (every entity but
/// places and documents), joined when they shared a talk (as parties or
/// participants) or an event (as actors or targets); the weight counts them.
struct ActorGraph {
  let dossier: Dossier

  static let attributes: [GraphAttribute] = [
    GraphAttribute("label", .all), GraphAttribute("kind", .all), GraphAttribute("type", .node),
    GraphAttribute("weight", .edge, .integer), GraphAttribute("talks", .edge, .strings),
    GraphAttribute("events", .edge, .strings),
  ]

  private struct Pair: Hashable, Comparable {
    let first: String
    let second: String
    static func < (lhs: Pair, rhs: Pair) -> Bool {
      (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
  }

  private static func isActor(_ entity: Entity) -> Bool {
    entity.kind != .place && entity.kind != .document
  }

  func nodeStages() -> [ElementStage<GraphNode>] {
    [
      ElementStage(count: dossier.entities.count) { index, nodes in
        let actor = dossier.entities[index]
        guard Self.isActor(actor) else { return }
        nodes.append(
          GraphNode(id: actor.id, label: actor.name, kind: actor.kind.rawValue, type: "entity"))
      }
    ]
  }

  func edgeStages(_ ids: EdgeIDs) -> [ElementStage<GraphEdge>] {
    let actorIDs = Set(dossier.entities.filter(Self.isActor).map(\.id))
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
    let pairs = Set(talks.keys).union(events.keys).sorted()
    return [
      ElementStage(count: pairs.count) { index, edges in
        let pair = pairs[index]
        let sharedTalks = talks[pair] ?? []
        let sharedEvents = events[pair] ?? []
        let weight = sharedTalks.count + sharedEvents.count
        edges.append(
          GraphEdge(
            id: ids.derived("\(pair.first)--\(pair.second)"), from: pair.first, to: pair.second,
            label: "\(weight) shared", kind: "co-participation"
          ) {
            $0.add("weight", weight)
            $0.add("talks", list: sharedTalks)
            $0.add("events", list: sharedEvents)
            return nil
          })
      }
    ]
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
