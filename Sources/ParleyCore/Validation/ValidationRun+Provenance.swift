import Foundation

/// Provenance entries: their spans must fall inside their source's text, and
/// their quotes must be the text they span.
extension ValidationRun {
  /// Checks the span and quote of the provenance entry at `path`; its source
  /// reference is checked with the other fields.
  func checkSpan(of entry: Provenance, at path: PendingPath) {
    guard let span = entry.span else { return }
    guard span.start >= 0, span.start <= span.end else {
      report(
        path.appending("span"), "span [\(span.start), \(span.end)] is not a range",
        hint: "write [start, end] with 0 <= start <= end")
      return
    }
    guard let text = sourceTexts[entry.source] else { return }
    let spanned: SpannedText
    if let cached = spannedTexts[entry.source] {
      spanned = cached
    } else {
      spanned = SpannedText(text)
      spannedTexts[entry.source] = spanned
    }
    guard span.end <= spanned.scalarCount else {
      report(
        path.appending("span"),
        "span [\(span.start), \(span.end)] runs past the end of source \"\(entry.source)\" (\(spanned.scalarCount) characters)",
        hint: "offsets count Unicode scalars from 0")
      return
    }
    guard let quote = entry.quote, !spanned.text(from: span.start, to: span.end, is: quote)
    else { return }
    let scalars = Array(text.unicodeScalars)
    let shown = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    let hint =
      Self.offset(of: quote, in: scalars).map {
        "the quote is at [\($0), \($0 + quote.unicodeScalars.count)]"
      } ?? "the quote does not occur in the source text"
    report(
      path.appending("quote"),
      "quote does not match the text at span [\(span.start), \(span.end)]: \"\(shown.prefix(60))\"",
      hint: hint)
  }

  /// The scalar offset where `quote` first occurs in `scalars`, if it does.
  static func offset(of quote: String, in scalars: [Unicode.Scalar]) -> Int? {
    let needle = Array(quote.unicodeScalars)
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    for start in 0...(scalars.count - needle.count)
    where scalars[start] == needle[0] && scalars[start..<start + needle.count].elementsEqual(needle)
    {
      return start
    }
    return nil
  }
}

/// A source's text as spans index it: where each scalar starts among its
/// UTF-8 bytes, when the text is not all ASCII. A quote is then compared
/// with the bytes it spans, without building either as scalars.
final class SpannedText {
  private let text: String
  /// The byte offset of each scalar, and the end; `nil` for ASCII text,
  /// where scalar and byte offsets are the same.
  private let starts: [Int]?

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    starts = text.withUTF8 { bytes -> [Int]? in
      var ascii = true
      for byte in bytes where byte >= 0x80 {
        ascii = false
        break
      }
      guard !ascii else { return nil }
      var starts: [Int] = []
      starts.reserveCapacity(bytes.count + 1)
      for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 { starts.append(offset) }
      starts.append(bytes.count)
      return starts
    }
  }

  /// How many Unicode scalars the text has.
  var scalarCount: Int { starts.map { $0.count - 1 } ?? text.utf8.count }

  /// Whether the scalars from `start` to `end` are exactly `quote`.
  func text(from start: Int, to end: Int, is quote: String) -> Bool {
    let first = starts?[start] ?? start
    let last = starts?[end] ?? end
    var quote = quote
    var text = text
    return quote.withUTF8 { expected in
      expected.count == last - first
        && text.withUTF8 { bytes in
          expected.isEmpty
            || memcmp(bytes.baseAddress! + first, expected.baseAddress!, expected.count) == 0
        }
    }
  }
}
