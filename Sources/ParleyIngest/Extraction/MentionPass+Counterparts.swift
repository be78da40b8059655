import ParleyCore

/// Counterparts: people named by whom they match across the table.
extension MentionPass {
  /// "his Turkish counterpart Recep Tayyip Erdogan", "her Moldovan
  /// counterpart, Nicu Popescu", "Russia's counterpart Sergei Lavrov": a
  /// person of the state named before one of `counterpart-nouns`. The
  /// noun is no title: the person gets the state, not a role.
  mutating func findCounterparts(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    // (Asked of each word by its id: no copy of the token.)
    let nouns = index.words.counterpartNouns
    guard nouns.occurs(in: paragraph.lists) else { return }
    for noun in 1..<max(1, tokens.count) where nouns.contains(tokens[noun]) {
      // The state: an adjective of state, or a state's possessive.
      var owner = noun - 1
      if index.words.possessiveMarkers.contains(tokens[owner]) { owner -= 1 }
      guard owner >= 0, let state = paragraph.mentions.ending(at: owner),
        state.entityKind == .state,
        state.isDemonym || owner < noun - 1
      else { continue }
      var start = noun + 1
      // ", Nicu Popescu,": the name set off by commas, maybe after a title
      // (", Foreign Minister Sergei Lavrov,").
      if start < tokens.count, tokens[start].isMark(",") {
        start += 1
        if let title = index.titles.match(tokens, at: start) { start += title.length }
      }
      // (A person a title already found gets the state.)
      if start < tokens.count, let titled = paragraph.mentions.starting(at: start),
        titled.entityKind == .person
      {
        builder.setCountry(state.entity, of: titled.entity)
        continue
      }
      guard start < tokens.count, !paragraph.mentions.covers(start),
        let name = nameRun(tokens, from: start, mentions: paragraph.mentions),
        name.count >= 2 || knownPerson(surname: tokens[name.lowerBound].text) != nil,
        !index.words.organizationHeads.contains(tokens[name.upperBound - 1])
      else { continue }
      let id = person(
        paragraph, name,
        evidence: paragraph.evidence(
          state.tokens.lowerBound..<name.upperBound, "person.counterpart", 0.8))
      builder.setCountry(state.entity, of: id)
      paragraph.mentions.add(Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
    }
  }
}
