/// The canonical JSON form of a dossier: fields in the order the IR reference
/// lists them, absent values and empty lists left out, attributes sorted by
/// name. `parley export -t json` writes it, and reading it back gives the
/// same dossier.
public enum CanonicalJSON {
  /// Writes `dossier` as one JSON document.
  public static func write(_ dossier: Dossier, to json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("parley", dossier.version, json)
    try field("id", dossier.id, json)
    try field("title", dossier.title, json)
    try field("description", dossier.description, json)
    try list("sources", dossier.sources, json, source)
    try list("entities", dossier.entities, json, entity)
    try list("issues", dossier.issues, json, issue)
    try list("talks", dossier.talks, json, talk)
    try list("positions", dossier.positions, json, position)
    try list("statements", dossier.statements, json, statement)
    try list("events", dossier.events, json, event)
    try list("relations", dossier.relations, json, relation)
    try json.endObject()
  }

  private static func source(_ source: Source, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", source.id, json)
    try field("title", source.title, json)
    try field("publisher", source.publisher, json)
    try field("url", source.url, json)
    try field("published", source.published?.description, json)
    try field("language", source.language, json)
    try field("text", source.text, json)
    try field("sha256", source.sha256, json)
    try json.endObject()
  }

  private static func entity(_ entity: Entity, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", entity.id, json)
    try field("kind", entity.kind.rawValue, json)
    try field("name", entity.name, json)
    try strings("aliases", entity.aliases, json)
    try list("roles", entity.roles, json) { (role: Role, json: JSONWriter) throws(ParleyError) in
      try json.beginObject()
      try field("title", role.title, json)
      try field("of", role.of, json)
      try field("from", role.from?.description, json)
      try field("until", role.until?.description, json)
      try json.endObject()
    }
    try field("country", entity.country, json)
    if !entity.attributes.isEmpty {
      try json.key("attributes")
      try json.beginObject()
      for name in entity.attributes.keys.sorted() {
        try json.key(name)
        switch entity.attributes[name]! {
        case .string(let text): try json.string(text)
        case .integer(let number): try json.number(number)
        case .number(let number): try json.number(number)
        case .boolean(let flag): try json.bool(flag)
        }
      }
      try json.endObject()
    }
    try provenance(entity.sources, json)
    try json.endObject()
  }

  private static func issue(_ issue: Issue, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", issue.id, json)
    try field("label", issue.label, json)
    try field("description", issue.description, json)
    try strings("keywords", issue.keywords, json)
    try json.endObject()
  }

  private static func talk(_ talk: Talk, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", talk.id, json)
    try field("name", talk.name, json)
    try field("kind", talk.kind.rawValue, json)
    try field("date", talk.date?.description, json)
    try field("venue", talk.venue, json)
    try strings("parties", talk.parties, json)
    try list("participants", talk.participants, json) {
      (participant: Participant, json: JSONWriter) throws(ParleyError) in
      try json.beginObject()
      try field("entity", participant.entity, json)
      try field("role", participant.role, json)
      try field("party", participant.party, json)
      try json.endObject()
    }
    try strings("issues", talk.issues, json)
    try field("outcome", talk.outcome, json)
    try field("duration", talk.duration?.description, json)
    try provenance(talk.sources, json)
    try json.endObject()
  }

  private static func position(_ position: Position, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", position.id, json)
    try field("holder", position.holder, json)
    try field("issue", position.issue, json)
    try field("stance", position.stance.rawValue, json)
    try field("date", position.date?.description, json)
    try field("talk", position.talk, json)
    try field("summary", position.summary, json)
    try strings("evidence", position.evidence, json)
    try provenance(position.sources, json)
    try json.endObject()
  }

  private static func statement(_ statement: Statement, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", statement.id, json)
    try field("speaker", statement.speaker, json)
    try field("text", statement.text, json)
    try field("mode", statement.mode.rawValue, json)
    try field("date", statement.date?.description, json)
    try field("talk", statement.talk, json)
    try strings("issues", statement.issues, json)
    try provenance(statement.sources, json)
    try json.endObject()
  }

  private static func event(_ event: Event, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", event.id, json)
    try field("date", event.date?.description, json)
    try field("kind", event.kind.rawValue, json)
    try field("title", event.title, json)
    try field("summary", event.summary, json)
    try strings("actors", event.actors, json)
    try strings("targets", event.targets, json)
    try field("location", event.location, json)
    try field("talk", event.talk, json)
    try strings("issues", event.issues, json)
    try field("cameo", event.cameo, json)
    try provenance(event.sources, json)
    try json.endObject()
  }

  private static func relation(_ relation: Relation, _ json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try field("id", relation.id, json)
    try field("kind", relation.kind.rawValue, json)
    try field("from", relation.from, json)
    try field("to", relation.to, json)
    try field("since", relation.since?.description, json)
    try field("until", relation.until?.description, json)
    try provenance(relation.sources, json)
    try json.endObject()
  }

  private static func provenance(_ entries: [Provenance], _ json: JSONWriter) throws(ParleyError) {
    try list("sources", entries, json) {
      (entry: Provenance, json: JSONWriter) throws(ParleyError) in
      try json.beginObject()
      try field("source", entry.source, json)
      if let span = entry.span {
        try json.key("span")
        try json.beginArray()
        try json.number(span.start)
        try json.number(span.end)
        try json.endArray()
      }
      try field("quote", entry.quote, json)
      if let confidence = entry.confidence {
        try json.key("confidence")
        try json.number(confidence)
      }
      try field("method", entry.method?.rawValue, json)
      try field("rule", entry.rule, json)
      try json.endObject()
    }
  }

  private static func field(_ key: String, _ value: String?, _ json: JSONWriter) throws(ParleyError)
  {
    guard let value else { return }
    try json.key(key)
    try json.string(value)
  }

  private static func strings(_ key: String, _ values: [String], _ json: JSONWriter)
    throws(ParleyError)
  {
    guard !values.isEmpty else { return }
    try json.key(key)
    try json.beginArray()
    for value in values { try json.string(value) }
    try json.endArray()
  }

  private static func list<T>(
    _ key: String, _ values: [T], _ json: JSONWriter,
    _ write: (T, JSONWriter) throws(ParleyError) -> Void
  ) throws(ParleyError) {
    guard !values.isEmpty else { return }
    try json.key(key)
    try json.beginArray()
    for value in values { try write(value, json) }
    try json.endArray()
  }
}

/// The `json` format: the dossier's canonical JSON, the IR's own interchange
/// form.
public struct CanonicalJSONExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  /// `json`, with a `--compact` flag.
  public let format = FormatDescriptor(
    id: "json", aliases: ["parley-json", "ir"], name: "Parley IR (canonical JSON)",
    mediaType: "application/json", fileExtension: "json",
    summary: "The IR itself as canonical JSON: stable field order, reads back losslessly.",
    options: [.flag("compact", help: "Write JSON on one line instead of pretty-printed.")])

  /// Writes the canonical JSON.
  public func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws(ParleyError)
  {
    let json = JSONWriter(output: output, pretty: !options.flag("compact"))
    try CanonicalJSON.write(dossier, to: json)
    try json.finish()
  }
}
