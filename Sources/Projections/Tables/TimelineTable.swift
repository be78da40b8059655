import ParleyCore

/// The `timeline` flavour: one row per talk, event, statement and position,
/// in chronological order (see ``TimelineItem``).
struct TimelineTable {
  /// The columns, in order.
  static let columns = [
    "date", "end_date", "precision", "kind", "id", "title", "summary", "actors", "actor_ids",
    "talk", "issues", "stance", "location", "cameo", "sources", "source_urls", "category",
    "targets", "target_ids", "edtf",
  ]

  /// The dossier.
  let dossier: Dossier
  /// Its lookups.
  let index: DossierIndex

  /// The rows, in timeline order.
  func rows(_ keepingUndated: Bool) -> TableRows {
    let items = TimelineItem.timeline(of: dossier, keepingUndated: keepingUndated)
    return TableRows(count: items.count) { row(for: items[$0]) }
  }

  /// The cells of one item, in column order.
  func row(for item: TimelineItem) -> [String] {
    var cells = Cells(item: item)
    switch item.kind {
    case .talk:
      let talk = dossier.talks[item.offset]
      cells.title = talk.name
      cells.summary = talk.outcome ?? ""
      cells.actorIDs = talk.parties + talk.participants.map(\.entity)
      cells.talk = talk.id
      cells.issues = talk.issues
      cells.location = talk.venue.map(index.name) ?? ""
      cells.category = talk.kind.rawValue
      cells.provenance = talk.sources
    case .event:
      let event = dossier.events[item.offset]
      cells.title = event.title
      cells.summary = event.summary ?? ""
      cells.actorIDs = event.actors
      cells.talk = event.talk ?? ""
      cells.issues = event.issues
      cells.location = event.location.map(index.name) ?? ""
      cells.cameo = event.cameo ?? ""
      cells.category = event.kind.rawValue
      cells.targetIDs = event.targets
      cells.provenance = event.sources
    case .statement:
      let statement = dossier.statements[item.offset]
      cells.title = index.name(statement.speaker)
      cells.summary = statement.text
      cells.actorIDs = [statement.speaker]
      cells.talk = statement.talk ?? ""
      cells.issues = statement.issues
      cells.category = statement.mode.rawValue
      cells.provenance = statement.sources
    case .position:
      let position = dossier.positions[item.offset]
      cells.title = index.title(of: position)
      cells.summary = position.summary ?? ""
      cells.actorIDs = [position.holder]
      cells.talk = position.talk ?? ""
      cells.issues = [position.issue]
      cells.stance = position.stance.rawValue
      cells.provenance = position.sources
    }
    return cells.values(index)
  }

  /// The cells of a row before they are joined into text.
  private struct Cells {
    let item: TimelineItem
    var title = ""
    var summary = ""
    var actorIDs: [String] = []
    var talk = ""
    var issues: [String] = []
    var stance = ""
    var location = ""
    var cameo = ""
    var category = ""
    var targetIDs: [String] = []
    var provenance: [Provenance] = []

    func values(_ index: DossierIndex) -> [String] {
      let actors = actorIDs.uniqued()
      let targets = targetIDs.uniqued()
      return [
        DateCells.start(item.date), DateCells.end(item.date), DateCells.precision(item.date),
        item.kind.rawValue, item.id, title, summary, index.names(actors).joined(separator: "; "),
        DossierIndex.joined(actors), talk, DossierIndex.joined(issues), stance, location, cameo,
        DossierIndex.joined(DossierIndex.sourceIDs(provenance)),
        DossierIndex.joined(index.sourceURLs(provenance)), category,
        index.names(targets).joined(separator: "; "), DossierIndex.joined(targets),
        DateCells.edtf(item.date),
      ]
    }
  }
}
