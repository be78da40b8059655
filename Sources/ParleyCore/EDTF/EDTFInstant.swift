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
