import ParleyCore

/// Venues named through their state: a state whose city the text does not
/// name, and a state's capital named by its adjective.
extension TalkPass {
  /// "met in the Egyptian capital on Tuesday": the state's capital, as a
  /// venue, where the sentence has a day. (Without one the sentence tells
  /// the past: "Nine rounds of talks in the Qatari capital, where the
  /// Taliban have had an office since 2013".)
  func capitalVenues(_ paragraph: Paragraph, _ number: Int) -> [Mention] {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    guard
      paragraph.dates[number].contains(where: {
        $0.date?.precision == .day && !ownsNoun(tokens, $0)
      })
    else { return [] }
    var found: [Mention] = []
    for noun in range.dropFirst(3) where index.words.capitalNouns.contains(tokens[noun]) {
      // ("the Egyptian capital of Alexandria": the place the writer names.)
      guard noun + 1 >= range.upperBound || !index.words.placeNounLinks.contains(tokens[noun + 1]),
        let state = paragraph.mentions.ending(at: noun - 1), state.isDemonym,
        state.entityKind == .state, let capital = index.capitals[state.entity],
        state.tokens.lowerBound - 2 >= range.lowerBound,
        index.words.definiteArticles.contains(tokens[state.tokens.lowerBound - 1]),
        index.words.venuePrepositions.contains(tokens[state.tokens.lowerBound - 2]),
        // ("agreed on Thursday … after 16 hours of talks in the Belarusian
        // capital": the day is the agreement's, the talks a summary.)
        !index.words.clauseLinks.containsAny(
          of: tokens, in: max(range.lowerBound, noun - 10)..<noun)
      else { continue }
      let named = state.tokens.lowerBound - 1..<noun + 1
      let id = builder.actor(
        capital, evidence: paragraph.evidence(named, "place.capital-of-state", 0.7), alias: nil)
      found.append(
        Mention(
          tokens: state.tokens.lowerBound..<noun + 1, entity: id, kind: .actor(.name),
          entityKind: .place))
    }
    return found
  }

  /// "Ukraine and the United States held talks in Saudi Arabia on Tuesday",
  /// "Russian and Ukrainian negotiators met in Belarus on March 7", "met
  /// secretly in Norway in August": a talk
  /// with no venue (the IR's venue is a place), held in the state, with the
  /// sides the sentence names; not the state itself, which only hosts.
  ///
  /// Only right after the meeting, or after it and its date ("met on
  /// Tuesday in Turkey"): "talks to end the war in Ukraine" are not held in
  /// Ukraine. Only for a sentence that names no place a talk could be in.
  mutating func findStateVenues(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let dated = paragraph.dates[number]
    let onDates = datedTokens(paragraph, number)
    for noun in nouns {
      var preposition = noun + 1
      // (Past an adverb: "met secretly in Norway in August".)
      while preposition < range.upperBound,
        onDates.contains(preposition) || onDates.contains(preposition + 1)
          || preposition == noun + 1 && tokens[preposition].isWord
            && !tokens[preposition].isCapitalized
            && index.words.adverbSuffixes.matches(tokens[preposition].key)
      {
        preposition += 1
      }
      guard preposition + 1 < range.upperBound,
        index.words.venuePrepositions.contains(tokens[preposition])
      else { continue }
      var start = preposition + 1
      if index.words.definiteArticles.contains(tokens[start]) { start += 1 }
      guard let state = paragraph.mentions.starting(at: start), state.entityKind == .state,
        !state.isDemonym,
        // ("in Pretoria, South Africa" names a place; "in Turkey's Antalya" too.)
        state.tokens.upperBound >= range.upperBound
          || !index.words.possessiveMarkers.contains(tokens[state.tokens.upperBound])
      else { continue }
      // The date nearest the state, in the sentence.
      let mention = dated.filter { $0.date != nil }.min {
        abs($0.tokens.lowerBound - state.tokens.upperBound)
          < abs($1.tokens.lowerBound - state.tokens.upperBound)
      }
      guard let mention, let date = mention.date,
        !isPlanned(paragraph, range, before: noun, date: mention),
        !isUnheld(
          tokens, after: max(state.tokens.upperBound, mention.tokens.upperBound) - 1,
          in: range)
      else { continue }
      let parties = talkParties(paragraph, sentence: range, noun: noun, venue: state)
      let sides = united(
        [],
        parties.compactMap { party(of: $0.entity) }.flatMap { index.forumMembers[$0] ?? [$0] }
      ).filter { $0 != state.entity }
      guard sides.count >= 2 else { continue }
      let talkIndex = builder.talk(
        venue: nil,
        date: lasting(date, paragraph, range, noun: noun, dateAt: mention.tokens.lowerBound),
        in: state.entity)
      currentTalk = talkIndex
      var talk = builder.takeTalk(talkIndex)
      for side in sides {
        if let actor = index.actorIndex[side] { builder.actor(actor, evidence: nil, alias: nil) }
      }
      talk.parties = united(talk.parties, sides)
      let phraseStart = min(
        noun, parties.map(\.tokens.lowerBound).filter { range.contains($0) }.min() ?? noun)
      let end = max(state.tokens.upperBound, mention.tokens.upperBound)
      talk.evidence.append(paragraph.evidence(phraseStart..<end, "talk.state-date", 0.6))
      talk.kind = builder.kind(of: talk)
      builder.talks[talkIndex] = talk
      return
    }
  }
}
