import ParleyCore

extension GraphData {
  /// A date as ISO 8601 strings at its own precision (`2022`, `2022-01`,
  /// `2022-01-10`): `date` is where it starts, `date_end` where it ends when
  /// that differs, plus `date_precision` and the EDTF text as written.
  mutating func add(date: EDTFDate?) {
    guard let date else { return }
    let precision = date.precision
    let start = date.start.map { Self.iso($0, precision) }
    let end = date.end.map { Self.iso($0, precision) }
    add("date", start)
    if end != start { add("date_end", end) }
    add("date_precision", precision.description)
    add("date_edtf", date.description)
  }

  /// A time range from two dates, each possibly an interval itself: `date`
  /// where the first starts, `date_end` where the second ends.
  mutating func add(from start: EDTFDate?, until end: EDTFDate?) {
    guard start != nil || end != nil else { return }
    add("date", start.flatMap { date in date.start.map { Self.iso($0, date.precision) } })
    add("date_end", end.flatMap { date in date.end.map { Self.iso($0, date.precision) } })
    add("date_precision", (start ?? end)!.precision.description)
    // As one EDTF interval ("2008-08/", "/2022"), when both ends are dates.
    if start?.isInterval != true, end?.isInterval != true {
      add("date_edtf", "\(start?.description ?? "")/\(end?.description ?? "")")
    }
  }

  private static func iso(_ instant: EDTFInstant, _ precision: Precision) -> String {
    switch precision {
    case .decade, .century, .year: String(instant.isoDate.dropLast(6))
    case .season, .month: String(instant.isoDate.dropLast(3))
    case .day: instant.isoDate
    case .time: instant.description
    }
  }

  /// The ids of the sources a record cites, joined with `; `.
  mutating func add(sources: [Provenance]) {
    var seen: Set<String> = []
    add("sources", list: sources.map(\.source).filter { seen.insert($0).inserted })
  }
}
