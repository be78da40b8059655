import ParleyCore
import ParleyLibXML

/// Walks a dossier and writes each record as docs/xml.md lays out.
struct XMLDossierWriter {
  let writer: XMLStreamWriter

  func write(_ dossier: Dossier, replaced: inout Int) throws(XMLDiagnostic) {
    var context = Context(writer: writer)
    try writer.startDocument()
    try writer.startElement("dossier")
    try writer.attribute("xmlns", XMLNames.namespace)
    try context.attribute("parley", dossier.version)
    try context.attribute("id", dossier.id)
    try context.text("title", dossier.title)
    try context.text("description", dossier.description)
    try context.collection("sources", dossier.sources) { c, source throws(XMLDiagnostic) in
      try c.open("source")
      try c.attribute("id", source.id)
      try c.date("published", source.published)
      try c.attribute("language", source.language)
      try c.attribute("url", source.url)
      try c.attribute("sha256", source.sha256)
      try c.text("title", source.title)
      try c.text("publisher", source.publisher)
      try c.text("text", source.text)
      try c.close()
    }
    try context.collection("entities", dossier.entities) { c, entity throws(XMLDiagnostic) in
      try c.open("entity")
      try c.attribute("id", entity.id)
      try c.attribute("kind", entity.kind.rawValue)
      try c.attribute("country", entity.country)
      try c.text("name", entity.name)
      for alias in entity.aliases { try c.text("alias", alias) }
      for role in entity.roles {
        try c.open("role")
        try c.attribute("of", role.of)
        try c.date("from", role.from)
        try c.date("until", role.until)
        try c.text("title", role.title)
        try c.close()
      }
      for name in entity.attributes.keys.sorted() {
        try c.open("attribute")
        try c.attribute("name", name)
        switch entity.attributes[name]! {
        case .string(let text):
          try c.attribute("type", "string")
          try c.content(text)
        case .integer(let number):
          try c.attribute("type", "integer")
          try c.content(String(number))
        case .number(let number):
          try c.attribute("type", "number")
          try c.content(number.description)
        case .boolean(let flag):
          try c.attribute("type", "boolean")
          try c.content(flag ? "true" : "false")
        }
        try c.close()
      }
      try c.provenance(entity.sources)
      try c.close()
    }
    try context.collection("issues", dossier.issues) { c, issue throws(XMLDiagnostic) in
      try c.open("issue")
      try c.attribute("id", issue.id)
      try c.text("label", issue.label)
      try c.text("description", issue.description)
      for keyword in issue.keywords { try c.text("keyword", keyword) }
      try c.close()
    }
    try context.collection("talks", dossier.talks) { c, talk throws(XMLDiagnostic) in
      try c.open("talk")
      try c.attribute("id", talk.id)
      try c.attribute("kind", talk.kind.rawValue)
      try c.date("date", talk.date)
      try c.attribute("venue", talk.venue)
      try c.attribute("duration", talk.duration?.description)
      try c.text("name", talk.name)
      try c.references("party", talk.parties)
      for participant in talk.participants {
        try c.open("participant")
        try c.attribute("entity", participant.entity)
        try c.attribute("party", participant.party)
        try c.text("role", participant.role)
        try c.close()
      }
      try c.references("issue", talk.issues)
      try c.text("outcome", talk.outcome)
      try c.provenance(talk.sources)
      try c.close()
    }
    try context.collection("positions", dossier.positions) { c, position throws(XMLDiagnostic) in
      try c.open("position")
      try c.attribute("id", position.id)
      try c.attribute("holder", position.holder)
      try c.attribute("issue", position.issue)
      try c.attribute("stance", position.stance.rawValue)
      try c.date("date", position.date)
      try c.attribute("talk", position.talk)
      try c.text("summary", position.summary)
      try c.references("evidence", position.evidence)
      try c.provenance(position.sources)
      try c.close()
    }
    try context.collection("statements", dossier.statements) { c, statement throws(XMLDiagnostic) in
      try c.open("statement")
      try c.attribute("id", statement.id)
      try c.attribute("speaker", statement.speaker)
      try c.attribute("mode", statement.mode.rawValue)
      try c.date("date", statement.date)
      try c.attribute("talk", statement.talk)
      try c.text("text", statement.text)
      try c.references("issue", statement.issues)
      try c.provenance(statement.sources)
      try c.close()
    }
    try context.collection("events", dossier.events) { c, event throws(XMLDiagnostic) in
      try c.open("event")
      try c.attribute("id", event.id)
      try c.attribute("kind", event.kind.rawValue)
      try c.date("date", event.date)
      try c.attribute("location", event.location)
      try c.attribute("talk", event.talk)
      try c.attribute("cameo", event.cameo)
      try c.text("title", event.title)
      try c.text("summary", event.summary)
      try c.references("actor", event.actors)
      try c.references("target", event.targets)
      try c.references("issue", event.issues)
      try c.provenance(event.sources)
      try c.close()
    }
    try context.collection("relations", dossier.relations) { c, relation throws(XMLDiagnostic) in
      try c.open("relation")
      try c.attribute("id", relation.id)
      try c.attribute("kind", relation.kind.rawValue)
      try c.attribute("from", relation.from)
      try c.attribute("to", relation.to)
      try c.date("since", relation.since)
      try c.date("until", relation.until)
      try c.provenance(relation.sources)
      try c.close()
    }
    try writer.endElement()
    try writer.endDocument()
    replaced = context.replaced
  }

