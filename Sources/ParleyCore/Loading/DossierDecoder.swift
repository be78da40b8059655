/// Turns a syntax tree into a ``Dossier``, reporting every structural problem:
/// unknown or misspelled fields, wrong types, missing required fields,
/// malformed dates and durations.
struct DossierDecoder {
  let log: DecodeLog
  /// Ids of entities whose kind could not be read; references to them are
  /// not checked for kind.
  private(set) var droppedIDs: Set<String> = []

  init(file: String?) { log = DecodeLog(file: file) }

  /// The top-level lists of records, which a streaming reader hands over one
  /// record at a time.
  static let collections: Set<String> = [
    "sources", "entities", "issues", "talks", "positions", "statements", "events", "relations",
  ]

  /// Records decoded one by one as a streaming reader parses them.
  private var streamed = Dossier(id: "", title: "")
  private var streamedKeys: Set<String> = []

  /// Decodes element `index` of the top-level list `collection` and drops its
  /// tree: big dossiers never hold their whole syntax tree.
  mutating func decodeElement(of collection: String, at index: Int, _ node: SyntaxNode) {
    streamedKeys.insert(collection)
    let path = IRPath.root.appending(collection).appending(index)
    switch collection {
    case "sources": if let record = readSource(node, path) { streamed.sources.append(record) }
    case "entities": if let record = readEntity(node, path) { streamed.entities.append(record) }
    case "issues": if let record = readIssue(node, path) { streamed.issues.append(record) }
    case "talks": if let record = readTalk(node, path) { streamed.talks.append(record) }
    case "positions": if let record = readPosition(node, path) { streamed.positions.append(record) }
    case "statements":
      if let record = readStatement(node, path) { streamed.statements.append(record) }
    case "events": if let record = readEvent(node, path) { streamed.events.append(record) }
    case "relations": if let record = readRelation(node, path) { streamed.relations.append(record) }
    default: break
    }
  }

  /// Decodes the rest of the dossier once its top level is parsed: `root`
  /// holds its scalar fields, and empty lists where records were streamed.
  mutating func decode(_ root: SyntaxNode) throws(ParleyError) -> Dossier? {
    let topLevel = [
      "parley", "id", "title", "description", "sources", "entities", "issues", "talks",
      "positions", "statements", "events", "relations",
    ]
    guard let top = FieldReader(root, path: .root, log: log, allowed: topLevel, what: "a dossier")
    else { return nil }
    let version = try checkVersion(top)
    let id = top.id("id", required: true)
    let title = top.string("title", required: true)
    var dossier = Dossier(
      version: version ?? IRVersion.current.description, id: id ?? "",
      title: title ?? "", description: top.string("description"))
    func records<T>(
      _ key: String, _ streamed: [T], _ read: (SyntaxNode, IRPath) -> T?
    ) -> [T] {
      streamedKeys.contains(key) ? streamed : top.objects(key, read)
    }
    dossier.sources = records("sources", streamed.sources) { readSource($0, $1) }
    dossier.entities = records("entities", streamed.entities) { readEntity($0, $1) }
    dossier.issues = records("issues", streamed.issues) { readIssue($0, $1) }
    dossier.talks = records("talks", streamed.talks) { readTalk($0, $1) }
    dossier.positions = records("positions", streamed.positions) { readPosition($0, $1) }
    dossier.statements = records("statements", streamed.statements) { readStatement($0, $1) }
    dossier.events = records("events", streamed.events) { readEvent($0, $1) }
    dossier.relations = records("relations", streamed.relations) { readRelation($0, $1) }
    streamed = Dossier(id: "", title: "")
    return dossier
  }

  /// An unknown major version stops decoding at once: its fields would only
  /// produce noise.
  private func checkVersion(_ top: FieldReader) throws(ParleyError) -> String? {
    guard let text = top.string("parley", required: true) else { return nil }
    guard let version = IRVersion(text) else {
      top.log.report(
        IRPath.root.appending("parley"), at: top.value("parley"),
        "\"\(text)\" is not an IR version", hint: "write parley: \"\(IRVersion.current)\"")
      return text
    }
    if version.major != IRVersion.current.major {
      throw .invalidInput([
        Diagnostic(
          file: log.file, path: IRPath.root.appending("parley"),
          location: top.value("parley")?.location,
          message:
            "IR version \(version) is not supported: this Parley reads version \(IRVersion.current.major).x",
          hint: version.major > IRVersion.current.major
            ? "upgrade Parley to read it" : "convert the file to version \(IRVersion.current)")
      ])
    }
    return text
  }

