import ParleyCore

/// Talks: `schema:Event` and `parley:Talk`.
extension GraphWriter {
  /// Writes one talk. Its parties are `parley:party`; each participant is a
  /// `schema:attendee` and a `parley:participation` node
  /// (`TALK/participant/N`, a `schema:Role` and `parley:Participation`) with
  /// the person, their role and the party they represented.
  func write(_ talk: Talk) throws(ParleyError) {
    let iri = iris.node(talk.id)
    try nodes.begin(iri, types: ["schema:Event", "parley:Talk"])
    try nodes.text("schema:identifier", talk.id)
    try nodes.text("schema:name", talk.name)
    try nodes.text("parley:kind", talk.kind.rawValue)
    try nodes.date(
      talk.date, property: "schema:startDate", start: "schema:startDate", end: "schema:endDate")
    try nodes.record("schema:location", talk.venue)
    try nodes.records("parley:party", talk.parties)
    try nodes.records("schema:attendee", talk.participants.map(\.entity))
    try nodes.nested("parley:participation", talk.participants) {
      (index: Int, participant: Participant) throws(ParleyError) in
      try nodes.begin(
        iris.part(of: iri, "participant", index), types: ["schema:Role", "parley:Participation"])
      try nodes.record("parley:participant", participant.entity)
      try nodes.text("schema:roleName", participant.role)
      try nodes.record("parley:party", participant.party)
      try nodes.end()
    }
    try nodes.records("schema:about", talk.issues)
    try nodes.text("parley:outcome", talk.outcome)
    if let duration = talk.duration {
      // xsd:duration has no weeks: a duration written with W stays a plain string.
      if duration.description.contains("W") {
        try nodes.text("schema:duration", duration.description)
      } else {
        try nodes.typed("schema:duration", duration.description, "xsd:duration")
      }
    }
    try writeProvenance(talk.sources, of: iri)
    try nodes.end()
  }
}