  /// The writer plus the count of characters replaced so far.
  struct Context {
    let writer: XMLStreamWriter
    var replaced = 0

    mutating func open(_ name: String) throws(XMLDiagnostic) { try writer.startElement(name) }
    func close() throws(XMLDiagnostic) { try writer.endElement() }

    mutating func attribute(_ name: String, _ value: String?) throws(XMLDiagnostic) {
      guard let value else { return }
      try writer.attribute(name, safe(value))
    }

    /// An EDTF date as written, and its precision for XPath and XSLT users.
    mutating func date(_ name: String, _ value: EDTFDate?) throws(XMLDiagnostic) {
      guard let value else { return }
      try writer.attribute(name, value.description)
      try writer.attribute(name + "-precision", value.precision.description)
    }

    mutating func text(_ name: String, _ value: String?) throws(XMLDiagnostic) {
      guard let value else { return }
      try writer.element(name, text: safe(value))
    }

    mutating func content(_ value: String) throws(XMLDiagnostic) {
      if !value.isEmpty { try writer.text(safe(value)) }
    }

    mutating func references(_ name: String, _ ids: [String]) throws(XMLDiagnostic) {
      for id in ids {
        try writer.startElement(name)
        try attribute("ref", id)
        try writer.endElement()
      }
    }

    mutating func collection<T>(
      _ name: String, _ records: [T], _ write: (inout Context, T) throws(XMLDiagnostic) -> Void
    ) throws(XMLDiagnostic) {
      guard !records.isEmpty else { return }
      try writer.startElement(name)
      for record in records { try write(&self, record) }
      try writer.endElement()
    }

    mutating func provenance(_ entries: [Provenance]) throws(XMLDiagnostic) {
      for entry in entries {
        try writer.startElement("provenance")
        try attribute("source", entry.source)
        try attribute("start", entry.span.map { String($0.start) })
        try attribute("end", entry.span.map { String($0.end) })
        try attribute("confidence", entry.confidence?.description)
        try attribute("method", entry.method?.rawValue)
        try attribute("rule", entry.rule)
        try text("quote", entry.quote)
        try writer.endElement()
      }
    }

    /// Text with the characters XML 1.0 forbids replaced by U+FFFD.
    private mutating func safe(_ text: String) -> String {
      guard !text.unicodeScalars.allSatisfy(XMLCharacters.isAllowed) else { return text }
      var result = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        if !XMLCharacters.isAllowed(scalar) {
          replaced += 1
          result.append("\u{FFFD}")
        } else {
          result.append(scalar)
        }
      }
      return String(result)
    }
  }
}
