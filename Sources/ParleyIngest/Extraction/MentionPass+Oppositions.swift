extension MentionPass {
  /// "the opposition", "Venezuela's opposition", "the Syrian opposition": a
  /// party to talks with its government. It is the opposition of the state
  /// named with it, else of the last state its paragraph named; one entity
  /// per state across the articles ("Venezuelan opposition").
  mutating func findOppositions(_ paragraph: inout Paragraph) {
    guard index.words.oppositionNouns.occurs(in: paragraph.lists) else { return }
    let tokens = paragraph.tokens
    for position in tokens.indices
    where index.words.oppositionNouns.contains(tokens[position])
      && !paragraph.mentions.covers(position)
      // Not a title's first word ("Opposition leader Juan Guaidó"), nor a
      // stance ("Hungary's opposition to Sweden's bid").
      && index.titles.match(tokens, at: position) == nil
      && !(position + 1 < tokens.count
        && index.words.oppositionStanceLinks.contains(tokens[position + 1]))
    {
      var start = position
      var id: String?
      if let owner = paragraph.mentions.ending(at: position - 1), stateKind(owner.entity),
        articled(tokens, owner.tokens.lowerBound - 1)
      {
        // "the Syrian opposition" (not "Despite U.S. opposition")
        start = owner.tokens.lowerBound
        id = opposition(of: owner.entity, paragraph, start..<position + 1)
      } else if position >= 2, index.words.possessiveMarkers.contains(tokens[position - 1]),
        let owner = paragraph.mentions.ending(at: position - 2), stateKind(owner.entity)
      {
        // "Venezuela's opposition"
        start = owner.tokens.lowerBound
        id = opposition(of: owner.entity, paragraph, start..<position + 1)
      } else if articled(tokens, position - 1) {
        // "the opposition": the one the article named, else that of the
        // state named before it in the paragraph.
        id =
          lastOpposition
          ?? paragraph.mentions.last(in: 0..<position, where: { stateKind($0.entity) })
          .flatMap { opposition(of: $0.entity, paragraph, position..<position + 1) }
      }
      guard let id else { continue }
      lastOpposition = id
      paragraph.mentions.replace(
        Mention(
          tokens: start..<position + 1, entity: id, kind: .organization,
          entityKind: .organization))
    }
  }

  /// The opposition of `state`, named from its demonym ("Venezuelan
  /// opposition"), with evidence `range`.
  private func opposition(of state: String, _ paragraph: Paragraph, _ range: Range<Int>)
    -> String?
  {
    guard let actor = index.actorIndex[state] else { return nil }
    let name =
      index.actor(actor).demonyms.first(where: { !index.words.pluralSuffixes.matches($0) })
      .map { "\($0) opposition" } ?? "Opposition in \(index.actor(actor).name)"
    let id = builder.other(
      name: name, kind: .organization,
      evidence: paragraph.evidence(range, "organization.opposition", 0.6))
    builder.setCountry(state, of: id)
    return id
  }

  /// Whether a definite article stands at `position`.
  private func articled(_ tokens: [Token], _ position: Int) -> Bool {
    position >= 0 && index.words.definiteArticles.contains(tokens[position])
  }

  /// Whether the lexicon actor `id` is a state.
  private func stateKind(_ id: String) -> Bool {
    index.actorIndex[id].map { index.actorKind($0) == .state } ?? false
  }
}
