extension String {
  /// Whether `other` occurs in this text, compared byte for byte (UTF-8,
  /// so no normalization): the literal search Foundation's `contains(_:)`
  /// makes, without bridging both strings to `NSString` for each call.
  /// An empty `other` occurs nowhere, as there.
  func containsLiteral(_ other: String) -> Bool {
    guard !other.isEmpty else { return false }
    return Array(utf8).containsBytes(Array(other.utf8))
  }
}
