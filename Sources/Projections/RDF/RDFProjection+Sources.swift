import ParleyCore

/// Sources: `schema:NewsArticle` and `prov:Entity`.
extension RDFProjection {
  /// One source. Its publisher, a name in the IR, becomes a
  /// `schema:Organization` node (`SOURCE/publisher`) with that name; its URL
  /// is an IRI when it is absolute, else a plain string.
  func resource(_ source: Source) -> RDFResource {
    var node = start(source.id, types: ["schema:NewsArticle", "prov:Entity"])
    let iri = node.iri
    node.text("schema:headline", source.title)
    if let publisher = source.publisher {
      var part = ResourceBuilder.part(iris, iri + "/publisher", types: ["schema:Organization"])
      part.text("schema:name", publisher)
      node.nested("schema:publisher", part.resource)
    }
    if let url = source.url {
      if let link = NodeIRIs.linkIRI(url) {
        node.reference("schema:url", link)
      } else {
        node.text("schema:url", url)
      }
    }
    node.date(source.published, property: "schema:datePublished")
    node.text("schema:inLanguage", source.language)
    node.text("schema:text", source.text)
    node.text("parley:sha256", source.sha256)
    return node.resource
  }
}
