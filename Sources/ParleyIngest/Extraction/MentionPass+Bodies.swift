import ParleyCore

/// Bodies the lexicon does not know.
extension MentionPass {
  /// Bodies named after an article: two capitalized words or more ending in
  /// one of `organization-heads` ("the Redeployment Coordination
  /// Committee"), with what one of `organization-joiners` and capitalized
  /// words add after the head ("the Central Bank of Yemen", "a Committee
  /// for Peace"; not a day or a month: "told the Financial Times on
  /// Monday"). A run a mention starts in before its head is left as it
  /// is ("the Russian Defence Ministry" is Russia's); a state or place after
  /// the joiner becomes part of the body's name.
  mutating func findBodies(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let words = index.words
    // (A body's name has one of its heads.)
    guard words.organizationHeads.occurs(in: paragraph.lists) else { return }
    var position = 1
    while position < tokens.count {
      guard words.determiners.contains(tokens[position - 1]), tokens[position].isWord,
        tokens[position].isCapitalized
      else {
        position += 1
        continue
      }
      // The capitals, and the last head among them.
      var end = position
      var head: Int?
      while end < tokens.count, end - position < 8, tokens[end].isWord, tokens[end].isCapitalized {
        if words.organizationHeads.contains(tokens[end]) { head = end }
        end += 1
      }
      guard let head, head > position,
        !paragraph.mentions.contains(in: position..<head + 1, where: { _ in true })
      else {
        position = end
        continue
      }
      var last = head + 1
      // (Not a date: "told the Financial Times on Monday".)
      if last + 1 < tokens.count, words.organizationJoiners.contains(tokens[last]),
        tokens[last + 1].isWord, tokens[last + 1].isCapitalized,
        index.dateWords.weekday(of: tokens[last + 1]) == nil,
        index.dateWords.month(of: tokens[last + 1]) == nil
      {
        last += 1
        while last < tokens.count, last - head <= 5, tokens[last].isWord,
          tokens[last].isCapitalized
        {
          last += 1
        }
      }
      let range = position..<last
      let id = builder.other(
        name: paragraph.text(range), kind: .organization,
        evidence: paragraph.evidence(range, "organization.named", 0.6))
      paragraph.mentions.replace(
        Mention(tokens: range, entity: id, kind: .body, entityKind: .organization))
      position = last
    }
  }

  /// Bodies named before a head in lower case, one of `lower-case-body-heads`:
  /// "the conservative New Democracy party", "the opposition VMRO-DPMNE
  /// party" (`organization.named-before-head`). The name is one to four
  /// capitalized words, joined by hyphens too, that no mention covers and
  /// that follow a determiner or a word in lower case ("The Likud party";
  /// not "Neither party", "Tehreek-e-Insaf party"; a word of `not-names`
  /// only after a word in lower case: "the New Democracy party"); it is the
  /// body's name without the head.
  mutating func findBodiesBeforeLowerCaseHeads(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let words = index.words
    guard words.lowerCaseBodyHeads.occurs(in: paragraph.lists) else { return }
    for head in tokens.indices.dropFirst()
    where !tokens[head].isCapitalized && words.lowerCaseBodyHeads.contains(tokens[head]) {
      var start = head
      var names = 0
      while start > 0, names < 4 {
        let previous = start - 1
        if tokens.isJoiningHyphen(at: previous), previous > 0, tokens[previous - 1].isCapitalized {
          start = previous
          continue
        }
        let token = tokens[previous]
        // (A word of `not-names` only after a word in lower case: "the
        // conservative New Democracy party", not "The Likud party".)
        guard token.isWord, token.isCapitalized, !paragraph.mentions.covers(previous),
          !index.dateWords.isCalendarWord(token), !index.titleWords.contains(token.key),
          !words.notNames.contains(token)
            || previous > 0 && tokens[previous - 1].isWord && !tokens[previous - 1].isCapitalized
        else { break }
        start = previous
        names += 1
      }
      // (After a determiner or a word in lower case: not "Neither party
      // agreed" nor "Tehreek-e-Insaf party".)
      guard names > 0, start > 0, !tokens.isJoiningHyphen(at: start - 1),
        words.determiners.contains(tokens[start - 1])
          || tokens[start - 1].isWord && !tokens[start - 1].isCapitalized
      else { continue }
      addUnlisted(
        &paragraph, start..<head, kind: .organization, as: .body,
        evidence: paragraph.evidence(start..<head + 1, "organization.named-before-head", 0.6))
    }
  }

  /// "the Saudi-led coalition", "a US-led alliance": a state or its
  /// adjective, a hyphen, one of `led-words` and one of `coalition-nouns`
  /// name an alliance (`alliance.led-by`), as written.
  mutating func findLedCoalitions(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let words = index.words
    guard words.coalitionNouns.occurs(in: paragraph.lists) else { return }
    for noun in tokens.indices.dropFirst(3) where words.coalitionNouns.contains(tokens[noun]) {
      let led = noun - 1
      guard words.ledWords.contains(tokens[led]), tokens.isJoiningHyphen(at: led - 1),
        let leader = paragraph.mentions.ending(at: led - 2),
        leader.entityKind == .state || leader.isDemonym,
        !paragraph.mentions.covers(noun)
      else { continue }
      let range = leader.tokens.lowerBound..<noun + 1
      let id = builder.other(
        name: paragraph.text(range), kind: .alliance,
        evidence: paragraph.evidence(range, "alliance.led-by", 0.6))
      // (A side of talks: "Houthi and Saudi-led coalition negotiators met".)
      paragraph.mentions.replace(
        Mention(tokens: range, entity: id, kind: .organization, entityKind: .alliance))
    }
  }
}
