import ParleyCore

/// The full graph's edges, record by record: talks, positions, statements,
/// relations, offices and citizenship, events, and on request citations.
extension FullGraph {
  func edgeStages(_ ids: EdgeIDs) -> [ElementStage<GraphEdge>] {
    // Positions and relations give their edges their own ids; derived edge
    // ids must step around them.
    ids.reserve(dossier.positions.lazy.map(\.id))
    ids.reserve(dossier.relations.lazy.map(\.id))
    var stages = [
      ElementStage(count: dossier.talks.count) { talkEdges(dossier.talks[$0], ids, &$1) },
      ElementStage(count: dossier.positions.count) {
        $1.append(positionEdge(dossier.positions[$0], ids))
      },
      ElementStage(count: dossier.statements.count) {
        statementEdges(dossier.statements[$0], ids, &$1)
      },
      ElementStage(count: dossier.relations.count) {
        $1.append(relationEdge(dossier.relations[$0], ids))
      },
      ElementStage(count: dossier.entities.count) { entityEdges(dossier.entities[$0], ids, &$1) },
      ElementStage(count: dossier.events.count) { eventEdges(dossier.events[$0], ids, &$1) },
    ]
    if withSources {
      // Each node that cites a source: entities, talks, and statements when
      // they are nodes.
      stages.append(
        ElementStage(count: dossier.entities.count) {
          sourceEdges(dossier.entities[$0].id, dossier.entities[$0].sources, ids, &$1)
        })
      stages.append(
        ElementStage(count: dossier.talks.count) {
          sourceEdges(dossier.talks[$0].id, dossier.talks[$0].sources, ids, &$1)
        })
      if withStatements {
        stages.append(
          ElementStage(count: dossier.statements.count) {
            sourceEdges(dossier.statements[$0].id, dossier.statements[$0].sources, ids, &$1)
          })
      }
    }
    return stages
  }

