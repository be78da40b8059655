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
