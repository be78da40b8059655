extension Array {
  /// The first index whose element satisfies `belongs`, for a predicate
  /// that is false and then true along the array; `count` if none.
  func partitionPoint(_ belongs: (Element) -> Bool) -> Int {
    var (low, high) = (0, count)
    while low < high {
      let middle = (low + high) / 2
      if belongs(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
