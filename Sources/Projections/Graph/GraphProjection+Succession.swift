import ParleyCore

extension GraphProjection {
  /// For each dated position that a later dated position of the same holder
  /// on the same issue replaces, the instant that later position starts: a
  /// stance holds from its own date until the next one. Formats with time
  /// (GEXF's timeline) end a position's edge there, so that the holder's
  /// successive stances follow one another.
  package func supersededPositions() -> [String: EDTFInstant] {
    var pairs: [String: [String: [Position]]] = [:]
    for position in dossier.positions where position.date?.start != nil {
      pairs[position.holder, default: [:]][position.issue, default: []].append(position)
    }
    var next: [String: EDTFInstant] = [:]
    for issues in pairs.values {
      for positions in issues.values {
        let history = StanceGraph.chronological(positions)
        for (earlier, later) in zip(history, history.dropFirst()) {
          guard let start = later.date?.start, start > earlier.date!.start! else { continue }
          next[earlier.id] = start
        }
      }
    }
    return next
  }

  /// Whether any date in the graph has a time of day, so that a format
  /// choosing between dates and date-times needs date-times.
  package var hasTimesOfDay: Bool {
    func timed(_ date: EDTFDate?) -> Bool { date?.precision == .time }
    return dossier.talks.contains { timed($0.date) } || dossier.events.contains { timed($0.date) }
      || dossier.positions.contains { timed($0.date) }
      || dossier.statements.contains { timed($0.date) }
      || dossier.relations.contains { timed($0.since) || timed($0.until) }
      || dossier.sources.contains { timed($0.published) }
  }
}
