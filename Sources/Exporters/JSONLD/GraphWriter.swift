import ParleyCore

/// Writes a dossier as one JSON-LD document: the inline `@context`, then a
/// `@graph` with the dossier node and one node per record, collection by
/// collection in the IR's order (sources, entities, issues, talks, positions,
/// statements, events, relations), each record in the order of the dossier.
///
/// Every node is written as soon as it is reached; nothing is accumulated.
struct GraphWriter {
  /// The dossier to write.
  let dossier: Dossier
  /// The node writer, with the IRI minter.
  let nodes: NodeWriter

  /// Mints node IRIs.
  var iris: NodeIRIs { nodes.iris }

  /// Writes the whole document.
  func write() throws(ParleyError) {
    let json = nodes.json
    try json.beginObject()
    try json.key("@context")
    try Vocabulary.writeContext(to: json)
    try json.key("@graph")
    try json.beginArray()
    try writeDossier()
    for source in dossier.sources { try write(source) }
    for entity in dossier.entities { try write(entity) }
    for issue in dossier.issues { try write(issue) }
    for talk in dossier.talks { try write(talk) }
    for position in dossier.positions { try write(position) }
    for statement in dossier.statements { try write(statement) }
    for event in dossier.events { try write(event) }
    for relation in dossier.relations { try write(relation) }
    try json.endArray()
    try json.endObject()
  }

  /// The dossier itself, a `schema:Dataset` whose IRI is the base.
  private func writeDossier() throws(ParleyError) {
    try nodes.begin(iris.base, types: ["schema:Dataset"])
    try nodes.text("schema:identifier", dossier.id)
    try nodes.text("schema:name", dossier.title)
    try nodes.text("schema:description", dossier.description)
    try nodes.text("parley:irVersion", dossier.version)
    try nodes.end()
  }
}
