import ParleyCore

extension EDTFDate {
  /// Whether every instant `other` can mean is one this date can mean
  /// ("2018" holds "2018-07-16"); an open end runs on without limit.
  func holds(_ other: EDTFDate) -> Bool {
    if let start {
      guard let otherStart = other.start, start <= otherStart else { return false }
    }
    if let end {
      guard let otherEnd = other.end, otherEnd <= end else { return false }
    }
    return true
  }
}
