import ParleyCore

/// The time a selection keeps: from the earliest instant of its first date
/// to the latest of its last; either end may be open.
struct DateWindow: Sendable {
  /// The earliest instant kept, or `nil` for no lower limit.
  let start: EDTFInstant?
  /// The latest instant kept, or `nil` for no upper limit.
  let end: EDTFInstant?

  init(since: EDTFDate?, until: EDTFDate?) {
    start = since?.start
    end = until?.end
  }

  /// Whether `date` can fall inside the window: whether the instants it can
  /// mean overlap it. An open or unknown end of an interval runs on without
  /// limit.
  func overlaps(_ date: EDTFDate) -> Bool {
    if let start, let latest = date.end, latest < start { return false }
    if let end, let earliest = date.start, earliest > end { return false }
    return true
  }
}
