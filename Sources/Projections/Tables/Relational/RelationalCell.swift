/// One value of a row of a ``RelationalTable``.
public enum RelationalCell: Hashable, Sendable {
  /// No value.
  case null
  /// Text.
  case text(String)
  /// A whole number.
  case integer(Int)
  /// A real number.
  case real(Double)
}
