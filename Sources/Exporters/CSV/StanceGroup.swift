import ParleyCore

/// The positions one holder took on one issue at one date (the same EDTF
/// date as written, or both undated): one row of the stance table.
struct StanceGroup: Sendable {
  /// The holder's id.
  let holder: String
  /// The issue's id.
  let issue: String
  /// The date shared by the positions.
  let date: EDTFDate?
  /// The positions, in the dossier's order.
  var positions: [Position]

  /// What the group sorts by: the start of its date, or the end when the
  /// start is unknown; `nil` when undated.
  var sortKey: EDTFInstant? { date.flatMap { $0.start ?? $0.end } }

  /// The positions of `dossier` grouped by holder, issue and date, dated
  /// groups in chronological order (ties by holder id, issue id, then the
  /// date as written), then, when `keepingUndated`, the undated groups by
  /// holder id and issue id.
  static func groups(of dossier: Dossier, keepingUndated: Bool) -> [StanceGroup] {
    var groups: [StanceGroup] = []
    var slots: [String: Int] = [:]
    for position in dossier.positions {
      guard keepingUndated || position.date.flatMap({ $0.start ?? $0.end }) != nil else {
        continue
      }
      let key = [position.holder, position.issue, position.date?.description ?? ""]
        .joined(separator: "\u{0}")
      if let slot = slots[key] {
        groups[slot].positions.append(position)
      } else {
        slots[key] = groups.count
        groups.append(
          StanceGroup(
            holder: position.holder, issue: position.issue, date: position.date,
            positions: [position]))
      }
    }
    return groups.sorted(by: precedes)
  }

  /// The stance table's order.
  static func precedes(_ lhs: StanceGroup, _ rhs: StanceGroup) -> Bool {
    switch (lhs.sortKey, rhs.sortKey) {
    case (let left?, let right?) where left != right: return left < right
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    if lhs.holder != rhs.holder { return lhs.holder < rhs.holder }
    if lhs.issue != rhs.issue { return lhs.issue < rhs.issue }
    return (lhs.date?.description ?? "") < (rhs.date?.description ?? "")
  }
}
