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

/// What a reference may point to: a record of one collection, and for
/// entities, possibly only some kinds.
public enum ReferenceTarget: Hashable, Sendable, CustomStringConvertible {
  /// A source.
  case source
  /// An issue.
  case issue
  /// A talk.
  case talk
  /// A statement.
  case statement
  /// An entity of one of these kinds, or of any kind when `nil`.
  case entity(Set<Entity.Kind>?)

  /// The name of the collection the record is in, e.g. `entities`.
  public var collection: String {
    switch self {
    case .source: "sources"
    case .issue: "issues"
    case .talk: "talks"
    case .statement: "statements"
    case .entity: "entities"
    }
  }

  /// What the reference must point to, in words: `issue`, `entity`, or the
  /// allowed kinds such as `alliance or organization or state`.
  public var description: String {
    switch self {
    case .source: "source"
    case .issue: "issue"
    case .talk: "talk"
    case .statement: "statement"
    case .entity(let kinds?): kinds.map(\.rawValue).sorted().joined(separator: " or ")
    case .entity(nil): "entity"
    }
  }

  /// The kinds a party to a talk may be: states, alliances and organizations.
  package static let party = ReferenceTarget.entity([.state, .alliance, .organization])
  /// The kinds that can hold a position: parties and people.
  package static let actor = ReferenceTarget.entity([.state, .alliance, .organization, .person])
  /// Any entity.
  package static let anyEntity = ReferenceTarget.entity(nil)
}

/// A rule a field's value must follow beyond its type.
public enum FieldConstraint: Hashable, Sendable {
  /// `major.minor`, a version this Parley reads.
  case irVersion
  /// A SHA-256 digest: 64 lowercase hex digits.
  case sha256
  /// A CAMEO event code: 2 to 4 digits, written as a string.
  case cameoCode
  /// A number from 0 to 1.
  case unitInterval
}
