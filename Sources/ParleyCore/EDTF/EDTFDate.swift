/// A date in the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1:
/// `2022-01-10`, `2021-12`, `2022`, `2022-21` (a season), `2022-01-10T09:30:00Z`,
/// qualified `2022-01?` `2022~` `2022-01-10%`, unspecified digits `2022-01-XX`
/// `201X`, and intervals `2021-12-15/2021-12-17`, `2022-01/..`, `/2022`.
///
/// The value keeps the text exactly as written (``description``), so a date
/// round-trips byte for byte, and exposes what it means: a ``precision`` and
/// the earliest and latest instants it can denote, for sorting.
///
/// It is small — the text, the two instants packed into 64 bits each, and a
/// few bits of precision and qualifier — since a dossier holds one or two per
/// record.
public struct EDTFDate: Hashable, Sendable, CustomStringConvertible {
  /// The date as written.
  public let description: String
  /// The earliest and latest instants, packed; ``Packed/none`` for an open or
  /// unknown end.
  private let earliest: Packed
  private let latest: Packed
  /// Precision, qualifier, whether an interval, whether a calendar value.
  private let summary: Summary

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
    if let common = Self.common(text) {
      self = common
      return
    }
    try self.init(text, value: EDTFParser.parse(text))
  }

  /// Parses `text` with the full grammar, never the shortcut for common
  /// forms: for tests that compare the two.
  package static func parsedFully(_ text: String) throws(EDTFError) -> EDTFDate {
    try EDTFDate(text, value: EDTFParser.parse(text))
  }

  /// The date `value` means, written `text`.
  private init(_ text: String, value: Value) throws(EDTFError) {
    description = text
    let (start, end, precision, qualifier, isInterval, isCalendar) = Self.meaning(of: value)
    earliest = try Packed(start)
    latest = try Packed(end)
    summary = Summary(
      precision: precision, qualifier: qualifier, isInterval: isInterval, isCalendar: isCalendar)
  }

  /// The parsed value: the grammar's view of the text, parsed again when
  /// asked for (rarely: the date's meaning is kept packed).
  package var value: Value {
    do {
      return try EDTFParser.parse(description)
    } catch {
      preconditionFailure("a date that parsed once parses again: \(description)")
    }
  }

  /// The granularity of the date; for an interval, the finer of its ends.
  public var precision: Precision { summary.precision }

  /// The earliest instant the date can mean; `nil` for an interval with an
  /// open or unknown start.
  public var start: EDTFInstant? { earliest.instant }

  /// The latest instant the date can mean; `nil` for an interval with an open
  /// or unknown end.
  public var end: EDTFInstant? { latest.instant }

  /// The uncertainty or approximation qualifier of the date, or of the first
  /// end of an interval that has one.
  public var qualifier: EDTFQualifier? { summary.qualifier }

  /// Whether the date is an interval.
  public var isInterval: Bool { summary.isInterval }

  /// The date as a plain ISO 8601 / XML Schema calendar value, when it is one:
  /// a single year, month, day or date-time with no qualifier and no
  /// unspecified digits, in the years 0001–9999. `nil` for anything only EDTF
  /// can say.
  package var calendarValue: (lexical: String, precision: Precision)? {
    summary.isCalendar ? (description, summary.precision) : nil
  }

  /// Two dates are the same when they are written the same: the text
  /// decides what they mean.
  public static func == (lhs: EDTFDate, rhs: EDTFDate) -> Bool {
    lhs.description == rhs.description
  }

  /// Hashes the text.
  public func hash(into hasher: inout Hasher) { hasher.combine(description) }

  /// What a parsed value means, in the terms the date keeps.
  private static func meaning(of value: Value) -> (
    EDTFInstant?, EDTFInstant?, Precision, EDTFQualifier?, Bool, Bool
  ) {
    switch value {
    case .date(let point):
      let isCalendar =
        point.qualifier == nil && !point.hasUnspecifiedDigits && point.season == nil
        && (1...9999).contains(point.year) && point.precision >= .year
      return (point.earliest, point.latest, point.precision, point.qualifier, false, isCalendar)
    case .interval(let start, let end):
      var first: EDTFInstant?
      var last: EDTFInstant?
      var precisions: [Precision] = []
      var qualifier: EDTFQualifier?
      if case .date(let point) = start {
        first = point.earliest
        precisions.append(point.precision)
        qualifier = point.qualifier
      }
      if case .date(let point) = end {
        last = point.latest
        precisions.append(point.precision)
        qualifier = qualifier ?? point.qualifier
      }
      return (first, last, precisions.max() ?? .year, qualifier, true, false)
    }
  }
}

