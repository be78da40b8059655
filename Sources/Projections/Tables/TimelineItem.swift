import ParleyCore

/// One record on the timeline: a talk, an event, a statement or a position,
/// found by its kind and its place in the dossier's collection.
struct TimelineItem: Sendable {
  /// The collection a record comes from. Ties in time are broken by this
  /// name, alphabetically, then by id.
  enum Kind: String, CaseIterable, Sendable {
    /// An event.
    case event
    /// A position.
    case position
    /// A statement.
    case statement
    /// A talk.
    case talk
  }

  /// The collection.
  let kind: Kind
  /// The record's id.
  let id: String
  /// The record's date, if any.
  let date: EDTFDate?
  /// The record's index in its collection.
  let offset: Int

  /// What the item sorts by (see ``TimeOrder``).
  var sortKey: EDTFInstant? { TimeOrder.key(date) }

  /// Every talk, event, statement and position of `dossier`, dated ones in
  /// chronological order (ties by kind, then id), then, when
  /// `keepingUndated`, the undated ones by kind, then id.
  static func timeline(of dossier: Dossier, keepingUndated: Bool) -> [TimelineItem] {
    var items: [TimelineItem] = []
    items.reserveCapacity(
      dossier.talks.count + dossier.events.count + dossier.statements.count
        + dossier.positions.count)
    for (offset, talk) in dossier.talks.enumerated() {
      items.append(TimelineItem(kind: .talk, id: talk.id, date: talk.date, offset: offset))
    }
    for (offset, event) in dossier.events.enumerated() {
      items.append(TimelineItem(kind: .event, id: event.id, date: event.date, offset: offset))
    }
    for (offset, statement) in dossier.statements.enumerated() {
      items.append(
        TimelineItem(kind: .statement, id: statement.id, date: statement.date, offset: offset))
    }
    for (offset, position) in dossier.positions.enumerated() {
      items.append(
        TimelineItem(kind: .position, id: position.id, date: position.date, offset: offset))
    }
    if !keepingUndated { items.removeAll { $0.sortKey == nil } }
    return items.sorted(by: precedes)
  }

  /// The timeline order: dated before undated, earlier before later, then
  /// by kind, then by id, then by place in the dossier.
  static func precedes(_ lhs: TimelineItem, _ rhs: TimelineItem) -> Bool {
    if let earlier = TimeOrder.precedes(lhs.sortKey, rhs.sortKey) { return earlier }
    if lhs.kind != rhs.kind { return lhs.kind.rawValue < rhs.kind.rawValue }
    if lhs.id != rhs.id { return lhs.id < rhs.id }
    return lhs.offset < rhs.offset
  }
}
