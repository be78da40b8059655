import ParleyCore

/// Visits and calls: meetings that news reports without a meeting noun.
extension TalkPass {
  /// "Xi visited Riyadh in December", "Merkel and Hollande flew to Kiev on 5
  /// February to present their plan to Poroshenko", "Xi hosted Raisi in
  /// Beijing last month": a talk at the place between the visitor's side,
  /// the host's, and the place's country when no one else is named as host;
  /// a sentence may tell of several.
  mutating func findVisits(_ paragraph: Paragraph, _ number: Int) {
    guard
      index.words.hostVerbs.occurs(in: paragraph.lists)
        || index.words.visitVerbs.occurs(in: paragraph.lists)
    else { return }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    // Past the place of a visit found ("who visited Riyadh in December and
    // hosted Raisi in Beijing last month": two).
    var resume = range.lowerBound
    for verb in range where verb >= resume {
      // (Word sets answer by the token's word id, with no hashing.)
      let hosting = index.words.hostVerbs.contains(tokens[verb])
      // "invited Trump to visit Pyongyang": a plan.
      guard hosting || index.words.visitVerbs.contains(tokens[verb]),
        verb == range.lowerBound || !index.words.infinitiveMarkers.contains(tokens[verb - 1])
      else { continue }
      let window =
        verb
        + 1..<clauseStop(
          paragraph, from: verb + 1,
          before: reach(paragraph, from: verb + 1, words: 9, before: range.upperBound))
      // A host's place after "in" or "at" ("hosted … at State House in Nairobi").
      // (A place the sentence ends in: a "sentence" cut short at its most
      // tokens may cut a name.)
      guard
        let venue = paragraph.mentions.first(
          in: window,
          where: {
            $0.isVenuePlace && $0.tokens.upperBound <= range.upperBound
              && !isTopicPlace(paragraph, sentence: number, place: $0.tokens.lowerBound)
          }),
        !hosting || isAfterVenuePreposition(tokens, venue.tokens.lowerBound)
      else { continue }
      var parties = subjectParties(paragraph, range, before: verb)
      // The hosts: up to the next place ("… to Kiev to see Poroshenko, and on
      // to Moscow to see Putin").
      // (Not the city of a building: "at State House in Nairobi".)
      let city = builder.city(of: venue.entity)
      let nextPlace =
        paragraph.mentions.first(in: venue.tokens.upperBound..<range.upperBound) {
          $0.isVenuePlace && $0.entity != city
        }?.tokens.lowerBound ?? range.upperBound
      // (… or the next visit: "visited Kampala in January and hosted …".)
      let nextVisit =
        (venue.tokens.upperBound..<nextPlace).first {
          index.words.hostVerbs.contains(tokens[$0]) || index.words.visitVerbs.contains(tokens[$0])
        } ?? nextPlace
      // The date nearest the place, between this visit's verb and the next
      // ("visited Kampala and hosted Hassan in Nairobi on 5 March": none).
      let date = talkDates(paragraph, number).filter {
        $0.date != nil && $0.tokens.lowerBound >= resume && $0.tokens.lowerBound < nextVisit
      }.min {
        abs($0.tokens.lowerBound - venue.tokens.upperBound)
          < abs($1.tokens.lowerBound - venue.tokens.upperBound)
      }
      let planned = isPlanned(paragraph, range, before: verb, date: date)
      // (Within the verb's clause: "Lavrov, who visited New Delhi last
      // week, met Wang Yi in Beijing" is no visit of Wang Yi's.)
      let hostsEnd = clauseStop(paragraph, from: venue.tokens.upperBound, before: nextVisit)
      let others = paragraph.mentions.within(verb + 1..<hostsEnd).compactMap {
        $0.entityKind == .place || $0.isDemonym ? nil : party(of: $0.entity)
      }
      // The place's state hosts when no one else does: "Xi visited Riyadh"
      // (not "von der Leyen received Sunak in Brussels", "visited Brussels
      // for talks with NATO": Belgium is no side). (The visitor's own side
      // hosts no one: "visited the White House carrying a letter from the
      // North Korean leader".)
      let hostless =
        hosting ? parties.isEmpty : others.allSatisfy { other in parties.contains(other) }
      parties += others
      if hostless, let country = builder.entity(venue.entity)?.country { parties.append(country) }
      parties = united([], parties)
      guard parties.count >= 2 else { continue }
      let talkIndex = builder.talk(venue: venue.entity, date: date?.date, planned: planned)
      currentTalk = talkIndex
      var talk = builder.takeTalk(talkIndex)
      for member in parties where member != venue.entity {
        if let actor = index.actorIndex[member] { builder.actor(actor, evidence: nil, alias: nil) }
      }
      talk.parties = united(talk.parties, parties)
      let end = max(venue.tokens.upperBound, date?.tokens.upperBound ?? 0)
      talk.evidence.append(
        paragraph.evidence(
          range.lowerBound..<end, hosting ? "talk.host" : "talk.visit", date == nil ? 0.4 : 0.6))
      talk.kind = builder.kind(of: talk)
      builder.talks[talkIndex] = talk
      resume = venue.tokens.upperBound
    }
  }

