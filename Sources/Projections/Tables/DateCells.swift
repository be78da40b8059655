import ParleyCore

/// How a date fills the `date`, `end_date`, `precision` and `edtf` columns:
/// the first and the last day (or instant, for a date with a time) the EDTF
/// date can mean, its precision, and the date as written. An unknown end is
/// an empty cell; no date is invented.
enum DateCells {
  /// The first day the date can mean (`2021-12` → `2021-12-01`), with the
  /// time for a date-time; empty when undated or the start is unknown.
  static func start(_ date: EDTFDate?) -> String {
    guard let date, let instant = date.start else { return "" }
    return format(instant, precision: date.precision)
  }

  /// The last day the date can mean (`2021-12` → `2021-12-31`); empty when
  /// undated or the end is open or unknown.
  static func end(_ date: EDTFDate?) -> String {
    guard let date, let instant = date.end else { return "" }
    return format(instant, precision: date.precision)
  }

  /// `day`, `month`, `year` …; empty when undated.
  static func precision(_ date: EDTFDate?) -> String {
    date?.precision.description ?? ""
  }

  /// The date as written; empty when undated.
  static func edtf(_ date: EDTFDate?) -> String { date?.description ?? "" }

  private static func format(_ instant: EDTFInstant, precision: Precision) -> String {
    precision == .time ? instant.description : instant.isoDate
  }
}
