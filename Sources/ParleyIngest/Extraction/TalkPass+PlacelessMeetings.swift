extension TalkPass {
  /// "the first summit since Putin met Donald Trump in 2018", "Xi and Biden
  /// met in November": one of `placeless-meeting-verbs` between sides named
  /// just before it and, after it (past "with"), in its clause, dated in
  /// that clause, in a sentence that names no place: a meeting whose place
  /// the text does not give (`talk.meeting-date`). ``DraftBuilder``'s
  /// settling folds it into its article's one talk at a place whose date
  /// agrees and that has its sides.
  ///
  /// Not a plan ("will meet Trump next month"), and not "met in Saudi
  /// Arabia", a talk in a state.
  mutating func findPlacelessMeeting(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let words = index.words
    guard words.placelessMeetingVerbs.occurs(in: paragraph.lists),
      !paragraph.mentions.contains(in: range, where: { $0.entityKind == .place })
    else { return }
    for verb in nouns where words.placelessMeetingVerbs.contains(tokens[verb]) {
      let clauseEnd =
        (verb + 1..<range.upperBound).first {
          tokens[$0].isMark(",") || tokens[$0].isMark(";") || words.clauseLinks.contains(tokens[$0])
        } ?? range.upperBound
      // (Not "met in Saudi Arabia": a talk in that state.)
      guard
        !(verb + 1..<clauseEnd).contains(where: {
          words.venuePrepositions.contains(tokens[$0])
            && paragraph.mentions.starting(at: $0 + 1)?.entityKind == .state
        })
      else { continue }
      let subject = subjectParties(paragraph, range, before: verb)
      guard !subject.isEmpty else { continue }
      var first = verb + 1
      if first < clauseEnd, words.partyPrepositions.contains(tokens[first]) { first += 1 }
      let object = subjectActors(paragraph, from: first, before: clauseEnd).actors
        .filter { !$0.isDemonym }.compactMap { party(of: $0.entity) }
      let parties = united(subject, object)
      guard parties.count >= 2,
        let mention = paragraph.dates[number].first(where: {
          $0.date != nil && $0.tokens.lowerBound > verb && $0.tokens.upperBound <= clauseEnd
        }), let date = mention.date,
        !isPlanned(paragraph, range, before: verb, date: mention)
      else { continue }
      let talkIndex = builder.talk(venue: nil, date: date, inPerson: true)
      currentTalk = talkIndex
      builder.talks[talkIndex].parties = united(builder.talks[talkIndex].parties, parties)
      builder.talks[talkIndex].kind = builder.kind(of: builder.talks[talkIndex])
      builder.talks[talkIndex].evidence.append(
        paragraph.evidence(range, "talk.meeting-date", 0.6))
    }
  }
}
