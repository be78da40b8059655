/// A text as Unicode scalars (the unit of IR spans) with its UTF-8 bytes
/// beside, so that pieces become `String`s by copying bytes rather than by
/// appending scalar after scalar.
struct ScalarText: Sendable {
  let scalars: [Unicode.Scalar]
  private let utf8: [UInt8]
  /// UTF-8 offset of each scalar, and of the end.
  private let offsets: [Int]

  init(_ text: String) {
    let utf8 = Array(text.utf8)
    let length = utf8.count
    // Decoded by hand from the bytes, which a `String` holds as valid
    // UTF-8: a byte below 0x80 is its scalar, a lead byte says how many
    // continuation bytes follow.
    var count = 0
    var offsets: [Int] = []
    scalars = [Unicode.Scalar](unsafeUninitializedCapacity: length) { scalars, scalarCount in
      offsets = [Int](unsafeUninitializedCapacity: length + 1) { offsets, offsetCount in
        utf8.withUnsafeBufferPointer { bytes in
          var offset = 0
          while offset < length {
            let lead = bytes[offset]
            offsets.initializeElement(at: count, to: offset)
            if lead < 0x80 {
              scalars.initializeElement(at: count, to: Unicode.Scalar(lead))
              offset += 1
            } else {
              let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
              var value = UInt32(lead) & (0x7F >> width)
              for next in offset + 1..<offset + width {
                value = value << 6 | UInt32(bytes[next] & 0x3F)
              }
              scalars.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
              offset += width
            }
            count += 1
          }
          offsets.initializeElement(at: count, to: length)
        }
        offsetCount = count + 1
      }
      scalarCount = count
    }
    self.offsets = offsets
    self.utf8 = utf8
  }

  var count: Int { scalars.count }

  subscript(index: Int) -> Unicode.Scalar { scalars[index] }

  /// The text of scalars `range`.
  func string(_ range: Range<Int>) -> String {
    String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
  }

  /// The token of scalars `range` when they are ASCII (nearly every word),
  /// read in one pass over its bytes: its text, its key (lower-cased, as
  /// ``Token/asciiKey(_:bytes:)`` makes it), its case, and with a
  /// `vocabulary` its word's id; `nil` for other text.
  func asciiToken(_ range: Range<Int>, kind: Token.Kind, vocabulary: Vocabulary?) -> Token? {
    let (start, end) = (offsets[range.lowerBound], offsets[range.upperBound])
    // One byte per scalar: ASCII.
    guard end - start == range.count else { return nil }
    return utf8.withUnsafeBufferPointer { all in
      let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
      var capitals = 0
      var letters = 0
      for byte in bytes {
        if byte &- 0x41 < 26 {
          capitals += 1
          letters += 1
        } else if byte &- 0x61 < 26 {
          letters += 1
        }
      }
      let isCapitalized = !bytes.isEmpty && bytes[0] &- 0x41 < 26
      let isAllCaps = capitals == letters && letters >= 2
      guard capitals > 0 else {
        // Lower case: the key is the text. A word of the vocabulary (most
        // words of news text are its function words) is not made again.
        let word =
          vocabulary.map { $0.id(ofKey: bytes) ?? Token.unknownWord } ?? Token.unassignedWord
        let text = word >= 0 ? vocabulary!.word(word) : String(decoding: bytes, as: UTF8.self)
        return Token(
          range: range, text: text, key: text, kind: kind, word: word,
          first: Unicode.Scalar(bytes.first ?? 0), isCapitalized: isCapitalized,
          isAllCaps: isAllCaps)
      }
      let text = String(decoding: bytes, as: UTF8.self)
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
        for (offset, byte) in bytes.enumerated() {
          // (A backtick, which ``Token/asciiKey(_:bytes:)`` makes an
          // apostrophe beside a capital, is a token of its own.)
          lower[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        let key = UnsafeBufferPointer(lower)
        let word =
          vocabulary.map { $0.id(ofKey: key) ?? Token.unknownWord } ?? Token.unassignedWord
        return Token(
          range: range, text: text,
          key: word >= 0 ? vocabulary!.word(word) : String(decoding: key, as: UTF8.self),
          kind: kind, word: word, first: Unicode.Scalar(bytes.first ?? 0),
          isCapitalized: isCapitalized,
          isAllCaps: isAllCaps)
      }
    }
  }

  /// The text of scalars `range` and its matching key (``Token/key(_:)``),
  /// for tokens that are not ASCII (``asciiToken(_:kind:vocabulary:)``
  /// reads the others).
  func textAndKey(_ range: Range<Int>) -> (text: String, key: String) {
    let (start, end) = (offsets[range.lowerBound], offsets[range.upperBound])
    return utf8.withUnsafeBufferPointer { all in
      let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
      let text = String(decoding: bytes, as: UTF8.self)
      return (text, Token.key(text))
    }
  }
}
