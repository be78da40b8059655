import Testing

@testable import ParleyCore

/// Spans count Unicode scalars; the validator finds a span's bytes from a
/// checkpoint every 64 scalars. Every span of a long mixed text, across
/// those checkpoints, is compared with the scalars it covers.
@Suite("Spanned text")
struct SpannedTextTests {
  /// 300 scalars of one to four UTF-8 bytes, with combining marks.
  private static let text: String = {
    let pieces = ["a", "é", "ж", "中", "😀", "e\u{301}", " ", "🇷🇺", "ש"]
    return (0..<200).map { pieces[($0 * 7 + $0 / 5) % pieces.count] }.joined()
  }()

  @Test("a quote matches exactly the scalars its span covers, past every checkpoint")
  func everySpan() {
    let scalars = Array(Self.text.unicodeScalars)
    let spanned = SpannedText(Self.text)
    #expect(spanned.scalarCount == scalars.count)
    #expect(scalars.count > 256, "the text crosses several checkpoints")
    for start in stride(from: 0, through: scalars.count, by: 7) {
      for end in stride(from: start, through: min(scalars.count, start + 150), by: 11) {
        let quote = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(spanned.text(from: start, to: end, is: quote), "[\(start), \(end)]")
        if end < scalars.count {
          let longer = String(String.UnicodeScalarView(scalars[start..<end + 1]))
          #expect(!spanned.text(from: start, to: end, is: longer), "[\(start), \(end)] + 1")
        }
        if start > 0, end > start {
          let shifted = String(String.UnicodeScalarView(scalars[start - 1..<end - 1]))
          #expect(
            spanned.text(from: start, to: end, is: shifted)
              == (shifted.utf8.elementsEqual(quote.utf8)),
            "[\(start - 1), \(end - 1)]")
        }
      }
    }
  }

  @Test("the end of the text is a valid end of a span")
  func toTheEnd() {
    let scalars = Array(Self.text.unicodeScalars)
    let spanned = SpannedText(Self.text)
    let tail = String(String.UnicodeScalarView(scalars[250...]))
    #expect(spanned.text(from: 250, to: scalars.count, is: tail))
    #expect(SpannedText("plain").text(from: 1, to: 5, is: "lain"))
  }

  @Test("a quote is found where it first occurs, at its scalar offset, and spans read back")
  func search() {
    let scalars = Array(Self.text.unicodeScalars)
    let spanned = SpannedText(Self.text)
    func naive(_ needle: [Unicode.Scalar]) -> Int? {
      guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
      return (0...(scalars.count - needle.count)).first {
        scalars[$0..<$0 + needle.count].elementsEqual(needle)
      }
    }
    for start in stride(from: 0, to: scalars.count, by: 13) {
      for length in [1, 2, 5, 40, 70] where start + length <= scalars.count {
        let needle = Array(scalars[start..<start + length])
        let quote = String(String.UnicodeScalarView(needle))
        #expect(spanned.firstOffset(of: quote) == naive(needle), "[\(start), +\(length)]")
        #expect(spanned.text(from: start, to: start + length) == quote)
      }
    }
    #expect(spanned.firstOffset(of: "") == nil)
    #expect(spanned.firstOffset(of: "not in it") == nil)
    #expect(SpannedText("plain text").firstOffset(of: "text") == 6)
  }
}

extension SpannedTextTests {
  /// Texts of every length up to 300 bytes, ASCII with one to four byte
  /// scalars put in at every place: the index is read eight bytes at a time
  /// and byte by byte where a checkpoint falls, so each length and place
  /// meets the word edges differently.
  @Test("scalar counts and spans hold wherever the wide scalars fall")
  func everyPlacement() {
    for wide in ["é", "中", "😀"] {
      for length in stride(from: 0, through: 300, by: 7) {
        for place in stride(from: 0, through: length, by: max(1, length / 9)) {
          var scalars = Array(String(repeating: "a", count: length).unicodeScalars)
          scalars.insert(contentsOf: wide.unicodeScalars, at: place)
          if length % 3 == 0 { scalars.append(contentsOf: wide.unicodeScalars) }
          let text = String(String.UnicodeScalarView(scalars))
          let spanned = SpannedText(text)
          #expect(spanned.scalarCount == scalars.count, "\(wide) at \(place) of \(length)")
          for start in stride(from: 0, through: scalars.count, by: 23) {
            let end = min(scalars.count, start + 70)
            let quote = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(
              spanned.text(from: start, to: end, is: quote), "[\(start), \(end)] of \(length)")
          }
        }
      }
    }
  }
}
