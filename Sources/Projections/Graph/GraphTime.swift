import ParleyCore

/// When a node or edge happened or held, from its EDTF date: the earliest
/// and latest instants the date can mean (a month means the whole month),
/// its precision, and the date as written.
public struct GraphTime: Hashable, Sendable {
  /// The first instant; `nil` when the start is open or unknown.
  public var start: EDTFInstant?
  /// The last instant; `nil` when the end is open or unknown.
  public var end: EDTFInstant?
  /// How fine the date is.
  public var precision: Precision
  /// The date as written in the IR; for a period made of two dates (a
  /// relation's `since` and `until`), the two as one interval.
  public var edtf: String?
  /// An uncertainty or approximation qualifier on either end, if any.
  public var qualifier: EDTFQualifier?

}

extension GraphTime {
  /// The time of one EDTF date.
  init(_ date: EDTFDate) {
    self.init(
      start: date.start, end: date.end, precision: date.precision, edtf: date.description,
      qualifier: date.qualifier)
  }
}

extension GraphAttributes {
  /// Adds a date as ISO 8601 strings at its own precision (`2022`,
  /// `2022-01`, `2022-01-10`): `date` where it starts, `date_end` where it
  /// ends when that differs, `date_precision`, and `date_edtf` as written.
  /// Returns its time.
  mutating func add(date: EDTFDate?) -> GraphTime? {
    guard let date else { return nil }
    let precision = date.precision
    let start = date.start.map { Self.iso($0, precision) }
    let end = date.end.map { Self.iso($0, precision) }
    add("date", start)
    if end != start { add("date_end", end) }
    add("date_precision", precision.description)
    add("date_edtf", date.description)
    return GraphTime(date)
  }

  /// Adds a time range from two dates, each possibly an interval itself:
  /// `date` where the first starts, `date_end` where the second ends.
  /// Returns its time.
  mutating func add(from start: EDTFDate?, until end: EDTFDate?) -> GraphTime? {
    guard let either = start ?? end else { return nil }
    add("date", start.flatMap { date in date.start.map { Self.iso($0, date.precision) } })
    add("date_end", end.flatMap { date in date.end.map { Self.iso($0, date.precision) } })
    add("date_precision", either.precision.description)
    // As one EDTF interval ("2008-08/", "/2022"), when both ends are dates.
    var edtf: String?
    if start?.isInterval != true, end?.isInterval != true {
      edtf = "\(start?.description ?? "")/\(end?.description ?? "")"
      add("date_edtf", edtf)
    }
    return GraphTime(
      start: start?.start, end: end?.end, precision: either.precision, edtf: edtf,
      qualifier: start?.qualifier ?? end?.qualifier)
  }

  /// The ids of the sources a record cites, each once, in order.
  mutating func add(sources: [Provenance]) {
    add("sources", list: sources.map(\.source).uniqued())
  }

  private static func iso(_ instant: EDTFInstant, _ precision: Precision) -> String {
    switch precision {
    case .decade, .century, .year: String(instant.isoDate.dropLast(6))
    case .season, .month: String(instant.isoDate.dropLast(3))
    case .day: instant.isoDate
    case .time: instant.description
    }
  }
}
