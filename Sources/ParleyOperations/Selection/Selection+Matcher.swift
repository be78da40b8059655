import ParleyCore

extension Selection {
  /// A selection resolved against one dossier: names turned into ids, the
  /// window into instants. Answers, record by record, whether it matches.
  struct Matcher {
    let kinds: Set<Kind>
    let window: DateWindow?
    let keepsUndated: Bool
    let actors: Set<String>?
    let issues: Set<String>?
    let talks: Set<String>?
    let stances: Set<Stance>?

    init(_ selection: Selection, dossier: Dossier) throws(SelectionError) {
      kinds = selection.kinds
      window =
        selection.since == nil && selection.until == nil
        ? nil : DateWindow(since: selection.since, until: selection.until)
      keepsUndated = selection.undated == .keep
      stances = selection.stances.isEmpty ? nil : selection.stances
      actors = try Self.resolve(
        selection.actors, noun: "actor",
        records: dossier.entities.map { ($0.id, [$0.name] + $0.aliases) })
      issues = try Self.resolve(
        selection.issues, noun: "issue", records: dossier.issues.map { ($0.id, [$0.label]) })
      talks = try Self.resolve(
        selection.talks, noun: "talk", records: dossier.talks.map { ($0.id, [$0.name]) })
    }

    /// The ids `values` name: a value is an id, or else every record one of
    /// whose names folds to the same text. `nil` when no value is given.
    private static func resolve(
      _ values: [String], noun: String, records: [(id: String, names: [String])]
    ) throws(SelectionError) -> Set<String>? {
      guard !values.isEmpty else { return nil }
      let ids = Set(records.map(\.id))
      var resolved: Set<String> = []
      for value in values {
        if ids.contains(value) {
          resolved.insert(value)
          continue
        }
        let folded = FoldedName(value)
        let named = records.filter { record in
          FoldedName(record.id) == folded || record.names.contains { FoldedName($0) == folded }
        }
        guard !named.isEmpty else {
          let candidates = records.flatMap { [$0.id] + $0.names }
          throw .unknown(
            noun: noun, value: value, suggestion: Suggestions.nearest(to: value, in: candidates))
        }
        resolved.formUnion(named.map(\.id))
      }
      return resolved
    }

    func matches(_ talk: Talk) -> Bool {
      common(.talk, talk.date, talk: talk.id, issues: talk.issues)
        && stances == nil
        && actors.map { actors in
          talk.parties.contains(where: actors.contains)
            || talk.participants.contains {
              actors.contains($0.entity) || $0.party.map(actors.contains) == true
            }
        } ?? true
    }

    func matches(_ position: Position) -> Bool {
      common(.position, position.date, talk: position.talk, issues: [position.issue])
        && (stances?.contains(position.stance) ?? true)
        && (actors?.contains(position.holder) ?? true)
    }

    func matches(_ statement: Statement) -> Bool {
      common(.statement, statement.date, talk: statement.talk, issues: statement.issues)
        && stances == nil
        && (actors?.contains(statement.speaker) ?? true)
    }

    func matches(_ event: Event) -> Bool {
      common(.event, event.date, talk: event.talk, issues: event.issues)
        && stances == nil
        && actors.map { actors in
          event.actors.contains(where: actors.contains)
            || event.targets.contains(where: actors.contains)
        } ?? true
    }

    /// The criteria every kind shares: the kind, the window, the issue and
    /// the talk.
    private func common(_ kind: Kind, _ date: EDTFDate?, talk: String?, issues: [String]) -> Bool {
      guard kinds.isEmpty || kinds.contains(kind) else { return false }
      if let window {
        guard let date else { return keepsUndated }
        guard window.overlaps(date) else { return false }
      }
      if let talks, !(talk.map(talks.contains) ?? false) { return false }
      if let wanted = self.issues, !issues.contains(where: wanted.contains) { return false }
      return true
    }
  }
}
