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
}
