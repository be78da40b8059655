import ParleyCore

/// A turn in the transcript of a briefing or interview: `MS. ORTAGUS: …`,
/// `SPOKESPERSON ZAKHAROVA: …`, `QUESTION: …`. What follows the label is the
/// speaker's own words, with no quotation marks.
struct TranscriptTurn: Sendable {
  /// The person speaking; `nil` when a reporter asks.
  var speaker: String?
  /// The tokens of the label, colon included.
  var label: Range<Int>
  /// The tokens of what is said.
  var words: Range<Int>

  /// Whether `tokens` open with a story's slug in capitals and a colon
  /// ("UPDATE:", "BREAKING NEWS:"): no speaker's turn, nor a turn's words
  /// going on.
  static func opensWithSlug(_ tokens: [Token], index: LexiconIndex) -> Bool {
    var end = 0
    while end < min(tokens.count, 6), tokens[end].isWord,
      tokens[end].text.uppercased() == tokens[end].text,
      index.words.slugLabels.contains(tokens[end])
    {
      end += 1
    }
    return end > 0 && end < tokens.count && tokens[end].isMark(":")
  }

  /// The label at the start of `tokens`: up to six words in capitals
  /// (honorifics, titles, a name; not only `slug-labels`) and a colon.
  /// Returns the label's tokens,
  /// the name's words as written, and whether a reporter is asking.
  static func label(in tokens: [Token], index: LexiconIndex) -> (
    label: Range<Int>, name: [String], asking: Bool
  )? {
    var end = 0
    while end < min(tokens.count, 6), tokens[end].isWord || tokens[end].isMark("."),
      tokens[end].text.uppercased() == tokens[end].text,
      tokens[end].text.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
        || tokens[end].isMark(".")
    {
      end += 1
    }
    guard end > 0, end + 1 < tokens.count, tokens[end].isMark(":") else { return nil }
    let keys = tokens[0..<end].filter(\.isWord).map(\.key)
    // ("WATCH: …", "UPDATE: …": a story's slug, no one speaking.)
    if keys.allSatisfy({ index.words.slugLabels.contains($0) }) { return nil }
    if keys.contains(where: { index.words.questioners.contains($0) }) {
      return (0..<end + 1, [], true)
    }
    var name: [String] = []
    for token in tokens[0..<end] where token.isWord {
      let key = token.key
      guard !index.words.honorifics.contains(key), !index.words.honorifics.contains(key + "."),
        !index.titleWords.contains(key)
      else { continue }
      // "ORTAGUS" → "Ortagus"
      name.append(String(token.text.prefix(1)) + token.text.dropFirst().lowercased())
    }
    guard !name.isEmpty else { return nil }
    return (0..<end + 1, name, false)
  }
}
