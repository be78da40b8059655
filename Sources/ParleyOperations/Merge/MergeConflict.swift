/// Two records with the same id whose content differs.
package struct MergeConflict: Hashable, Sendable, CustomStringConvertible {
  /// The collection, e.g. `positions`.
  package var collection: String
  /// The record's index in the merged collection.
  package var index: Int
  /// The record's id.
  package var id: String
  /// The input the record first came from.
  package var firstInput: String
  /// The input whose record conflicts with it.
  package var laterInput: String
  /// Each field that differs, the earlier record's value as `old` and the
  /// later one's as `new`.
  package var fields: [DossierDiff.FieldChange]
  /// Which record was kept, or `nil` when the conflict was not resolved.
  package var resolution: DossierMerge.Preference?

  /// Lines like `b.json: positions[3] "pos-us-nato": stance: "rejects" in
  /// a.json, "opposes" in b.json`, one per field; the index is the record's
  /// in the merged dossier.
  package var description: String {
    let record = "\(laterInput): \(collection)[\(index)] \"\(id)\""
    return fields.map { field in
      "\(record): \(field.field): \(field.old ?? "null") in \(firstInput), \(field.new ?? "null") in \(laterInput)"
    }.joined(separator: "\n")
  }
}
