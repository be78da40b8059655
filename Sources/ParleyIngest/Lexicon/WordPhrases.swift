/// A word list whose entries may be phrases of several words ("according
/// to"), matched word by word on tokens. A phrase's words are its entry
/// split at spaces, lower case.
struct WordPhrases: Sendable {
  /// Each phrase's words.
  let phrases: [[String]]
  /// Each phrase's words as vocabulary ids, so that a token is asked by its
  /// word's id; empty without a vocabulary that has every word.
  private let ids: [[Int32]]

  /// The phrases of `entries`; with the `vocabulary` tokens' words have
  /// ids in (one that has each word of each phrase), tokens are matched by
  /// id.
  init(_ entries: [String], vocabulary: Vocabulary? = nil) {
    phrases = entries.map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    // (By their keys, composed as tokens' are: "según" however written.)
    let ids = phrases.map { $0.compactMap { vocabulary?.id(of: Token.key($0)) } }
    self.ids = zip(ids, phrases).allSatisfy { $0.count == $1.count } ? ids : []
  }

  /// Whether `token` is word `word` of phrase `phrase`: by its word's id
  /// when it has been looked up (a word the vocabulary lacks is no
  /// phrase's), else by its key.
  @inline(__always)
  private func token(_ token: Token, is word: Int, of phrase: Int) -> Bool {
    if !ids.isEmpty, token.word != Token.unassignedWord { return token.word == ids[phrase][word] }
    return token.key == phrases[phrase][word]
  }

  /// The number of tokens of the longest phrase that starts at `position`
  /// and ends by `limit`, or `nil`.
  func match(_ tokens: [Token], at position: Int, limit: Int? = nil) -> Int? {
    let end = min(limit ?? tokens.count, tokens.count)
    var longest: Int?
    for (number, phrase) in phrases.enumerated()
    where position >= 0 && position + phrase.count <= end {
      if phrase.count > longest ?? 0,
        phrase.indices.allSatisfy({ token(tokens[position + $0], is: $0, of: number) })
      {
        longest = phrase.count
      }
    }
    return longest
  }

  /// Whether a phrase ends just before `position`: "according to" before a name.
  func ends(_ tokens: [Token], before position: Int) -> Bool {
    phrases.indices.contains { number in
      let count = phrases[number].count
      return position >= count && position <= tokens.count
        && (0..<count).allSatisfy { token(tokens[position - count + $0], is: $0, of: number) }
    }
  }

  /// Whether every word of some phrase is among `tokens[range]`, in any
  /// order.
  func isScattered(in tokens: [Token], _ range: Range<Int>) -> Bool {
    phrases.indices.contains { number in
      phrases[number].indices.allSatisfy { word in
        range.contains { token(tokens[$0], is: word, of: number) }
      }
    }
  }
}
