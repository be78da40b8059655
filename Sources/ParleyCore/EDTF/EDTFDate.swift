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

/// How fine a date is.
public enum Precision: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
  /// A century: `20XX`.
  case century
  /// A decade: `201X`.
  case decade
  /// A year: `2022`.
  case year
  /// A season: `2022-21`.
  case season
  /// A month: `2022-01`.
  case month
  /// A day: `2022-01-10`.
  case day
  /// A time of day: `2022-01-10T09:30:00Z`.
  case time

  /// Orders coarse before fine.
  public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The lowercase name, e.g. `day`.
  public var description: String {
    switch self {
    case .century: "century"
    case .decade: "decade"
    case .year: "year"
    case .season: "season"
    case .month: "month"
    case .day: "day"
    case .time: "time"
    }
  }
}

/// An EDTF qualifier on a whole date.
public enum EDTFQualifier: Character, Hashable, Sendable {
  /// `?`: the date is uncertain.
  case uncertain = "?"
  /// `~`: the date is approximate.
  case approximate = "~"
  /// `%`: uncertain and approximate.
  case uncertainApproximate = "%"
}

extension EDTFDate {
  /// One calendar date, as precise as it was written.
  package struct Point: Hashable, Sendable {
    /// The year; for `201X` the first year it can be (2010).
    package var year: Int
    /// The month (1–12), if given and specified.
    package var month: Int?
    /// The season code (21–24), if given.
    package var season: Int?
    /// The day of the month, if given and specified.
    package var day: Int?
    /// Seconds since midnight, if a time was given.
    package var secondOfDay: Int?
    /// A qualifier on the whole date.
    package var qualifier: EDTFQualifier?
    /// Whether any digit was written `X`.
    package var hasUnspecifiedDigits: Bool
    /// How fine the date is.
    package var precision: Precision
    /// The first instant the date can mean.
    package var earliest: EDTFInstant
    /// The last instant the date can mean.
    package var latest: EDTFInstant
  }
}

/// An instant on the proleptic Gregorian calendar, to the second, in the
/// date's own time zone. Orders chronologically.
public struct EDTFInstant: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year; negative before 1 BCE's year 0.
  public var year: Int
  /// 1–12.
  public var month: Int
  /// 1–31.
  public var day: Int
  /// 0–86399.
  public var secondOfDay: Int

  /// Creates an instant.
  public init(year: Int, month: Int, day: Int, secondOfDay: Int = 0) {
    (self.year, self.month, self.day, self.secondOfDay) = (year, month, day, secondOfDay)
  }

  /// Orders chronologically.
  public static func < (lhs: EDTFInstant, rhs: EDTFInstant) -> Bool {
    (lhs.year, lhs.month, lhs.day, lhs.secondOfDay) < (
      rhs.year, rhs.month, rhs.day, rhs.secondOfDay
    )
  }

  /// The ISO 8601 calendar date, e.g. `2022-01-10` or `-0044-03-15`.
  public var isoDate: String {
    let yearDigits = String(abs(year))
    let paddedYear = String(repeating: "0", count: max(0, 4 - yearDigits.count)) + yearDigits
    return (year < 0 ? "-" : "") + paddedYear + "-" + Self.twoDigits(month) + "-"
      + Self.twoDigits(day)
  }

  /// The date and time, e.g. `2022-01-10T09:30:00`.
  public var description: String {
    let hours = secondOfDay / 3600
    let minutes = secondOfDay / 60 % 60
    let seconds = secondOfDay % 60
    return isoDate + "T" + Self.twoDigits(hours) + ":" + Self.twoDigits(minutes) + ":"
      + Self.twoDigits(seconds)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}

/// Why a string is not an EDTF date.
public struct EDTFError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, e.g. `month 13 is out of range`.
  public var reason: String

  /// Creates an error.
  package init(_ reason: String) { self.reason = reason }

  /// The reason.
  public var description: String { reason }
}
