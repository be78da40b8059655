/// A `major.minor` IR version. Readers accept any minor version of a major
/// version they know, and refuse other majors.
public struct IRVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The major version: a change here breaks readers.
  public var major: Int
  /// The minor version: additions only.
  public var minor: Int

  /// The version this build of Parley writes.
  public static let current = IRVersion(major: 1, minor: 0)

  /// Creates a version from its parts.
  public init(major: Int, minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `"1.0"`; returns `nil` for anything else.
  package init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let major = Int(parts[0]), let minor = Int(parts[1])
    else { return nil }
    self.init(major: major, minor: minor)
  }

  /// `major.minor`.
  public var description: String { "\(major).\(minor)" }

  /// Orders by major, then minor.
  public static func < (lhs: IRVersion, rhs: IRVersion) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }
}
