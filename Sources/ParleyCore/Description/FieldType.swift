/// What a field of a record holds, as every format sees it.
public indirect enum FieldType: Hashable, Sendable {
  /// The record's own id (see ``IRIdentifier``).
  case identifier
  /// A string.
  case text
  /// A list of strings.
  case texts
  /// The id of another record.
  case reference(ReferenceTarget)
  /// A list of ids of other records.
  case references(ReferenceTarget)
  /// One of a fixed set of words, such as an entity's kind or a stance.
  case choice([String])
  /// An EDTF date (``EDTFDate``).
  case date
  /// An ISO 8601 duration (``ISODuration``).
  case duration
  /// A real number.
  case number
  /// A span of text: two scalar offsets (``TextSpan``).
  case span
  /// Free attributes: names with a string, number or boolean value.
  case attributes
  /// A list of records of another kind, nested in this one.
  case records(RecordDescription)
}
