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
extension RDFProjection {
  /// Adds the provenance properties to the record `node`.
  func addProvenance(_ entries: [Provenance], to node: inout ResourceBuilder) {
    let owner = node.iri
    node.records("prov:wasDerivedFrom", entries.map(\.source))
    let extractions = entries.indices.filter { entries[$0].method == .extracted }
    node.references(
      "prov:wasGeneratedBy", extractions.map { extraction(of: owner, entry: $0 + 1) })
    node.nested("prov:qualifiedDerivation", entries) { index, entry in
      var part = ResourceBuilder.part(
        iris, iris.part(of: owner, "source", index), types: ["prov:Derivation"])
      part.record("prov:entity", entry.source)
      part.integer("parley:spanStart", entry.span?.start)
      part.integer("parley:spanEnd", entry.span?.end)
      part.text("parley:quote", entry.quote)
      part.double("parley:confidence", entry.confidence)
      part.text("parley:method", (entry.method ?? .curated).rawValue)
      part.text("parley:rule", entry.rule)
      if entry.method == .extracted {
        var activity = ResourceBuilder.part(
          iris, extraction(of: owner, entry: index), types: ["prov:Activity"])
        activity.record("prov:used", entry.source)
        part.nested("prov:hadActivity", activity.resource)
      }
      return part.resource
    }
  }

  /// The IRI of the extraction activity of provenance entry `entry` (from 1).
  private func extraction(of owner: String, entry: Int) -> String {
    iris.part(of: owner, "source", entry) + "/extraction"
  }
}
