/// Checks what the structure cannot: unique ids, references that resolve to
/// records of an allowed kind, provenance spans and quotes against source
/// texts, date order, ranges and hashes.
public struct Validator: Sendable {
  /// Creates a validator.
  public init() {}

  /// Every problem in the dossier, in document order.
  ///
  /// - Parameter tolerating: ids of records that exist but could not be read;
  ///   references to them are not reported.
  public func validate(_ dossier: Dossier, tolerating: Set<String> = []) -> [Diagnostic] {
    var run = ValidationRun(dossier: dossier, tolerated: tolerating)
    run.checkAll()
    return run.diagnostics
  }
}

/// What a reference may point to.
private enum Target: CustomStringConvertible {
  case source, issue, talk, statement
  case entity(Set<Entity.Kind>?)

  var description: String {
    switch self {
    case .source: "source"
    case .issue: "issue"
    case .talk: "talk"
    case .statement: "statement"
    case .entity(let kinds?): kinds.map(\.rawValue).sorted().joined(separator: " or ")
    case .entity(nil): "entity"
    }
  }
}

private struct ValidationRun {
  let dossier: Dossier
  var scalarCache: [String: [Unicode.Scalar]] = [:]
  let tolerated: Set<String>
  var diagnostics: [Diagnostic] = []
  private var sources: [String: Source] = [:]
  private var entities: [String: Entity] = [:]
  private var ids: [String: Set<String>] = [:]  // collection name → ids

  static let actors: Set<Entity.Kind> = [.state, .alliance, .organization, .person]
  static let parties: Set<Entity.Kind> = [.state, .alliance, .organization]

  init(dossier: Dossier, tolerated: Set<String>) {
    self.dossier = dossier
    self.tolerated = tolerated
  }

