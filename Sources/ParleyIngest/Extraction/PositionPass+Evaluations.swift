import ParleyCore

/// What a holder thinks of the agreement, and who "they" are.
extension PositionPass {
  /// The stance an evaluation of the agreement at `position` takes: one of
  /// `praise-verbs` before an agreement ("hailed the deal", "praised the
  /// accord") supports it, one of `signing-verbs` ("signed the accord")
  /// accepts it; one of `evaluation-verbs` before it ("called
  /// the deal a welcome first step", "described the agreement as a serious
  /// and dangerous development") or a speech verb before it and a copula
  /// after ("said the signing was an important step toward peace")
  /// supports or opposes it by the first of `approval-words` or
  /// `disapproval-words` in its clause (after a copula, before any of
  /// `judgement-stops`);
  /// with where the words that say so end, and for praise and signing,
  /// where the words that may name the agreement's issue end ("signed a
  /// deal on grain exports in Istanbul": up to one of `object-stops`) and
  /// whether it is the agreement known (not after `indefinite-articles`:
  /// "signed a deal with China"); the agreement noun, and the words that
  /// judge it ("a historic surrender": the second word, the head, decides).
  /// `nil` for anything else, for a negated verb and for a passive ("said
  /// the deal was reached").
  func evaluation(_ paragraph: Paragraph, _ sentence: Sentence, at position: Int) -> (
    stance: Stance, end: Int, naming: Range<Int>?, definite: Bool, noun: Int,
    judgement: Range<Int>?
  )? {
    let tokens = paragraph.tokens
    let words = index.words
    let end = sentence.tokens.upperBound
    // "called it a bad agreement": the agreement a pronoun stands for, in
    // the words that judge it.
    let pronoun =
      position + 2 < end && words.singularThingPronouns.contains(tokens[position + 1])
      && words.evaluationVerbs.contains(tokens[position])
    // Most words are followed by no agreement: asked first, by word id.
    guard
      pronoun
        || (position + 1..<min(end, position + 6)).contains(where: {
          words.evaluatedNouns.contains(tokens[$0])
        })
    else { return nil }
    // ("did not praise the deal", "has never called the deal a victory":
    // left to the reviewer.)
    if tokens[max(sentence.tokens.lowerBound, position - 3)..<position].contains(where: {
      words.negations.contains($0) || words.negationSuffixes.matches($0.key)
    }) {
      return nil
    }
    let praising = words.praiseVerbs.contains(tokens[position])
    let signing = !praising && words.signingVerbs.contains(tokens[position])
    let calling = words.evaluationVerbs.contains(tokens[position])
    let saying =
      !praising && !signing && !calling
      && index.speechVerbs.match(tokens, at: position)?.length == 1
    guard praising || signing || calling || saying,
      let noun = pronoun
        ? pronounAgreement(paragraph, sentence, after: position + 1)
        : agreementNoun(paragraph, sentence, after: position, pastClause: true)
    else { return nil }
    if praising || signing {
      // ("signed a deal with China": a deal of its own, not the one known.)
      let definite = !(position + 1..<noun).contains {
        words.indefiniteArticles.contains(tokens[$0])
      }
      var named = noun + 1
      while named < end, named - noun <= 8, tokens[named].isWord,
        !words.objectStops.contains(tokens[named])
      {
        named += 1
      }
      return (praising ? .supports : .accepts, noun + 1, noun + 1..<named, definite, noun, nil)
    }
    // The words that judge it, up to the clause's end.
    var judged = pronoun ? position + 2 : noun + 1
    if saying {
      // "the signing was", "the deal signed in Pretoria is": a copula soon.
      guard
        let copula = (noun + 1..<min(end, noun + 6)).first(where: {
          words.copulas.contains(tokens[$0])
        })
      else { return nil }
      judged = copula + 1
      // ("said the deal was reached after important concessions": a
      // passive tells what happened to it, not what it is.)
      if judged < end,
        words.pastVerbs.contains(tokens[judged])
          || tokens[judged].key.count > 4 && words.pastSuffixes.matches(tokens[judged].key)
      {
        return nil
      }
    }
    for at in judged..<min(end, judged + 10) {
      let token = tokens[at]
      // (After "was", up to the first of `judgement-stops`: "was far from
      // a success"; after "called the deal", its participle may have one:
      // "called the deal signed in Pretoria a welcome first step".)
      if token.isMark(";") || saying && words.judgementStops.contains(token)
        || words.cueCoordinators.contains(token) && at > judged + 3
      {
        break
      }
      // ("said the deal was not a victory": left to the reviewer.)
      if words.negations.contains(token) || words.negationSuffixes.matches(token.key) {
        return nil
      }
      guard let stance = judgement(token) else { continue }
      // "a historic surrender": the noun the adjective qualifies decides.
      let head = at + 1 < end ? judgement(tokens[at + 1]) : nil
      let phrase = judgementPhrase(tokens, from: at, before: end)
      return (head ?? stance, head == nil ? at + 1 : at + 2, nil, true, noun, phrase)
    }
    return nil
  }

  /// The agreement that one of `singular-thing-pronouns` at `pronoun`
  /// stands for after one of `evaluation-verbs`: one of `evaluated-nouns`
  /// in the four words after it ("called it a bad agreement"). (Not one
  /// the sentence before names: "The truce collapsed … Israel called it a
  /// provocation" judges the attack.)
  func pronounAgreement(_ paragraph: Paragraph, _ sentence: Sentence, after pronoun: Int)
    -> Int?
  {
    let tokens = paragraph.tokens
    return (pronoun + 1..<min(sentence.tokens.upperBound, pronoun + 5)).first {
      index.words.evaluatedNouns.contains(tokens[$0])
    }
  }

