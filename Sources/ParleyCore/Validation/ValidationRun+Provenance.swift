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
    guard let text = sources[entry.source]?.text else { return }
    let scalars: [Unicode.Scalar]
    if let cached = scalarCache[entry.source] {
      scalars = cached
    } else {
      scalars = Array(text.unicodeScalars)
      scalarCache[entry.source] = scalars
    }
    guard span.end <= scalars.count else {
      report(
        path.appending("span"),
        "span [\(span.start), \(span.end)] runs past the end of source \"\(entry.source)\" (\(scalars.count) characters)",
        hint: "offsets count Unicode scalars from 0")
      return
    }
    guard let quote = entry.quote,
      !scalars[span.start..<span.end].elementsEqual(quote.unicodeScalars)
    else { return }
    let spanned = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    let hint =
      Self.offset(of: quote, in: scalars).map {
        "the quote is at [\($0), \($0 + quote.unicodeScalars.count)]"
      } ?? "the quote does not occur in the source text"
    report(
      path.appending("quote"),
      "quote does not match the text at span [\(span.start), \(span.end)]: \"\(spanned.prefix(60))\"",
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
