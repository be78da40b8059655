/// Where the lines of a text start, so that a scalar offset becomes a line
/// and a column by halving rather than by a scan from the start: an article
/// with a warning on every line stays linear.
struct LineIndex {
  /// The offset of each line's first scalar; the first line starts at 0.
  private let starts: [Int]

  init(_ text: [Unicode.Scalar]) {
    var starts = [0]
    for (offset, scalar) in text.enumerated() where scalar == "\n" { starts.append(offset + 1) }
    self.starts = starts
  }

  /// The line and column, both from 1, of the scalar at `offset`.
  func lineAndColumn(_ offset: Int) -> (line: Int, column: Int) {
    var (low, high) = (0, starts.count)
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return (low, offset - starts[low - 1] + 1)
  }
}
