import ParleyCore
import ParleyTestSupport
import Testing

/// An instant, shortened for the tables below.
private func at(_ year: Int, _ month: Int, _ day: Int, _ second: Int = 0) -> EDTFInstant {
  EDTFInstant(year: year, month: month, day: day, secondOfDay: second)
}

/// The last second of a day.
private let endOfDay = 86399

/// A valid EDTF string and what it must mean.
struct ValidDate: Sendable, CustomTestStringConvertible {
  var text: String
  var precision: Precision
  var start: EDTFInstant?
  var end: EDTFInstant?

  init(_ text: String, _ precision: Precision, _ start: EDTFInstant?, _ end: EDTFInstant?) {
    self.text = text
    self.precision = precision
    self.start = start
    self.end = end
  }

  var testDescription: String { text }
}

/// An invalid EDTF string and the exact reason it is refused.
struct InvalidDate: Sendable, CustomTestStringConvertible {
  var text: String
  var reason: String

  init(_ text: String, _ reason: String) {
    self.text = text
    self.reason = reason
  }

  var testDescription: String { text.isEmpty ? "(empty)" : text }
}

private let expected =
  "expected an EDTF date such as 2022-01-10, 2021-12, 2022, 2022-01-XX, 2022-01-10?, "
  + "or an interval such as 2021-12-15/2021-12-17 or 2022-01/.."

@Suite("EDTF dates")
struct EDTFTests {
  static let validDates: [ValidDate] = [
    // Level 0: day, month, year.
    ValidDate("2022-01-10", .day, at(2022, 1, 10), at(2022, 1, 10, endOfDay)),
    ValidDate("2021-12", .month, at(2021, 12, 1), at(2021, 12, 31, endOfDay)),
    ValidDate("2022", .year, at(2022, 1, 1), at(2022, 12, 31, endOfDay)),
    ValidDate("2021-02", .month, at(2021, 2, 1), at(2021, 2, 28, endOfDay)),
    ValidDate("2024-02", .month, at(2024, 2, 1), at(2024, 2, 29, endOfDay)),
    ValidDate("2020-02-29", .day, at(2020, 2, 29), at(2020, 2, 29, endOfDay)),
    ValidDate("2000-02-29", .day, at(2000, 2, 29), at(2000, 2, 29, endOfDay)),
    ValidDate("2022-04-30", .day, at(2022, 4, 30), at(2022, 4, 30, endOfDay)),
    ValidDate("0000", .year, at(0, 1, 1), at(0, 12, 31, endOfDay)),
    // Negative and Y-prefixed years.
    ValidDate("-0044", .year, at(-44, 1, 1), at(-44, 12, 31, endOfDay)),
    ValidDate("-0044-03-15", .day, at(-44, 3, 15), at(-44, 3, 15, endOfDay)),
    ValidDate("Y170000002", .year, at(170_000_002, 1, 1), at(170_000_002, 12, 31, endOfDay)),
    ValidDate("Y-170000002", .year, at(-170_000_002, 1, 1), at(-170_000_002, 12, 31, endOfDay)),
    // Seasons 21–24 (northern hemisphere); winter runs into the next year.
    ValidDate("2022-21", .season, at(2022, 3, 1), at(2022, 5, 31, endOfDay)),
    ValidDate("2022-22", .season, at(2022, 6, 1), at(2022, 8, 31, endOfDay)),
    ValidDate("2022-23", .season, at(2022, 9, 1), at(2022, 11, 30, endOfDay)),
    ValidDate("2022-24", .season, at(2022, 12, 1), at(2023, 2, 28, endOfDay)),
    ValidDate("2023-24", .season, at(2023, 12, 1), at(2024, 2, 29, endOfDay)),
    // Date and time, UTC, with an offset, and local.
    ValidDate("2022-01-10T09:30:00Z", .time, at(2022, 1, 10, 34200), at(2022, 1, 10, 34200)),
    ValidDate("2022-01-10T09:30:00+01:00", .time, at(2022, 1, 10, 34200), at(2022, 1, 10, 34200)),
    ValidDate("2022-01-10T09:30:00-05:00", .time, at(2022, 1, 10, 34200), at(2022, 1, 10, 34200)),
    ValidDate("2022-01-10T09:30:00+05", .time, at(2022, 1, 10, 34200), at(2022, 1, 10, 34200)),
    ValidDate("2022-01-10T23:59:59", .time, at(2022, 1, 10, endOfDay), at(2022, 1, 10, endOfDay)),
    ValidDate("2022-01-10T00:00:00Z", .time, at(2022, 1, 10), at(2022, 1, 10)),
    // Qualifiers keep the precision of the date they qualify.
    ValidDate("2022-01-10?", .day, at(2022, 1, 10), at(2022, 1, 10, endOfDay)),
    ValidDate("2022-01~", .month, at(2022, 1, 1), at(2022, 1, 31, endOfDay)),
    ValidDate("2022%", .year, at(2022, 1, 1), at(2022, 12, 31, endOfDay)),
    ValidDate("2022-21?", .season, at(2022, 3, 1), at(2022, 5, 31, endOfDay)),
    // Unspecified digits: the precision of the last specified part.
    ValidDate("201X", .decade, at(2010, 1, 1), at(2019, 12, 31, endOfDay)),
    ValidDate("20XX", .century, at(2000, 1, 1), at(2099, 12, 31, endOfDay)),
    ValidDate("2022-XX", .year, at(2022, 1, 1), at(2022, 12, 31, endOfDay)),
    ValidDate("2022-XX-XX", .year, at(2022, 1, 1), at(2022, 12, 31, endOfDay)),
    ValidDate("2022-01-XX", .month, at(2022, 1, 1), at(2022, 1, 31, endOfDay)),
    ValidDate("2022-02-XX", .month, at(2022, 2, 1), at(2022, 2, 28, endOfDay)),
    ValidDate("201X~", .decade, at(2010, 1, 1), at(2019, 12, 31, endOfDay)),
    // Intervals: closed, open (..), unknown (empty); precision of the finer end.
    ValidDate("2021-12-15/2021-12-17", .day, at(2021, 12, 15), at(2021, 12, 17, endOfDay)),
    ValidDate("2021/2022-01-10", .day, at(2021, 1, 1), at(2022, 1, 10, endOfDay)),
    ValidDate("2022-01-10/2022", .day, at(2022, 1, 10), at(2022, 12, 31, endOfDay)),
    ValidDate("2022/2022", .year, at(2022, 1, 1), at(2022, 12, 31, endOfDay)),
    ValidDate("2022-01/..", .month, at(2022, 1, 1), nil),
    ValidDate("../2022", .year, nil, at(2022, 12, 31, endOfDay)),
    ValidDate("/2022-01-10", .day, nil, at(2022, 1, 10, endOfDay)),
    ValidDate("2022-01-10/", .day, at(2022, 1, 10), nil),
    ValidDate("2004-06~/2004-06-11%", .day, at(2004, 6, 1), at(2004, 6, 11, endOfDay)),
    ValidDate("201X/2022-21", .season, at(2010, 1, 1), at(2022, 5, 31, endOfDay)),
  ]

