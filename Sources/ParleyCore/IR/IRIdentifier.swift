/// The IR's id syntax: a letter or digit, then letters, digits, `-`, `_`,
/// `.` and `:`. Tools that make ids (ingest, plugins) check theirs with it.
package enum IRIdentifier {
  /// Whether `text` is a valid IR id.
  package static func isValid(_ text: String) -> Bool { FieldReader.isValidID(text) }
}
