import ParleyCore

/// What a speaker says another side must do, and what they think of the
/// agreement, in their own words.
extension PositionPass {
  /// The speaker who demands what the subject of one of `demand-modals` at
  /// `position` is to do, in the speaker's own words, quoted or reported:
  /// "Blinken said Russia must pull back its troops", "“Ukraine should
  /// never join NATO,” Lavrov said". The subject is a side other than the
  /// speaker (and the speaker's state); "we must", "it should" and a
  /// subject that is no side ("the talks should resume") are nobody's
  /// demand; nor is a state after `copulas` ("must be feeling the
  /// pressure"). With where the subject starts, for the evidence.
  func modalDemand(_ paragraph: Paragraph, _ sentence: Sentence, at position: Int) -> (
    speaker: String, start: Int
  )? {
    guard let speech = paragraph.speech(at: position) else { return nil }
    let subjects = holders(paragraph, sentence, before: position)
    guard !subjects.isEmpty,
      !(position + 1 < sentence.tokens.upperBound
        && index.words.copulas.contains(paragraph.tokens[position + 1])),
      subjects.allSatisfy({ speech.tokens.contains($0.tokens.lowerBound) })
    else { return nil }
    // The speaker's own side: themselves, their state, what they speak for.
    let person = builder.entity(speech.speaker)
    let own =
      Set([speech.speaker, positionHolder(speech.speaker).id])
      .union([person?.country].compactMap { $0 })
      .union(person?.roles.compactMap(\.of) ?? [])
    guard !subjects.contains(where: { own.contains($0.entity) }) else { return nil }
    return (speech.speaker, subjects[0].tokens.lowerBound)
  }

  /// The speaker who judges the agreement at `position` in their own words,
  /// quoted or reported: one of `approval-words` or `disapproval-words`
  /// after a determiner and just before one of `evaluated-nouns` ("“We
  /// have a good agreement,” Tsipras said", "Netanyahu said it was a bad
  /// deal"; one word may stand between: "a historic peace agreement").
  /// The noun ends what is said of it (``endsObject(_:_:_:)``); not after
  /// a negation in the sentence ("not a good deal", "No deal is better
  /// than a bad deal"), not one of `quantity-idioms` ("We talked a great
  /// deal").
  func speakerJudgement(_ paragraph: Paragraph, _ sentence: Sentence, at position: Int) -> (
    speaker: String, start: Int, stance: Stance, noun: Int
  )? {
    let tokens = paragraph.tokens
    let words = index.words
    guard let stance = judgement(tokens[position]), position > sentence.tokens.lowerBound,
      words.determiners.contains(tokens[position - 1]),
      let noun = (position + 1..<min(sentence.tokens.upperBound, position + 3)).first(where: {
        words.evaluatedNouns.contains(tokens[$0])
      }),
      noun == position + 1 || tokens[position + 1].isWord,
      endsObject(paragraph, noun, sentence),
      // ("We talked a great deal" is no agreement.)
      !words.quantityIdioms.contains(tokens[position].key + " " + tokens[noun].key),
      // ("No deal is better than a bad deal", "not a good deal".)
      !tokens[sentence.tokens.lowerBound..<position].contains(where: {
        words.negations.contains($0) || words.negationSuffixes.matches($0.key)
      })
    else { return nil }
    // (The speech holds only speakers known by name.)
    guard let speech = paragraph.speech(at: position), speech.tokens.contains(noun) else {
      return nil
    }
    return (speech.speaker, position - 1, stance, noun)
  }
}
