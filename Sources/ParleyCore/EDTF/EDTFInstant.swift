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
    let year = Self.year(year)
    guard (1...12).contains(month), (1...31).contains(day) else {
      return year + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
    }
    return year + Self.monthAndDay[(month - 1) * 31 + day - 1]
  }

  /// `-01-01` … `-12-31`, made once: graph and table formats write a date
  /// per element.
  private static let monthAndDay: [String] = (1...12).flatMap { month in
    (1...31).map { day in "-" + twoDigits(month) + "-" + twoDigits(day) }
  }

  /// A year as ISO 8601 writes it: at least four digits, a sign before 0;
  /// written over bytes. (32 bytes hold a sign, the 19 digits of the
  /// largest year and more.)
  private static func year(_ year: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      var count = 0
      if year < 0 {
        buffer[0] = UInt8(ascii: "-")
        count = 1
      }
      var digits = 0
      var rest = year.magnitude
      repeat {
        digits += 1
        rest /= 10
      } while rest > 0
      let width = Swift.max(4, digits)
      rest = year.magnitude
      for place in stride(from: count + width - 1, through: count, by: -1) {
        buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      count += width
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
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
