/// "Did you mean …?" for misspelled field names, ids, options and format names.
package enum Suggestions {
  /// The candidate closest to `word` by edit distance, if it is close enough
  /// to be a plausible typo (at most a third of the word's length, at least 1).
  package static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
  where S.Element == String {
    nearest(to: word, in: Candidates(candidates))
  }

  /// The candidate of `candidates` closest to `word`, as
  /// ``nearest(to:in:)-(_,S)`` finds it, from candidates prepared once.
  package static func nearest(to word: String, in candidates: Candidates) -> String? {
    let limit = max(1, word.count / 3)
    let lowered = Array(word.lowercased().unicodeScalars)
    var best: (index: Int, distance: Int)?
    for (index, candidate) in candidates.lowered.enumerated() {
      // Farther apart in length than the limit: no need to compare.
      guard abs(candidate.count - lowered.count) <= limit else { continue }
      let distance = editDistance(lowered, candidate, limit: limit)
      if distance <= limit, distance < (best?.distance ?? .max) { best = (index, distance) }
    }
    return best.map { candidates.originals[$0.index] }
  }

  /// The hint text for a suggestion, or `nil`.
  package static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String?
  where S.Element == String {
    hint(nearest(to: word, in: candidates))
  }

  /// The hint text for a suggestion among prepared candidates, or `nil`.
  package static func didYouMean(_ word: String, in candidates: Candidates) -> String? {
    hint(nearest(to: word, in: candidates))
  }

  private static func hint(_ nearest: String?) -> String? {
    nearest.map { "did you mean \"\($0)\"?" }
  }

  /// Candidates lowercased and cut into scalars once, for a list searched
  /// again and again (every unknown id of a dossier among its ids).
  package struct Candidates {
    fileprivate let originals: [String]
    fileprivate let lowered: [[Unicode.Scalar]]

    /// Prepares `candidates`, in order: on a tie the first wins.
    package init<S: Sequence>(_ candidates: S) where S.Element == String {
      originals = Array(candidates)
      lowered = originals.map { Array($0.lowercased().unicodeScalars) }
    }
  }

  /// Optimal-string-alignment distance (Levenshtein plus swaps of adjacent
  /// letters, the commonest typo), giving up once it exceeds `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
  }

  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int
  {
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
