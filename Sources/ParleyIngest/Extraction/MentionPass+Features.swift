/// Lakes, islands, regions and sites the lexicon does not know.
extension MentionPass {
  /// Places named by a word for what they are (`place.feature`):
  /// - one of `feature-heads-before`, capitalized, before a name: "Lake
  ///   Prespa", "Mount Sinjar";
  /// - a name before one of `feature-heads`: "Sentosa island", "the
  ///   Rostov region", "Kandahar province";
  /// - a name before one of `site-heads`, up to two of `site-modifiers`
  ///   between: "the Karish gas field", "the Yongbyon nuclear complex",
  ///   "the Arak heavy-water reactor", "the Fordow site".
  ///
  /// The name is one to three capitalized words that no mention covers,
  /// none a month, weekday, title word, body's head, determiner or one of
  /// `not-names`, and not a person the article knows by surname; it starts
  /// after a word that is not capitalized (or after a possessive: "on
  /// Singapore's Sentosa island"). The place's name is as written, head
  /// included; the name alone is its alias ("Karish"), and a later place
  /// of the run with the same name alone is the same ("the Karish field").
  mutating func findFeatures(_ paragraph: inout Paragraph) {
    let words = index.words
    guard
      words.featureHeads.occurs(in: paragraph.lists)
        || words.featureHeadsBefore.occurs(in: paragraph.lists)
        || words.siteHeads.occurs(in: paragraph.lists)
    else { return }
    let tokens = paragraph.tokens
    var position = 0
    while position < tokens.count {
      // "Lake Prespa": the head, then the name.
      if tokens[position].isCapitalized, words.featureHeadsBefore.contains(tokens[position]),
        position == 0 || !isNameWord(tokens, position - 1, paragraph)
      {
        let name = nameWords(tokens, from: position + 1, paragraph)
        if !name.isEmpty {
          addFeature(&paragraph, position..<name.upperBound, name: name, rule: "place.feature")
          position = name.upperBound
          continue
        }
      }
      // (Not inside a name joined by a hyphen: "the Asia-Pacific region".)
      guard isNameWord(tokens, position, paragraph),
        position == 0
          || !isNameWord(tokens, position - 1, paragraph)
            && !tokens.isJoiningHyphen(at: position - 1)
      else {
        position += 1
        continue
      }
      let name = nameWords(tokens, from: position, paragraph)
      var head = name.upperBound
      var isSite = false
      if head < tokens.count, !words.featureHeads.contains(tokens[head]) {
        // "the Karish gas field", "the Arak heavy-water reactor".
        var modifiers = 0
        while head < tokens.count, modifiers < 3,
          tokens[head].isWord && !tokens[head].isCapitalized
            && words.siteModifiers.contains(tokens[head])
            || tokens.isJoiningHyphen(at: head) && modifiers > 0
        {
          if tokens[head].isWord { modifiers += 1 }
          head += 1
        }
        isSite = head < tokens.count && words.siteHeads.contains(tokens[head])
      }
      guard !name.isEmpty, head < tokens.count, tokens[head].isWord,
        isSite || words.featureHeads.contains(tokens[head]),
        // (The head ends the noun phrase: not "the Sinai Peninsula Force".)
        head + 1 == tokens.count || !tokens[head + 1].isWord || !tokens[head + 1].isCapitalized
      else {
        position = max(position + 1, name.upperBound)
        continue
      }
      addFeature(&paragraph, name.lowerBound..<head + 1, name: name, rule: "place.feature")
      position = head + 1
    }
  }

  /// Adds the place written `range`, whose name alone is `name`.
  private mutating func addFeature(
    _ paragraph: inout Paragraph, _ range: Range<Int>, name: Range<Int>, rule: String
  ) {
    let key = paragraph.tokens[name].map(\.key).joined(separator: " ")
    let evidence = paragraph.evidence(range, rule, 0.6)
    let id: String
    if let known = builder.features[key] {
      id = known
      builder.mentioned(id, evidence: evidence)
    } else {
      id = builder.other(name: paragraph.text(range), kind: .place, evidence: evidence)
      if name != range { builder.addAlias(paragraph.text(name), to: id) }
      builder.features[key] = id
    }
    paragraph.mentions.add(
      Mention(tokens: range, entity: id, kind: .feature, entityKind: .place))
  }

  /// The capitalized words of a name from `start`, three at most.
  private func nameWords(_ tokens: [Token], from start: Int, _ paragraph: Paragraph) -> Range<Int> {
    var end = start
    while end < tokens.count, end - start < 3, isNameWord(tokens, end, paragraph) { end += 1 }
    return start..<end
  }

  /// Whether the word at `position` can be part of a place's name.
  private func isNameWord(_ tokens: [Token], _ position: Int, _ paragraph: Paragraph) -> Bool {
    let token = tokens[position]
    let words = index.words
    return token.isWord && token.isCapitalized && !paragraph.mentions.covers(position)
      && !index.dateWords.isCalendarWord(token) && !index.titleWords.contains(token.key)
      && !words.organizationHeads.contains(token) && !words.notNames.contains(token)
      && !words.determiners.contains(token) && !words.featureHeads.contains(token)
      && !words.featureHeadsBefore.contains(token) && knownPerson(surname: token.text) == nil
  }
}
