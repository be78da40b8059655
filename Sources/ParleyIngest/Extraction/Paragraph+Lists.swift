extension Paragraph {
  /// The actors listed from `start` ("the United States and NATO", "Saudi
  /// Arabia, Oman and Iraq"), past articles, "and" and commas, while each
  /// is `accepted`; and the token after the list.
  func listedActors(
    from start: Int, before end: Int, index: LexiconIndex, accepted: (Mention) -> Bool
  ) -> (mentions: [Mention], end: Int) {
    var next = start
    var listed: [Mention] = []
    while next < end {
      if index.words.determiners.contains(tokens[next])
        || index.words.listJoiners.contains(tokens[next])
      {
        next += 1
        continue
      }
      guard let mention = mentions.starting(at: next), accepted(mention) else { break }
      listed.append(mention)
      next = mention.tokens.upperBound
    }
    return (listed, next)
  }
}
