/// A day of the proleptic Gregorian calendar, with the arithmetic that
/// relative dates need ("on Monday", "last week").
struct CivilDate: Hashable, Comparable, Sendable {
  var year: Int
  var month: Int
  var day: Int

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  init(year: Int, month: Int, day: Int) {
    (self.year, self.month, self.day) = (year, month, day)
  }

  init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Whether the day exists (no 31 April, 29 February only in leap years).
  var isValid: Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    return CivilDate(dayNumber: dayNumber) == self
  }

  /// 0 = Monday … 6 = Sunday.
  var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

  func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

  var edtf: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
}

func pad(_ number: Int, _ width: Int) -> String {
  let digits = String(number)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
