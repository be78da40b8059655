/// A half-open range `[start, end)` of Unicode scalar offsets into a text.
public struct TextSpan: Hashable, Sendable {
  /// The first scalar offset, inclusive.
  public var start: Int
  /// The last scalar offset, exclusive.
  public var end: Int

  /// Creates a span; the validator reports `start > end` or negative offsets.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}
