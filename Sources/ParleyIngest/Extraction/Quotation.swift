/// Quoted words in a paragraph, in any of the usual quotation-mark styles:
/// "straight", “curly”, ‘single curly’ (British), « guillemets » and „German“.
struct Quotation: Sendable {
  /// Token index of the opening mark.
  var open: Int
  /// Token index of the closing mark, or `nil` when the quote runs on into
  /// the next paragraph (the newspaper convention).
  var close: Int?
  /// Token indexes of the words inside.
  var contents: Range<Int>

  static func find(in tokens: [Token]) -> [Quotation] {
    var quotes: [Quotation] = []
    var index = 0
    while index < tokens.count {
      // (Most tokens are words: only an opening mark is looked up by text.)
      guard tokens[index].kind == .punctuation, Self.openingScalars.contains(tokens[index].first),
        let closers = closers[tokens[index].text]
      else {
        index += 1
        continue
      }
      // A straight quote closes only a straight one.
      var end = index + 1
      while end < tokens.count,
        !(tokens[end].kind == .punctuation && closers.contains(tokens[end].text))
      {
        end += 1
      }
      if end < tokens.count {
        if end > index + 1 {
          quotes.append(Quotation(open: index, close: end, contents: index + 1..<end))
        }
        index = end + 1
      } else {
        if end > index + 1 {
          quotes.append(Quotation(open: index, close: nil, contents: index + 1..<end))
        }
        break
      }
    }
    return quotes
  }

  private static let closers: [String: Set<String>] = [
    // Scraped text mixes styles: "…” and “…" are common.
    "\"": ["\"", "”"], "“": ["”", "\""], "„": ["“", "”"], "«": ["»"], "‘": ["’"], "‹": ["›"],
  ]

  /// The first scalars of the opening marks, to rule out most punctuation
  /// before a lookup by text.
  private static let openingScalars: Set<Unicode.Scalar> = Set(
    closers.keys.compactMap(\.unicodeScalars.first))

  /// Every quotation mark, opening or closing.
  private static let marks: Set<Unicode.Scalar> = Set(
    Set(closers.keys).union(closers.values.joined()).compactMap(\.unicodeScalars.first))

  /// Whether `tokens[index]` is a quotation mark (read in place).
  static func isQuotationMark(_ tokens: [Token], _ index: Int) -> Bool {
    tokens[index].kind == .punctuation && marks.contains(tokens[index].first)
  }
}
