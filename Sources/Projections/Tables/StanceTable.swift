import ParleyCore

/// The `positions` flavour: the stance table, one row per holder, issue and
/// date, with the stance(s) taken and the evidence, in chronological order.
/// Positions of one holder on one issue at the same date share a row; their
/// stances, ids, talks, summaries, evidence and sources are joined with `; `.
struct StanceTable {
  /// The columns, in order.
  static let columns = [
    "date", "end_date", "precision", "holder", "holder_id", "issue", "issue_id", "stance",
    "positions", "talk", "summary", "evidence", "sources", "source_urls", "edtf",
  ]

  /// The dossier.
  let dossier: Dossier
  /// Its lookups.
  let index: DossierIndex

  /// One row per group, in the stance table's order.
  func rows(_ keepingUndated: Bool) -> TableRows {
    let groups = StanceGroup.groups(of: dossier, keepingUndated: keepingUndated)
    return TableRows(count: groups.count) { row(groups[$0]) }
  }

  private func row(_ group: StanceGroup) -> [String] {
    let positions = group.positions.map { dossier.positions[$0] }
    let provenance = positions.flatMap(\.sources)
    return [
      DateCells.start(group.date), DateCells.end(group.date), DateCells.precision(group.date),
      index.name(group.holder), group.holder, index.label(ofIssue: group.issue), group.issue,
      DossierIndex.joined(positions.map(\.stance.rawValue)),
      DossierIndex.joined(positions.map(\.id)),
      DossierIndex.joined(positions.compactMap(\.talk)),
      DossierIndex.joined(positions.compactMap(\.summary)),
      DossierIndex.joined(positions.flatMap(\.evidence)),
      DossierIndex.joined(DossierIndex.sourceIDs(provenance)),
      DossierIndex.joined(index.sourceURLs(provenance)),
      DateCells.edtf(group.date),
    ]
  }
}
