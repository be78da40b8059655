import Foundation

extension String {
  /// Whether `other` occurs in this text, as Foundation's `contains(_:)`
  /// answers; for ASCII text (every word list of the built-in lexicon,
  /// most lines of news) by comparing bytes, without bridging both strings
  /// to `NSString` for each call. (Beyond ASCII, Foundation's answer holds
  /// a composed accent equal to a decomposed one, which bytes do not.)
  func containsLiteral(_ other: String) -> Bool {
    guard utf8.allSatisfy({ $0 < 0x80 }), other.utf8.allSatisfy({ $0 < 0x80 }) else {
      return contains(other)
    }
    guard !other.isEmpty else { return false }
    return Array(utf8).containsBytes(Array(other.utf8))
  }
}
