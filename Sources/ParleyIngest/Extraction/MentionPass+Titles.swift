import ParleyCore

/// Titles and speech: the qualifiers before a name, titles in apposition,
/// organizations and outlets, and who speaks.
extension MentionPass {
  /// Where a title's qualifiers start ("US President", "NATO Secretary General",
  /// "Russia's former ambassador") and the actor they name.
  func titleStart(_ tokens: [Token], before position: Int, mentions: MentionTable) -> (
    token: Int, of: String?
  ) {
    var start = position
    var of: String?
    while start > 0 {
      let previous = tokens[start - 1]
      if index.words.titleQualifiers.contains(previous) {
        start -= 1
      } else if let actor = mentions.ending(at: start - 1), actor.entityKind != .person {
        of = of ?? actor.entity
        start = actor.tokens.lowerBound
      } else {
        break
      }
    }
    return (start, of)
  }

  /// ", the deputy secretary of state," / ", head of the Russian International
  /// Affairs Council" / ", a former Russian diplomat": the title and what it is of.
  mutating func appositionTitle(_ paragraph: Paragraph, after comma: Int) -> (
    title: String, of: String?, end: Int
  )? {
    let tokens = paragraph.tokens
    var position = comma
    if position < tokens.count, index.words.determiners.contains(tokens[position]) {
      position += 1
    }
    var of: String?
    let limit = min(tokens.count, position + 6)
    while position < limit {
      if let title = index.titles.match(tokens, at: position) {
        var end = position + title.length
        let titleText = paragraph.text(position..<end)
        // "of the Carnegie Moscow Center", "to the United States"
        if end + 1 < tokens.count, index.words.affiliationLinks.contains(tokens[end]) {
          var next = end + 1
          if next < tokens.count, index.words.definiteArticles.contains(tokens[next]) { next += 1 }
          let actor = paragraph.mentions.starting(at: next)
          let organization = organizationRun(tokens, from: next)
          if let actor, actor.tokens.count >= organization?.count ?? 0 {
            of = actor.entity
            end = actor.tokens.upperBound
          } else if let organization {
            of = builder.other(
              name: paragraph.text(organization), kind: .organization,
              evidence: paragraph.evidence(organization, "organization.apposition", 0.7))
            end = organization.upperBound
          }
        }
        return (capitalizedTitle(titleText), of, end)
      }
      if let actor = paragraph.mentions.starting(at: position) {
        of = actor.entity
        position = actor.tokens.upperBound
        continue
      }
      // ", and the Prime Minister of Kosovo": another person's title.
      guard tokens[position].isWord, !tokens[position].isCapitalized,
        !index.words.appositionBreaks.contains(tokens[position])
      else { return nil }
      position += 1
    }
    return nil
  }

  /// "Russian International Affairs Council": capitalized words ending in a
  /// word that names a body.
  func organizationRun(_ tokens: [Token], from start: Int) -> Range<Int>? {
    var end = start
    while end < tokens.count, tokens[end].isWord,
      tokens[end].isCapitalized
        || (end > start && index.words.organizationJoiners.contains(tokens[end]))
    {
      end += 1
    }
    while end > start, !tokens[end - 1].isCapitalized { end -= 1 }
    guard end - start >= 2, index.words.organizationHeads.contains(tokens[end - 1]) else {
      return nil
    }
    return start..<end
  }

  /// Capitalized words after "told" that end the clause and are nobody's
  /// name: a newspaper or broadcaster.
  func outletRun(_ tokens: [Token], from start: Int, mentions: MentionTable) -> Range<Int>? {
    var end = start
    // Place names inside are part of the outlet's name ("The Moscow Times").
    while end < tokens.count, end - start < 4, tokens[end].isWord,
      tokens[end].isCapitalized || tokens[end].isAllCaps
    {
      end += 1
    }
    guard end - start >= 2,
      end == tokens.count || tokens[end].kind == .punctuation
        || tokens[start..<end].contains(where: { index.words.outletWords.contains($0) }),
      knownPerson(surname: tokens[end - 1].text) == nil,
      !(start..<end).contains(where: { mentions.covers($0) })
        || !(start..<end).allSatisfy({
          mentions.covers($0) || index.words.definiteArticles.contains(tokens[$0])
        })
    else { return nil }
    return start..<end
  }

  /// Whether the name, after an outlet verb, names an outlet: "told Al
  /// Jazeera that …" (not "told John Smith that …").
  func isOutlet(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    name.lowerBound > 0 && index.words.outletVerbs.contains(tokens[name.lowerBound - 1])
      && tokens[name].contains(where: { index.words.outletWords.contains($0) })
  }

  /// Whether the name is the subject or object of a speech verb: "X said",
  /// "said X", "X told", "according to X".
  func isSpeaker(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    if name.upperBound < tokens.count, index.speechVerbs.match(tokens, at: name.upperBound) != nil {
      return true
    }
    if name.lowerBound > 0, index.speechVerbs.match(tokens, at: name.lowerBound - 1)?.length == 1 {
      return true
    }
    // "said H.E. Olusegun Obasanjo"
    if name.lowerBound > 1, index.words.honorifics.contains(tokens[name.lowerBound - 1]),
      index.speechVerbs.match(tokens, at: name.lowerBound - 2)?.length == 1
    {
      return true
    }
    return index.words.attributionPhrases.ends(tokens, before: name.lowerBound)
  }
}
