import ParleyCore

/// Relations: `parley:Relation` nodes.
extension RDFProjection {
  /// One relation: kind, the two entities (`parley:from`, `parley:to`) and
  /// the period it held (`since`, `until`).
  func resource(_ relation: Relation) -> RDFResource {
    let iri = iris.node(relation.id)
    var node = ResourceBuilder(iri, types: ["parley:Relation"], iris: iris)
    node.text("schema:identifier", relation.id)
    node.text("parley:kind", relation.kind.rawValue)
    node.record("parley:from", relation.from)
    node.record("parley:to", relation.to)
    node.period(from: relation.since, until: relation.until)
    addProvenance(relation.sources, to: &node)
    return node.resource
  }
}
