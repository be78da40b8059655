import ParleyCore

/// Relations: `parley:Relation` nodes.
extension RDFProjection {
  /// One relation: kind, the two entities (`parley:from`, `parley:to`) and
  /// the period it held (`since`, `until`).
  func resource(_ relation: Relation) -> RDFResource {
    var node = start(relation.id, types: ["parley:Relation"])
    node.text("parley:kind", relation.kind.rawValue)
    node.record("parley:from", relation.from)
    node.record("parley:to", relation.to)
    node.period(from: relation.since, until: relation.until)
    addProvenance(relation.sources, to: &node)
    return node.resource
  }
}
