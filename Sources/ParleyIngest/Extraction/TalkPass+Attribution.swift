import ParleyCore

extension TalkPass {
  /// The dates of sentence `number` that may date a talk it tells of: not
  /// one after one of `state-start-words`, which opens a span ("met for the
  /// first time since 2019", "suspended since June 2023"; but "since
  /// Monday, when talks collapsed" is that clause's day), nor the day of a
  /// closing attribution, which is the report's ("…, the EU said on
  /// Saturday.").
  func talkDates(_ paragraph: Paragraph, _ number: Int) -> [DateMention] {
    let dates = paragraph.dates[number]
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let closing = attributions(paragraph, range, dates: dates)
    return dates.filter { date in
      let start = date.tokens.lowerBound
      // (Not one a clause after it dates: "since Monday, when talks in
      // Nairobi collapsed".)
      let end = date.tokens.upperBound
      let dated =
        end + 1 < range.upperBound && tokens[end].isMark(",")
        && index.words.clauseOpeners.contains(tokens[end + 1])
      if !dated,
        index.words.stateStartWords.contains(tokens[start])
          || start > range.lowerBound && index.words.stateStartWords.contains(tokens[start - 1])
      {
        return false
      }
      return !closing.contains { $0.contains(start) }
    }
  }

  /// The closing attributions of sentence `number` (``attributions(_:_:dates:)``),
  /// each starting at the actor it names: "…, the State Department said."
  /// reports a call, and the department is no side to it.
  func closingAttributions(_ paragraph: Paragraph, sentence number: Int) -> [Range<Int>] {
    attributions(paragraph, paragraph.sentences[number].tokens, dates: paragraph.dates[number])
  }

  /// The closing attributions of sentence `range`: after a comma, an actor
  /// (a determiner before it), a speech verb and then only lower-case words,
  /// `dates` (the sentence's) and marks to the sentence's end: ", the EU said on Saturday.",
  /// ", the Foreign Office said in a statement." Each runs from the actor
  /// to the sentence's end.
  private func attributions(_ paragraph: Paragraph, _ range: Range<Int>, dates: [DateMention])
    -> [Range<Int>]
  {
    let tokens = paragraph.tokens
    var found: [Range<Int>] = []
    for mention in paragraph.mentions.within(range) where mention.entityKind != .place {
      var before = mention.tokens.lowerBound - 1
      if before > range.lowerBound, index.words.determiners.contains(tokens[before]) {
        before -= 1
      }
      guard before > range.lowerBound, tokens[before].isMark(","),
        mention.tokens.upperBound < range.upperBound,
        let verb = index.speechVerbs.match(tokens, at: mention.tokens.upperBound),
        (mention.tokens.upperBound + verb.length..<range.upperBound).allSatisfy({ at in
          !tokens[at].isWord || !tokens[at].isCapitalized
            || dates.contains { $0.tokens.contains(at) }
        })
      else { continue }
      found.append(mention.tokens.lowerBound..<range.upperBound)
    }
    return found
  }
}
