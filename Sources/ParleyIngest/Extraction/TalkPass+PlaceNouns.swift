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
}
