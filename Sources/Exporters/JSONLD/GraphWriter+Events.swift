import ParleyCore

/// Events: `schema:Event` and `parley:Event`.
extension GraphWriter {
  /// Writes one event: kind, title, summary, date, actors and targets,
  /// location, the talk it belongs to (`schema:superEvent`), issues
  /// (`schema:about`) and CAMEO code.
  func write(_ event: Event) throws(ParleyError) {
    let iri = iris.node(event.id)
    try nodes.begin(iri, types: ["schema:Event", "parley:Event"])
    try nodes.text("schema:identifier", event.id)
    try nodes.text("parley:kind", event.kind.rawValue)
    try nodes.text("schema:name", event.title)
    try nodes.text("schema:description", event.summary)
    try nodes.date(
      event.date, property: "schema:startDate", start: "schema:startDate", end: "schema:endDate")
    try nodes.records("parley:actor", event.actors)
    try nodes.records("parley:target", event.targets)
    try nodes.record("schema:location", event.location)
    try nodes.record("schema:superEvent", event.talk)
    try nodes.records("schema:about", event.issues)
    try nodes.text("parley:cameo", event.cameo)
    try writeProvenance(event.sources, of: iri)
    try nodes.end()
  }
}
