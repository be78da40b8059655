import ParleyCore

/// Finds dated events an event rule's cue names. It keeps nothing from one
/// paragraph to the next.
struct EventPass {
  let index: LexiconIndex
  let builder: DraftBuilder

  /// Dated happenings that an event rule's cue names ("Russia annexed
  /// Ukraine's Crimean Peninsula in 2014"): actors before the cue, targets
  /// after, the CAMEO code of the rule if it has one.
  func run(_ paragraph: Paragraph) {
    let tokens = paragraph.tokens
    for (number, sentence) in paragraph.sentences.enumerated() {
      let dates = paragraph.dates[number]
      // The cues are read with the sentence's dates left out, so that a date
      // may stand inside one: "agreed on Friday to re-establish".
      let kept = dates.isEmpty ? nil : undated(sentence, dates, tokens)
      let view = kept.map { $0.map { tokens[$0] } } ?? tokens
      let (first, limit) =
        kept.map { (0, $0.count) } ?? (sentence.tokens.lowerBound, sentence.tokens.upperBound)
      func original(_ found: Int) -> Int { kept?[found] ?? found }
      // The cues, left to right, and whether a negation stands just before
      // one ("has not called off the talks", "never promised to").
      var cues: [(start: Int, end: Int, rule: Int, negated: Bool)] = []
      var found = first
      while found < limit {
        guard let cue = index.events.match(view, at: found, limit: limit) else {
          found += 1
          continue
        }
        let position = original(found)
        let before = tokens[max(sentence.tokens.lowerBound, position - 3)..<position]
        cues.append(
          (
            position, original(found + cue.length - 1) + 1, cue.value,
            before.contains(where: { index.words.negations.contains($0) })
          ))
        found += cue.length
      }
      guard cues.contains(where: { !$0.negated }) else { continue }
      // Dates of a clause said not to have happened are no one else's.
      let usable = dates.filter { date in
        date.date != nil
          && !cues.contains {
            $0.negated && ($0.start..<$0.end + 8).contains(date.tokens.lowerBound)
          }
      }
      // ("Russian forces shelled …": a demonym before its forces is its
      // state; not "Russian President Vladimir Putin", who is named.)
      let mentions = paragraph.mentions.within(sentence.tokens).filter {
        $0.entityKind != .place && $0.entityKind != .document
          && (!$0.isDemonym
            || $0.tokens.upperBound < sentence.tokens.upperBound
              && index.words.eventCollectives.contains(tokens[$0.tokens.upperBound]))
      }
      // One event per date the sentence gives: "The agreement signed in
      // 2015 collapsed on Thursday when Iran walked out of talks" is two.
      var eventDates: Set<String> = []
      for (nth, cue) in cues.enumerated() where !cue.negated {
        let (position, cueEnd) = (cue.start, cue.end)
        // What the cue tells of runs to the next cue.
        let window =
          cueEnd..<(nth + 1 < cues.count ? cues[nth + 1].start : sentence.tokens.upperBound)
        // The date inside the cue ("agreed on Thursday to restore"), else
        // the first after it before the next cue ("invaded Ukraine on
        // Wednesday"), else the nearest before it ("On Monday, … signed"),
        // else the sentence's nearest, else the paragraph's sentence
        // before's ("In August 2019 … . It withdrew …").
        let inside = usable.first {
          $0.tokens.lowerBound > position && $0.tokens.upperBound < cueEnd
        }?.date
        // (Not a date a state began on, in a clause of its own after the
        // cue: "agreed to restore banking to the region, which has been cut
        // off since mid-2021".)
        func startsState(_ date: DateMention) -> Bool {
          date.tokens.lowerBound > window.lowerBound
            && index.words.stateStartWords.contains(tokens[date.tokens.lowerBound - 1])
            && index.words.relativePronouns.containsAny(
              of: tokens, in: window.lowerBound..<date.tokens.lowerBound)
        }
        let after = usable.first { window.contains($0.tokens.lowerBound) && !startsState($0) }?
          .date
        let before = usable.last { $0.tokens.upperBound <= position }?.date
        guard
          let date = inside ?? after ?? before
            ?? paragraph.date(sentence: number, near: position, where: { !startsState($0) })
            ?? (number > 0
              ? paragraph.date(
                sentence: number - 1, near: paragraph.sentences[number - 1].tokens.upperBound)
              : nil),
          eventDates.insert(date.description).inserted
        else { continue }
        // A happening that begins after the article was published has not
        // happened: "will hold another round of talks next week" is a plan.
        if let begins = date.start, let published = builder.articles[paragraph.article].published,
          let publishedEnd = published.end, begins > publishedEnd
        {
          continue
        }
        let rule = index.lexicon.events[cue.rule]
        // The last two named before the cue, each once ("Colombia's government
        // and the Revolutionary Armed Forces of Colombia (FARC) reached …"):
        // told apart from the end.
        // (Not before a cue that opens with what was signed or agreed: in
        // "Russia walked out, citing the agreement signed in 2015 by Ukraine
        // and Georgia", Russia signed nothing.)
        let passive = index.words.agreementNouns.contains(tokens[position])
        // Not who tells of it: in "Ihor Terekhov said that Russia shelled the
        // city", the mayor shelled nothing. Each teller is kept with where it
        // last tells: a mention of it after that is the cue's subject again
        // ("Mali told Niger that Mali signed").
        var tellers: [String: Int] = [:]
        for mention in mentions
        where mention.tokens.upperBound <= position && tellsOf(mention, in: sentence, tokens) {
          tellers[mention.entity] = mention.tokens.lowerBound
        }
        func isTeller(_ mention: Mention) -> Bool {
          tellers[mention.entity].map { mention.tokens.lowerBound <= $0 } ?? false
        }
        var actors =
          passive
          ? []
          : Array(
            united(
              [],
              mentions.filter { $0.tokens.upperBound <= position && !isTeller($0) }
                .reversed().map(\.entity)
            ).prefix(2).reversed())
        // "Russia said it shelled Kharkiv": the pronoun is the teller.
        var subject = position - 1
        while subject > sentence.tokens.lowerBound,
          index.words.auxiliaries.contains(tokens[subject])
        {
          subject -= 1
        }
        if !passive, actors.isEmpty, subject >= sentence.tokens.lowerBound,
          index.words.thingPronouns.contains(tokens[subject])
            || index.words.personPronouns.contains(tokens[subject])
            || index.words.firstPersonPlural.contains(tokens[subject])
        {
          actors = mentions.filter { $0.tokens.upperBound <= position && isTeller($0) }.suffix(1)
            .map(\.entity)
        }
        let targets = Array(
          united([], mentions.filter { window.contains($0.tokens.lowerBound) }.map(\.entity))
            .prefix(2))
        // (A place named by what it is only when the window names no other:
        // "dismantle the Yongbyon nuclear complex at the summit in Hanoi".)
        let places = paragraph.mentions.within(sentence.tokens).filter {
          $0.entityKind == .place && window.contains($0.tokens.lowerBound)
        }
        let location = (places.first(where: \.isVenuePlace) ?? places.first)?.entity
        var title = paragraph.text(sentence.tokens)
        if title.count > 140 { title = String(title.prefix(137)) + "…" }
        builder.addEvent(
          DraftBuilder.EventDraft(
            kind: rule.kind, cameo: rule.cameo, date: date, title: title, actors: actors,
            targets: targets.filter { !actors.contains($0) }, location: location,
            issues: index.issues(in: paragraph.tokens, sentence.tokens).map {
              index.issueID($0.issue)
            },
            evidence: [paragraph.evidence(sentence.tokens, "event.\(rule.id)", 0.6)]))
      }
    }
  }

