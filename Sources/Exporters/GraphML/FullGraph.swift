import ParleyCore

/// `--graph full`: every entity, talk and issue as a node (sources and
/// statements on request) and every tie the dossier records as a directed edge.
struct FullGraph {
  let dossier: Dossier
  let withSources: Bool
  let withStatements: Bool

  static let keys: [GraphKey] = [
    GraphKey("label", .all), GraphKey("kind", .all), GraphKey("type", .node),
    GraphKey("date", .all), GraphKey("date_end", .all), GraphKey("date_precision", .all),
    GraphKey("date_edtf", .all), GraphKey("sources", .all), GraphKey("talk", .all),
    GraphKey("aliases", .node), GraphKey("country", .node), GraphKey("roles", .node),
    GraphKey("description", .node), GraphKey("keywords", .node), GraphKey("venue", .node),
    GraphKey("duration", .node), GraphKey("duration_seconds", .node, .double),
    GraphKey("outcome", .node), GraphKey("publisher", .node), GraphKey("url", .node),
    GraphKey("language", .node), GraphKey("text", .node), GraphKey("direct", .node, .boolean),
    GraphKey("speaker", .node), GraphKey("source_count", .node, .int),
    GraphKey("role", .edge), GraphKey("party", .edge), GraphKey("stance", .edge),
    GraphKey("summary", .edge), GraphKey("title", .edge), GraphKey("cameo", .edge),
    GraphKey("record", .edge), GraphKey("quote", .edge), GraphKey("confidence", .edge, .double),
    GraphKey("span_start", .edge, .int), GraphKey("span_end", .edge, .int),
    GraphKey("method", .edge),
  ]

  func write(to graph: GraphMLWriter) throws(ParleyError) {
    // Positions and relations give their edges their own ids; derived edge
    // ids must step around them.
    graph.reserveEdgeIDs(dossier.positions.map(\.id) + dossier.relations.map(\.id))
    try writeNodes(graph)
    try writeTalkEdges(graph)
    try writePositionEdges(graph)
    try writeStatementEdges(graph)
    try writeEntityEdges(graph)
    try writeEventEdges(graph)
    if withSources { try writeSourceEdges(graph) }
  }

  private func writeNodes(_ graph: GraphMLWriter) throws(ParleyError) {
    for entity in dossier.entities {
      var data = GraphData()
      data.add("label", entity.name)
      data.add("kind", entity.kind.rawValue)
      data.add("type", "entity")
      data.add("aliases", list: entity.aliases)
      data.add("country", entity.country)
      data.add("roles", list: entity.roles.map(\.title))
      data.add(sources: entity.sources)
      data.add("source_count", entity.sources.count)
      try graph.node(id: entity.id, label: entity.name, data: data)
    }
    for talk in dossier.talks {
      var data = GraphData()
      data.add("label", talk.name)
      data.add("kind", talk.kind.rawValue)
      data.add("type", "talk")
      data.add(date: talk.date)
      data.add("venue", talk.venue)
      data.add("duration", talk.duration?.description)
      data.add("duration_seconds", talk.duration?.seconds)
      data.add("outcome", talk.outcome)
      data.add(sources: talk.sources)
      data.add("source_count", talk.sources.count)
      try graph.node(id: talk.id, label: talk.name, data: data)
    }
    for issue in dossier.issues {
      var data = GraphData()
      data.add("label", issue.label)
      data.add("kind", "issue")
      data.add("type", "issue")
      data.add("description", issue.description)
      data.add("keywords", list: issue.keywords)
      try graph.node(id: issue.id, label: issue.label, data: data)
    }
    if withSources {
      for source in dossier.sources {
        var data = GraphData()
        data.add("label", source.title)
        data.add("kind", "source")
        data.add("type", "source")
        data.add(date: source.published)
        data.add("publisher", source.publisher)
        data.add("url", source.url)
        data.add("language", source.language)
        try graph.node(id: source.id, label: source.title, data: data)
      }
    }
    if withStatements {
      for statement in dossier.statements {
        let label = Self.shortened(statement.text)
        var data = GraphData()
        data.add("label", label)
        data.add("kind", statement.mode.rawValue)
        data.add("type", "statement")
        data.add(date: statement.date)
        data.add("text", statement.text)
        data.add("direct", statement.mode == .direct)
        data.add("speaker", statement.speaker)
        data.add("talk", statement.talk)
        data.add(sources: statement.sources)
        data.add("source_count", statement.sources.count)
        try graph.node(id: statement.id, label: label, data: data)
      }
    }
  }

  /// Parties and participants to the talk, the talk to its venue and issues.
  private func writeTalkEdges(_ graph: GraphMLWriter) throws(ParleyError) {
    for talk in dossier.talks {
      for party in talk.parties {
        var data = GraphData()
        data.add("label", "party to")
        data.add("kind", "party")
        data.add("record", talk.id)
        data.add(date: talk.date)
        try graph.edge(
          preferredID: "\(talk.id).party.\(party)", source: party, target: talk.id, data: data)
      }
      for participant in talk.participants {
        var data = GraphData()
        data.add("label", participant.role ?? "participant")
        data.add("kind", "participant")
        data.add("role", participant.role)
        data.add("party", participant.party)
        data.add("record", talk.id)
        data.add(date: talk.date)
        try graph.edge(
          preferredID: "\(talk.id).participant.\(participant.entity)", source: participant.entity,
          target: talk.id, data: data)
      }
      if let venue = talk.venue {
        var data = GraphData()
        data.add("label", "held in")
        data.add("kind", "venue")
        data.add("record", talk.id)
        try graph.edge(preferredID: "\(talk.id).venue", source: talk.id, target: venue, data: data)
      }
      for issue in talk.issues {
        var data = GraphData()
        data.add("label", "discussed")
        data.add("kind", "agenda")
        data.add("record", talk.id)
        data.add(date: talk.date)
        try graph.edge(
          preferredID: "\(talk.id).issue.\(issue)", source: talk.id, target: issue, data: data)
      }
    }
  }

