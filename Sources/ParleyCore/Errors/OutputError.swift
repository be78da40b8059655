/// An output that could not be written: a file that cannot be created,
/// written or put in place, or a value the format cannot represent.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The output, as its writer names it: a path, or `standard output`.
  public var path: String
  /// What went wrong, e.g. `cannot write: No space left on device`.
  public var reason: String

  /// Whether standard output was a pipe whose reader had gone, as when
  /// `parley … | head` has read enough: not a failure to report, but the
  /// end, as for other Unix tools.
  package var isClosedStandardOutput = false

  /// Creates an error.
  package init(path: String, reason: String, isClosedStandardOutput: Bool = false) {
    self.path = path
    self.reason = reason
    self.isClosedStandardOutput = isClosedStandardOutput
  }

  /// `path: reason`.
  public var description: String { "\(path.displayed): \(reason)" }
}
