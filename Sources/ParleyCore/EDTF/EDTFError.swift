/// Why a string is not an EDTF date.
public struct EDTFError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, e.g. `month 13 is out of range`.
  package var reason: String

  /// Creates an error.
  package init(_ reason: String) { self.reason = reason }

  /// The reason.
  public var description: String { reason }
}