  /// The stance one of `approval-words` or `disapproval-words` takes.
  func judgement(_ token: Token) -> Stance? {
    if index.words.approvalWords.contains(token) { return .supports }
    if index.words.disapprovalWords.contains(token) { return .opposes }
    return nil
  }

  /// The words that judge an agreement, from the first at `start`: three
  /// words at most, up to a mark or one of `object-stops`,
  /// `judgement-stops` or `determiners` ("a bad mistake of historic
  /// proportions": "bad mistake").
  func judgementPhrase(_ tokens: [Token], from start: Int, before end: Int) -> Range<Int> {
    let words = index.words
    var last = start + 1
    while last < end, last - start < 3, tokens[last].isWord,
      !words.objectStops.contains(tokens[last]), !words.judgementStops.contains(tokens[last]),
      !words.determiners.contains(tokens[last])
    {
      last += 1
    }
    return start..<last
  }

  /// The issue of a stance on the agreement itself ("welcomed the accord",
  /// "called the deal a capitulation"): the one issue of the lexicon the
  /// article's sides agreed to, when there is one; else, in an article that
  /// tells of talks or of sides agreeing, the lexicon's `agreement` label,
  /// the agreement as a whole; else `nil`. Its keywords are the noun the
  /// article calls it by and the words that judge it ("historic
  /// achievement").
  func agreementIssue(_ paragraph: Paragraph, noun: Int, judgement: Range<Int>?) -> String? {
    if let agreed = builder.agreedIssue(inArticle: paragraph.article) { return agreed }
    // (Only in an article that tells of talks or of what sides agreed:
    // "Ruto welcomed the outcome" of an election, "called it a bad deal for
    // West Ham" judge no agreement.)
    guard paragraph.topicTalk != nil || builder.agreedAnything(inArticle: paragraph.article)
    else { return nil }
    var keywords = [paragraph.tokens[noun].key]
    if let judgement { keywords.append(paragraph.text(judgement).lowercased()) }
    return builder.issue(label: index.label(.agreement), keywords: keywords)
  }

  /// Stances that judge a thing there is: what the agreement itself can
  /// be given (a deal proposed or demanded is another).
  static let judgingStances: Set<Stance> = [.supports, .opposes, .accepts, .rejects]

  /// Whether the noun at `noun` ends what is said of it: the sentence or a
  /// mark ends there, or one of `list-joiners` or `cue-coordinators`
  /// ("welcomed the outcome but warned"; not "the outcome of the election").
  /// A date after the noun is passed over, with one of
  /// `cue-date-prepositions` before it ("welcomed the accord on Wednesday").
  func endsObject(_ paragraph: Paragraph, _ noun: Int, _ sentence: Sentence) -> Bool {
    var next = noun + 1
    if next < sentence.tokens.upperBound,
      let date = paragraph.dates[paragraph.sentenceIndex(of: noun)].first(where: {
        $0.tokens.lowerBound == next
          || $0.tokens.lowerBound == next + 1
            && index.words.cueDatePrepositions.contains(paragraph.tokens[next])
      })
    {
      next = date.tokens.upperBound
    }
    return next >= sentence.tokens.upperBound || !paragraph.tokens[next].isWord
      || index.words.listJoiners.contains(paragraph.tokens[next])
      || index.words.cueCoordinators.contains(paragraph.tokens[next])
  }

  /// Where the agreement named just after `position` is: one of
  /// `evaluated-nouns` within four words, past determiners, possessives,
  /// names and a date ("hailed Friday's deal", "called the Pretoria
  /// deal"), and with `pastClause` a complementizer ("said that the deal");
  /// `nil` when another word comes first ("the proposed deal", "the arms
  /// deal": another agreement than the one the sides reached).
  func agreementNoun(
    _ paragraph: Paragraph, _ sentence: Sentence, after position: Int, pastClause: Bool
  ) -> Int? {
    let tokens = paragraph.tokens
    let words = index.words
    let end = sentence.tokens.upperBound
    var noun = position + 1
    while noun < end, noun - position <= 4, !words.evaluatedNouns.contains(tokens[noun]) {
      guard
        pastClause && words.complementizers.contains(tokens[noun])
          || words.determiners.contains(tokens[noun])
          || words.possessiveMarkers.contains(tokens[noun])
          || tokens[noun].isCapitalized
          || paragraph.dates[paragraph.sentenceIndex(of: noun)]
            .contains(where: { $0.tokens.contains(noun) })
      else { return nil }
      noun += 1
    }
    return noun < end && words.evaluatedNouns.contains(tokens[noun]) ? noun : nil
  }

  /// Whether the cue's subject is one of `plural-pronouns` opening the
  /// sentence, past fillers: "They agreed to", "They also committed to".
  func pluralSubject(_ paragraph: Paragraph, _ sentence: Sentence, before cue: Int) -> Bool {
    let tokens = paragraph.tokens
    var position = cue - 1
    while position > sentence.tokens.lowerBound,
      index.words.subjectFillers.contains(tokens[position])
        || index.words.adverbSuffixes.matches(tokens[position].key)
    {
      position -= 1
    }
    return position == sentence.tokens.lowerBound
      && index.words.pluralPronouns.contains(tokens[position])
  }
}