  /// The stance graph: holder → issue for each position.
  private func writePositionEdges(_ graph: GraphMLWriter) throws(ParleyError) {
    for position in dossier.positions {
      var data = GraphData()
      data.add("label", position.stance.rawValue)
      data.add("kind", "position")
      data.add("stance", position.stance.rawValue)
      data.add(date: position.date)
      data.add("talk", position.talk)
      data.add("summary", position.summary)
      data.add("record", position.id)
      data.add(sources: position.sources)
      try graph.edge(
        recordID: position.id, source: position.holder, target: position.issue, data: data)
    }
  }

  /// Speaker → statement → issue, or speaker → issue when statements are not nodes.
  private func writeStatementEdges(_ graph: GraphMLWriter) throws(ParleyError) {
    for statement in dossier.statements {
      if withStatements {
        var data = GraphData()
        data.add("label", "said")
        data.add("kind", "said")
        data.add("record", statement.id)
        data.add(date: statement.date)
        try graph.edge(
          preferredID: "\(statement.id).speaker", source: statement.speaker, target: statement.id,
          data: data)
        for issue in statement.issues {
          var data = GraphData()
          data.add("label", "about")
          data.add("kind", "about")
          data.add("record", statement.id)
          try graph.edge(
            preferredID: "\(statement.id).issue.\(issue)", source: statement.id, target: issue,
            data: data)
        }
      } else {
        for issue in statement.issues {
          var data = GraphData()
          data.add("label", "spoke on")
          data.add("kind", "statement")
          data.add("summary", statement.text)
          data.add("talk", statement.talk)
          data.add("record", statement.id)
          data.add(date: statement.date)
          data.add(sources: statement.sources)
          try graph.edge(
            preferredID: "\(statement.id).issue.\(issue)", source: statement.speaker, target: issue,
            data: data)
        }
      }
    }
  }

  /// Relations, offices (person → body) and citizenship (entity → state).
  private func writeEntityEdges(_ graph: GraphMLWriter) throws(ParleyError) {
    for relation in dossier.relations {
      var data = GraphData()
      data.add("label", relation.kind.rawValue)
      data.add("kind", relation.kind.rawValue)
      data.add("record", relation.id)
      data.add(from: relation.since, until: relation.until)
      data.add(sources: relation.sources)
      try graph.edge(
        recordID: relation.id, source: relation.from, target: relation.to, data: data)
    }
    for entity in dossier.entities {
      for (index, role) in entity.roles.enumerated() {
        guard let body = role.of else { continue }
        var data = GraphData()
        data.add("label", role.title)
        data.add("kind", "role")
        data.add("title", role.title)
        data.add("record", entity.id)
        data.add(from: role.from, until: role.until)
        try graph.edge(
          preferredID: "\(entity.id).role.\(index)", source: entity.id, target: body, data: data)
      }
      if let country = entity.country {
        var data = GraphData()
        data.add("label", "country")
        data.add("kind", "country")
        data.add("record", entity.id)
        try graph.edge(
          preferredID: "\(entity.id).country", source: entity.id, target: country, data: data)
      }
    }
  }

  /// Actor → target for each event that has both.
  private func writeEventEdges(_ graph: GraphMLWriter) throws(ParleyError) {
    for event in dossier.events {
      for actor in event.actors {
        for target in event.targets {
          var data = GraphData()
          data.add("label", event.title)
          data.add("kind", "event")
          data.add("title", event.title)
          data.add("summary", event.summary)
          data.add("cameo", event.cameo)
          data.add("talk", event.talk)
          data.add("record", event.id)
          data.add(date: event.date)
          data.add(sources: event.sources)
          try graph.edge(
            preferredID: "\(event.id).\(actor).\(target)", source: actor, target: target, data: data
          )
        }
      }
    }
  }

  /// Each node that cites a source → the source, with the span and quote.
  private func writeSourceEdges(_ graph: GraphMLWriter) throws(ParleyError) {
    var cited: [(String, [Provenance])] = dossier.entities.map { ($0.id, $0.sources) }
    cited += dossier.talks.map { ($0.id, $0.sources) }
    if withStatements { cited += dossier.statements.map { ($0.id, $0.sources) } }
    for (id, entries) in cited {
      for (index, entry) in entries.enumerated() {
        var data = GraphData()
        data.add("label", "cited in")
        data.add("kind", "source")
        data.add("quote", entry.quote)
        data.add("confidence", entry.confidence)
        data.add("span_start", entry.span?.start)
        data.add("span_end", entry.span?.end)
        data.add("method", (entry.method ?? .curated).rawValue)
        data.add("record", id)
        try graph.edge(
          preferredID: "\(id).source.\(index)", source: id, target: entry.source, data: data)
      }
    }
  }

  static func shortened(_ text: String, limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
