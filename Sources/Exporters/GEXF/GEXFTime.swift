import ParleyCore

/// Time arithmetic and names GEXF needs beyond what the projection gives.
enum GEXFTime {
  /// The last instant before `instant` at GEXF's resolution: the day before
  /// for dates, the second before for date-times. GEXF intervals include
  /// both ends, so a stance that a later one replaces ends here.
  static func justBefore(_ instant: EDTFInstant, withTimes: Bool) -> EDTFInstant {
    if withTimes && instant.secondOfDay > 0 {
      return EDTFInstant(
        year: instant.year, month: instant.month, day: instant.day,
        secondOfDay: instant.secondOfDay - 1)
    }
    var (year, month, day) = (instant.year, instant.month, instant.day - 1)
    if day == 0 {
      month -= 1
      if month == 0 { (year, month) = (year - 1, 12) }
      day = daysIn(month: month, year: year)
    }
    return EDTFInstant(year: year, month: month, day: day, secondOfDay: withTimes ? 86_399 : 0)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The qualifier in words, for the `date_qualifier` attribute.
  static func name(of qualifier: EDTFQualifier) -> String {
    switch qualifier {
    case .uncertain: "uncertain"
    case .approximate: "approximate"
    case .uncertainApproximate: "uncertain and approximate"
    }
  }
}
