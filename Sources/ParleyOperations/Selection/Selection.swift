import ParleyCore

/// Which talks, positions, statements and events to keep of a dossier, and
/// with them everything they refer to (docs/toolkit.md, "Select").
///
/// A record of a selected kind is kept when it matches every criterion
/// given; the values of one criterion are alternatives. An empty selection
/// keeps the dossier as it is.
package struct Selection: Sendable {
  /// The record kinds a selection chooses among.
  package enum Kind: String, CaseIterable, Sendable {
    /// Talks.
    case talk
    /// Positions.
    case position
    /// Statements.
    case statement
    /// Events.
    case event
  }

  /// What becomes of undated records when a date window is given.
  package enum Undated: String, CaseIterable, Sendable {
    /// They are kept.
    case keep
    /// They are dropped.
    case drop
  }

  /// The window's first date: records that can fall on or after it.
  package var since: EDTFDate?
  /// The window's last date: records that can fall on or before it.
  package var until: EDTFDate?
  /// Undated records, when there is a window.
  package var undated = Undated.drop
  /// Actors, by id, name or alias.
  package var actors: [String] = []
  /// Issues, by id or label.
  package var issues: [String] = []
  /// Talks, by id or name.
  package var talks: [String] = []
  /// Position stances.
  package var stances: Set<Stance> = []
  /// The kinds kept; all when empty.
  package var kinds: Set<Kind> = []

  /// Creates an empty selection.
  package init() {}

  /// Whether the selection has no criterion, and keeps everything.
  package var isEmpty: Bool {
    since == nil && until == nil && actors.isEmpty && issues.isEmpty && talks.isEmpty
      && stances.isEmpty && kinds.isEmpty
  }

  /// Checks what can be checked without a dossier: that the window is not
  /// empty.
  ///
  /// - Throws: ``SelectionError/emptyWindow(since:until:)``.
  package func check() throws(SelectionError) {
    if let since, let until, let start = since.start, let end = until.end, end < start {
      throw .emptyWindow(since: since.description, until: until.description)
    }
  }

  /// The part of `dossier` the selection keeps: a valid dossier when
  /// `dossier` is one.
  ///
  /// - Throws: ``SelectionError`` when an actor, issue or talk named names
  ///   nothing in the dossier, or the window is empty.
  package func apply(to dossier: Dossier) throws(SelectionError) -> Dossier {
    guard !isEmpty else { return dossier }
    try check()
    let matcher = try Matcher(self, dossier: dossier)
    let positions = dossier.positions.filter(matcher.matches)
    let events = dossier.events.filter(matcher.matches)
    // Statements a kept position cites, and talks a kept record took place
    // at, come along unless their kind is left out.
    var statementIDs = Set(dossier.statements.lazy.filter(matcher.matches).map(\.id))
    if allows(.statement) { statementIDs.formUnion(positions.lazy.flatMap(\.evidence)) }
    let statements = dossier.statements.filter { statementIDs.contains($0.id) }
    var talkIDs = Set(dossier.talks.lazy.filter(matcher.matches).map(\.id))
    if allows(.talk) {
      talkIDs.formUnion(positions.lazy.compactMap(\.talk))
      talkIDs.formUnion(statements.lazy.compactMap(\.talk))
      talkIDs.formUnion(events.lazy.compactMap(\.talk))
    }
    var selected = dossier
    selected.talks = dossier.talks.filter { talkIDs.contains($0.id) }
    selected.positions = positions
    selected.statements = statements
    selected.events = events
    return Closure(of: selected).dossier
  }

  /// Whether records of `kind` may be kept.
  private func allows(_ kind: Kind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
