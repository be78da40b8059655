import ParleyCore

extension MentionPass {
  /// "the rebel Rwandan Patriotic Front", "the Revolutionary United Front
  /// (RUF)": capitalized words ending in one of `movement-heads` name a body
  /// the lexicon does not know, a side that may sit at the table; a state
  /// or its adjective at their start is its country. The acronym in
  /// brackets after the name and the name's initials ("RPF") name it too,
  /// in every article of the draft.
  mutating func findMovements(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    if index.words.movementHeads.occurs(in: paragraph.lists) {
      for head in tokens.indices
      where tokens[head].isCapitalized && index.words.movementHeads.contains(tokens[head])
        && !paragraph.mentions.covers(head)
      {
        findMovement(&paragraph, head: head)
      }
    }
    guard builder.hasAcronyms else { return }
    var position = 0
    while position < tokens.count {
      let run = acronymRun(tokens, from: position)
      defer { position = max(run.upperBound, position + 1) }
      // (Not another body's own acronym in brackets after its name:
      // "Reporters Without Borders (RSF)".)
      guard !run.isEmpty, !run.contains(where: paragraph.mentions.covers),
        !(run.lowerBound >= 2 && tokens[run.lowerBound - 1].isMark("(")
          && tokens[run.lowerBound - 2].isCapitalized),
        let id = builder.organization(acronym: paragraph.text(run))
      else { continue }
      builder.addAlias(paragraph.text(run), to: id)
      paragraph.mentions.add(
        Mention(tokens: run, entity: id, kind: .organization, entityKind: .organization))
    }
  }

  /// The movement whose name ends with the word at `head`.
  private mutating func findMovement(_ paragraph: inout Paragraph, head: Int) {
    let tokens = paragraph.tokens
    let words = index.words
    var start = head
    var state: Mention?
    // (Eight words at most: a paragraph of capitals stays linear.)
    while start > max(0, head - 8) {
      let previous = start - 1
      if let mention = paragraph.mentions.ending(at: previous) {
        // "Sudan Revolutionary Front", "Rwandan Patriotic Front".
        if mention.entityKind == .state, case .actor = mention.kind {
          state = mention
          start = mention.tokens.lowerBound
        }
        break
      }
      let token = tokens[previous]
      // (A title's words too: "National Liberation Army".)
      if token.isWord, token.isCapitalized, !index.dateWords.isCalendarWord(token),
        !words.notNames.contains(token), !words.determiners.contains(token)
      {
        start = previous
      } else if previous > 0, tokens[previous - 1].isCapitalized,
        // (Not a state's possessive: "Ukraine's Armed Forces" are Ukraine's.)
        !(words.possessiveMarkers.contains(token) && paragraph.mentions.covers(previous - 1)),
        words.organizationJoiners.contains(token) || words.possessiveMarkers.contains(token),
        // ("Justice and Equality Movement", but not "Silvestre Bello and
        // National Democratic Front": one word before a coordinator.)
        !words.coordinators.contains(token) || previous < 2 || !tokens[previous - 2].isCapitalized
          || words.determiners.contains(tokens[previous - 2])
      {
        // "Coordination of Azawad Movements", "Sudan People's Liberation Movement".
        start = previous
      } else {
        break
      }
    }
    // (Not a joiner first: "… of Azawad Movements" after a word in lower case.)
    while start < head, !tokens[start].isCapitalized, paragraph.mentions.starting(at: start) == nil
    {
      start += 1
    }
    var end = head + 1
    // "Sudan People's Liberation Movement-North".
    if tokens.isJoiningHyphen(at: end), tokens[end + 1].isWord, tokens[end + 1].isCapitalized {
      end += 2
    }
    let name = start..<end
    // A word of its own before the head: not "U.S. Forces", "Russian Army".
    let own = (state?.tokens.upperBound ?? start)..<head
    guard own.contains(where: { tokens[$0].isCapitalized }) else { return }
    // "the National Liberation Army (ELN)": a body the lexicon knows by the
    // acronym after it.
    if end + 2 < tokens.count, tokens[end].isMark("("),
      let known = paragraph.mentions.starting(at: end + 1), case .actor = known.kind,
      known.entityKind != .place, known.entityKind != .state,
      known.tokens.upperBound < tokens.count, tokens[known.tokens.upperBound].isMark(")")
    {
      builder.addAlias(paragraph.text(name), to: known.entity)
      paragraph.mentions.replace(
        Mention(tokens: name, entity: known.entity, kind: known.kind, entityKind: known.entityKind))
      return
    }
    let id = builder.other(
      name: paragraph.text(name), kind: .organization,
      evidence: paragraph.evidence(name, "organization.movement-name", 0.7))
    if let state { builder.setCountry(state.entity, of: id) }
    paragraph.mentions.replace(
      Mention(tokens: name, entity: id, kind: .organization, entityKind: .organization))
    // Its initials, and the acronym in brackets after it: "(RUF)".
    var initials = ""
    for position in name {
      if tokens[position].isCapitalized, let first = tokens[position].text.first {
        initials.append(first)
      } else if tokens.isJoiningHyphen(at: position) {
        initials.append("-")
      }
    }
    // (Three letters at least: not "PM" for a Popular Movement.)
    if initials.count >= 3 { builder.noteAcronym(initials, of: id) }
    if end + 2 < tokens.count, tokens[end].isMark("(") {
      let bracketed = acronymRun(tokens, from: end + 1)
      if !bracketed.isEmpty, bracketed.upperBound < tokens.count,
        tokens[bracketed.upperBound].isMark(")")
      {
        let acronym = paragraph.text(bracketed)
        builder.noteAcronym(acronym, of: id)
        builder.addAlias(acronym, to: id)
        paragraph.mentions.add(
          Mention(tokens: bracketed, entity: id, kind: .organization, entityKind: .organization))
      }
    }
  }

  /// Words in capitals from `start`, joined by hyphens ("SPLM-N"); empty
  /// when the word there is not in capitals.
  private func acronymRun(_ tokens: [Token], from start: Int) -> Range<Int> {
    guard start < tokens.count, tokens[start].isWord, tokens[start].isAllCaps else {
      return start..<start
    }
    var end = start + 1
    while tokens.isJoiningHyphen(at: end), tokens[end + 1].isWord,
      tokens[end + 1].isAllCaps
        || tokens[end + 1].isCapitalized && tokens[end + 1].text.unicodeScalars.count == 1
    {
      end += 2
    }
    return start..<end
  }
}
