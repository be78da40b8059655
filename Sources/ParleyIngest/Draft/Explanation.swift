import ParleyCore

/// Why each record of a draft exists, for `parley ingest --explain`: every
/// piece of evidence with its place in the article, rule and confidence.
package enum Explanation {
  /// The explanation of `dossier`, one block per record.
  package static func render(_ dossier: Dossier) -> String {
    let texts = Dictionary(
      dossier.sources.compactMap { source in
        source.text.map { (source.id, LineIndex(Array($0.unicodeScalars))) }
      },
      uniquingKeysWith: { a, _ in a })
    var lines: [String] = []
    func block(_ heading: String, _ sources: [Provenance]) {
      lines.append(heading)
      for item in sources {
        var place = item.source
        if let span = item.span, let lines = texts[item.source] {
          let (line, column) = lines.lineAndColumn(span.start)
          place += ":\(line):\(column)"
        }
        let confidence = item.confidence.map { " confidence \($0)" } ?? ""
        lines.append("  \(place)  \(item.rule ?? item.method?.rawValue ?? "curated")\(confidence)")
        if let quote = item.quote { lines.append("    “\(quote)”") }
      }
    }
    for entity in dossier.entities where !entity.sources.isEmpty {
      block("entity \(entity.id) (\(entity.kind.rawValue)): \(entity.name)", entity.sources)
    }
    for talk in dossier.talks {
      let date = talk.date?.description ?? "date unresolved"
      block(
        "talk \(talk.id): \(talk.name), \(date), parties \(talk.parties.joined(separator: ", "))",
        talk.sources)
    }
    for statement in dossier.statements {
      block(
        "statement \(statement.id) (\(statement.mode.rawValue), speaker \(statement.speaker))",
        statement.sources)
    }
    for position in dossier.positions {
      block(
        "position \(position.id): \(position.holder) \(position.stance.rawValue) \(position.issue)",
        position.sources)
    }
    for event in dossier.events {
      let cameo = event.cameo.map { ", CAMEO \($0) \(CAMEO.label(of: $0) ?? "")" } ?? ""
      block("event \(event.id) (\(event.kind.rawValue)\(cameo))", event.sources)
    }
    return lines.joined(separator: "\n")
  }
}
