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
  /// The positions' indexes in the dossier, in its order.
  var positions: [Int]

  /// What the group sorts by (see ``TimeOrder``).
  var sortKey: EDTFInstant? { TimeOrder.key(date) }

  /// The positions of `dossier` grouped by holder, issue and date, dated
  /// groups in chronological order (ties by holder id, issue id, then the
  /// date as written), then, when `keepingUndated`, the undated groups by
  /// holder id and issue id.
  static func groups(of dossier: Dossier, keepingUndated: Bool) -> [StanceGroup] {
    var groups: [StanceGroup] = []
    var slots: [String: Int] = [:]
    for (offset, position) in dossier.positions.enumerated() {
      guard keepingUndated || TimeOrder.key(position.date) != nil else { continue }
      let key = [position.holder, position.issue, position.date?.description ?? ""]
        .joined(separator: "\u{0}")
      if let slot = slots[key] {
        groups[slot].positions.append(offset)
      } else {
        slots[key] = groups.count
        groups.append(
          StanceGroup(
            holder: position.holder, issue: position.issue, date: position.date,
            positions: [offset]))
      }
    }
    return groups.sorted(by: precedes)
  }

  /// The stance table's order.
  static func precedes(_ lhs: StanceGroup, _ rhs: StanceGroup) -> Bool {
    if let earlier = TimeOrder.precedes(lhs.sortKey, rhs.sortKey) { return earlier }
    if lhs.holder != rhs.holder { return lhs.holder < rhs.holder }
    if lhs.issue != rhs.issue { return lhs.issue < rhs.issue }
    return (lhs.date?.description ?? "") < (rhs.date?.description ?? "")
  }
}
