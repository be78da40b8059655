import ParleyCore

/// Provenance in PROV-O terms.
///
/// A record with provenance gets `prov:wasDerivedFrom` to each source it cites
/// and, per provenance entry, a qualified derivation: a `prov:Derivation`
/// node (`RECORD/source/N`) with `prov:entity` (the source), the span
/// (`parley:spanStart`, `parley:spanEnd`), `parley:quote`,
/// `parley:confidence`, `parley:method` (`curated` when the IR leaves it out)
/// and `parley:rule`. An extracted entry also names the extraction: a
/// `prov:Activity` (`RECORD/source/N/extraction`) that `prov:used` the
/// source, linked from the derivation by `prov:hadActivity` and from the
/// record by `prov:wasGeneratedBy`.
extension GraphWriter {
  /// Writes the provenance properties of the record whose IRI is `owner`.
  func writeProvenance(_ entries: [Provenance], of owner: String) throws(ParleyError) {
    try nodes.records("prov:wasDerivedFrom", entries.map(\.source))
    let extractions = entries.indices.filter { entries[$0].method == .extracted }
    try nodes.references(
      "prov:wasGeneratedBy", extractions.map { extraction(of: owner, entry: $0 + 1) })
    try nodes.nested("prov:qualifiedDerivation", entries) {
      (index: Int, entry: Provenance) throws(ParleyError) in
      try nodes.begin(iris.part(of: owner, "source", index), types: ["prov:Derivation"])
      try nodes.record("prov:entity", entry.source)
      try nodes.integer("parley:spanStart", entry.span?.start)
      try nodes.integer("parley:spanEnd", entry.span?.end)
      try nodes.text("parley:quote", entry.quote)
      try nodes.double("parley:confidence", entry.confidence)
      try nodes.text("parley:method", (entry.method ?? .curated).rawValue)
      try nodes.text("parley:rule", entry.rule)
      if entry.method == .extracted {
        try nodes.json.key("prov:hadActivity")
        try nodes.begin(extraction(of: owner, entry: index), types: ["prov:Activity"])
        try nodes.record("prov:used", entry.source)
        try nodes.end()
      }
      try nodes.end()
    }
  }

  /// The IRI of the extraction activity of provenance entry `entry` (from 1).
  private func extraction(of owner: String, entry: Int) -> String {
    iris.part(of: owner, "source", entry) + "/extraction"
  }
}
