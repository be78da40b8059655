extension TalkPass {
  /// "the first summit since Putin met Donald Trump in 2018", "Xi and Biden
  /// met in November", "Israel and Egypt held talks on Monday": one of
  /// `placeless-meeting-verbs` (or one of `holding-verbs` and a meeting
  /// noun) between sides named
  /// just before it and just after it (past "with"), dated at once after
  /// them (or past the edge of a gathering: "met on the sidelines of the
  /// summit on Monday"), in a sentence that names no place: a meeting whose place the
  /// text does not give (`talk.meeting-date`). ``DraftBuilder``'s settling
  /// folds it into its article's one talk at a place whose date agrees and
  /// that has its sides.
  ///
  /// Only when the date follows the verb or its object at once and ends
  /// the clause: not "met Russia's demands in 2022", "met Iran's barrage
  /// with interceptors", "met Germany in the final in 2006", "met Trump
  /// again in 2018", "met Biden online in December". Not a plan ("will meet
  /// Trump next month"), a meeting denied or doubted ("denied that he met
  /// Putin in 2016", `hedge-cues`), one of many ("has met Trump several
  /// times since 2017": an auxiliary of `perfect-auxiliaries` before the
  /// verb), and not "met in Saudi Arabia", a talk in a state.
  mutating func findPlacelessMeeting(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let words = index.words
    guard
      words.placelessMeetingVerbs.occurs(in: paragraph.lists)
        || words.holdingVerbs.occurs(in: paragraph.lists),
      !paragraph.mentions.contains(in: range, where: { $0.entityKind == .place })
    else { return }
    // ("Israel and Egypt held talks on Monday": one of `holding-verbs` and a
    // meeting noun is such a verb.)
    for verb in nouns
    where words.placelessMeetingVerbs.contains(tokens[verb])
      || verb > range.lowerBound && words.meetingNouns.contains(tokens[verb])
        && words.holdingVerbs.contains(tokens[verb - 1])
    {
      let head = words.placelessMeetingVerbs.contains(tokens[verb]) ? verb : verb - 1
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
      guard
        !(head > range.lowerBound && words.perfectAuxiliaries.contains(tokens[head - 1])),
        !(range.lowerBound..<head).contains(where: {
          words.hedgeCues.contains(tokens[$0]) || words.denialVerbs.contains(tokens[$0])
        })
      else { continue }
      let subject = subjectParties(paragraph, range, before: head)
      guard !subject.isEmpty else { continue }
      var first = verb + 1
      if first < clauseEnd, words.partyPrepositions.contains(tokens[first]) { first += 1 }
      let named = subjectActors(paragraph, from: first, before: clauseEnd)
      // (No object, "Xi and Biden met in November": the date just after
      // the verb.)
      var objectEnd = named.actors.isEmpty ? verb + 1 : named.end
      // ("in 2018", "on Monday": past the date's preposition.)
      if objectEnd < clauseEnd, words.cueDatePrepositions.contains(tokens[objectEnd]) {
        objectEnd += 1
      }
      // ("met on the sidelines of the summit on Monday": past the edge of
      // the gathering, six words at most, to its date.)
      if let edge = (objectEnd..<min(clauseEnd, objectEnd + 3)).first(where: {
        words.sidelineNouns.contains(tokens[$0])
      }),
        let dated = paragraph.dates[number].first(where: {
          $0.date != nil && $0.tokens.lowerBound > edge + 1 && $0.tokens.lowerBound < clauseEnd
        }), dated.tokens.lowerBound - edge <= 8
      {
        objectEnd = dated.tokens.lowerBound
      }
      let object = named.actors.filter { !$0.isDemonym }.compactMap { party(of: $0.entity) }
      let parties = united(subject, object)
      guard parties.count >= 2,
        let mention = paragraph.dates[number].first(where: {
          $0.date != nil && (objectEnd - 1...objectEnd).contains($0.tokens.lowerBound)
        }), let date = mention.date,
        mention.tokens.upperBound >= clauseEnd || !tokens[mention.tokens.upperBound].isWord,
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
