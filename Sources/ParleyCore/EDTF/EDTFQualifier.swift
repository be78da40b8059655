/// An EDTF qualifier on a whole date.
public enum EDTFQualifier: Character, Hashable, Sendable {
  /// `?`: the date is uncertain.
  case uncertain = "?"
  /// `~`: the date is approximate.
  case approximate = "~"
  /// `%`: uncertain and approximate.
  case uncertainApproximate = "%"
}
