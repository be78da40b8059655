import ParleyCore

/// Statements: `schema:Quotation`.
extension RDFProjection {
  /// One statement: its words (`schema:text`), the speaker as
  /// `schema:creator` and `prov:wasAttributedTo`, the mode, the date
  /// (`schema:dateCreated`), the talk, the issues (`schema:about`) and the
  /// articles it is based on (`schema:isBasedOn`).
  func resource(_ statement: Statement) -> RDFResource {
    var node = start(statement.id, types: ["schema:Quotation"])
    node.text("schema:text", statement.text)
    node.text("parley:mode", statement.mode.rawValue)
    node.record("schema:creator", statement.speaker)
    node.record("prov:wasAttributedTo", statement.speaker)
    node.date(statement.date, property: "schema:dateCreated")
    node.record("parley:talk", statement.talk)
    node.records("schema:about", statement.issues)
    node.records("schema:isBasedOn", statement.sources.map(\.source))
    addProvenance(statement.sources, to: &node)
    return node.resource
  }
}
