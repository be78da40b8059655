import ParleyCore

/// Sources: `schema:NewsArticle` and `prov:Entity`.
extension GraphWriter {
  /// Writes one source. Its publisher, a name in the IR, becomes a
  /// `schema:Organization` node (`SOURCE/publisher`) with that name; its URL
  /// is an IRI when it is absolute, else a plain string.
  func write(_ source: Source) throws(ParleyError) {
    let iri = iris.node(source.id)
    try nodes.begin(iri, types: ["schema:NewsArticle", "prov:Entity"])
    try nodes.text("schema:identifier", source.id)
    try nodes.text("schema:headline", source.title)
    if let publisher = source.publisher {
      try nodes.json.key("schema:publisher")
      try nodes.begin(iri + "/publisher", types: ["schema:Organization"])
      try nodes.text("schema:name", publisher)
      try nodes.end()
    }
    if let url = source.url {
      if let link = NodeIRIs.linkIRI(url) {
        try nodes.reference("schema:url", link)
      } else {
        try nodes.text("schema:url", url)
      }
    }
    try nodes.date(source.published, property: "schema:datePublished")
    try nodes.text("schema:inLanguage", source.language)
    try nodes.text("schema:text", source.text)
    try nodes.text("parley:sha256", source.sha256)
    try nodes.end()
  }
}
