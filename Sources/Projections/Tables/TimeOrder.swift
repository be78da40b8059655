import ParleyCore

/// The chronological order every CSV table shares: a record sorts by the
/// first instant its date can mean (a partial date by its start: `2021-12` by
/// 1 December), or, for an interval with an unknown start (`../2022`), by the
/// last; undated records come after every dated one.
enum TimeOrder {
  /// What a date sorts by; `nil` when undated.
  static func key(_ date: EDTFDate?) -> EDTFInstant? {
    date.flatMap { $0.start ?? $0.end }
  }

  /// Whether `lhs` comes before `rhs` in time, or `nil` when neither does
  /// (the same instant, or both undated) and the caller breaks the tie.
  static func precedes(_ lhs: EDTFInstant?, _ rhs: EDTFInstant?) -> Bool? {
    switch (lhs, rhs) {
    case (let left?, let right?): left == right ? nil : left < right
    case (.some, nil): true
    case (nil, .some): false
    case (nil, nil): nil
    }
  }
}
