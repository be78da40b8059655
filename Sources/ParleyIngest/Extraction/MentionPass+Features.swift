/// Lakes, islands, regions and sites the lexicon does not know.
extension MentionPass {
  /// Places named by a word for what they are (`place.feature`):
  /// - one of `feature-heads-before`, capitalized, before a name of one or
  ///   two words: "Lake Prespa", "Mount Sinjar";
  /// - a name before one of `feature-heads`: "Sentosa island", "the
  ///   Rostov region", "Kandahar province";
  /// - a name before one of `site-heads`, one or two of `site-modifiers`
  ///   between: "the Karish gas field", "the Yongbyon nuclear complex",
  ///   "the Arak heavy-water reactor".
  ///
  /// The name is one to three capitalized words that no mention covers,
  /// none in capitals throughout, a month, weekday, title word, body's
  /// head, region, determiner or one of `not-names`, and no surname of a
  /// person the run knows; it starts after a determiner or a word that
  /// is not capitalized (or after a possessive: "on Singapore's Sentosa
  /// island"), and no capitalized word follows the head. The place's name
  /// is as written, head included; the name alone is its alias ("Karish"),
  /// and a later place of the run with the same name and head is the same
  /// ("the Karish oil field" is "the Karish gas field").
  mutating func findFeatures(_ paragraph: inout Paragraph) {
    let words = index.words
    guard
      words.featureHeads.occurs(in: paragraph.lists)
        || words.featureHeadsBefore.occurs(in: paragraph.lists)
        || words.siteHeads.occurs(in: paragraph.lists)
    else { return }
    let tokens = paragraph.tokens
    // (A name goes on past `end` when a capitalized word follows: not "Lake
    // Victoria Basin Commission", "the Sinai Peninsula Force".)
    func goesOn(_ end: Int) -> Bool {
      end < tokens.count && tokens[end].isWord && tokens[end].isCapitalized
    }
    var position = 0
    while position < tokens.count {
      // "Lake Prespa": the head, then the name.
      if tokens[position].isCapitalized, words.featureHeadsBefore.contains(tokens[position]),
        opensName(tokens, position)
      {
        // (Two words at most: not "the Mount Sinjar Resistance Units".)
        var name = nameWords(tokens, from: position + 1, paragraph)
        if name.count > 2 { name = name.lowerBound..<name.lowerBound }
        if !name.isEmpty, !goesOn(name.upperBound), !namesAPerson(tokens, name) {
          addFeature(&paragraph, position..<name.upperBound, name: name, head: position)
          position = name.upperBound
          continue
        }
      }
      guard isNameWord(tokens, position, paragraph), opensName(tokens, position) else {
        position += 1
        continue
      }
      let name = nameWords(tokens, from: position, paragraph)
      // "the Karish gas field", "the Arak heavy-water reactor": one or two
      // modifiers before a site's head; none before a feature's.
      var head = name.upperBound
      var modifiers = 0
      while head < tokens.count, modifiers < 2,
        tokens[head].isWord && !tokens[head].isCapitalized
          && words.siteModifiers.contains(tokens[head])
          || tokens.isJoiningHyphen(at: head) && modifiers > 0
      {
        if tokens[head].isWord { modifiers += 1 }
        head += 1
      }
      let isSite = modifiers > 0 && head < tokens.count && words.siteHeads.contains(tokens[head])
      let isFeature =
        modifiers == 0 && head < tokens.count && words.featureHeads.contains(tokens[head])
      guard isSite || isFeature, tokens[head].isWord, !goesOn(head + 1),
        !namesAPerson(tokens, name)
      else {
        position = max(position + 1, name.upperBound)
        continue
      }
      addFeature(&paragraph, name.lowerBound..<head + 1, name: name, head: head)
      position = head + 1
    }
  }

  /// Adds the place written `range`, whose name alone is `name` and whose
  /// word for what it is stands at `head`.
  private mutating func addFeature(
    _ paragraph: inout Paragraph, _ range: Range<Int>, name: Range<Int>, head: Int
  ) {
    let tokens = paragraph.tokens
    // (The same name with the same head: "the Karish oil field" after "the
    // Karish gas field", not "Lake Van" after "Van province".)
    let key = (tokens[name].map(\.key) + [tokens[head].key]).joined(separator: " ")
    let evidence = paragraph.evidence(range, "place.feature", 0.6)
    let id: String
    if let known = builder.features[key] {
      id = known
      builder.mentioned(id, evidence: evidence)
    } else {
      id = builder.other(name: paragraph.text(range), kind: .place, evidence: evidence)
      builder.addAlias(paragraph.text(name), to: id)
      builder.features[key] = id
    }
    paragraph.mentions.add(
      Mention(tokens: range, entity: id, kind: .feature, entityKind: .place))
  }

  /// Whether a name may open at `position`: first in the paragraph, or
  /// after a determiner, or after a word in lower case or a mark that is no
  /// hyphen joining it to a name before ("the Asia-Pacific region", "the
  /// Southern Military District").
  private func opensName(_ tokens: [Token], _ position: Int) -> Bool {
    guard position > 0 else { return true }
    let before = tokens[position - 1]
    return index.words.determiners.contains(before)
      || !(before.isWord && before.isCapitalized) && !tokens.isJoiningHyphen(at: position - 1)
  }

  /// Whether a word of `name` is the surname or family name of a person
  /// the run knows (looked up by key: an article of thousands of people and
  /// places stays linear).
  private func namesAPerson(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    name.contains {
      let key = folded(tokens[$0].text)
      return !builder.personIDs(withSurname: key).isEmpty
        || !builder.personIDs(withFamilyNameFirst: key).isEmpty
    }
  }

  /// The capitalized words of a name from `start`, three at most.
  private func nameWords(_ tokens: [Token], from start: Int, _ paragraph: Paragraph) -> Range<Int> {
    var end = start
    while end < tokens.count, end - start < 3, isNameWord(tokens, end, paragraph) { end += 1 }
    return start..<end
  }

  /// Whether the word at `position` can be part of a place's name (not
  /// in capitals throughout: "HIT NEAR SNAKE ISLAND" is a headline).
  private func isNameWord(_ tokens: [Token], _ position: Int, _ paragraph: Paragraph) -> Bool {
    let token = tokens[position]
    let words = index.words
    return isUnnamedCapital(tokens, position, paragraph) && !token.isAllCaps
      && !words.determiners.contains(token) && !words.featureHeads.contains(token)
      && !words.featureHeadsBefore.contains(token)
  }
}