extension EDTFDate {
  /// The three forms almost every date takes — `YYYY`, `YYYY-MM`,
  /// `YYYY-MM-DD`, years 1000–9999 — read from their bytes; `nil` for
  /// anything else, which the full grammar reads.
  private static func common(_ text: String) -> EDTFDate? {
    var text = text
    return text.withUTF8 { bytes -> EDTFDate? in
      let count = bytes.count
      guard count == 4 || count == 7 || count == 10 else { return nil }
      func digits(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          let digit = Int(bytes[index]) - 0x30
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = digits(0..<4), year >= 1000 else { return nil }
      var month: Int?
      var day: Int?
      if count >= 7 {
        guard bytes[4] == UInt8(ascii: "-"), let value = digits(5..<7), (1...12).contains(value)
        else { return nil }
        month = value
      }
      if count == 10 {
        guard bytes[7] == UInt8(ascii: "-"), let value = digits(8..<10),
          (1...EDTFParser.daysIn(month: month!, year: year)).contains(value)
        else { return nil }
        day = value
      }
      let lastMonth = month ?? 12
      let first = EDTFInstant(year: year, month: month ?? 1, day: day ?? 1)
      let last = EDTFInstant(
        year: year, month: lastMonth,
        day: day ?? EDTFParser.daysIn(month: lastMonth, year: year), secondOfDay: 86_399)
      let precision: Precision = day != nil ? .day : month != nil ? .month : .year
      return EDTFDate(
        description: String(decoding: bytes, as: UTF8.self), earliest: Packed(unchecked: first),
        latest: Packed(unchecked: last),
        summary: Summary(precision: precision, qualifier: nil, isInterval: false, isCalendar: true))
    }
  }

  private init(description: String, earliest: Packed, latest: Packed, summary: Summary) {
    (self.description, self.earliest, self.latest, self.summary) = (
      description, earliest, latest, summary
    )
  }

  /// An instant in 64 bits, ordered as instants are: the year (biased, so
  /// that it is never negative) above the month, the day and the second.
  private struct Packed: Sendable {
    private let bits: Int64
    private static let noneBits: Int64 = -1
    private static let yearBias = 1 << 36

    /// No instant: an open or unknown end.
    static let none = Packed(bits: noneBits)

    private init(bits: Int64) { self.bits = bits }

    init(_ instant: EDTFInstant?) throws(EDTFError) {
      guard let instant else {
        self = .none
        return
      }
      guard abs(instant.year) < Self.yearBias else {
        throw EDTFError(
          "the year \(instant.year) is too far away; Parley reads years up to 68 billion")
      }
      self.init(unchecked: instant)
    }

    init(unchecked instant: EDTFInstant) {
      bits =
        Int64(instant.year + Self.yearBias) << 26 | Int64(instant.month) << 22
        | Int64(instant.day) << 17 | Int64(instant.secondOfDay)
    }

    var instant: EDTFInstant? {
      guard bits != Self.noneBits else { return nil }
      return EDTFInstant(
        year: Int(bits >> 26) - Self.yearBias, month: Int(bits >> 22 & 0xF),
        day: Int(bits >> 17 & 0x1F), secondOfDay: Int(bits & 0x1FFFF))
    }
  }

  /// Precision, qualifier and two flags in one byte and a half.
  private struct Summary: Sendable {
    private let bits: UInt16

    init(precision: Precision, qualifier: EDTFQualifier?, isInterval: Bool, isCalendar: Bool) {
      let qualifierBits: UInt16 =
        switch qualifier {
        case nil: 0
        case .uncertain: 1
        case .approximate: 2
        case .uncertainApproximate: 3
        }
      bits =
        UInt16(precision.rawValue) | qualifierBits << 3 | (isInterval ? 1 << 5 : 0)
        | (isCalendar ? 1 << 6 : 0)
    }

    var precision: Precision { Precision(rawValue: Int(bits & 0x7))! }
    var qualifier: EDTFQualifier? {
      switch bits >> 3 & 0x3 {
      case 1: .uncertain
      case 2: .approximate
      case 3: .uncertainApproximate
      default: nil
      }
    }
    var isInterval: Bool { bits & 1 << 5 != 0 }
    var isCalendar: Bool { bits & 1 << 6 != 0 }
  }
}
