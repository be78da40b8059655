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
    var data = GraphAttributes()
    data.add("label", entity.name)
    data.add("kind", entity.kind.rawValue)
    data.add("type", "entity")
    data.add("aliases", list: entity.aliases)
    data.add("country", entity.country)
    data.add("roles", list: entity.roles.map(\.title))
    data.add(sources: entity.sources)
    data.add("source_count", entity.sources.count)
    return GraphNode(id: entity.id, label: entity.name, attributes: data)
  }

  private func talkNode(_ talk: Talk) -> GraphNode {
    var data = GraphAttributes()
    data.add("label", talk.name)
    data.add("kind", talk.kind.rawValue)
    data.add("type", "talk")
    let time = data.add(date: talk.date)
    data.add("venue", talk.venue)
    data.add("duration", talk.duration?.description)
    data.add("duration_seconds", talk.duration?.seconds)
    data.add("outcome", talk.outcome)
    data.add(sources: talk.sources)
    data.add("source_count", talk.sources.count)
    return GraphNode(id: talk.id, label: talk.name, attributes: data, time: time)
  }

  private func issueNode(_ issue: Issue) -> GraphNode {
    var data = GraphAttributes()
    data.add("label", issue.label)
    data.add("kind", "issue")
    data.add("type", "issue")
    data.add("description", issue.description)
    data.add("keywords", list: issue.keywords)
    return GraphNode(id: issue.id, label: issue.label, attributes: data)
  }

  private func sourceNode(_ source: Source) -> GraphNode {
    var data = GraphAttributes()
    data.add("label", source.title)
    data.add("kind", "source")
    data.add("type", "source")
    let time = data.add(date: source.published)
    data.add("publisher", source.publisher)
    data.add("url", source.url)
    data.add("language", source.language)
    return GraphNode(id: source.id, label: source.title, attributes: data, time: time)
  }

  private func statementNode(_ statement: Statement) -> GraphNode {
    let label = Self.shortened(statement.text)
    var data = GraphAttributes()
    data.add("label", label)
    data.add("kind", statement.mode.rawValue)
    data.add("type", "statement")
    let time = data.add(date: statement.date)
    data.add("text", statement.text)
    data.add("direct", statement.mode == .direct)
    data.add("speaker", statement.speaker)
    data.add("talk", statement.talk)
    data.add(sources: statement.sources)
    data.add("source_count", statement.sources.count)
    return GraphNode(id: statement.id, label: label, attributes: data, time: time)
  }

  /// A statement's label: its first 79 characters and an ellipsis when longer.
  static func shortened(_ text: String, limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
