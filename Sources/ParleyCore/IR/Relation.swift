/// A tie between two entities, possibly for a time.
public struct Relation: Hashable, Sendable, Attested {
  /// The kind of tie.
  public enum Kind: String, CaseIterable, Sendable {
    /// `from` is a member of `to`.
    case memberOf = "member-of"
    /// `from` speaks for `to`.
    case represents
    /// `from` leads `to`.
    case leads
    /// `from` is in `to`.
    case locatedIn = "located-in"
    /// `from` is a part of `to`.
    case partOf = "part-of"
    /// Anything else.
    case other
  }

  /// Unique id in the dossier.
  public var id: String
  /// The kind of tie.
  public var kind: Kind
  /// The id of the first entity.
  public var from: String
  /// The id of the second entity.
  public var to: String
  /// When the tie began.
  public var since: EDTFDate?
  /// When it ended.
  public var until: EDTFDate?
  /// Where the record comes from.
  public var sources: [Provenance]

  /// Creates a relation.
  public init(
    id: String, kind: Kind, from: String, to: String, since: EDTFDate? = nil,
    until: EDTFDate? = nil, sources: [Provenance] = []
  ) {
    (self.id, self.kind, self.from, self.to, self.since, self.until, self.sources) = (
      id, kind, from, to, since, until, sources
    )
  }
}

extension Relation: DescribedRecord {
  package static let fields: [FieldBinding<Relation>] = [
    .id(\.id), .choice("kind", \.kind), .reference("from", \.from, to: .anyEntity),
    .reference("to", \.to, to: .anyEntity), .date("since", \.since), .date("until", \.until),
    .records("sources", \.sources),
  ]
  /// What a relation is: its fields, in canonical order; `since` is no later than `until`.
  package static let recordDescription = RecordDescription(
    name: "relation", noun: "a relation", collection: "relations",
    fields: fields.map(\.description), dateOrder: ("since", "until"))
  package static var placeholder: Relation { Relation(id: "", kind: .other, from: "", to: "") }
}
