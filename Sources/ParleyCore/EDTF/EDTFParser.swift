/// The EDTF level 0/1 grammar. A hand-written scanner: the grammar is small,
/// and no maintained Swift EDTF library exists.
enum EDTFParser {
  static let expected =
    "expected an EDTF date such as 2022-01-10, 2021-12, 2022, 2022-01-XX, 2022-01-10?, "
    + "or an interval such as 2021-12-15/2021-12-17 or 2022-01/.."

  static func parse(_ text: String) throws(EDTFError) -> EDTFDate.Value {
    guard !text.isEmpty else { throw EDTFError("empty date; leave the field out when unknown") }
    let parts = slashParts(text)
    switch parts.count {
    case 1:
      return .date(try point(Substring(text)))
    case 2:
      let start = try bound(parts[0])
      let end = try bound(parts[1])
      if start == .unknown && end == .unknown || start == .open && end == .open
        || start == .unknown && end == .open || start == .open && end == .unknown
      {
        throw EDTFError("an interval needs at least one known end")
      }
      if case .date(let first) = start, case .date(let last) = end, first.earliest > last.latest {
        throw EDTFError("the interval ends before it starts")
      }
      return .interval(start: start, end: end)
    default:
      throw EDTFError("more than one '/'; \(expected)")
    }
  }

