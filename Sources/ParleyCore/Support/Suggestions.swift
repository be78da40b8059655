/// "Did you mean …?" for misspelled field names, ids, options and format names.
package enum Suggestions {
  /// The candidate closest to `word` by edit distance, if it is close enough
  /// to be a plausible typo (at most a third of the word's length, at least 1).
  package static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
  where S.Element == String {
    let limit = max(1, word.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(word.lowercased(), candidate.lowercased(), limit: limit)
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// The hint text for a suggestion, or `nil`.
  package static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String?
  where S.Element == String {
    nearest(to: word, in: candidates).map { "did you mean \"\($0)\"?" }
  }

  /// Optimal-string-alignment distance (Levenshtein plus swaps of adjacent
  /// letters, the commonest typo), giving up once it exceeds `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
