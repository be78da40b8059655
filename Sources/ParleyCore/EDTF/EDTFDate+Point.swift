extension EDTFDate {
  /// One calendar date, as precise as it was written.
  package struct Point: Hashable, Sendable {
    /// The year; for `201X` the first year it can be (2010).
    package var year: Int
    /// The month (1–12), if given and specified.
    package var month: Int?
    /// The season code (21–24), if given.
    package var season: Int?
    /// The day of the month, if given and specified.
    package var day: Int?
    /// Seconds since midnight, if a time was given.
    package var secondOfDay: Int?
    /// A qualifier on the whole date.
    package var qualifier: EDTFQualifier?
    /// Whether any digit was written `X`.
    package var hasUnspecifiedDigits: Bool
    /// How fine the date is.
    package var precision: Precision
    /// The first instant the date can mean.
    package var earliest: EDTFInstant
    /// The last instant the date can mean.
    package var latest: EDTFInstant
  }
}
