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
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).party.\(party)"), from: party, to: talk.id,
          label: "party to", kind: "party"
        ) {
          $0.add("record", talk.id)
          return $0.add(date: talk.date)
        })
    }
    for participant in talk.participants {
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).participant.\(participant.entity)"),
          from: participant.entity, to: talk.id, label: participant.role ?? "participant",
          kind: "participant"
        ) {
          $0.add("role", participant.role)
          $0.add("party", participant.party)
          $0.add("record", talk.id)
          return $0.add(date: talk.date)
        })
    }
    if let venue = talk.venue {
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).venue"), from: talk.id, to: venue, label: "held in",
          kind: "venue"
        ) {
          $0.add("record", talk.id)
          return nil
        })
    }
    for issue in talk.issues {
      edges.append(
        GraphEdge(
          id: ids.derived("\(talk.id).issue.\(issue)"), from: talk.id, to: issue,
          label: "discussed", kind: "agenda"
        ) {
          $0.add("record", talk.id)
          return $0.add(date: talk.date)
        })
    }
  }

  /// Holder → issue for each position.
  private func positionEdge(_ position: Position, _ ids: EdgeIDs) -> GraphEdge {
    GraphEdge(
      id: ids.record(position.id), from: position.holder, to: position.issue,
      label: position.stance.rawValue, kind: "position"
    ) {
      $0.add("stance", position.stance.rawValue)
      let time = $0.add(date: position.date)
      $0.add("talk", position.talk)
      $0.add("summary", position.summary)
      $0.add("record", position.id)
      $0.add(sources: position.sources)
      return time
    }
  }

  /// Speaker → statement → issue, or speaker → issue when statements are not nodes.
  private func statementEdges(_ statement: Statement, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    guard withStatements else {
      for issue in statement.issues {
        edges.append(
          GraphEdge(
            id: ids.derived("\(statement.id).issue.\(issue)"), from: statement.speaker,
            to: issue, label: "spoke on", kind: "statement"
          ) {
            $0.add("summary", statement.text)
            $0.add("talk", statement.talk)
            $0.add("record", statement.id)
            let time = $0.add(date: statement.date)
            $0.add(sources: statement.sources)
            return time
          })
      }
      return
    }
    edges.append(
      GraphEdge(
        id: ids.derived("\(statement.id).speaker"), from: statement.speaker, to: statement.id,
        label: "said", kind: "said"
      ) {
        $0.add("record", statement.id)
        return $0.add(date: statement.date)
      })
    for issue in statement.issues {
      edges.append(
        GraphEdge(
          id: ids.derived("\(statement.id).issue.\(issue)"), from: statement.id, to: issue,
          label: "about", kind: "about"
        ) {
          $0.add("record", statement.id)
          return nil
        })
    }
  }

  /// From → to for each relation, with the period it held.
  private func relationEdge(_ relation: Relation, _ ids: EdgeIDs) -> GraphEdge {
    GraphEdge(
      id: ids.record(relation.id), from: relation.from, to: relation.to,
      label: relation.kind.rawValue, kind: relation.kind.rawValue
    ) {
      $0.add("record", relation.id)
      let time = $0.add(from: relation.since, until: relation.until)
      $0.add(sources: relation.sources)
      return time
    }
  }

  /// Offices (person → body) and citizenship (entity → state).
  private func entityEdges(_ entity: Entity, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    for (index, role) in entity.roles.enumerated() {
      guard let body = role.of else { continue }
      edges.append(
        GraphEdge(
          id: ids.derived("\(entity.id).role.\(index)"), from: entity.id, to: body,
          label: role.title, kind: "role"
        ) {
          $0.add("title", role.title)
          $0.add("record", entity.id)
          return $0.add(from: role.from, until: role.until)
        })
    }
    if let country = entity.country {
      edges.append(
        GraphEdge(
          id: ids.derived("\(entity.id).country"), from: entity.id, to: country,
          label: "country", kind: "country"
        ) {
          $0.add("record", entity.id)
          return nil
        })
    }
  }

  /// Actor → target for each event that has both.
  private func eventEdges(_ event: Event, _ ids: EdgeIDs, _ edges: inout [GraphEdge]) {
    for actor in event.actors {
      for target in event.targets {
        edges.append(
          GraphEdge(
            id: ids.derived("\(event.id).\(actor).\(target)"), from: actor, to: target,
            label: event.title, kind: "event"
          ) {
            $0.add("title", event.title)
            $0.add("summary", event.summary)
            $0.add("cameo", event.cameo)
            $0.add("talk", event.talk)
            $0.add("record", event.id)
            let time = $0.add(date: event.date)
            $0.add(sources: event.sources)
            return time
          })
      }
    }
  }

  /// Each node that cites a source → the source, with the span and quote.
  private func sourceEdges(
    _ id: String, _ entries: [Provenance], _ ids: EdgeIDs, _ edges: inout [GraphEdge]
  ) {
    for (index, entry) in entries.enumerated() {
      edges.append(
        GraphEdge(
          id: ids.derived("\(id).source.\(index)"), from: id, to: entry.source,
          label: "cited in", kind: "source"
        ) {
          $0.add("quote", entry.quote)
          $0.add("confidence", entry.confidence)
          $0.add("span_start", entry.span?.start)
          $0.add("span_end", entry.span?.end)
          $0.add("method", (entry.method ?? .curated).rawValue)
          $0.add("record", id)
          return nil
        })
    }
  }
}