  private mutating func report(_ path: IRPath, _ message: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(path: path, message: message, hint: hint))
  }

  mutating func checkAll() {
    checkUniqueIDs()
    let root = IRPath.root
    for (i, source) in dossier.sources.enumerated() {
      let path = root.appending("sources").appending(i)
      if let sha = source.sha256,
        !(sha.utf8.count == 64
          && sha.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
      {
        report(
          path.appending("sha256"), "\"\(sha)\" is not a SHA-256 digest",
          hint: "write 64 lowercase hex digits")
      }
    }
    for (i, entity) in dossier.entities.enumerated() {
      let path = root.appending("entities").appending(i)
      check(entity.country, .entity([.state]), at: path.appending("country"))
      for (j, role) in entity.roles.enumerated() {
        let rolePath = path.appending("roles").appending(j)
        check(role.of, .entity(nil), at: rolePath.appending("of"))
        checkOrder(role.from, role.until, at: rolePath, names: ("from", "until"))
      }
      checkProvenance(entity.sources, at: path)
    }
    for (i, talk) in dossier.talks.enumerated() {
      let path = root.appending("talks").appending(i)
      check(talk.venue, .entity([.place]), at: path.appending("venue"))
      checkAll(talk.parties, .entity(Self.parties), at: path.appending("parties"))
      for (j, participant) in talk.participants.enumerated() {
        let participantPath = path.appending("participants").appending(j)
        check(participant.entity, .entity([.person]), at: participantPath.appending("entity"))
        check(participant.party, .entity(Self.parties), at: participantPath.appending("party"))
      }
      checkAll(talk.issues, .issue, at: path.appending("issues"))
      checkProvenance(talk.sources, at: path)
    }
    for (i, position) in dossier.positions.enumerated() {
      let path = root.appending("positions").appending(i)
      check(position.holder, .entity(Self.actors), at: path.appending("holder"))
      check(position.issue, .issue, at: path.appending("issue"))
      check(position.talk, .talk, at: path.appending("talk"))
      checkAll(position.evidence, .statement, at: path.appending("evidence"))
      checkProvenance(position.sources, at: path)
    }
    for (i, statement) in dossier.statements.enumerated() {
      let path = root.appending("statements").appending(i)
      check(statement.speaker, .entity(nil), at: path.appending("speaker"))
      check(statement.talk, .talk, at: path.appending("talk"))
      checkAll(statement.issues, .issue, at: path.appending("issues"))
      checkProvenance(statement.sources, at: path)
    }
    for (i, event) in dossier.events.enumerated() {
      let path = root.appending("events").appending(i)
      checkAll(event.actors, .entity(nil), at: path.appending("actors"))
      checkAll(event.targets, .entity(nil), at: path.appending("targets"))
      check(event.location, .entity([.place, .state]), at: path.appending("location"))
      check(event.talk, .talk, at: path.appending("talk"))
      checkAll(event.issues, .issue, at: path.appending("issues"))
      if let cameo = event.cameo,
        !((2...4).contains(cameo.count) && cameo.allSatisfy { $0.isASCII && $0.isNumber })
      {
        report(
          path.appending("cameo"), "\"\(cameo)\" is not a CAMEO code",
          hint: "CAMEO codes are 2 to 4 digits, e.g. \"036\"")
      }
      checkProvenance(event.sources, at: path)
    }
    for (i, relation) in dossier.relations.enumerated() {
      let path = root.appending("relations").appending(i)
      check(relation.from, .entity(nil), at: path.appending("from"))
      check(relation.to, .entity(nil), at: path.appending("to"))
      checkOrder(relation.since, relation.until, at: path, names: ("since", "until"))
      checkProvenance(relation.sources, at: path)
    }
  }

  private mutating func checkUniqueIDs() {
    // Where each id was first seen, as (collection, index): paths are built
    // only for the rare duplicate.
    var firstSeen: [String: (String, Int)] = [:]
    func visit(_ collection: String, _ recordIDs: [String], into run: inout ValidationRun) {
      var set: Set<String> = []
      set.reserveCapacity(recordIDs.count)
      for (i, id) in recordIDs.enumerated() {
        if let (firstCollection, firstIndex) = firstSeen[id] {
          let path = IRPath.root.appending(collection).appending(i).appending("id")
          let first = IRPath.root.appending(firstCollection).appending(firstIndex).appending("id")
          run.report(
            path, "duplicate id \"\(id)\", first used at \(first)",
            hint: "ids must be unique in the whole document")
        } else {
          firstSeen[id] = (collection, i)
        }
        set.insert(id)
      }
      run.ids[collection] = set
    }
    visit("sources", dossier.sources.map(\.id), into: &self)
    visit("entities", dossier.entities.map(\.id), into: &self)
    visit("issues", dossier.issues.map(\.id), into: &self)
    visit("talks", dossier.talks.map(\.id), into: &self)
    visit("positions", dossier.positions.map(\.id), into: &self)
    visit("statements", dossier.statements.map(\.id), into: &self)
    visit("events", dossier.events.map(\.id), into: &self)
    visit("relations", dossier.relations.map(\.id), into: &self)
    for source in dossier.sources where sources[source.id] == nil { sources[source.id] = source }
    for entity in dossier.entities where entities[entity.id] == nil { entities[entity.id] = entity }
  }

  private mutating func checkAll(_ references: [String], _ target: Target, at path: IRPath) {
    for (i, reference) in references.enumerated() {
      check(reference, target, at: path.appending(i))
    }
  }

  private mutating func check(_ reference: String?, _ target: Target, at path: IRPath) {
    guard let reference, !reference.isEmpty, !tolerated.contains(reference) else { return }
    let collection: String
    switch target {
    case .source: collection = "sources"
    case .issue: collection = "issues"
    case .talk: collection = "talks"
    case .statement: collection = "statements"
    case .entity(let kinds):
      if let entity = entities[reference] {
        if let kinds, !kinds.contains(entity.kind) {
          report(
            path,
            "\"\(reference)\" is \(article(entity.kind.rawValue)), but this must be \(article(target.description))",
            hint: "point to \(article(target.description)), or fix the kind of \"\(reference)\"")
        }
        return
      }
      collection = "entities"
    }
    let known = ids[collection] ?? []
    if known.contains(reference) { return }
    let noun = collection == "entities" ? "entity" : target.description
    let elsewhere = ids.first { $0.value.contains(reference) }?.key
    let hint =
      Suggestions.didYouMean(reference, in: known)
      ?? elsewhere.map { "\"\(reference)\" is in \($0), not \(collection)" }
      ?? "add it to \(collection) or correct the id"
    report(path, "unknown \(noun) \"\(reference)\"", hint: hint)
  }

  /// "a state", "an organization".
  private func article(_ noun: String) -> String {
    (noun.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + noun
  }

  private mutating func checkOrder(
    _ first: EDTFDate?, _ second: EDTFDate?, at path: IRPath, names: (String, String)
  ) {
    guard let first, let second, let start = first.start, let end = second.end, start > end else {
      return
    }
    report(
      path.appending(names.1), "\(names.1) \(second) is before \(names.0) \(first)",
      hint: "swap or correct the dates")
  }

  private mutating func checkProvenance(_ entries: [Provenance], at recordPath: IRPath) {
    for (i, entry) in entries.enumerated() {
      let path = recordPath.appending("sources").appending(i)
      check(entry.source, .source, at: path.appending("source"))
      if let confidence = entry.confidence, !(0...1).contains(confidence) {
        report(path.appending("confidence"), "confidence \(confidence) is outside 0–1")
      }
      guard let span = entry.span else { continue }
      guard span.start >= 0, span.start <= span.end else {
        report(
          path.appending("span"), "span [\(span.start), \(span.end)] is not a range",
          hint: "write [start, end] with 0 <= start <= end")
        continue
      }
      guard let text = sources[entry.source]?.text else { continue }
      // Spans index scalars: keep each source's scalars in an array, so that a
      // dossier with many spans is checked in linear time.
      let scalars: [Unicode.Scalar]
      if let cached = scalarCache[entry.source] {
        scalars = cached
      } else {
        scalars = Array(text.unicodeScalars)
        scalarCache[entry.source] = scalars
      }
      guard span.end <= scalars.count else {
        report(
          path.appending("span"),
          "span [\(span.start), \(span.end)] runs past the end of source \"\(entry.source)\" (\(scalars.count) characters)",
          hint: "offsets count Unicode scalars from 0")
        continue
      }
      guard let quote = entry.quote else { continue }
      if !scalars[span.start..<span.end].elementsEqual(quote.unicodeScalars) {
        let spanned = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        let found = quote.isEmpty ? nil : text.range(of: quote)
        let hint =
          found.map {
            let start = text.unicodeScalars.distance(
              from: text.unicodeScalars.startIndex, to: $0.lowerBound)
            return "the quote is at [\(start), \(start + quote.unicodeScalars.count)]"
          } ?? "the quote does not occur in the source text"
        report(
          path.appending("quote"),
          "quote does not match the text at span [\(span.start), \(span.end)]: \"\(spanned.prefix(60))\"",
          hint: hint)
      }
    }
  }
}
