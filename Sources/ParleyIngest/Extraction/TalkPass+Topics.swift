extension TalkPass {
  /// Whether the place after the venue preposition at `preposition` is
  /// where what the talks are about happens, not where they were held: the
  /// preposition follows one of `place-topic-nouns`, and the sentence has
  /// already told when or where the talks were, a date or a place after a
  /// venue preposition coming before that noun: "met on Tuesday to discuss
  /// the situation in Idlib", "held talks in Jeddah on Monday on the war in
  /// Darfur". ("held talks on the war in Istanbul on Tuesday" were in
  /// Istanbul.)
  func isTopicPlace(_ paragraph: Paragraph, sentence number: Int, preposition: Int) -> Bool {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let noun = preposition - 1
    guard noun > range.lowerBound, index.words.venuePrepositions.contains(tokens[preposition]),
      index.words.placeTopicNouns.contains(tokens[noun])
    else { return false }
    if paragraph.dates[number].contains(where: { $0.tokens.upperBound <= noun }) { return true }
    return paragraph.mentions.contains(in: range.lowerBound..<noun) { place in
      guard place.entityKind == .place else { return false }
      var before = place.tokens.lowerBound - 1
      if before > range.lowerBound, index.words.determiners.contains(tokens[before]) {
        before -= 1
      }
      return before >= range.lowerBound && index.words.venuePrepositions.contains(tokens[before])
    }
  }
}
