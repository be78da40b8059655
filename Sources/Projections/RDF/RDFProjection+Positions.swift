import ParleyCore

/// Positions: `parley:Position`.
extension RDFProjection {
  /// One position: holder, issue, stance (an individual such as
  /// `parley:demands`), date (`parley:date`), talk, summary and evidence.
  func resource(_ position: Position) -> RDFResource {
    var node = start(position.id, types: ["parley:Position"])
    node.record("parley:holder", position.holder)
    node.record("parley:issue", position.issue)
    node.reference("parley:stance", RDFVocabulary.stance(position.stance))
    node.date(position.date, property: "parley:date")
    node.record("parley:talk", position.talk)
    node.text("schema:description", position.summary)
    node.records("parley:evidence", position.evidence)
    addProvenance(position.sources, to: &node)
    return node.resource
  }
}