  /// Where the clause of a visit's verb ends before `limit`: at a comma
  /// that does not go on to another name ("Macron, who hosted Pashinyan
  /// last month, met Scholz in Berlin"), or at another verb in the past:
  /// one of `past-verbs`, or an "-ed" word right after a name ("The hotel
  /// that hosted Pashinyan and Aliyev was evacuated in Paris").
  func clauseStop(_ paragraph: Paragraph, from start: Int, before limit: Int) -> Int {
    let tokens = paragraph.tokens
    for position in start..<limit {
      let token = tokens[position]
      if token.isMark(",") {
        let next = position + 1
        if next < limit,
          paragraph.mentions.starting(at: next) != nil || titledPerson(paragraph, at: next) != nil
        {
          continue
        }
        return position
      }
      // (An "-ed" word only right after a name: "… Aliyev was evacuated",
      // not "hosted renewed talks" or "newly appointed".)
      if token.isWord, !token.isCapitalized, !paragraph.mentions.covers(position),
        index.words.pastVerbs.contains(token)
          || token.key.count > 4 && index.words.pastSuffixes.matches(token.key)
            && paragraph.mentions.ending(at: position - 1) != nil
      {
        return position
      }
    }
    return limit
  }

  /// Whether "in" or "at", maybe with an article, comes just before `start`.
  private func isAfterVenuePreposition(_ tokens: [Token], _ start: Int) -> Bool {
    var before = start - 1
    if before > 0, index.words.determiners.contains(tokens[before]) { before -= 1 }
    return before >= 0 && index.words.venuePrepositions.contains(tokens[before])
  }

  /// ``isTopicPlace(_:sentence:preposition:)`` for the place at `start`:
  /// "hosted talks on Sunday on the fighting in Gaza".
  private func isTopicPlace(_ paragraph: Paragraph, sentence number: Int, place start: Int)
    -> Bool
  {
    var before = start - 1
    if before > 0, index.words.determiners.contains(paragraph.tokens[before]) { before -= 1 }
    return before > 0 && isTopicPlace(paragraph, sentence: number, preposition: before)
  }

