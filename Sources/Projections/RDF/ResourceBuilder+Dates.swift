import ParleyCore

/// How EDTF dates become RDF literals.
///
/// A plain calendar value (a year, month, day or date-time with no qualifier
/// and no unspecified digits) is a typed literal: `xsd:gYear`,
/// `xsd:gYearMonth`, `xsd:date` or `xsd:dateTime`. Anything only EDTF can say
/// (`2022-01~`, `201X`, a season, an interval) is kept as written in
/// `parley:edtf`, a plain string, with its precision in `parley:datePrecision`;
/// the ends of an interval that are plain calendar values are typed literals
/// too, when the node has start and end properties. No date is ever invented.
extension ResourceBuilder {
  /// Writes a record's date.
  ///
  /// - Parameters:
  ///   - property: the property of a plain calendar value, e.g. `schema:startDate`.
  ///   - start: for an interval, the property of its start, if the node has one.
  ///   - end: for an interval, the property of its end, if the node has one.
  mutating func date(
    _ date: EDTFDate?, property: String, start: String? = nil, end: String? = nil
  ) {
    guard let date else { return }
    if let (lexical, datatype) = Self.calendarLiteral(date) {
      return typed(property, lexical, datatype)
    }
    if date.isInterval, let start, let end {
      let (first, last) = Self.halves(of: date)
      calendar(start, first)
      calendar(end, last)
    }
    text("parley:edtf", date.description)
    text("parley:datePrecision", date.precision.description)
  }

  /// Writes a period from two dates (a role's `from` and `until`, a relation's
  /// `since` and `until`) as `schema:startDate` and `schema:endDate` where
  /// they are plain calendar values, and, when either is not, the whole
  /// period as one EDTF interval in `parley:edtf` (`2021-12~/2022-01-10`; an
  /// absent end is left empty: `2021/`) with the finer precision.
  mutating func period(from: EDTFDate?, until: EDTFDate?) {
    let first = from.map { $0.isInterval ? Self.halves(of: $0).first : $0.description }
    let last = until.map { $0.isInterval ? Self.halves(of: $0).last : $0.description }
    calendar("schema:startDate", first)
    calendar("schema:endDate", last)
    let plain = [from, until].allSatisfy { date in
      date.map { !$0.isInterval && $0.calendarValue != nil } ?? true
    }
    guard !plain else { return }
    text("parley:edtf", (first ?? "") + "/" + (last ?? ""))
    let precision = [from, until].compactMap { $0?.precision }.max()!
    text("parley:datePrecision", precision.description)
  }

  /// A typed literal for `text` when it is a plain calendar value.
  private mutating func calendar(_ property: String, _ text: String?) {
    guard let text, !text.isEmpty, text != "..", let date = try? EDTFDate(text),
      let (lexical, datatype) = Self.calendarLiteral(date)
    else { return }
    typed(property, lexical, datatype)
  }

  /// The lexical form and XML Schema datatype of a plain calendar value. A
  /// time zone offset written as hours only (`+01`, which EDTF allows) gets
  /// its minutes (`+01:00`), as `xsd:dateTime` requires.
  static func calendarLiteral(_ date: EDTFDate) -> (String, String)? {
    guard let (lexical, precision) = date.calendarValue,
      let datatype = RDFVocabulary.datatype(for: precision)
    else { return nil }
    let zone = lexical.utf8.suffix(3)
    if precision == .time, let sign = zone.first,
      sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
      zone.dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
    {
      return (lexical + ":00", datatype)
    }
    return (lexical, datatype)
  }

  /// The text of an interval's start and end as written (`..` or empty for
  /// an open or unknown end).
  static func halves(of date: EDTFDate) -> (first: String, last: String) {
    let parts = date.description.split(
      separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
  }
}
