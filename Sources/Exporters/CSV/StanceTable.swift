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
  /// The options.
  let settings: CSVSettings

  /// Writes the header and the rows.
  func write(to table: CSVTableWriter) throws(ParleyError) {
    try table.header(Self.columns)
    for group in StanceGroup.groups(of: dossier, keepingUndated: settings.keepsUndated) {
      let positions = group.positions
      let provenance = positions.flatMap(\.sources)
      try table.row([
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
      ])
    }
  }
}
