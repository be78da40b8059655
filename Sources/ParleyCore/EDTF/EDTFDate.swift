/// A date in the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1:
/// `2022-01-10`, `2021-12`, `2022`, `2022-21` (a season), `2022-01-10T09:30:00Z`,
/// qualified `2022-01?` `2022~` `2022-01-10%`, unspecified digits `2022-01-XX`
/// `201X`, and intervals `2021-12-15/2021-12-17`, `2022-01/..`, `/2022`.
///
/// The value keeps the text exactly as written (``description``), so a date
/// round-trips byte for byte, and exposes what it means: a ``precision`` and
/// the earliest and latest instants it can denote, for sorting.
public struct EDTFDate: Hashable, Sendable, CustomStringConvertible {
  /// The date as written.
  public let description: String
  /// The parsed value.
  package let value: Value

  /// A single date or an interval.
  package enum Value: Hashable, Sendable {
    /// One date, e.g. `2022-01-10`.
    case date(Point)
    /// An interval, e.g. `2021-12-15/2021-12-17`.
    case interval(start: Bound, end: Bound)
  }

  /// One end of an interval.
  package enum Bound: Hashable, Sendable {
    /// A known date.
    case date(Point)
    /// `..`: open, the interval runs on without end.
    case open
    /// Empty: the end exists but is not known.
    case unknown
  }

  /// Parses an EDTF level 0 or level 1 string.
  ///
  /// - Throws: ``EDTFError`` saying what is wrong with the text.
  public init(_ text: String) throws(EDTFError) {
    self.description = text
    self.value = try EDTFParser.parse(text)
  }

  /// The granularity of the date; for an interval, the finer of its ends.
  public var precision: Precision {
    switch value {
    case .date(let point): return point.precision
    case .interval(let start, let end):
      let precisions = [start, end].compactMap { bound -> Precision? in
        if case .date(let point) = bound { return point.precision }
        return nil
      }
      return precisions.max() ?? .year
    }
  }

  /// The earliest instant the date can mean; `nil` for an interval with an
  /// open or unknown start.
  public var start: EDTFInstant? {
    switch value {
    case .date(let point): return point.earliest
    case .interval(.date(let point), _): return point.earliest
    case .interval: return nil
    }
  }

  /// The latest instant the date can mean; `nil` for an interval with an open
  /// or unknown end.
  public var end: EDTFInstant? {
    switch value {
    case .date(let point): return point.latest
    case .interval(_, .date(let point)): return point.latest
    case .interval: return nil
    }
  }

  /// The uncertainty or approximation qualifier of the date, or of the first
  /// end of an interval that has one.
  public var qualifier: EDTFQualifier? {
    switch value {
    case .date(let point): return point.qualifier
    case .interval(let start, let end):
      for bound in [start, end] {
        if case .date(let point) = bound, let qualifier = point.qualifier { return qualifier }
      }
      return nil
    }
  }

  /// Whether the date is an interval.
  public var isInterval: Bool {
    if case .interval = value { return true }
    return false
  }

  /// The date as a plain ISO 8601 / XML Schema calendar value, when it is one:
  /// a single year, month, day or date-time with no qualifier and no
  /// unspecified digits, in the years 0001–9999. `nil` for anything only EDTF
  /// can say.
  package var calendarValue: (lexical: String, precision: Precision)? {
    guard case .date(let point) = value, point.qualifier == nil, !point.hasUnspecifiedDigits,
      point.season == nil, (1...9999).contains(point.year)
    else { return nil }
    switch point.precision {
    case .year, .month, .day, .time: return (description, point.precision)
    default: return nil
    }
  }
}