  /// "agreed in a telephone call last Sunday", "Trump spoke with Baradar by
  /// phone on Tuesday", "Putin phoned Macron", "met virtually" (one of
  /// `call-adverbs` after a meeting verb), "following a call between
  /// Trump, Netanyahu and Mohamed bin Zayed": a call between the sides the
  /// sentence names, on the day it gives. A sentence of several calls gives
  /// each the sides between the call before it and the one after.
  mutating func findCalls(_ paragraph: Paragraph, _ number: Int) {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let words = index.words
    guard
      words.callNouns.occurs(in: paragraph.lists) || words.callVerbs.occurs(in: paragraph.lists)
        || words.speakVerbs.occurs(in: paragraph.lists)
        || words.callAdverbs.occurs(in: paragraph.lists)
    else { return }
    // Each cue, and whether a list of sides follows it ("a call between").
    var cues: [(position: Int, between: Bool)] = []
    for position in range {
      // Most words are none of these: asked by word id, with no hashing.
      guard
        words.callNouns.contains(tokens[position]) || words.callVerbs.contains(tokens[position])
          || words.speakVerbs.contains(tokens[position])
          || words.meetingVerbs.contains(tokens[position])
      else { continue }
      let token = tokens[position]
      let previous = position > range.lowerBound ? tokens[position - 1].key : ""
      let next = position + 2 < range.upperBound ? tokens[position + 1].key : ""
      // "a call between President Trump, Prime Minister Netanyahu and …"
      // (not "a link between Iran and the Houthis").
      let between =
        words.betweenCallNouns.contains(token) && words.callPartyLinks.contains(next)
        && subjectActors(paragraph, from: position + 2, before: min(range.upperBound, position + 8))
          .actors.first.map { $0.entityKind == .person || namesParty($0) } ?? false
      if between || words.callNouns.contains(token) && words.callQualifiers.contains(previous)
        || words.callVerbs.contains(token)
        // "met virtually on Thursday", "met online".
        || isMeetingAtADistance(paragraph, number, verb: position)
        || words.speakVerbs.contains(token)
          && (words.callLinks.contains(next) && words.callQualifiers.contains(tokens[position + 2])
            || words.speechPartnerLinks.contains(next)
              && reachesPerson(paragraph, from: position + 2, before: range.upperBound)
              && !paragraph.mentions.contains(in: range) { $0.entityKind == .place }
              // (Not "spoke with Putin on the sidelines of the summit": in person.)
              && !words.sidelineNouns.containsAny(of: tokens, in: range))
      {
        cues.append((position, between))
        // (Eight at most: a sentence of many calls stays linear.)
        if cues.count == 8 { break }
      }
    }
    for (offset, cue) in cues.enumerated() {
      let lower = offset == 0 ? range.lowerBound : cues[offset - 1].position + 1
      let upper = offset + 1 < cues.count ? cues[offset + 1].position : range.upperBound
      let scope = lower..<upper
      findCall(paragraph, number, cue: cue.position, between: cue.between, scope: scope)
    }
  }

  /// Whether the meeting verb at `verb` is told with one of `call-adverbs`
  /// after it as a call ("Serbia and Kosovo met virtually on Thursday"):
  /// its subject opens the sentence and is a side (not "Students from
  /// Serbia"); no infinitive marker or modal before the verb ("refused to
  /// meet online", "could meet online"); after the adverb the clause ends
  /// or a date, one of `cue-date-prepositions`, `speech-partner-links`,
  /// `list-joiners` or `duration-links` follows (not "met virtually all of
  /// Kosovo's conditions"); and the sentence names no place ("whose
  /// negotiators had met online for months, met in Vienna").
  private func isMeetingAtADistance(_ paragraph: Paragraph, _ number: Int, verb: Int) -> Bool {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let words = index.words
    let adverb = verb + 1
    guard words.meetingVerbs.contains(tokens[verb]), adverb < range.upperBound,
      words.callAdverbs.contains(tokens[adverb]), verb > range.lowerBound,
      !words.infinitiveMarkers.contains(tokens[verb - 1]),
      !words.unheldCues.contains(tokens[verb - 1])
    else { return false }
    let next = adverb + 1
    if next < range.upperBound, tokens[next].isWord,
      !(words.cueDatePrepositions.contains(tokens[next])
        || words.speechPartnerLinks.contains(tokens[next])
        || words.listJoiners.contains(tokens[next]) || words.durationLinks.contains(tokens[next])
        || paragraph.dates[number].contains(where: { $0.tokens.contains(next) }))
    {
      return false
    }
    let subject = subjectActors(paragraph, from: range.lowerBound, before: verb)
    return subject.end == verb
      && subject.actors.contains { party(of: $0.entity) != nil && standsForSide(paragraph, $0) }
      && !paragraph.mentions.contains(in: range) { $0.entityKind == .place }
  }