  @Test("a valid date parses with its precision, start and end", arguments: validDates)
  func validDate(_ example: ValidDate) throws {
    let date = try EDTFDate(example.text)
    #expect(date.description == example.text)
    #expect(date.precision == example.precision)
    #expect(date.start == example.start)
    #expect(date.end == example.end)
    #expect(date.isInterval == example.text.contains("/"))
  }

  static let invalidDates: [InvalidDate] = [
    InvalidDate("", "empty date; leave the field out when unknown"),
    InvalidDate("2022-13-01", "month 13 is out of range (01–12, or 21–24 for a season)"),
    InvalidDate("2022-00", "month 00 is out of range (01–12, or 21–24 for a season)"),
    InvalidDate("2022-25", "month 25 is out of range (01–12, or 21–24 for a season)"),
    InvalidDate("2021-02-29", "day 29 is out of range for 2021-02 (01–28)"),
    InvalidDate("1900-02-29", "day 29 is out of range for 1900-02 (01–28)"),
    InvalidDate("2022-04-31", "day 31 is out of range for 2022-04 (01–30)"),
    InvalidDate("2022-01-00", "day 00 is out of range for 2022-01 (01–31)"),
    InvalidDate("2022-1-1", "'1-' is not a month; \(expected)"),
    InvalidDate("2022-01-1", "'1' is not a day; \(expected)"),
    InvalidDate("22", "the year needs four digits; \(expected)"),
    InvalidDate("20X2", "'20X2' is not a year; \(expected)"),
    InvalidDate("XXXX", "'XXXX' is not a year; \(expected)"),
    InvalidDate("Y2022", "a 'Y' year needs more than four digits, the first not 0; \(expected)"),
    InvalidDate("-201X", "unspecified digits in a negative year are not EDTF level 1"),
    InvalidDate("201X-01", "a month after an unspecified year is not EDTF level 1"),
    InvalidDate("2022-XX-10", "a day after an unspecified month is not EDTF level 1"),
    InvalidDate("2022-21-01", "a season takes no day"),
    InvalidDate("2022-01-10x", "unexpected 'x'; \(expected)"),
    InvalidDate("2022-01-10??", "unexpected '?'; \(expected)"),
    InvalidDate("2022-01-10T25:00:00", "the time needs hh:mm:ss within 00:00:00–23:59:59"),
    InvalidDate("2022-01-10T09:60:00", "the time needs hh:mm:ss within 00:00:00–23:59:59"),
    InvalidDate("2022-01-10T09:30", "the time needs hh:mm:ss within 00:00:00–23:59:59"),
    InvalidDate("2022-01-10T9:30:00", "the time needs hh:mm:ss, e.g. 2022-01-10T09:30:00Z"),
    InvalidDate("2022-01T09:30:00Z", "a time needs a full date before the 'T'"),
    InvalidDate("2022-01-10T09:30:00+15:00", "the time zone needs ±hh or ±hh:mm"),
    InvalidDate("2022-01-10T09:30:00+01:60", "the time zone needs ±hh or ±hh:mm"),
    InvalidDate("2022-01-10T09:30:00Zx", "unexpected 'x' after the time"),
    InvalidDate("2022/2021", "the interval ends before it starts"),
    InvalidDate("2022-01-10/2022-01-09", "the interval ends before it starts"),
    InvalidDate("../..", "an interval needs at least one known end"),
    InvalidDate("/", "an interval needs at least one known end"),
    InvalidDate("../", "an interval needs at least one known end"),
    InvalidDate("/..", "an interval needs at least one known end"),
    InvalidDate("2021/2022/2023", "more than one '/'; \(expected)"),
  ]

