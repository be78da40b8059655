extension TalkPass {
  /// Whether the place `place` only qualifies a noun for a place after it,
  /// which names another: "the Red Sea resort of Sharm el-Sheikh", "the
  /// Black Sea resort town of Sochi" (`place-nouns`, then one of
  /// `place-noun-links`).
  func namesPlaceNoun(_ tokens: [Token], after place: Mention) -> Bool {
    var next = place.tokens.upperBound
    guard next < tokens.count, index.words.placeNouns.contains(tokens[next]) else { return false }
    while next < tokens.count, index.words.placeNouns.contains(tokens[next]) { next += 1 }
    return next + 1 < tokens.count && index.words.placeNounLinks.contains(tokens[next])
      && tokens[next + 1].isCapitalized
  }

  /// Whether the place `place`, a town (no place the lexicon marks a
  /// region: "the Gaza talks" are about Gaza; no building's part), names the
  /// meeting just after it, after a determiner or a possessive: "the Geneva
  /// talks", "the Lima summit", "last week's Anchorage meeting" (one of
  /// `talk-adjectives` may stand between: "the Geneva peace talks").
  func namesMeeting(_ paragraph: Paragraph, _ place: Mention) -> Bool {
    let tokens = paragraph.tokens
    let start = place.tokens.lowerBound
    guard start > 0,
      index.words.determiners.contains(tokens[start - 1])
        || index.words.possessiveMarkers.contains(tokens[start - 1]),
      let town = builder.entity(place.entity), town.city == nil,
      !(index.actorIndex[place.entity].map { index.actor($0).isRegion } ?? false)
    else { return false }
    var next = place.tokens.upperBound
    if next < tokens.count, index.words.talkAdjectives.contains(tokens[next]) { next += 1 }
    return next < tokens.count && index.words.meetingNouns.contains(tokens[next])
      && !index.words.notMeetings.contains(tokens[next])
  }
}
