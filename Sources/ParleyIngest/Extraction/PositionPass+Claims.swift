extension PositionPass {
  /// The claim a denial verb at `verb` rejects, within four words of it:
  /// "rejected US accusations", "dismissed Kosovo's claims", "rejected the
  /// latest allegations". Between them may stand determiners, possessive
  /// markers, capitalized words and one other word; after one of
  /// `right-claim-nouns`, one of `claim-content-links` or no word ("claims
  /// over the continental shelf" are a claim to a right, rejected); else nil.
  func claimNoun(_ tokens: [Token], after verb: Int, before end: Int) -> Int? {
    var lowerCase = 0
    for next in verb + 1..<min(verb + 5, end) {
      let token = tokens[next]
      // (Followed by what it claims, or nothing: "rejected the accusations.")
      if index.words.claimNouns.contains(token) {
        return !index.words.rightClaimNouns.contains(token) || next + 1 >= end
          || !tokens[next + 1].isWord || index.words.claimContentLinks.contains(tokens[next + 1])
          ? next : nil
      }
      guard token.isWord else {
        guard index.words.possessiveMarkers.contains(token) else { return nil }
        continue
      }
      if token.isCapitalized || index.words.determiners.contains(token)
        || index.words.possessiveMarkers.contains(token)
      {
        continue
      }
      lowerCase += 1
      if lowerCase > 1 { return nil }
    }
    return nil
  }

  /// Where what a claim at `claim` says starts: past "that", the clause's
  /// subject, its verbs and one of `claim-links` ("accusations that its
  /// navy was behind the blockade": "the blockade"); else past the claim.
  func claimContent(_ tokens: [Token], after claim: Int, before end: Int) -> Int {
    let words = index.words
    guard claim + 2 < end, words.complementizers.contains(tokens[claim + 1]),
      var verb = (claim + 2..<min(claim + 10, end)).first(where: {
        !tokens[$0].isCapitalized
          && (words.copulas.contains(tokens[$0]) || words.auxiliaries.contains(tokens[$0]))
      })
    else { return claim + 1 }
    while verb < end, tokens[verb].isWord, !tokens[verb].isCapitalized,
      words.copulas.contains(tokens[verb]) || words.auxiliaries.contains(tokens[verb])
        || words.passiveAuxiliaries.contains(tokens[verb])
        || words.pastSuffixes.matches(tokens[verb].key)
        || words.progressiveSuffixes.matches(tokens[verb].key)
        || words.claimLinks.contains(tokens[verb])
    {
      verb += 1
    }
    return verb < end ? verb : claim + 1
  }
}
