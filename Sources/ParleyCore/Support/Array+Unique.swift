extension Array where Element == String {
  /// The strings without repeats, in the order first seen.
  ///
  /// Projections list a handful of ids per cell or element: up to eight are
  /// compared, which is cheaper than hashing them; more go through a set.
  package func uniqued() -> [String] {
    guard count > 1 else { return self }
    guard count > 8 else {
      var kept: [String] = []
      kept.reserveCapacity(count)
      for value in self where !kept.contains(value) { kept.append(value) }
      return kept
    }
    var seen = Set<String>(minimumCapacity: count)
    return filter { seen.insert($0).inserted }
  }
}
