extension MentionPass {
  /// "the opposition", "Venezuela's opposition", "the Syrian opposition": a
  /// party to talks with its government. It is the opposition of the state
  /// named with it, else of the last state the article named; one entity
  /// per state across the articles ("Venezuelan opposition").
  mutating func findOppositions(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    for position in tokens.indices
    where index.words.oppositionNouns.contains(tokens[position])
      && !paragraph.mentions.covers(position)
      // Not a title's first word ("Opposition leader Juan Guaidó").
      && index.titles.match(tokens, at: position) == nil
    {
      var start = position
      var state: String?
      if let owner = paragraph.mentions.ending(at: position - 1), stateKind(owner.entity) {
        // "the Syrian opposition"
        (start, state) = (owner.tokens.lowerBound, owner.entity)
      } else if position >= 2, index.words.possessiveMarkers.contains(tokens[position - 1]),
        let owner = paragraph.mentions.ending(at: position - 2), stateKind(owner.entity)
      {
        // "Venezuela's opposition"
        (start, state) = (owner.tokens.lowerBound, owner.entity)
      } else if position >= 1, index.words.definiteArticles.contains(tokens[position - 1]) {
        // "the opposition": the state last named before it.
        state =
          paragraph.mentions.within(0..<position).last(where: { stateKind($0.entity) })?.entity
          ?? lastState
      }
      guard let state, let actor = index.actorIndex[state] else { continue }
      let name =
        index.actor(actor).demonyms.first(where: {
          !index.words.pluralSuffixes.matches($0)
        }).map { "\($0) opposition" } ?? "Opposition in \(index.actor(actor).name)"
      let range = start..<position + 1
      let id = builder.other(
        name: name, kind: .organization,
        evidence: paragraph.evidence(range, "organization.opposition", 0.6))
      builder.setCountry(state, of: id)
      paragraph.mentions.replace(
        Mention(tokens: range, entity: id, kind: .organization, entityKind: .organization))
    }
  }

  /// Whether the lexicon actor `id` is a state.
  private func stateKind(_ id: String) -> Bool {
    index.actorIndex[id].map { index.actorKind($0) == .state } ?? false
  }
}
