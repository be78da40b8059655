import ParleyCore

/// Relations: `parley:Relation` nodes.
extension GraphWriter {
  /// Writes one relation: kind, the two entities (`parley:from`,
  /// `parley:to`) and the period it held (`since`, `until`).
  func write(_ relation: Relation) throws(ParleyError) {
    let iri = iris.node(relation.id)
    try nodes.begin(iri, types: ["parley:Relation"])
    try nodes.text("schema:identifier", relation.id)
    try nodes.text("parley:kind", relation.kind.rawValue)
    try nodes.record("parley:from", relation.from)
    try nodes.record("parley:to", relation.to)
    try nodes.period(from: relation.since, until: relation.until)
    try writeProvenance(relation.sources, of: iri)
    try nodes.end()
  }
}
