import Testing

@testable import ParleyIngest

/// A text decoded by hand gives the scalars and pieces `String` gives.
@Suite("Scalar text")
struct ScalarTextTests {
  /// Texts with scalars of one to four bytes, at the edges of each width.
  private static let texts = [
    "", "ASCII only", "Kyiv’s “red lines” — é, ж, 한, 😀 and e\u{301}", "😀😀",
    "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "O`Brien and o`brien",
  ]

  @Test("scalars and pieces of texts of every width", arguments: texts)
  func decodes(_ text: String) {
    let decoded = ScalarText(text)
    #expect(decoded.scalars == Array(text.unicodeScalars))
    #expect(decoded.count == text.unicodeScalars.count)
    for start in 0...decoded.count {
      for end in start...decoded.count {
        let expected = String(
          String.UnicodeScalarView(text.unicodeScalars.dropFirst(start).prefix(end - start)))
        #expect(decoded.string(start..<end) == expected)
      }
    }
  }

  @Test(
    "a piece's key is the key of its text",
    arguments: texts + ["NATO’s Russia-US talks — U.S. MID-DAY"])
  func keys(_ text: String) {
    let decoded = ScalarText(text)
    for start in 0..<decoded.count {
      for end in start + 1...decoded.count {
        let (piece, key) = decoded.textAndKey(start..<end)
        #expect(piece == decoded.string(start..<end))
        #expect(key == Token.key(piece))
        #expect(key == Self.folded(piece))
      }
    }
  }

  /// The key as first defined: ASCII without capitals as it is; else
  /// typographic apostrophes and dashes folded, then `lowercased()`.
  private static func folded(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return text }
    let marks = [
      ("’", "'"), ("‘", "'"), ("`", "'"), ("‐", "-"), ("‑", "-"), ("–", "-"), ("—", "-"),
    ]
    return marks.reduce(text) { $0.replacing($1.0, with: $1.1) }.lowercased()
  }
}

/// Marks every 64th scalar give the pieces a full scalar table gives.
@Suite("Scalar marks")
struct ScalarMarksTests {
  @Test("every piece of texts around the marks' stride")
  func pieces() {
    let long = String(repeating: "aé😀ж ", count: 40)
    for text in [
      "", "a", String(repeating: "x", count: 64), String(repeating: "é", count: 129), long,
    ] {
      let (full, marks) = (ScalarText(text), ScalarMarks(text))
      for start in stride(from: 0, through: full.count, by: 7) {
        for end in stride(from: start, through: full.count, by: 5) {
          #expect(marks.string(start..<end) == full.string(start..<end), "\(start)..<\(end)")
        }
        #expect(marks.string(start..<full.count) == full.string(start..<full.count))
      }
    }
  }
}