  /// The call at `cue`, between the sides `scope` names (after "between",
  /// those it names after the cue).
  private mutating func findCall(
    _ paragraph: Paragraph, _ number: Int, cue: Int, between: Bool, scope: Range<Int>
  ) {
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let words = index.words
    // The call's own date, the one nearest its cue, to the day ("after a
    // video conference last week" is not the summit's Monday); and no call
    // beside a meeting the sentence holds somewhere before it ("held a
    // summit in Geneva on Monday, which Ukraine addressed by video link").
    guard
      let date = talkDates(paragraph, number).min(by: {
        abs($0.tokens.lowerBound - cue) < abs($1.tokens.lowerBound - cue)
      }), date.date?.precision == .day,
      !isPlanned(paragraph, range, before: cue, date: date),
      !(paragraph.mentions.contains(in: range.lowerBound..<cue) { $0.entityKind == .place }
        && (range.lowerBound..<cue).contains {
          index.words.meetingNouns.contains(tokens[$0])
            || index.words.meetingVerbs.contains(tokens[$0])
        })
    else { return }
    // (After "between", those named after it: not "Biden spoke about the
    // call between Xi and Putin".)
    // ("Serbian officials and Kosovo held a video call": a side's body is
    // the side.)
    let named = paragraph.mentions.within(
      between ? min(cue + 2, scope.upperBound)..<scope.upperBound : scope
    ).filter { $0.entityKind != .place && standsForSide(paragraph, $0) }
    var parties = united([], named.compactMap { party(of: $0.entity) })
    // "…, the State Department said." names no side, when two others are
    // named ("… with his Turkish counterpart on Monday, Ankara said" names
    // Turkey) and the sentence names it nowhere else ("with the Turkish
    // leader …, Turkey said").
    let closing = closingAttributions(paragraph, sentence: number)
    let reported = united(
      [],
      named.compactMap { mention in
        closing.contains { $0.lowerBound == mention.tokens.lowerBound }
          && !paragraph.mentions.within(range).contains {
            $0.tokens != mention.tokens && $0.entity == mention.entity
          } ? nil : party(of: mention.entity)
      })
    if reported.count >= 2 { parties = reported }
    // "The four leaders agreed in a telephone call": the sides of the last
    // talk this article spoke of with as many sides as the number says, else
    // of the last it spoke of.
    if parties.count < 2,
      let sides = range.lazy.compactMap({ [index] in
        index.sides(tokens, noun: $0, from: range.lowerBound)
      }).first,
      let told = self.parties(saidToNumber: sides.count, orLast: true)
    {
      parties = told
    }
    // No call its words deny or put off, whoever its sides are: "denied
    // on Thursday that he spoke by phone with …" (a denial before the cue),
    // "could speak by phone", "the call … was postponed" (next to the cue
    // or to the last side after it; not "on May 12" nor "may meet next
    // month").
    // (Within the cue's clause: not "…, after Erdogan cancelled a visit".)
    let clauseEnd =
      (cue + 1..<range.upperBound).first {
        tokens[$0].isMark(",") || words.clauseLinks.contains(tokens[$0])
      } ?? range.upperBound
    let lastSide = paragraph.mentions.last(in: cue + 1..<clauseEnd) { $0.entityKind != .place }
    guard
      !(range.lowerBound..<cue).contains(where: { words.denialVerbs.contains(tokens[$0]) }),
      !isUnheld(tokens, cue, in: range),
      !(lastSide.map { isUnheld(tokens, after: $0.tokens.upperBound - 1, in: range) } ?? false)
    else { return }
    // "President Joe Biden spoke by phone with Chinese President Xi
    // Jinping": a person whose side is unknown is one of the sides (left
    // to the reviewer, as with a meeting verb) when the call is between
    // two people (``isPersonCall(_:_:cue:)``) and nothing in the sentence
    // denies or puts it off.
    let unknownCaller =
      parties.count == 1 && isPersonCall(paragraph, range, cue: cue)
      && !range.contains(where: {
        words.hedgeCues.contains(tokens[$0]) || words.unheldCues.contains(tokens[$0])
          || words.unheldAfterCues.contains(tokens[$0])
      })
    guard parties.count >= 2 || unknownCaller else { return }
    let talkIndex = builder.talk(venue: nil, date: date.date)
    currentTalk = talkIndex
    for member in parties {
      if let actor = index.actorIndex[member] { builder.actor(actor, evidence: nil, alias: nil) }
    }
    builder.talks[talkIndex].parties = united(builder.talks[talkIndex].parties, parties)
    builder.talks[talkIndex].evidence.append(paragraph.evidence(range, "talk.call", 0.6))
  }

  /// The sides of the last talk this article spoke of (of the last
  /// ``recentTalks``) with `count` sides: who "the four leaders" or "the two
  /// men" are. With no such talk, or no count ("the leaders"), those of the
  /// last it spoke of when `orLast`, else `nil`; `nil` before it spoke of
  /// any.
  func parties(saidToNumber count: Int?, orLast: Bool) -> [String]? {
    guard let last = spokenOf.last else { return nil }
    if let count,
      let talk = recentlySpokenOf.first(where: {
        builder.talks[$0].parties.count == count
      })
    {
      return builder.talks[talk].parties
    }
    return orLast ? builder.talks[last].parties : nil
  }

