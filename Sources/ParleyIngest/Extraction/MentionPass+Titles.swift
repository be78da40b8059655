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
    // ", the former president,": a past holder's role.
    var past = ""
    let limit = min(tokens.count, position + 6)
    while position < limit {
      if let title = index.titles.match(tokens, at: position) {
        var end = position + title.length
        // (", the former president's spokesman,": someone else's title.)
        if end < tokens.count, index.words.possessiveMarkers.contains(tokens[end]) { return nil }
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
        return (past + capitalizedTitle(titleText), of, end)
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
      if index.words.pastTenureWords.contains(tokens[position]) {
        past = pastTenurePrefix(tokens, at: position)
      }
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

  /// Capitalized words after "told" that are nobody's name: a newspaper or
  /// broadcaster. They end the clause ("told The Moscow Times."), or end
  /// with a word that names an outlet whatever follows: one of
  /// `outlet-names` ("told Al Jazeera that"), or of `outlet-nouns` after an
  /// article ("told the Financial Times on Monday", not "told Emily Post
  /// that").
  func outletRun(_ tokens: [Token], from first: Int, mentions: MentionTable) -> Range<Int>? {
    var start = first
    let afterArticle = start < tokens.count && index.words.definiteArticles.contains(tokens[start])
    if afterArticle, !tokens[start].isCapitalized { start += 1 }
    var end = start
    // Place names inside are part of the outlet's name ("The Moscow Times").
    while end < tokens.count, end - start < 4, tokens[end].isWord,
      tokens[end].isCapitalized || tokens[end].isAllCaps
    {
      end += 1
      // "Asharq Al-Awsat": capitalized parts joined by a hyphen.
      if tokens.isJoiningHyphen(at: end), tokens[end + 1].isWord, tokens[end + 1].isCapitalized {
        end += 1
      }
    }
    if end < tokens.count, tokens[end].kind != .punctuation {
      // Not at the clause's end: an outlet's word must say so, and the
      // outlet ends with it ("told Al Jazeera Tuesday that").
      guard let last = lastOutletWord(tokens, start..<end, afterArticle: afterArticle) else {
        return nil
      }
      end = last + 1
    }
    guard end - start >= 2,
      knownPerson(surname: tokens[end - 1].text) == nil,
      !(start..<end).contains(where: { mentions.covers($0) })
        || !(start..<end).allSatisfy({
          mentions.covers($0) || index.words.definiteArticles.contains(tokens[$0])
        })
    else { return nil }
    return start..<end
  }

  /// Whether the name, after an outlet verb (and an article), is an
  /// outlet's, ending with a word that says so: "told Al Jazeera that …"
  /// (not "told John Smith that …", nor "told CNN Christiane Amanpour").
  func isOutlet(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    var verb = name.lowerBound - 1
    let afterArticle = verb >= 0 && index.words.definiteArticles.contains(tokens[verb])
    if afterArticle { verb -= 1 }
    return verb >= 0 && index.words.outletVerbs.contains(tokens[verb]) && name.count >= 2
      && lastOutletWord(tokens, name, afterArticle: afterArticle) == name.upperBound - 1
  }

  /// The last of words after an outlet verb that says they name an outlet,
  /// whatever follows: one of `outlet-names`, or of `outlet-nouns` after an
  /// article.
  private func lastOutletWord(_ tokens: [Token], _ run: Range<Int>, afterArticle: Bool) -> Int? {
    let words = index.words
    let nounsCount =
      afterArticle || words.definiteArticles.contains(tokens[run.lowerBound])
    return run.last {
      words.outletNames.contains(tokens[$0]) || nounsCount && words.outletNouns.contains(tokens[$0])
    }
  }

  /// What a name of two words or more is when it is the subject of a
  /// stance cue, past fillers and adverbs: an organization when an article
  /// or an adjective of state comes before it or one of
  /// `organization-heads` ends it ("the Unitary Platform demanded", "the
  /// Libyan National Army welcomed", "The Democratic Unionist Party
  /// opposes"); else a person when set off by commas ("his rival, Abdullah
  /// Abdullah, rejected"); `nil` for other names ("Human Rights Watch
  /// welcomed" may be a body) and for a name with an acronym in it.
  func stanceSubjectKind(_ tokens: [Token], _ name: Range<Int>, mentions: MentionTable)
    -> Entity.Kind?
  {
    guard name.count >= 2, !tokens[name].contains(where: \.isAllCaps) else { return nil }
    var position = name.upperBound
    let setOff =
      name.lowerBound > 0 && tokens[name.lowerBound - 1].isMark(",") && position < tokens.count
      && tokens[position].isMark(",")
    if setOff { position += 1 }
    let start = position
    var cue = false
    while position < tokens.count, position - start < 3, tokens[position].isWord,
      !tokens[position].isCapitalized
    {
      if index.stances.match(tokens, at: position) != nil {
        cue = true
        break
      }
      guard
        index.words.subjectFillers.contains(tokens[position])
          || index.words.adverbSuffixes.matches(tokens[position].key)
      else { return nil }
      position += 1
    }
    guard cue else { return nil }
    let before = name.lowerBound - 1
    let named =
      before >= 0
      && (index.words.determiners.contains(tokens[before])
        || mentions.ending(at: before)?.isDemonym == true)
    if named || index.words.organizationHeads.contains(tokens[name.upperBound - 1]) {
      return .organization
    }
    // A person only when set off: a bare name may be a body ("Human Rights
    // Watch welcomed", "Goldman Sachs welcomed").
    return setOff ? .person : nil
  }

  /// Whether the name is the subject or object of a speech verb: "X said",
  /// "said X", "X told", "according to X".
  func isSpeaker(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    // ("The Egyptian Foreign Ministry later said": past `auxiliaries`, but
    // not `future-modals`, "Netanyahu will say", and only for a name that
    // opens its clause: not "Blinken met Netanyahu then said".)
    var verb = name.upperBound
    if name.lowerBound == 0 || !tokens[name.lowerBound - 1].isWord
      || tokens[name.lowerBound - 1].isCapitalized
      || index.words.determiners.contains(tokens[name.lowerBound - 1])
    {
      while verb < tokens.count, verb - name.upperBound < 3,
        index.words.auxiliaries.contains(tokens[verb]),
        !index.dateWords.futureModals.contains(tokens[verb].key)
      {
        verb += 1
      }
    }
    if verb < tokens.count, index.speechVerbs.match(tokens, at: verb) != nil {
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

  /// What a past holder's title opens with, from the word of
  /// `past-tenure-words` at `position`: "former " of "former President",
  /// "ex-" of "ex-President".
  func pastTenurePrefix(_ tokens: [Token], at position: Int) -> String {
    tokens[position].key + (tokens.isJoiningHyphen(at: position + 1) ? "-" : " ")
  }
}
