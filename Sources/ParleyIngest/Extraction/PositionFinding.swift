import ParleyCore

private let negations: Set<String> = ["not", "n't", "never", "no", "without", "nor"]

extension ArticleAnalyzer {
  /// Stance cues ("demanded", "rejected … as a non-starter", "open to
  /// discussing") with the actor before them as holder and the issue named
  /// in the same sentence.
  mutating func findPositions(_ paragraph: Paragraph) {
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
        if before.contains(where: { negations.contains($0.key) }) { continue }
        guard let holder = holder(paragraph, sentence, before: position) else { continue }
        let after = issues(in: paragraph, position + cue.length..<sentence.tokens.upperBound)
        let chosen =
          after.isEmpty
          ? Array(issues(in: paragraph, sentence.tokens.lowerBound..<position).suffix(1))
          : Array(after.prefix(2))
        for issue in chosen {
          let key = "\(holder.entity)|\(issue.issue)|\(cue.value)"
          guard found.insert(key).inserted else { continue }
          builder.addPosition(
            DraftBuilder.PositionDraft(
              holder: holder.entity, issue: issueID(issue.issue), stance: cue.value,
              date: date(in: paragraph, sentence: number, near: position),
              talk: talkMentioned(paragraph, number),
              evidence: [
                evidence(
                  paragraph,
                  min(
                    holder.tokens.lowerBound, issue.at)..<max(
                      position + cue.length, issueEnd(paragraph, issue.at)),
                  "position.\(cue.value)", 0.6)
              ]))
        }
      }
    }
  }

  /// The nearest actor or person before the cue in its clause; a demonym
  /// counts only as a collective ("Russian diplomats").
  func holder(_ paragraph: Paragraph, _ sentence: Sentence, before cue: Int) -> Mention? {
    var position = cue - 1
    while position >= sentence.tokens.lowerBound {
      let token = paragraph.tokens[position]
      if [";", ":"].contains(token.text)
        || ["while", "but", "although", "whereas"].contains(token.key)
      {
        return nil
      }
      if let mention = paragraph.mentions.ending(at: position) {
        if mention.entityKind == .place { return nil }
        // "Russia's demands": a possessive is not the one who demands.
        if mention.tokens.upperBound < cue, paragraph.tokens[mention.tokens.upperBound].key == "'s"
        {
          position = mention.tokens.lowerBound - 1
          continue
        }
        if mention.isDemonym { return nil }
        return mention
      }
      position -= 1
    }
    return nil
  }

  func issueEnd(_ paragraph: Paragraph, _ start: Int) -> Int {
    start + (index.issues.match(paragraph.tokens, at: start)?.length ?? 1)
  }

  /// The talk a sentence speaks of, if the talk finder found one in it.
  func talkMentioned(_ paragraph: Paragraph, _ sentence: Int) -> Int? {
    let tokens = paragraph.tokens[paragraph.sentences[sentence].tokens]
    return tokens.contains(where: { meetingNouns.contains($0.key) }) ? currentTalk : nil
  }
}

/// Nouns that name a meeting.
let meetingNouns: Set<String> = [
  "talks", "meeting", "meetings", "session", "summit", "negotiations", "round", "discussions",
  "consultations", "dialogue",
]
