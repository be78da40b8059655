import ParleyCore

/// Turns the builder's merged drafts into a dossier with stable ids, in the
/// order things were first reported.
struct DossierAssembly {
  let builder: DraftBuilder
  let lexiconVersion: String

  func dossier(id: String, title: String) -> Dossier {
    let sourceIDs = self.sourceIDs()
    // (Marks, not a full scalar table, for every article at once.)
    let texts = builder.articles.map { ScalarMarks($0.text) }
    // Each rule's name with the lexicon's version, made once per rule.
    var ruleNames: [String: String] = [:]
    func provenance(_ evidence: [Evidence]) -> [Provenance] {
      evidence.map { item in
        let rule: String
        if let named = ruleNames[item.rule] {
          rule = named
        } else {
          rule = "\(item.rule)@\(lexiconVersion)"
          ruleNames[item.rule] = rule
        }
        return Provenance(
          source: sourceIDs[item.article],
          span: TextSpan(start: item.span.lowerBound, end: item.span.upperBound),
          quote: texts[item.article].string(item.span),
          confidence: (item.confidence * 100).rounded() / 100,
          method: .extracted, rule: rule)
      }
    }
    var used = Set<String>()
    // Talks
    var talkIDs: [Int: String] = [:]
    var talks: [Talk] = []
    for (number, draft) in builder.talks.enumerated() {
      let talkID = unique(
        "talk-\(draft.venue ?? draft.state ?? (draft.isPlaceless ? "meeting" : "call"))-\(draft.date.map { slug($0.description) } ?? "undated")",
        &used)
      talkIDs[number] = talkID
      talks.append(
        Talk(
          id: talkID, name: draft.name, kind: draft.kind, date: draft.date, venue: draft.venue,
          parties: draft.parties, participants: draft.participants, issues: draft.issues,
          duration: draft.duration, sources: provenance(draft.evidence)))
    }
    // Statements, numbered per speaker in order of appearance.
    var perSpeaker: [String: Int] = [:]
    let statements = builder.statements.map { draft in
      perSpeaker[draft.speaker, default: 0] += 1
      return Statement(
        id: unique("stmt-\(draft.speaker)-\(perSpeaker[draft.speaker]!)", &used),
        speaker: draft.speaker, text: draft.text, mode: draft.mode, date: draft.date,
        talk: draft.talk.flatMap { talkIDs[$0] }, issues: draft.issues,
        sources: provenance(draft.evidence))
    }
    let positions = builder.positions.map { draft in
      Position(
        id: unique(
          "pos-\(draft.holder)-\(draft.issue)-\(draft.stance.rawValue)"
            + (draft.date.map { "-" + slug($0.description) } ?? ""), &used),
        holder: draft.holder, issue: draft.issue, stance: draft.stance, date: draft.date,
        talk: draft.talk.flatMap { talkIDs[$0] }, sources: provenance(draft.evidence))
    }
    // A dated talk is also a meeting on the timeline: CAMEO 046, engage in
    // negotiation; a call is 041, discuss by telephone. Not a talk that
    // ended in an agreement that day: the agreement's event tells it (one
    // on its last day between two of its sides at least, or people of
    // them).
    // (The agreements of each day, so that many talks and agreements stay
    // linear.)
    var agreementsOn: [String: [DraftBuilder.EventDraft]] = [:]
    for event in builder.events where event.kind == .agreement && event.date.precision == .day {
      agreementsOn[event.date.description, default: []].append(event)
    }
    func endsInAgreement(_ draft: DraftBuilder.TalkDraft, _ date: EDTFDate) -> Bool {
      guard let last = date.description.split(separator: "/").last,
        let agreements = agreementsOn[String(last)]
      else { return false }
      let sides = Set(draft.parties)
      // (An actor is a side, a person of one, or a group of them: "the
      // P5+1".)
      func sidesOf(_ actor: String) -> [String] {
        if sides.contains(actor) { return [actor] }
        let party = builder.party(of: actor)
        let members = party.flatMap { builder.index.forumMembers[$0] } ?? [party].compactMap { $0 }
        return members.filter(sides.contains)
      }
      return agreements.prefix(DraftBuilder.dayCandidates).contains { agreement in
        Set(agreement.actors.flatMap(sidesOf)).count >= 2
      }
    }
    var talkEvents: [Event] = []
    for (number, draft) in builder.talks.enumerated() {
      guard let date = draft.date, let talkID = talkIDs[number], !endsInAgreement(draft, date)
      else { continue }
      let evidence = draft.evidence.prefix(1).map {
        Evidence(
          article: $0.article, span: $0.span, rule: "event.talk-held", confidence: $0.confidence)
      }
      talkEvents.append(
        Event(
          id: unique("ev-meeting-\(slug(date.description))", &used), date: date, kind: .meeting,
          title: draft.name, actors: draft.parties, location: draft.venue, talk: talkID,
          issues: draft.issues, cameo: draft.kind == .call ? "041" : "046",
          sources: provenance(evidence)))
    }
    // A cue such as "held talks" on a talk's day is that talk's event.
    // (Also that of a talk whose agreement tells it.)
    let talkDays = Set(
      builder.talks.indices.compactMap { talkIDs[$0] == nil ? nil : builder.talks[$0].date })
    let cued = builder.events.filter { !($0.kind == .meeting && talkDays.contains($0.date)) }
    let events =
      talkEvents
      + cued.map { draft in
        Event(
          id: unique("ev-\(draft.kind.rawValue)-\(slug(draft.date.description))", &used),
          date: draft.date, kind: draft.kind, title: draft.title, actors: draft.actors,
          targets: draft.targets, location: draft.location, issues: draft.issues,
          cameo: draft.cameo, sources: provenance(draft.evidence))
      }
    // Entities: everything named in a body paragraph, plus what records refer to.
    var referenced = Set<String>()
    for talk in talks {
      referenced.formUnion(
        talk.parties + talk.participants.flatMap { [$0.entity] + [$0.party].compactMap { $0 } })
      if let venue = talk.venue { referenced.insert(venue) }
    }
    referenced.formUnion(statements.map(\.speaker) + positions.map(\.holder))
    referenced.formUnion(
      events.flatMap { $0.actors + $0.targets + [$0.location].compactMap { $0 } })
    var entities: [Entity] = []
    var entityIDs = Set<String>()
    let kept = builder.orderedEntities.filter {
      !$0.evidence.isEmpty || referenced.contains($0.id)
    }
    let keptIDs = Set(kept.map(\.id))
    for draft in kept {
      // A place's country is named only if the articles name it too.
      let country =
        draft.kind == .place && !keptIDs.contains(draft.country ?? "") ? nil : draft.country
      entities.append(
        Entity(
          id: draft.id, kind: draft.kind, name: draft.name, aliases: draft.aliases,
          roles: draft.roles, country: country, sources: provenance(draft.evidence)))
      entityIDs.insert(draft.id)
    }
    // A role or country may name an actor with no mention of its own.
    for entity in entities {
      for other in entity.roles.compactMap(\.of) + [entity.country].compactMap({ $0 })
      where !entityIDs.contains(other) {
        if let draft = builder.entity(other) {
          entities.append(Entity(id: draft.id, kind: draft.kind, name: draft.name))
          entityIDs.insert(other)
        }
      }
    }
    if referenced.contains(DraftBuilder.unknownSpeaker) {
      entities.append(
        Entity(
          id: DraftBuilder.unknownSpeaker, kind: .other, name: builder.index.label(.unknownSpeaker),
          attributes: ["note": .string("quotes no rule could attribute; review them")]))
    }
    // Issues the records name: the lexicon's in its order, then new ones as found.
    var issueIDs = Set(positions.map(\.issue))
    issueIDs.formUnion(
      statements.flatMap(\.issues) + talks.flatMap(\.issues) + events.flatMap(\.issues))
    let issues =
      builder.index.lexicon.issues.filter { issueIDs.contains($0.id) }.map {
        Issue(id: $0.id, label: $0.label, keywords: $0.keywords)
      } + builder.newIssues.filter { issueIDs.contains($0.id) }
    return Dossier(
      id: id, title: title,
      description:
        "Drafted by parley ingest with lexicon \(lexiconVersion); every record is extracted and needs review.",
      sources: sources(sourceIDs), entities: entities, issues: issues, talks: talks,
      positions: positions, statements: statements, events: events)
  }

  private func sourceIDs() -> [String] {
    var used = Set<String>()
    return builder.articles.map { article in
      if let given = article.givenID { return unique(slug(given), &used) }
      let file = Self.fileName(article.origin)
      let stem = file.split(separator: ".").dropLast().joined(separator: ".")
      return unique("src-" + slug(stem.isEmpty ? file : stem), &used)
    }
  }

  private func sources(_ ids: [String]) -> [Source] {
    zip(ids, builder.articles).map { id, article in
      let file = Self.fileName(article.origin)
      return Source(
        id: id, title: article.title ?? "Untitled (\(file))", publisher: article.publisher,
        url: article.url, published: article.published, language: article.language,
        text: article.text)
    }
  }

  /// The last piece of `origin` between slashes (its file name), or all of
  /// it when it has no piece; read by scalars, as a path's slashes stand
  /// alone.
  private static func fileName(_ origin: String) -> String {
    origin.pieces(separatedBy: "/").last ?? origin
  }

  private func unique(_ base: String, _ used: inout Set<String>) -> String {
    var candidate = base
    var counter = 2
    while !used.insert(candidate).inserted || builder.entity(candidate) != nil {
      candidate = "\(base)-\(counter)"
      counter += 1
    }
    return candidate
  }
}