  /// Parties and participants to the talk, the talk to its venue and issues.
  private func talkEdges(_ talk: Talk, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    for party in talk.parties {
      var data = GraphAttributes()
      data.add("label", "party to")
      data.add("kind", "party")
      data.add("record", talk.id)
      let time = data.add(date: talk.date)
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).party.\(party)"), source: party, target: talk.id,
          label: "party to", attributes: data, time: time))
    }
    for participant in talk.participants {
      let label = participant.role ?? "participant"
      var data = GraphAttributes()
      data.add("label", label)
      data.add("kind", "participant")
      data.add("role", participant.role)
      data.add("party", participant.party)
      data.add("record", talk.id)
      let time = data.add(date: talk.date)
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).participant.\(participant.entity)"),
          source: participant.entity, target: talk.id, label: label, attributes: data, time: time))
    }
    if let venue = talk.venue {
      var data = GraphAttributes()
      data.add("label", "held in")
      data.add("kind", "venue")
      data.add("record", talk.id)
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).venue"), source: talk.id, target: venue, label: "held in",
          attributes: data))
    }
    for issue in talk.issues {
      var data = GraphAttributes()
      data.add("label", "discussed")
      data.add("kind", "agenda")
      data.add("record", talk.id)
      let time = data.add(date: talk.date)
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).issue.\(issue)"), source: talk.id, target: issue,
          label: "discussed", attributes: data, time: time))
    }
  }

  /// Holder → issue for each position.
  private func positionEdge(_ position: Position, _ ids: EdgeIDs) -> GraphEdge {
    var data = GraphAttributes()
    data.add("label", position.stance.rawValue)
    data.add("kind", "position")
    data.add("stance", position.stance.rawValue)
    let time = data.add(date: position.date)
    data.add("talk", position.talk)
    data.add("summary", position.summary)
    data.add("record", position.id)
    data.add(sources: position.sources)
    return GraphEdge(
      id: ids.record(position.id), source: position.holder, target: position.issue,
      label: position.stance.rawValue, attributes: data, time: time)
  }

  /// Speaker → statement → issue, or speaker → issue when statements are not nodes.
  private func statementEdges(_ statement: Statement, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    guard withStatements else {
      for issue in statement.issues {
        var data = GraphAttributes()
        data.add("label", "spoke on")
        data.add("kind", "statement")
        data.add("summary", statement.text)
        data.add("talk", statement.talk)
        data.add("record", statement.id)
        let time = data.add(date: statement.date)
        data.add(sources: statement.sources)
        edges.append(
          GraphEdge(
            id: ids.derived("\(statement.id).issue.\(issue)"), source: statement.speaker,
            target: issue, label: "spoke on", attributes: data, time: time))
      }
      return
    }
    var data = GraphAttributes()
    data.add("label", "said")
    data.add("kind", "said")
    data.add("record", statement.id)
    let time = data.add(date: statement.date)
    edges.append(
      GraphEdge(
        id: ids.derived("\(statement.id).speaker"), source: statement.speaker,
        target: statement.id, label: "said", attributes: data, time: time))
    for issue in statement.issues {
      var data = GraphAttributes()
      data.add("label", "about")
      data.add("kind", "about")
      data.add("record", statement.id)
      edges.append(
        GraphEdge(
          id: ids.derived("\(statement.id).issue.\(issue)"), source: statement.id, target: issue,
          label: "about", attributes: data))
    }
  }

  /// From → to for each relation, with the period it held.
  private func relationEdge(_ relation: Relation, _ ids: EdgeIDs) -> GraphEdge {
    var data = GraphAttributes()
    data.add("label", relation.kind.rawValue)
    data.add("kind", relation.kind.rawValue)
    data.add("record", relation.id)
    let time = data.add(from: relation.since, until: relation.until)
    data.add(sources: relation.sources)
    return GraphEdge(
      id: ids.record(relation.id), source: relation.from, target: relation.to,
      label: relation.kind.rawValue, attributes: data, time: time)
  }

  /// Offices (person → body) and citizenship (entity → state).
  private func entityEdges(_ entity: Entity, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    for (index, role) in entity.roles.enumerated() {
      guard let body = role.of else { continue }
      var data = GraphAttributes()
      data.add("label", role.title)
      data.add("kind", "role")
      data.add("title", role.title)
      data.add("record", entity.id)
      let time = data.add(from: role.from, until: role.until)
      edges.append(
        GraphEdge(
          id: ids.derived("\(entity.id).role.\(index)"), source: entity.id, target: body,
          label: role.title, attributes: data, time: time))
    }
    if let country = entity.country {
      var data = GraphAttributes()
      data.add("label", "country")
      data.add("kind", "country")
      data.add("record", entity.id)
      edges.append(
        GraphEdge(
          id: ids.derived("\(entity.id).country"), source: entity.id, target: country,
          label: "country", attributes: data))
    }
  }

  /// Actor → target for each event that has both.
  private func eventEdges(_ event: Event, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    for actor in event.actors {
      for target in event.targets {
        var data = GraphAttributes()
        data.add("label", event.title)
        data.add("kind", "event")
        data.add("title", event.title)
        data.add("summary", event.summary)
        data.add("cameo", event.cameo)
        data.add("talk", event.talk)
        data.add("record", event.id)
        let time = data.add(date: event.date)
        data.add(sources: event.sources)
        edges.append(
          GraphEdge(
            id: ids.derived("\(event.id).\(actor).\(target)"), source: actor, target: target,
            label: event.title, attributes: data, time: time))
      }
    }
  }

  /// Each node that cites a source → the source, with the span and quote.
  private func sourceEdges(
    _ id: String, _ entries: [Provenance], _ ids: EdgeIDs, _ edges: inout [GraphEdge]
  ) {
    for (index, entry) in entries.enumerated() {
      var data = GraphAttributes()
      data.add("label", "cited in")
      data.add("kind", "source")
      data.add("quote", entry.quote)
      data.add("confidence", entry.confidence)
      data.add("span_start", entry.span?.start)
      data.add("span_end", entry.span?.end)
      data.add("method", (entry.method ?? .curated).rawValue)
      data.add("record", id)
      edges.append(
        GraphEdge(
          id: ids.derived("\(id).source.\(index)"), source: id, target: entry.source,
          label: "cited in", attributes: data))
    }
  }
}
