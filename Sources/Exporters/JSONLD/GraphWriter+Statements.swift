import ParleyCore

/// Statements: `schema:Quotation`.
extension GraphWriter {
  /// Writes one statement: its words (`schema:text`), the speaker as
  /// `schema:creator` and `prov:wasAttributedTo`, the mode, the date
  /// (`schema:dateCreated`), the talk, the issues (`schema:about`) and the
  /// articles it is based on (`schema:isBasedOn`).
  func write(_ statement: Statement) throws(ParleyError) {
    let iri = iris.node(statement.id)
    try nodes.begin(iri, types: ["schema:Quotation"])
    try nodes.text("schema:identifier", statement.id)
    try nodes.text("schema:text", statement.text)
    try nodes.text("parley:mode", statement.mode.rawValue)
    try nodes.record("schema:creator", statement.speaker)
    try nodes.record("prov:wasAttributedTo", statement.speaker)
    try nodes.date(statement.date, property: "schema:dateCreated")
    try nodes.record("parley:talk", statement.talk)
    try nodes.records("schema:about", statement.issues)
    try nodes.records("schema:isBasedOn", statement.sources.map(\.source))
    try writeProvenance(statement.sources, of: iri)
    try nodes.end()
  }
}