  /// Whether the call at `cue` is between the person just before it and
  /// the person it reaches, one of known side and one of unknown: "Joe
  /// Biden spoke by phone with Chinese President Xi Jinping", "Biden
  /// phoned Chinese President Xi Jinping", "… with his Chinese counterpart
  /// Xi Jinping". Only call words, "with", determiners, titles and
  /// adjectives of state stand between the cue and the second person.
  ///
  /// Or two people joined as the sentence's subject, just before the cue:
  /// "President Joe Biden and Chinese President Xi Jinping held a lengthy
  /// virtual summit".
  func isPersonCall(_ paragraph: Paragraph, _ sentence: Range<Int>, cue: Int) -> Bool {
    let tokens = paragraph.tokens
    let words = index.words
    // (Also after an opening phrase: "Before Thursday's talks, Ali and
    // Maduro had spoken by phone".)
    let opening = (sentence.lowerBound..<cue).last { tokens[$0].isMark(",") }
    for start in [sentence.lowerBound, opening.map { $0 + 1 }].compactMap({ $0 }) {
      let subject = subjectActors(paragraph, from: start, before: cue)
      if subject.actors.count == 2, subject.actors.allSatisfy({ $0.entityKind == .person }),
        cue - subject.end <= 5
      {
        return subject.actors.filter { party(of: $0.entity) == nil }.count == 1
      }
    }
    guard let caller = paragraph.mentions.ending(at: cue - 1), caller.entityKind == .person
    else { return false }
    var position = cue + 1
    while position < min(sentence.upperBound, cue + 10) {
      if let mention = paragraph.mentions.starting(at: position) {
        guard mention.entityKind == .person else {
          guard mention.isDemonym else { return false }
          position = mention.tokens.upperBound
          continue
        }
        return (party(of: caller.entity) == nil) != (party(of: mention.entity) == nil)
      }
      let token = tokens[position]
      guard
        words.callLinks.contains(token) || words.callQualifiers.contains(token)
          || words.speechPartnerLinks.contains(token) || words.determiners.contains(token)
          || words.selfReferenceDeterminers.contains(token)
          || words.counterpartNouns.contains(token) || index.titleWords.contains(token.key)
      else { return false }
      position += 1
    }
    return false
  }

  /// Whether a person is named from `start`, past what titles them: "with
  /// Putin", "with Turkish President Recep Tayyip Erdogan", "with Taliban
  /// leader Mullah Baradar", "to his Chinese counterpart Xi Jinping"
  /// (determiners, adjectives of state, titles, and a side just before a
  /// title).
  func reachesPerson(_ paragraph: Paragraph, from start: Int, before limit: Int) -> Bool {
    let tokens = paragraph.tokens
    let words = index.words
    var position = start
    while position < min(limit, start + 10) {
      if let mention = paragraph.mentions.starting(at: position) {
        let end = mention.tokens.upperBound
        // (Not "spoke to Russian President Vladimir Putin's critics".)
        if mention.entityKind == .person {
          return end >= limit || !words.possessiveMarkers.contains(tokens[end])
        }
        guard mention.isDemonym || end < limit && index.titleWords.contains(tokens[end].key)
        else { return false }
        position = end
        continue
      }
      let token = tokens[position]
      guard
        words.determiners.contains(token) || words.selfReferenceDeterminers.contains(token)
          || words.counterpartNouns.contains(token) || index.titleWords.contains(token.key)
      else { return false }
      position += 1
    }
    return false
  }

  /// The sides named as the subject before `verb`: actors and people joined
  /// by "and" and commas.
  func subjectParties(_ paragraph: Paragraph, _ sentence: Range<Int>, before verb: Int)
    -> [String]
  {
    var parties: [String] = []
    var position = verb - 1
    while position >= sentence.lowerBound {
      if let mention = paragraph.mentions.ending(at: position) {
        if !mention.isDemonym, let side = party(of: mention.entity) { parties.insert(side, at: 0) }
        position = mention.tokens.lowerBound - 1
      } else if index.words.visitorFillers.contains(paragraph.tokens[position])
        || index.words.auxiliaries.contains(paragraph.tokens[position])
      {
        position -= 1
      } else {
        break
      }
    }
    return parties
  }
}
