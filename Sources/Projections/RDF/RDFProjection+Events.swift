import ParleyCore

/// Events: `schema:Event` and `parley:Event`.
extension RDFProjection {
  /// One event: kind, title, summary, date, actors and targets, location,
  /// the talk it belongs to (`schema:superEvent`), issues (`schema:about`)
  /// and CAMEO code.
  func resource(_ event: Event) -> RDFResource {
    var node = start(event.id, types: ["schema:Event", "parley:Event"])
    node.text("parley:kind", event.kind.rawValue)
    node.text("schema:name", event.title)
    node.text("schema:description", event.summary)
    node.date(
      event.date, property: "schema:startDate", start: "schema:startDate", end: "schema:endDate")
    node.records("parley:actor", event.actors)
    node.records("parley:target", event.targets)
    node.record("schema:location", event.location)
    node.record("schema:superEvent", event.talk)
    node.records("schema:about", event.issues)
    node.text("parley:cameo", event.cameo)
    addProvenance(event.sources, to: &node)
    return node.resource
  }
}
