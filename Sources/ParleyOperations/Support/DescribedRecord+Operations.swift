import ParleyCore
import ParleyJSON

extension DescribedRecord {
  /// The record's key: its id.
  var key: String { RecordRef.with(self) { $0.key } ?? "" }

  /// The record without its provenance, for comparing content.
  var withoutProvenance: Self {
    guard var attested = self as? any Attested, !attested.sources.isEmpty else { return self }
    attested.sources = []
    return attested as! Self
  }

  /// The record with `more` provenance entries after its own, each once.
  func joiningProvenance(_ more: [Provenance]) -> Self {
    guard var attested = self as? any Attested else { return self }
    var seen = Set(attested.sources)
    for entry in more where seen.insert(entry).inserted { attested.sources.append(entry) }
    return attested as! Self
  }

  /// The provenance entries, empty for a record that has none.
  var provenance: [Provenance] { (self as? any Attested)?.sources ?? [] }

  /// Each top-level field as compact canonical JSON, in the description's
  /// order; `nil` for an absent field.
  var renderedFields: [String?] {
    RecordRef.with(self) { record in
      record.kind.fields.indices.map { CanonicalJSON.field(at: $0, of: record) }
    }
  }
}
