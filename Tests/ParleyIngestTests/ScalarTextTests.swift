import Testing

@testable import ParleyIngest

/// A text decoded by hand gives the scalars and pieces `String` gives.
@Suite("Scalar text")
struct ScalarTextTests {
  /// Texts with scalars of one to four bytes, at the edges of each width.
  private static let texts = [
    "", "ASCII only", "Kyiv’s “red lines” — é, ж, 한, 😀 and e\u{301}", "😀😀",
    "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
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
}
