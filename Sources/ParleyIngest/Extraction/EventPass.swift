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
      // The cues are read with the sentence's dates left out, so that a date
      // may stand inside one: "agreed on Friday to re-establish".
      let kept = undated(sentence, paragraph.dates[number], tokens)
      let view = kept.map { tokens[$0] }
      var found = 0
      while found < view.count {
        guard let cue = index.events.match(view, at: found) else {
          found += 1
          continue
        }
        defer { found = view.count }
        let position = kept[found]
        let cueEnd = kept[found + cue.length - 1] + 1
        // The date of the sentence, else of the paragraph's sentence before
        // ("In August 2019 … . It withdrew …").
        guard
          let date = paragraph.date(sentence: number, near: position)
            ?? (number > 0
              ? paragraph.date(
                sentence: number - 1, near: paragraph.sentences[number - 1].tokens.upperBound)
              : nil)
        else { continue }
        // A happening that begins after the article was published has not
        // happened: "will hold another round of talks next week" is a plan.
        if let begins = date.start, let published = builder.articles[paragraph.article].published,
          let publishedEnd = published.end, begins > publishedEnd
        {
          continue
        }
        let rule = index.lexicon.events[cue.value]
        // ("Russian forces shelled …": a demonym before its forces is its
        // state; not "Russian President Vladimir Putin", who is named.)
        let mentions = paragraph.mentions.within(sentence.tokens).filter {
          $0.entityKind != .place && $0.entityKind != .document
            && (!$0.isDemonym
              || $0.tokens.upperBound < sentence.tokens.upperBound
                && index.words.eventCollectives.contains(tokens[$0.tokens.upperBound]))
        }
        // The last two named before the cue, each once ("Colombia's government
        // and the Revolutionary Armed Forces of Colombia (FARC) reached …"):
        // told apart from the end.
        let actors = Array(
          united(
            [], mentions.filter { $0.tokens.upperBound <= position }.reversed().map(\.entity)
          ).prefix(2).reversed())
        let targets = Array(
          united(
            [], mentions.filter { $0.tokens.lowerBound >= cueEnd }.map(\.entity)
          )
          .prefix(2))
        let location = paragraph.mentions.within(sentence.tokens).first {
          $0.entityKind == .place && $0.tokens.lowerBound > position
        }?.entity
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

  /// The tokens of `sentence` but its dates, each with the word before it
  /// that introduces it ("on Friday", `cue-date-prepositions`): their indexes.
  private func undated(_ sentence: Sentence, _ dates: [DateMention], _ tokens: [Token]) -> [Int] {
    guard !dates.isEmpty else { return Array(sentence.tokens) }
    var kept: [Int] = []
    kept.reserveCapacity(sentence.tokens.count)
    var date = 0
    for position in sentence.tokens {
      while date < dates.count, dates[date].tokens.upperBound <= position { date += 1 }
      if date < dates.count {
        let span = dates[date].tokens
        if span.contains(position) { continue }
        if position + 1 == span.lowerBound,
          index.words.cueDatePrepositions.contains(tokens[position])
        {
          continue
        }
      }
      kept.append(position)
    }
    return kept
  }
}
