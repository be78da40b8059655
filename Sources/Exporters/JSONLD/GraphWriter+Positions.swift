import ParleyCore

/// Positions: `parley:Position`.
extension GraphWriter {
  /// Writes one position: holder, issue, stance (an individual such as
  /// `parley:demands`), date (`parley:date`), talk, summary and evidence.
  func write(_ position: Position) throws(ParleyError) {
    let iri = iris.node(position.id)
    try nodes.begin(iri, types: ["parley:Position"])
    try nodes.text("schema:identifier", position.id)
    try nodes.record("parley:holder", position.holder)
    try nodes.record("parley:issue", position.issue)
    try nodes.reference("parley:stance", Vocabulary.stance(position.stance))
    try nodes.date(position.date, property: "parley:date")
    try nodes.record("parley:talk", position.talk)
    try nodes.text("schema:description", position.summary)
    try nodes.records("parley:evidence", position.evidence)
    try writeProvenance(position.sources, of: iri)
    try nodes.end()
  }
}
