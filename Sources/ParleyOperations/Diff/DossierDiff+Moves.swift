import ParleyCore

extension DossierDiff {
  /// The holders and issues whose latest stance differs between the two
  /// lists of positions.
  static func moves(from old: [Position], to new: [Position]) -> [Move] {
    let before = latest(old)
    let after = latest(new)
    return after.order.compactMap { pair in
      guard let was = before.stands[pair], let now = after.stands[pair] else { return nil }
      guard was.stance != now.stance else { return nil }
      return Move(holder: pair.holder, issue: pair.issue, old: was, new: now)
    }
  }

  /// Each holder and issue's latest position: the one whose date starts
  /// last, an undated one before any dated; among equals, the last listed.
  /// `order` lists the pairs by where their latest position stands.
  private static func latest(_ positions: [Position]) -> (stands: [Pair: Stand], order: [Pair]) {
    var best: [Pair: (index: Int, start: EDTFInstant?)] = [:]
    for (index, position) in positions.enumerated() {
      let pair = Pair(holder: position.holder, issue: position.issue)
      let start = position.date.flatMap { $0.start ?? $0.end }
      if let current = best[pair], Self.isLater(current.start, than: start) { continue }
      best[pair] = (index, start)
    }
    let order = best.sorted { $0.value.index < $1.value.index }.map(\.key)
    var stands: [Pair: Stand] = [:]
    for (pair, choice) in best {
      let position = positions[choice.index]
      stands[pair] = Stand(position: position.id, stance: position.stance, date: position.date)
    }
    return (stands, order)
  }

  /// Whether a position starting at `start` stays latest against a later
  /// listed one starting at `other`: only when it starts strictly later.
  private static func isLater(_ start: EDTFInstant?, than other: EDTFInstant?) -> Bool {
    switch (start, other) {
    case (nil, _): false
    case (_?, nil): true
    case (let start?, let other?): start > other
    }
  }

  /// A holder and an issue.
  struct Pair: Hashable {
    var holder: String
    var issue: String
  }
}
