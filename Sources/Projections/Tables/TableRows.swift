/// The rows of a ``TableProjection``, made one at a time.
public struct TableRows: Sequence {
  /// How many rows there are.
  public let count: Int
  private let make: (Int) -> [String]

  init(count: Int, make: @escaping (Int) -> [String]) {
    self.count = count
    self.make = make
  }

  /// Starts at the first row.
  public func makeIterator() -> Iterator { Iterator(rows: self) }

  /// Yields the rows.
  public struct Iterator: IteratorProtocol {
    let rows: TableRows
    var index = 0

    /// The next row, or `nil` at the end.
    public mutating func next() -> [String]? {
      guard index < rows.count else { return nil }
      defer { index += 1 }
      return rows.make(index)
    }
  }
}
