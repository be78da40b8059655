import ParleyCore

/// The full graph: every entity, talk and issue as a node (sources and
/// statements on request) and every tie the dossier records as a directed
/// edge.
struct FullGraph {
  let dossier: Dossier
  let withSources: Bool
  let withStatements: Bool

  init(_ projection: GraphProjection) {
    dossier = projection.dossier
    withSources = projection.extras.contains(.sources)
    withStatements = projection.extras.contains(.statements)
  }

  static let attributes: [GraphAttribute] = [
    GraphAttribute("label", .all), GraphAttribute("kind", .all), GraphAttribute("type", .node),
    GraphAttribute("date", .all), GraphAttribute("date_end", .all),
    GraphAttribute("date_precision", .all), GraphAttribute("date_edtf", .all),
    GraphAttribute("sources", .all, .strings), GraphAttribute("talk", .all),
    GraphAttribute("aliases", .node, .strings), GraphAttribute("country", .node),
    GraphAttribute("roles", .node, .strings), GraphAttribute("description", .node),
    GraphAttribute("keywords", .node, .strings), GraphAttribute("venue", .node),
    GraphAttribute("duration", .node), GraphAttribute("duration_seconds", .node, .double),
    GraphAttribute("outcome", .node), GraphAttribute("publisher", .node),
    GraphAttribute("url", .node), GraphAttribute("language", .node),
    GraphAttribute("text", .node), GraphAttribute("direct", .node, .boolean),
    GraphAttribute("speaker", .node), GraphAttribute("source_count", .node, .integer),
    GraphAttribute("role", .edge), GraphAttribute("party", .edge),
    GraphAttribute("stance", .edge), GraphAttribute("summary", .edge),
    GraphAttribute("title", .edge), GraphAttribute("cameo", .edge),
    GraphAttribute("record", .edge), GraphAttribute("quote", .edge),
    GraphAttribute("confidence", .edge, .double), GraphAttribute("span_start", .edge, .integer),
    GraphAttribute("span_end", .edge, .integer), GraphAttribute("method", .edge),
  ]

  func nodeStages() -> [ElementStage<GraphNode>] {
    var stages = [
      ElementStage(count: dossier.entities.count) { $1.append(entityNode(dossier.entities[$0])) },
      ElementStage(count: dossier.talks.count) { $1.append(talkNode(dossier.talks[$0])) },
      ElementStage(count: dossier.issues.count) { $1.append(issueNode(dossier.issues[$0])) },
    ]
    if withSources {
      stages.append(
        ElementStage(count: dossier.sources.count) { $1.append(sourceNode(dossier.sources[$0])) })
    }
    if withStatements {
      stages.append(
        ElementStage(count: dossier.statements.count) {
          $1.append(statementNode(dossier.statements[$0]))
        })
    }
    return stages
  }

  private func entityNode(_ entity: Entity) -> GraphNode {
    GraphNode(id: entity.id, label: entity.name, kind: entity.kind.rawValue, type: "entity") {
      $0.add("aliases", list: entity.aliases)
      $0.add("country", entity.country)
      $0.add("roles", list: entity.roles.map(\.title))
      $0.add(sources: entity.sources)
      $0.add("source_count", entity.sources.count)
      return nil
    }
  }

  private func talkNode(_ talk: Talk) -> GraphNode {
    GraphNode(id: talk.id, label: talk.name, kind: talk.kind.rawValue, type: "talk") {
      let time = $0.add(date: talk.date)
      $0.add("venue", talk.venue)
      $0.add("duration", talk.duration?.description)
      $0.add("duration_seconds", talk.duration?.seconds)
      $0.add("outcome", talk.outcome)
      $0.add(sources: talk.sources)
      $0.add("source_count", talk.sources.count)
      return time
    }
  }

  private func issueNode(_ issue: Issue) -> GraphNode {
    GraphNode(id: issue.id, label: issue.label, kind: "issue", type: "issue") {
      $0.add("description", issue.description)
      $0.add("keywords", list: issue.keywords)
      return nil
    }
  }

  private func sourceNode(_ source: Source) -> GraphNode {
    GraphNode(id: source.id, label: source.title, kind: "source", type: "source") {
      let time = $0.add(date: source.published)
      $0.add("publisher", source.publisher)
      $0.add("url", source.url)
      $0.add("language", source.language)
      return time
    }
  }

  private func statementNode(_ statement: Statement) -> GraphNode {
    let label = Self.shortened(statement.text)
    return GraphNode(
      id: statement.id, label: label, kind: statement.mode.rawValue, type: "statement"
    ) {
      let time = $0.add(date: statement.date)
      $0.add("text", statement.text)
      $0.add("direct", statement.mode == .direct)
      $0.add("speaker", statement.speaker)
      $0.add("talk", statement.talk)
      $0.add(sources: statement.sources)
      $0.add("source_count", statement.sources.count)
      return time
    }
  }

  /// A statement's label: its first 79 characters and an ellipsis when longer.
  static func shortened(_ text: String, limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
