import ParleyCore

/// Talks: `schema:Event` and `parley:Talk`.
extension RDFProjection {
  /// One talk. Its parties are `parley:party`; each participant is a
  /// `schema:attendee` and a `parley:participation` node
  /// (`TALK/participant/N`, a `schema:Role` and `parley:Participation`) with
  /// the person, their role and the party they represented.
  func resource(_ talk: Talk) -> RDFResource {
    var node = start(talk.id, types: ["schema:Event", "parley:Talk"])
    let iri = node.iri
    node.text("schema:name", talk.name)
    node.text("parley:kind", talk.kind.rawValue)
    node.date(
      talk.date, property: "schema:startDate", start: "schema:startDate", end: "schema:endDate")
    node.record("schema:location", talk.venue)
    node.records("parley:party", talk.parties)
    node.records("schema:attendee", talk.participants.map(\.entity))
    node.nested("parley:participation", talk.participants) { index, participant in
      var part = ResourceBuilder.part(
        iris,
        iris.part(of: iri, "participant", index),
        types: ["schema:Role", "parley:Participation"])
      part.record("parley:participant", participant.entity)
      part.text("schema:roleName", participant.role)
      part.record("parley:party", participant.party)
      return part.resource
    }
    node.records("schema:about", talk.issues)
    node.text("parley:outcome", talk.outcome)
    if let duration = talk.duration {
      // xsd:duration has no weeks: a duration written with W stays a plain string.
      if duration.description.contains("W") {
        node.text("schema:duration", duration.description)
      } else {
        node.typed("schema:duration", duration.description, "xsd:duration")
      }
    }
    addProvenance(talk.sources, to: &node)
    return node.resource
  }
}