  @Test("an invalid date is refused with the reason", arguments: invalidDates)
  func invalidDate(_ example: InvalidDate) {
    #expect(throws: EDTFError(example.reason)) { try EDTFDate(example.text) }
  }

  @Test("the parsed value keeps qualifiers, seasons and unspecified digits")
  func parsedValue() throws {
    guard case .date(let uncertain) = try EDTFDate("2022-01-10?").value else {
      Issue.record("2022-01-10? is not a single date")
      return
    }
    #expect(uncertain.qualifier == .uncertain)
    #expect(uncertain.year == 2022 && uncertain.month == 1 && uncertain.day == 10)
    #expect(!uncertain.hasUnspecifiedDigits)

    guard case .date(let approximate) = try EDTFDate("2022-01~").value,
      case .date(let both) = try EDTFDate("2022%").value,
      case .date(let season) = try EDTFDate("2022-23").value,
      case .date(let decade) = try EDTFDate("201X").value,
      case .date(let time) = try EDTFDate("2022-01-10T09:30:15Z").value
    else {
      Issue.record("a single date parsed as an interval")
      return
    }
    #expect(approximate.qualifier == .approximate)
    #expect(both.qualifier == .uncertainApproximate)
    #expect(season.season == 23 && season.month == nil && season.qualifier == nil)
    #expect(decade.year == 2010 && decade.hasUnspecifiedDigits)
    #expect(time.secondOfDay == 9 * 3600 + 30 * 60 + 15)
  }