  /// `text` cut at each `/`. ASCII text, as dates are, is cut over its
  /// bytes (splitting characters costs thousands of instructions a date);
  /// other text by characters, where a `/` with a combining mark is no `/`.
  private static func slashParts(_ text: String) -> [Substring] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(separator: "/", omittingEmptySubsequences: false)
    }
    var parts: [Substring] = []
    var start = text.startIndex
    for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "/") {
      parts.append(text[start..<index])
      start = text.utf8.index(after: index)
    }
    parts.append(text[start...])
    return parts
  }

  private static func bound(_ text: Substring) throws(EDTFError) -> EDTFDate.Bound {
    if text.isEmpty { return .unknown }
    if text == ".." { return .open }
    let date = try point(text)
    guard date.secondOfDay == nil else {
      throw EDTFError("an interval's ends are dates without a time")
    }
    return .date(date)
  }

  /// One date, with an optional trailing qualifier.
  private static func point(_ input: Substring) throws(EDTFError) -> EDTFDate.Point {
    var text = input
    var qualifier: EDTFQualifier?
    if let last = text.last, let found = EDTFQualifier(rawValue: last) {
      qualifier = found
      text = text.dropLast()
    }
    let (datePart, timePart) = splitTime(text)
    var scanner = Scanner(datePart)

    // Year: [-]YYYY, Y[-]NNNNN…, or YYYX / YYXX / YXXX.
    var year: Int
    var precision = Precision.year
    var unspecified = false
    var yearSpan = 0  // how many years `X` digits cover, minus one
    if scanner.take("Y") {
      let negative = scanner.take("-")
      let digits = scanner.digits()
      guard digits.count > 4, digits.first != "0" else {
        throw EDTFError("a 'Y' year needs more than four digits, the first not 0; \(expected)")
      }
      guard let value = Int(digits), value < 1 << 36 else {
        throw EDTFError(
          "the year \(negative ? "-" : "")\(digits.prefix(24))\(digits.count > 24 ? "…" : "") is too far away; Parley reads years up to 68 billion"
        )
      }
      year = negative ? -value : value
      guard scanner.isAtEnd, timePart == nil else {
        throw EDTFError("a 'Y' year stands alone, without month, day or time")
      }
    } else {
      let negative = scanner.take("-")
      let chars = scanner.take(count: 4)
      guard chars.count == 4 else { throw EDTFError("the year needs four digits; \(expected)") }
      let digitCount = chars.prefix(while: \.isASCIIDigit).count
      let xs = chars.dropFirst(digitCount)
      guard xs.allSatisfy({ $0 == "X" }), digitCount >= 1 else {
        throw EDTFError("'\(chars)' is not a year; \(expected)")
      }
      guard !(negative && !xs.isEmpty) else {
        throw EDTFError("unspecified digits in a negative year are not EDTF level 1")
      }
      let known = Int(chars.prefix(digitCount))!
      var scale = 1
      for _ in xs { scale *= 10 }
      year = known * scale
      yearSpan = scale - 1
      if negative { year = -year }
      switch xs.count {
      case 0: precision = .year
      case 1: precision = .decade
      case 2: precision = .century
      default:
        throw EDTFError("at most the last two digits of a year may be X in EDTF level 1")
      }
      unspecified = !xs.isEmpty
    }

    var month: Int?
    var season: Int?
    var day: Int?
    var monthUnspecified = false
    var dayUnspecified = false
    if scanner.take("-") {
      let chars = scanner.take(count: 2)
      if chars == "XX" {
        monthUnspecified = true
      } else if chars.count == 2, let value = Int(chars), chars.allSatisfy(\.isASCIIDigit) {
        if (1...12).contains(value) {
          month = value
          precision = .month
        } else if (21...24).contains(value) {
          season = value
          precision = .season
        } else {
          throw EDTFError("month \(chars) is out of range (01–12, or 21–24 for a season)")
        }
      } else {
        throw EDTFError("'\(chars)' is not a month; \(expected)")
      }
      if unspecified && !monthUnspecified {
        throw EDTFError("a month after an unspecified year is not EDTF level 1")
      }
      if scanner.take("-") {
        guard season == nil else { throw EDTFError("a season takes no day") }
        let chars = scanner.take(count: 2)
        if chars == "XX" {
          dayUnspecified = true
        } else if chars.count == 2, chars.allSatisfy(\.isASCIIDigit), let value = Int(chars) {
          if monthUnspecified {
            throw EDTFError("a day after an unspecified month is not EDTF level 1")
          }
          let lastDay = daysIn(month: month!, year: year)
          guard (1...lastDay).contains(value) else {
            throw EDTFError(
              "day \(chars) is out of range for \(datePart.prefix(7)) (01–\(lastDay))")
          }
          day = value
          precision = .day
        } else {
          throw EDTFError("'\(chars)' is not a day; \(expected)")
        }
      }
    }
    guard scanner.isAtEnd else {
      throw EDTFError("unexpected '\(scanner.rest)'; \(expected)")
    }
    unspecified = unspecified || monthUnspecified || dayUnspecified
    if monthUnspecified { precision = .year }
    if dayUnspecified && !monthUnspecified { precision = .month }

    var secondOfDay: Int?
    if let timePart {
      guard qualifier == nil else {
        throw EDTFError("a date with a time takes no qualifier in EDTF level 1")
      }
      guard day != nil else { throw EDTFError("a time needs a full date before the 'T'") }
      secondOfDay = try time(timePart)
      precision = .time
    }

    let earliest: EDTFInstant
    let latest: EDTFInstant
    if let season {
      let (first, last) = seasonMonths(season)
      earliest = EDTFInstant(year: year, month: first, day: 1)
      let lastYear = first > last ? year + 1 : year
      latest = EDTFInstant(
        year: lastYear, month: last, day: daysIn(month: last, year: lastYear),
        secondOfDay: 86399)
    } else {
      let lastYear = year >= 0 ? year + yearSpan : year - yearSpan
      let firstYear = min(year, lastYear)
      let finalYear = max(year, lastYear)
      let firstMonth = month ?? 1
      let lastMonth = month ?? 12
      earliest = EDTFInstant(
        year: firstYear, month: firstMonth, day: day ?? 1, secondOfDay: secondOfDay ?? 0)
      latest = EDTFInstant(
        year: finalYear, month: lastMonth,
        day: day ?? daysIn(month: lastMonth, year: finalYear),
        secondOfDay: secondOfDay ?? 86399)
    }
    return EDTFDate.Point(
      year: year, month: month, season: season, day: day, secondOfDay: secondOfDay,
      qualifier: qualifier, hasUnspecifiedDigits: unspecified, precision: precision,
      earliest: earliest, latest: latest)
  }

  private static func splitTime(_ text: Substring) -> (Substring, Substring?) {
    guard let t = text.firstIndex(of: "T") else { return (text, nil) }
    return (text[..<t], text[text.index(after: t)...])
  }

  /// `hh:mm:ss` with an optional `Z`, `±hh` or `±hh:mm` zone.
  private static func time(_ text: Substring) throws(EDTFError) -> Int {
    var scanner = Scanner(text)
    var parts: [Int] = []
    for index in 0..<3 {
      if index > 0 && !scanner.take(":") { break }
      let chars = scanner.take(count: 2)
      guard chars.count == 2, chars.allSatisfy(\.isASCIIDigit), let value = Int(chars) else {
        throw EDTFError("the time needs hh:mm:ss, e.g. 2022-01-10T09:30:00Z")
      }
      parts.append(value)
    }
    guard parts.count == 3, parts[0] < 24, parts[1] < 60, parts[2] < 60 else {
      throw EDTFError("the time needs hh:mm:ss within 00:00:00–23:59:59")
    }
    if scanner.take("Z") {
    } else if scanner.take("+") || scanner.take("-") {
      let hours = scanner.take(count: 2)
      guard hours.count == 2, hours.allSatisfy(\.isASCIIDigit), Int(hours)! <= 14 else {
        throw EDTFError("the time zone needs ±hh or ±hh:mm")
      }
      if scanner.take(":") {
        let minutes = scanner.take(count: 2)
        guard minutes.count == 2, minutes.allSatisfy(\.isASCIIDigit), Int(minutes)! < 60 else {
          throw EDTFError("the time zone needs ±hh or ±hh:mm")
        }
      }
    }
    guard scanner.isAtEnd else { throw EDTFError("unexpected '\(scanner.rest)' after the time") }
    return parts[0] * 3600 + parts[1] * 60 + parts[2]
  }

  /// Northern-hemisphere seasons, as EDTF level 1 defines 21–24.
  private static func seasonMonths(_ season: Int) -> (Int, Int) {
    switch season {
    case 21: (3, 5)
    case 22: (6, 8)
    case 23: (9, 11)
    default: (12, 2)
    }
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// A cursor over ASCII text.
  private struct Scanner {
    private var rest_: Substring
    init(_ text: Substring) { rest_ = text }
    var isAtEnd: Bool { rest_.isEmpty }
    var rest: Substring { rest_ }

    mutating func take(_ character: Character) -> Bool {
      guard rest_.first == character else { return false }
      rest_ = rest_.dropFirst()
      return true
    }

    mutating func take(count: Int) -> Substring {
      let taken = rest_.prefix(count)
      rest_ = rest_.dropFirst(taken.count)
      return taken
    }

    mutating func digits() -> Substring {
      let taken = rest_.prefix(while: \.isASCIIDigit)
      rest_ = rest_.dropFirst(taken.count)
      return taken
    }
  }
}

extension Character {
  /// 0–9. (`isNumber` looks the character up in Unicode's tables: a
  /// hundred times slower, for the same answer on ASCII.)
  fileprivate var isASCIIDigit: Bool {
    guard let value = asciiValue else { return false }
    return value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9")
  }
}
