import ParleyCore

/// How well a draft matches a curated dossier, collection by collection.
package struct Evaluation: Sendable, Equatable {
  /// Precision, recall and F1 of one collection.
  package struct Score: Sendable, Equatable {
    /// "entities", "talks", "statements", "positions" or "events".
    package var collection: String
    /// Draft records matched to a gold record (one to one).
    package var matched: Int
    /// Records in the draft.
    package var draft: Int
    /// Records in the gold dossier.
    package var gold: Int
    /// Matched draft records over all draft records.
    package var precision: Double { draft == 0 ? 0 : Double(matched) / Double(draft) }
    /// Matched gold records over all gold records.
    package var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    /// The harmonic mean of precision and recall.
    package var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// Which records of one collection matched, and which did not.
  package struct Details: Sendable, Equatable {
    /// "entities", "talks", "statements", "positions" or "events".
    package var collection: String
    /// Matched pairs of ids, (draft, gold), in draft order.
    package var matched: [Pair]
    /// Gold ids the draft missed, in gold order.
    package var missed: [String]
    /// Draft ids that match nothing in the gold dossier, in draft order.
    package var spurious: [String]
  }

  /// A draft id and the gold id it matched.
  package struct Pair: Sendable, Equatable {
    /// The draft record's id.
    package var draft: String
    /// The gold record's id.
    package var gold: String
  }

  /// Entities, talks, statements, positions and events, in that order.
  package var scores: [Score]
  /// The same collections' matches, misses and spurious records.
  package var details: [Details]
  /// Gold talks matched with exactly the same parties.
  package var exactTalks: Int
  /// Gold direct quotes that the draft has (by text).
  package var quotesFound: Int
  /// Of ``quotesFound``, those the draft gives the gold speaker.
  package var quotesWithRightSpeaker: Int
  /// Draft statements.
  package var draftQuotes: Int
  /// Draft statements whose speaker could not be found.
  package var unknownSpeakerQuotes: Int

  /// Share of found quotes attributed to the right speaker.
  package var speakerAccuracy: Double {
    quotesFound == 0 ? 0 : Double(quotesWithRightSpeaker) / Double(quotesFound)
  }
  /// Share of draft quotes with no speaker.
  package var unknownSpeakerShare: Double {
    draftQuotes == 0 ? 0 : Double(unknownSpeakerQuotes) / Double(draftQuotes)
  }
}

/// Scores a draft against a curated ("gold") dossier. The matching rules,
/// documented in docs/ingest.md:
///
/// - entities: a draft and a gold entity match when one's name or alias
///   equals one of the other's (case, diacritics and a leading "the" ignored),
///   an entity of the same kind first;
/// - dates agree when they are the same, or when one falls inside the
///   other (a day inside a gold interval or month, and the reverse); two
///   missing dates agree;
/// - talks: dates that agree, the same venue (through the entity matching;
///   both may be missing) and parties overlapping by half or more (Jaccard
///   index ≥ 0.5); "exact" when the parties are the same;
/// - statements: same speaker and at least half the words of the shorter
///   text in the longer;
/// - positions: same holder, stance and issue, issues matched by id, label or
///   a shared keyword (dates that agree score higher);
/// - events: dates that agree and the same kind (undated events: also an
///   actor in common).
///
/// Matching is one to one, best score first (ties in draft, then gold order).
package enum Evaluator {
  /// The evaluation of `draft` against `gold`.
  package static func evaluate(draft: Dossier, gold: Dossier) -> Evaluation {
    let unknown = "unknown-speaker"
    // Entities
    var entityMap: [String: String] = [:]
    var goldTaken = Set<String>()
    // Each name to the gold entities that have it, in gold order.
    var goldByName: [String: [Int]] = [:]
    for (index, entity) in gold.entities.enumerated() {
      for name in names(entity) { goldByName[name, default: []].append(index) }
    }
    let draftEntities = draft.entities.filter { $0.id != unknown }
    for entity in draftEntities {
      // The first gold entity, in gold order, that is free and shares a
      // name; one of the same kind first ("Beijing" the city, not the state
      // some gold gives it as an alias).
      let shared = names(entity).flatMap { goldByName[$0] ?? [] }.sorted().filter {
        !goldTaken.contains(gold.entities[$0].id)
      }
      if let match = shared.first(where: { gold.entities[$0].kind == entity.kind })
        ?? shared.first
      {
        entityMap[entity.id] = gold.entities[match].id
        goldTaken.insert(gold.entities[match].id)
      }
    }
    func mapped(_ id: String) -> String { entityMap[id] ?? "draft:" + id }
    var scores = [
      Evaluation.Score(
        collection: "entities", matched: entityMap.count, draft: draftEntities.count,
        gold: gold.entities.count)
    ]
    // Talks
    var exactTalks = 0
    let talkMatches = oneToOne(draft.talks, gold.talks) { mine, theirs in
      let mine = draft.talks[mine]
      let theirs = gold.talks[theirs]
      guard datesAgree(mine.date, theirs.date), mine.venue.map(mapped) == theirs.venue else {
        return nil
      }
      let a = Set(mine.parties.map(mapped))
      let b = Set(theirs.parties)
      // Jaccard index of the parties; two talks that name none agree.
      let jaccard =
        a.union(b).isEmpty ? 1 : Double(a.intersection(b).count) / Double(a.union(b).count)
      return jaccard >= 0.5 ? jaccard : nil
    }
    for (mine, theirs) in talkMatches
    where Set(draft.talks[mine].parties.map(mapped)) == Set(gold.talks[theirs].parties) {
      exactTalks += 1
    }
    scores.append(
      Evaluation.Score(
        collection: "talks", matched: talkMatches.count, draft: draft.talks.count,
        gold: gold.talks.count))
    // Statements
    let draftWords = draft.statements.map { wordSet($0.text) }
    let goldWords = gold.statements.map { wordSet($0.text) }
    let statementMatches = oneToOne(
      draft.statements, gold.statements, draftKey: { mapped($0.speaker) }, goldKey: \.speaker
    ) { mine, theirs in
      let score = overlap(draftWords[mine], goldWords[theirs])
      return score >= 0.5 ? score : nil
    }
    scores.append(
      Evaluation.Score(
        collection: "statements", matched: statementMatches.count, draft: draft.statements.count,
        gold: gold.statements.count))
    // Quote → speaker: gold direct quotes found by text alone.
    let goldQuoteIndexes = gold.statements.indices.filter { gold.statements[$0].mode == .direct }
    let goldQuotes = goldQuoteIndexes.map { gold.statements[$0] }
    let quoteMatches = oneToOne(draft.statements, goldQuotes) { mine, theirs in
      let score = overlap(draftWords[mine], goldWords[goldQuoteIndexes[theirs]])
      return score >= 0.5
        ? score + (mapped(draft.statements[mine].speaker) == goldQuotes[theirs].speaker ? 1 : 0)
        : nil
    }
    let rightSpeaker = quoteMatches.filter {
      mapped(draft.statements[$0.0].speaker) == goldQuotes[$0.1].speaker
    }.count
    // Positions
    let issueMap = issueAlignment(draft.issues, gold.issues)
    let positionMatches = oneToOne(
      draft.positions, gold.positions, draftKey: { mapped($0.holder) }, goldKey: \.holder
    ) { mine, theirs in
      let mine = draft.positions[mine]
      let theirs = gold.positions[theirs]
      return mine.stance == theirs.stance
        && (issueMap[mine.issue]?.contains(theirs.issue) ?? false)
        ? (datesAgree(mine.date, theirs.date) ? 2 : 1) : nil
    }
    scores.append(
      Evaluation.Score(
        collection: "positions", matched: positionMatches.count, draft: draft.positions.count,
        gold: gold.positions.count))
    // Undated events match only with an actor in common.
    let eventMatches = oneToOne(
      draft.events, gold.events, draftKey: \.kind.rawValue, goldKey: \.kind.rawValue
    ) { mine, theirs in
      let mine = draft.events[mine]
      let theirs = gold.events[theirs]
      guard datesAgree(mine.date, theirs.date) else { return nil }
      let shared = Set(mine.actors.map(mapped)).intersection(theirs.actors).count
      return mine.date != nil || shared > 0 ? 1 + Double(shared) : nil
    }
    scores.append(
      Evaluation.Score(
        collection: "events", matched: eventMatches.count, draft: draft.events.count,
        gold: gold.events.count))
    let entityPairs = draftEntities.indices.compactMap { index -> (Int, Int)? in
      guard let goldID = entityMap[draftEntities[index].id],
        let goldIndex = gold.entities.firstIndex(where: { $0.id == goldID })
      else { return nil }
      return (index, goldIndex)
    }
    let details = [
      details("entities", entityPairs, draftEntities.map(\.id), gold.entities.map(\.id)),
      details("talks", talkMatches, draft.talks.map(\.id), gold.talks.map(\.id)),
      details(
        "statements", statementMatches, draft.statements.map(\.id), gold.statements.map(\.id)),
      details("positions", positionMatches, draft.positions.map(\.id), gold.positions.map(\.id)),
      details("events", eventMatches, draft.events.map(\.id), gold.events.map(\.id)),
    ]
    return Evaluation(
      scores: scores, details: details, exactTalks: exactTalks, quotesFound: quoteMatches.count,
      quotesWithRightSpeaker: rightSpeaker, draftQuotes: draft.statements.count,
      unknownSpeakerQuotes: draft.statements.filter { $0.speaker == unknown }.count)
  }

  /// Whether two dates agree: the same, or one inside the other; two
  /// missing dates agree, one missing date does not.
  static func datesAgree(_ draft: EDTFDate?, _ gold: EDTFDate?) -> Bool {
    guard let draft, let gold else { return draft == nil && gold == nil }
    return draft.description == gold.description || gold.holds(draft) || draft.holds(gold)
  }

  /// The matches of one collection as ids, with the records left over.
  private static func details(
    _ collection: String, _ pairs: [(Int, Int)], _ draftIDs: [String], _ goldIDs: [String]
  ) -> Evaluation.Details {
    let matchedDraft = Set(pairs.map(\.0))
    let matchedGold = Set(pairs.map(\.1))
    return Evaluation.Details(
      collection: collection,
      matched: pairs.map { Evaluation.Pair(draft: draftIDs[$0.0], gold: goldIDs[$0.1]) },
      missed: goldIDs.indices.filter { !matchedGold.contains($0) }.map { goldIDs[$0] },
      spurious: draftIDs.indices.filter { !matchedDraft.contains($0) }.map { draftIDs[$0] })
  }

  /// Names of an entity, folded, without a leading "the".
  /// An entity's names and aliases as keys; a name with a qualifier in
  /// brackets ("Beijing (city)") also stands without it.
  static func names(_ entity: Entity) -> Set<String> {
    var keys = Set<String>()
    for name in [entity.name] + entity.aliases {
      var key = folded(name).trimmingWhitespace
      if key.hasPrefix("the ") { key = String(key.dropFirst(4)) }
      keys.insert(key)
      if key.hasSuffix(")"), let open = key.lastIndex(of: "("), open > key.startIndex {
        keys.insert(String(key[..<open]).trimmingWhitespace)
      }
    }
    return keys
  }

  /// For each draft issue, the gold issues it may stand for.
  static func issueAlignment(_ draft: [Issue], _ gold: [Issue]) -> [String: Set<String>] {
    func terms(_ issue: Issue) -> Set<String> {
      Set(([issue.id, issue.label] + issue.keywords).map { folded($0).trimmingWhitespace })
    }
    // A phrase of one inside a keyword of the other counts ("military
    // drills" in "limits on military drills"); single words do not.
    func related(_ a: Set<String>, _ b: Set<String>) -> Bool {
      if !a.isDisjoint(with: b) { return true }
      return a.contains { x in
        b.contains { y in
          (x.contains(" ") && containsWords(y, x)) || (y.contains(" ") && containsWords(x, y))
        }
      }
    }
    var result: [String: Set<String>] = [:]
    for issue in draft {
      let mine = terms(issue)
      result[issue.id] = Set(gold.filter { related(terms($0), mine) }.map(\.id))
    }
    return result
  }

  /// Whether `phrase` appears in `text` as whole words.
  static func containsWords(_ text: String, _ phrase: String) -> Bool {
    " \(text) ".contains(" \(phrase) ")
  }

  /// Greedy one-to-one matching: each draft record takes its best-scoring
  /// free gold record; `score` gets the two indexes. Returns (draft index,
  /// gold index) pairs.
  static func oneToOne<A, B>(_ draft: [A], _ gold: [B], score: (Int, Int) -> Double?) -> [(
    Int, Int
  )] {
    oneToOne(draft, gold, draftKey: { _ in "" }, goldKey: { _ in "" }, score: score)
  }

  /// Greedy one-to-one matching among records with the same key only (the
  /// same speaker, holder, kind): pairs across keys are never scored, so
  /// big dossiers are matched in time near their size, not its square.
  static func oneToOne<A, B>(
    _ draft: [A], _ gold: [B], draftKey: (A) -> String, goldKey: (B) -> String,
    score: (Int, Int) -> Double?
  ) -> [(Int, Int)] {
    var goldByKey: [String: [Int]] = [:]
    for (j, theirs) in gold.enumerated() { goldByKey[goldKey(theirs), default: []].append(j) }
    var candidates: [(Double, Int, Int)] = []
    for (i, mine) in draft.enumerated() {
      for j in goldByKey[draftKey(mine)] ?? [] {
        if let value = score(i, j) { candidates.append((value, i, j)) }
      }
    }
    candidates.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
    var usedDraft = Set<Int>()
    var usedGold = Set<Int>()
    var pairs: [(Int, Int)] = []
    for (_, i, j) in candidates where !usedDraft.contains(i) && !usedGold.contains(j) {
      usedDraft.insert(i)
      usedGold.insert(j)
      pairs.append((i, j))
    }
    return pairs.sorted { $0.0 < $1.0 }
  }
}