  /// Whether a mention is the one who tells of what follows: a speech verb
  /// right after it ("Terekhov said that"), after its body ("Ukraine's air
  /// force said"), after a comma ("The mayor of Kharkiv, Ihor Terekhov,
  /// said") or after its apposition set off by commas ("Terekhov, the
  /// mayor, said").
  private func tellsOf(_ mention: Mention, in sentence: Sentence, _ tokens: [Token]) -> Bool {
    let end = sentence.tokens.upperBound
    var after = mention.tokens.upperBound
    func speaks(_ at: Int) -> Bool { at < end && index.speechVerbs.match(tokens, at: at) != nil }
    if after < end, index.words.possessiveMarkers.contains(tokens[after]) {
      after += 1
      while after < end, after - mention.tokens.upperBound <= 3, tokens[after].isWord,
        !speaks(after)
      {
        after += 1
      }
    }
    while after < end, index.words.auxiliaries.contains(tokens[after]) { after += 1 }
    if speaks(after) || after < end && tokens[after].isMark(",") && speaks(after + 1) {
      return true
    }
    guard after < end, tokens[after].isMark(","),
      let close = tokens[after + 1..<min(end, after + 12)].firstIndex(where: { $0.isMark(",") })
    else { return false }
    return speaks(close + 1)
  }

  /// The tokens of `sentence` but its dates, each with the words before it
  /// that introduce it ("on Friday", "in early February":
  /// `cue-date-prepositions`): their indexes.
  private func undated(_ sentence: Sentence, _ dates: [DateMention], _ tokens: [Token]) -> [Int] {
    // Per token of the sentence, whether it is left out.
    let start = sentence.tokens.lowerBound
    var left = [Bool](repeating: false, count: sentence.tokens.count)
    for date in dates {
      for token in date.tokens.clamped(to: sentence.tokens) { left[token - start] = true }
      var word = date.tokens.lowerBound - 1
      while word >= start, !left[word - start],
        index.words.cueDatePrepositions.contains(tokens[word])
      {
        left[word - start] = true
        word -= 1
      }
    }
    return sentence.tokens.filter { !left[$0 - start] }
  }
}