  /// A record is kept even when some fields are wrong, with placeholders for
  /// them, so the validator can still check its references and report every
  /// problem in one run. The placeholders never escape: any problem fails the
  /// load. Only a record without an id is dropped.
  private func keep<T>(_ id: String?, _ build: (String) -> T) -> T? {
    id.map(build)
  }

  private func provenance(_ fields: FieldReader) -> [Provenance] {
    fields.objects("sources") { node, path in
      let allowed = ["source", "span", "quote", "confidence", "method", "rule"]
      guard
        let f = FieldReader(
          node, path: path, log: log, allowed: allowed, what: "a provenance entry")
      else { return nil }
      let source = f.id("source", required: true)
      let entry = Provenance(
        source: source ?? "", span: f.span("span"), quote: f.string("quote"),
        confidence: f.double("confidence"), method: f.choice("method"), rule: f.string("rule"))
      return source == nil ? nil : entry
    }
  }

  private mutating func readSource(_ node: SyntaxNode, _ path: IRPath) -> Source? {
    let allowed = ["id", "title", "publisher", "url", "published", "language", "text", "sha256"]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "a source") else {
      return nil
    }
    let id = f.id("id", required: true)
    let title = f.string("title", required: true)
    let source = Source(
      id: id ?? "", title: title ?? "", publisher: f.string("publisher"), url: f.string("url"),
      published: f.date("published"), language: f.string("language"), text: f.string("text"),
      sha256: f.string("sha256"))
    return keep(id) { _ in source }
  }

  private mutating func readEntity(_ node: SyntaxNode, _ path: IRPath) -> Entity? {
    let allowed = ["id", "kind", "name", "aliases", "roles", "country", "attributes", "sources"]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "an entity")
    else {
      return nil
    }
    let id = f.id("id", required: true)
    let kind: Entity.Kind? = f.choice("kind", required: true)
    let name = f.string("name", required: true)
    let roles = f.objects("roles") { node, path -> Role? in
      let allowed = ["title", "of", "from", "until"]
      guard let r = FieldReader(node, path: path, log: log, allowed: allowed, what: "a role"),
        let title = r.string("title", required: true)
      else { return nil }
      return Role(title: title, of: r.id("of"), from: r.date("from"), until: r.date("until"))
    }
    let aliases = f.strings("aliases")
    let country = f.id("country")
    let attributes = f.attributes("attributes")
    let sources = provenance(f)
    if kind == nil, let id { droppedIDs.insert(id) }
    return keep(id) { id in
      Entity(
        id: id, kind: kind ?? .other, name: name ?? "", aliases: aliases, roles: roles,
        country: country,
        attributes: attributes, sources: sources)
    }
  }

  private mutating func readIssue(_ node: SyntaxNode, _ path: IRPath) -> Issue? {
    let allowed = ["id", "label", "description", "keywords"]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "an issue") else {
      return nil
    }
    let id = f.id("id", required: true)
    let label = f.string("label", required: true)
    let issue = Issue(
      id: id ?? "", label: label ?? "", description: f.string("description"),
      keywords: f.strings("keywords"))
    return keep(id) { _ in issue }
  }

  private mutating func readTalk(_ node: SyntaxNode, _ path: IRPath) -> Talk? {
    let allowed = [
      "id", "name", "kind", "date", "venue", "parties", "participants", "issues", "outcome",
      "duration", "sources",
    ]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "a talk") else {
      return nil
    }
    let id = f.id("id", required: true)
    let name = f.string("name", required: true)
    let kind: Talk.Kind? = f.choice("kind", required: true)
    let participants = f.objects("participants") { node, path -> Participant? in
      let allowed = ["entity", "role", "party"]
      guard
        let p = FieldReader(node, path: path, log: log, allowed: allowed, what: "a participant"),
        let entity = p.id("entity", required: true)
      else { return nil }
      return Participant(entity: entity, role: p.string("role"), party: p.id("party"))
    }
    let date = f.date("date")
    let venue = f.id("venue")
    let parties = f.strings("parties", ids: true)
    let issues = f.strings("issues", ids: true)
    let outcome = f.string("outcome")
    let duration = f.duration("duration")
    let sources = provenance(f)
    return keep(id) { id in
      Talk(
        id: id, name: name ?? "", kind: kind ?? .other, date: date, venue: venue, parties: parties,
        participants: participants, issues: issues, outcome: outcome, duration: duration,
        sources: sources)
    }
  }

  private mutating func readPosition(_ node: SyntaxNode, _ path: IRPath) -> Position? {
    let allowed = [
      "id", "holder", "issue", "stance", "date", "talk", "summary", "evidence", "sources",
    ]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "a position")
    else {
      return nil
    }
    let id = f.id("id", required: true)
    let holder = f.id("holder", required: true)
    let issue = f.id("issue", required: true)
    let stance: Stance? = f.choice("stance", required: true)
    let date = f.date("date")
    let talk = f.id("talk")
    let summary = f.string("summary")
    let evidence = f.strings("evidence", ids: true)
    let sources = provenance(f)
    return keep(id) { id in
      Position(
        id: id, holder: holder ?? "", issue: issue ?? "", stance: stance ?? .open, date: date,
        talk: talk,
        summary: summary, evidence: evidence, sources: sources)
    }
  }

  private mutating func readStatement(_ node: SyntaxNode, _ path: IRPath) -> Statement? {
    let allowed = ["id", "speaker", "text", "mode", "date", "talk", "issues", "sources"]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "a statement")
    else {
      return nil
    }
    let id = f.id("id", required: true)
    let speaker = f.id("speaker", required: true)
    let text = f.string("text", required: true)
    let mode: Statement.Mode? = f.choice("mode", required: true)
    let date = f.date("date")
    let talk = f.id("talk")
    let issues = f.strings("issues", ids: true)
    let sources = provenance(f)
    return keep(id) { id in
      Statement(
        id: id, speaker: speaker ?? "", text: text ?? "", mode: mode ?? .direct, date: date,
        talk: talk, issues: issues,
        sources: sources)
    }
  }

  private mutating func readEvent(_ node: SyntaxNode, _ path: IRPath) -> Event? {
    let allowed = [
      "id", "date", "kind", "title", "summary", "actors", "targets", "location", "talk", "issues",
      "cameo", "sources",
    ]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "an event") else {
      return nil
    }
    let id = f.id("id", required: true)
    let kind: Event.Kind? = f.choice("kind", required: true)
    let title = f.string("title", required: true)
    let date = f.date("date")
    let summary = f.string("summary")
    let actors = f.strings("actors", ids: true)
    let targets = f.strings("targets", ids: true)
    let location = f.id("location")
    let talk = f.id("talk")
    let issues = f.strings("issues", ids: true)
    let cameo = f.string("cameo")
    let sources = provenance(f)
    return keep(id) { id in
      Event(
        id: id, date: date, kind: kind ?? .other, title: title ?? "", summary: summary,
        actors: actors,
        targets: targets, location: location, talk: talk, issues: issues, cameo: cameo,
        sources: sources)
    }
  }

  private mutating func readRelation(_ node: SyntaxNode, _ path: IRPath) -> Relation? {
    let allowed = ["id", "kind", "from", "to", "since", "until", "sources"]
    guard let f = FieldReader(node, path: path, log: log, allowed: allowed, what: "a relation")
    else {
      return nil
    }
    let id = f.id("id", required: true)
    let kind: Relation.Kind? = f.choice("kind", required: true)
    let from = f.id("from", required: true)
    let to = f.id("to", required: true)
    let since = f.date("since")
    let until = f.date("until")
    let sources = provenance(f)
    return keep(id) { id in
      Relation(
        id: id, kind: kind ?? .other, from: from ?? "", to: to ?? "", since: since, until: until,
        sources: sources)
    }
  }
}
