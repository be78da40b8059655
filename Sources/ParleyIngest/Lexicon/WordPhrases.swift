/// A word list whose entries may be phrases of several words ("according
/// to"), matched word by word on tokens' keys. A phrase's words are its
/// entry split at spaces, lower case.
struct WordPhrases: Sendable {
  /// Each phrase's words.
  let phrases: [[String]]

  init(_ entries: [String]) {
    phrases = entries.map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
  }

  /// The number of tokens of the longest phrase that starts at `position`
  /// and ends by `limit`, or `nil`.
  func match(_ tokens: [Token], at position: Int, limit: Int? = nil) -> Int? {
    let end = min(limit ?? tokens.count, tokens.count)
    var longest: Int?
    for phrase in phrases where position >= 0 && position + phrase.count <= end {
      if phrase.count > longest ?? 0,
        phrase.indices.allSatisfy({ tokens[position + $0].key == phrase[$0] })
      {
        longest = phrase.count
      }
    }
    return longest
  }

  /// Whether a phrase ends just before `position`: "according to" before a name.
  func ends(_ tokens: [Token], before position: Int) -> Bool {
    phrases.contains { phrase in
      position >= phrase.count && position <= tokens.count
        && phrase.indices.allSatisfy { tokens[position - phrase.count + $0].key == phrase[$0] }
    }
  }

  /// Whether every word of some phrase is among `keys`, in any order.
  func isScattered(in keys: [String]) -> Bool {
    phrases.contains { phrase in phrase.allSatisfy { keys.contains($0) } }
  }
}