  @Test("interval ends are dates, open (..) or unknown (empty)")
  func intervalBounds() throws {
    let closed = try EDTFDate("2021-12-15/2021-12-17")
    guard case .interval(.date(let first), .date(let last)) = closed.value else {
      Issue.record("\(closed) is not a closed interval")
      return
    }
    #expect(first.day == 15 && last.day == 17)
    #expect(try EDTFDate("2022-01/..").value == .interval(start: try bound("2022-01"), end: .open))
    #expect(try EDTFDate("../2022").value == .interval(start: .open, end: try bound("2022")))
    #expect(
      try EDTFDate("/2022-01-10").value == .interval(start: .unknown, end: try bound("2022-01-10")))
    #expect(
      try EDTFDate("2022-01-10/").value == .interval(start: try bound("2022-01-10"), end: .unknown))
  }

  private func bound(_ text: String) throws -> EDTFDate.Bound {
    guard case .date(let point) = try EDTFDate(text).value else { throw EDTFError("not a date") }
    return .date(point)
  }

  @Test(
    "calendarValue is the plain ISO 8601 value, or nil for what only EDTF can say",
    arguments: [
      ("2022-01-10", Precision.day), ("2021-12", .month), ("2022", .year), ("0001", .year),
      ("9999", .year), ("2022-01-10T09:30:00Z", .time),
    ])
  func calendarValue(_ text: String, _ precision: Precision) throws {
    let value = try #require(try EDTFDate(text).calendarValue)
    #expect(value.lexical == text)
    #expect(value.precision == precision)
  }

  @Test(
    "calendarValue is nil for EDTF-only dates",
    arguments: [
      "2022-01-10?", "2022~", "201X", "2022-01-XX", "2022-XX", "2022-21", "-0044", "0000",
      "Y170000002", "2021/2022", "2022-01/..",
    ])
  func noCalendarValue(_ text: String) throws {
    #expect(try EDTFDate(text).calendarValue == nil)
  }

  @Test("instants order chronologically and print as ISO 8601")
  func instants() {
    #expect(at(2021, 12, 31, endOfDay) < at(2022, 1, 1))
    #expect(at(-44, 3, 15) < at(0, 1, 1))
    #expect(at(2022, 1, 10, 1) > at(2022, 1, 10))
    #expect(at(2022, 1, 10, 34200).description == "2022-01-10T09:30:00")
    #expect(at(-44, 3, 15).isoDate == "-0044-03-15")
    #expect(at(170_000_002, 1, 1).isoDate == "170000002-01-01")
  }

  /// Dates are written over bytes; this is what they must spell.
  @Test("ISO dates of every sign and width of year, and out-of-range parts")
  func isoDates() {
    func expected(_ year: Int, _ month: Int, _ day: Int) -> String {
      let digits = String(year.magnitude)
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count))
        + digits + "-" + two(month) + "-" + two(day)
    }
    let years = [
      0, 1, 9, 10, 99, 100, 999, 1000, 2022, 9999, 10_000, 123_456_789, Int.max, -1, -44, -999,
      -1000, -12_345, Int.min,
    ]
    #expect(at(Int.max, 12, 31).isoDate == "9223372036854775807-12-31")
    #expect(at(Int.min, 1, 1).isoDate == "-9223372036854775808-01-01")
    #expect(at(7, 0, 32).isoDate == "0007-00-32")
    for year in years {
      for (month, day) in [(1, 1), (9, 30), (10, 9), (12, 31), (0, 0), (13, 32), (100, 7)] {
        #expect(
          at(year, month, day).isoDate == expected(year, month, day), "\(year) \(month) \(day)")
      }
    }
  }

  @Test("precisions order coarse to fine and print their names")
  func precisionOrder() {
    #expect(Precision.allCases.sorted() == Precision.allCases)
    #expect(Precision.century < .decade && .decade < .year)
    #expect(Precision.year < .season && .season < .month && .month < .day && .day < .time)
    #expect(
      Precision.allCases.map(\.description) == [
        "century", "decade", "year", "season", "month", "day", "time",
      ])
  }

  @Test("interval ends are dates: EDTF level 0 and 1 exclude a time of day there")
  func intervalEndsHaveNoTime() {
    #expect(throws: EDTFError("an interval's ends are dates without a time")) {
      try EDTFDate("2022-01-10T09:00:00+05:00/2022-01-10T08:00:00Z")
    }
  }

  @Test(
    "a Y-prefixed year takes no month or day",
    .bug(id: "edtf-y-month", "EDTFParser reads a month and day after a Y year"))
  func yearWithLetterTakesNoMonth() {
    #expect(throws: EDTFError.self) { try EDTFDate("Y170000002-01") }
    #expect(throws: EDTFError.self) { try EDTFDate("Y170000002-01-01") }
  }
}
