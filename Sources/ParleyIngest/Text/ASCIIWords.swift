/// The words of ASCII text as statements are compared by: runs of letters
/// and digits, lower-cased. (Folding ASCII is lower-casing it, and its
/// letters and digits are A–Z, a–z and 0–9.)
enum ASCIIWords {
  /// Calls `body` with each word's lower-cased bytes, in order; `false`,
  /// having called it for none, when the text is not ASCII.
  static func forEach(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Bool {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { word in
      var length = 0
      for byte in bytes {
        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
        if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
          word[length] = lower
          length += 1
        } else if length > 0 {
          body(UnsafeBufferPointer(rebasing: word[..<length]))
          length = 0
        }
      }
      if length > 0 { body(UnsafeBufferPointer(rebasing: word[..<length])) }
    }
    return true
  }
}
