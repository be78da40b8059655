import ParleyCore

/// What may hold a position (the IR's rule).
let holderKinds: Set<Entity.Kind> = [.state, .alliance, .organization, .person]

/// What may be a party to talks (the IR's rule).
let partyKinds: Set<Entity.Kind> = [.state, .alliance, .organization]

/// Finds positions: a stance cue with its holder before it and the issue
/// it names. It keeps nothing from one paragraph to the next.
struct PositionPass {
  let index: LexiconIndex
  let builder: DraftBuilder

  /// Stance cues ("demanded", "rejected … as a non-starter", "open to
  /// discussing") with the actor before them as holder and the issue named
  /// in the same sentence.
  func run(_ paragraph: Paragraph) {
    let tokens = paragraph.tokens
    for (number, sentence) in paragraph.sentences.enumerated() {
      var position = sentence.tokens.lowerBound
      var found: Set<String> = []
      while position < sentence.tokens.upperBound {
        guard let cue = index.stances.match(tokens, at: position, limit: sentence.tokens.upperBound)
        else {
          position += 1
          continue
        }
        defer { position += cue.length }
        let before = tokens[max(sentence.tokens.lowerBound, position - 3)..<position]
        if before.contains(where: { index.words.negations.contains($0.key) }) { continue }
        for holder in holders(paragraph, sentence, before: position) {
          let (holderID, forState) = positionHolder(holder)
          let after = index.issues(
            in: paragraph.tokens, position + cue.length..<sentence.tokens.upperBound)
          var chosen =
            after.isEmpty
            ? Array(
              index.issues(in: paragraph.tokens, sentence.tokens.lowerBound..<position).suffix(1))
            : Array(after.prefix(2))
          var fromContext = false
          // "Guterres welcomed the outcome": the issue of the sentence before.
          if chosen.isEmpty, number > 0 {
            chosen = Array(
              index.issues(in: paragraph.tokens, paragraph.sentences[number - 1].tokens).suffix(1))
            fromContext = true
          }
          // "open to discussing X if Russia backs off": an offer with a condition.
          var stance = cue.value
          var rule = "position.\(cue.value)"
          if [.open, .accepts, .proposes, .supports].contains(stance),
            tokens[position + cue.length..<sentence.tokens.upperBound].contains(where: {
              $0.key == "if" || $0.key == "provided"
            })
          {
            stance = .conditional
            rule = "position.conditional-if"
          }
          for issue in chosen {
            let key = "\(holderID)|\(issue.issue)|\(stance)"
            guard found.insert(key).inserted else { continue }
            let span =
              fromContext
              ? holder.tokens.lowerBound..<position + cue.length
              : min(
                holder.tokens.lowerBound, issue.at)..<max(
                  position + cue.length, issueEnd(paragraph, issue.at))
            builder.addPosition(
              DraftBuilder.PositionDraft(
                holder: holderID, issue: index.issueID(issue.issue), stance: stance,
                date: paragraph.date(sentence: number, near: position),
                talk: paragraph.talkMentioned(in: number),
                evidence: [
                  paragraph.evidence(
                    span,
                    rule + (fromContext ? ".issue-from-context" : "")
                      + (forState ? ".official-for-state" : ""), fromContext ? 0.4 : 0.6)
                ]))
          }
        }
      }
    }
  }

  /// The cue's subject: the actor or person just before it, past auxiliaries
  /// and adverbs ("Moscow has also demanded", "the allies firmly rejected"),
  /// a collective noun ("US officials said they are open to"), or a possessor
  /// right before a nominal cue ("Moscow's proposals"); "it" stands for the
  /// sentence's last actor. Coordinated subjects ("Washington and NATO say")
  /// all hold the position.
  func holders(_ paragraph: Paragraph, _ sentence: Sentence, before cue: Int) -> [Mention] {
    let tokens = paragraph.tokens
    var position = cue - 1
    while position >= sentence.tokens.lowerBound {
      let token = tokens[position]
      if let mention = paragraph.mentions.ending(at: position) {
        guard holderKinds.contains(mention.entityKind),
          !mention.isDemonym || isCollective(tokens, mention)
        else {
          return []
        }
        return coordinated(paragraph, sentence, mention)
      }
      if token.key == "'s", let owner = paragraph.mentions.ending(at: position - 1),
        cue - position <= 3, holderKinds.contains(owner.entityKind)
      {
        return [owner]
      }
      // "Washington and NATO say they are ready": the subject is before the verb.
      let reported =
        position > sentence.tokens.lowerBound
        && index.speechVerbs.match(tokens, at: position - 1) != nil
      if (token.key == "it" || token.key == "they") && !reported {
        // The last actor named before the pronoun in this sentence.
        if let antecedent = paragraph.mentions.within(sentence.tokens.lowerBound..<position).last(
          where: { holderKinds.contains($0.entityKind) && !$0.isDemonym })
        {
          return [antecedent]
        }
        return []
      }
      guard
        index.words.subjectFillers.contains(token.key) || token.key.hasSuffix("ly")
          || index.speechVerbs.match(tokens, at: position) != nil
      else { return [] }
      position -= 1
    }
    return []
  }

  /// Ministers, negotiators and spokespeople state their government's
  /// position: the holder is their state. Leaders and others speak for
  /// themselves.
  func positionHolder(_ mention: Mention) -> (id: String, forState: Bool) {
    guard mention.entityKind == .person, let person = builder.entity(mention.entity) else {
      return (mention.entity, false)
    }
    let official = person.roles.first { role in
      let title = role.title.lowercased()
      return ["minister", "secretary", "negotiator", "delegation", "spokes", "envoy", "official"]
        .contains {
          title.contains($0)
        } && !title.contains("general")
    }
    guard let official else { return (mention.entity, false) }
    let state = [official.of, person.country].compactMap { $0 }.first {
      builder.entity($0)?.kind == .state
    }
    return state.map { ($0, true) } ?? (mention.entity, false)
  }

  private func isCollective(_ tokens: [Token], _ mention: Mention) -> Bool {
    mention.tokens.upperBound < tokens.count
      && index.words.collectiveSubjects.contains(tokens[mention.tokens.upperBound].key)
  }

  /// The subject and those joined to it by "and": "Washington and NATO".
  private func coordinated(_ paragraph: Paragraph, _ sentence: Sentence, _ last: Mention)
    -> [Mention]
  {
    var result = [last]
    var position = last.tokens.lowerBound - 1
    while position > sentence.tokens.lowerBound,
      ["and", ","].contains(paragraph.tokens[position].key),
      let previous = paragraph.mentions.ending(at: position - 1),
      holderKinds.contains(previous.entityKind), !previous.isDemonym
    {
      result.insert(previous, at: 0)
      position = previous.tokens.lowerBound - 1
    }
    return result
  }

  func issueEnd(_ paragraph: Paragraph, _ start: Int) -> Int {
    start + (index.issues.match(paragraph.tokens, at: start)?.length ?? 1)
  }
}
