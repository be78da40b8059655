import ParleyCore

/// The `positions` flavour with `--wide`: a matrix with one row per holder
/// (sorted by id) and one column per issue (in the dossier's order), each
/// cell the pair's latest stance: the stance of the position with the latest
/// date (by start), or the stances, joined with `; `, when several share it.
/// A pair with no dated position shows its undated stances, unless
/// `--undated drop`; a pair with none is an empty cell, and a holder whose
/// cells are all empty is left out.
struct StanceMatrix {
  /// The dossier.
  let dossier: Dossier
  /// Its lookups.
  let index: DossierIndex

  /// `holder`, `holder_id`, then one column per issue id.
  static func columns(of dossier: Dossier) -> [String] {
    ["holder", "holder_id"] + dossier.issues.map(\.id).uniqued()
  }

  /// One row per holder with a stance to show.
  func rows(_ keepingUndated: Bool) -> TableRows {
    let issues = dossier.issues.map(\.id).uniqued()
    // Holder → issue → positions, in the dossier's order; read by key only.
    var held: [String: [String: [Position]]] = [:]
    for position in dossier.positions {
      held[position.holder, default: [:]][position.issue, default: []].append(position)
    }
    let rows = held.keys.sorted().compactMap { holder -> [String]? in
      let byIssue = held[holder]!
      let cells = issues.map { latestStances(byIssue[$0] ?? [], keepingUndated) }
      guard cells.contains(where: { !$0.isEmpty }) else { return nil }
      return [index.name(holder), holder] + cells
    }
    return TableRows(count: rows.count) { rows[$0] }
  }

  /// The cell of one holder and issue.
  private func latestStances(_ positions: [Position], _ keepingUndated: Bool) -> String {
    let dated = positions.compactMap { position in
      TimeOrder.key(position.date).map { (position, $0) }
    }
    if let latest = dated.map(\.1).max() {
      return DossierIndex.joined(dated.filter { $0.1 == latest }.map(\.0.stance.rawValue))
    }
    guard keepingUndated else { return "" }
    return DossierIndex.joined(positions.map(\.stance.rawValue))
  }
}
