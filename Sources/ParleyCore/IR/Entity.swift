/// A person, state, organization, alliance, place, document or other actor.
public struct Entity: Hashable, Sendable, Attested {
  /// What an entity is.
  public enum Kind: String, CaseIterable, Sendable {
    /// A person.
    case person
    /// A sovereign state.
    case state
    /// A government body, ministry, international organization, company …
    case organization
    /// A military or political alliance, e.g. NATO.
    case alliance
    /// A city, region or building.
    case place
    /// A treaty, draft or other text.
    case document
    /// Anything else.
    case other
  }

  /// Unique id in the dossier.
  public var id: String
  /// What it is.
  public var kind: Kind
  /// The canonical name.
  public var name: String
  /// Other names and metonyms used in sources ("Moscow", "the Kremlin").
  public var aliases: [String]
  /// For people: offices held over time.
  public var roles: [Role]
  /// The id of the state the entity belongs to.
  public var country: String?
  /// Free attributes. Canonical output lists them sorted by name.
  public var attributes: [String: AttributeValue]
  /// Where the record comes from.
  public var sources: [Provenance]

  /// Creates an entity.
  public init(
    id: String, kind: Kind, name: String, aliases: [String] = [], roles: [Role] = [],
    country: String? = nil, attributes: [String: AttributeValue] = [:],
    sources: [Provenance] = []
  ) {
    (
      self.id, self.kind, self.name, self.aliases, self.roles, self.country, self.attributes,
      self.sources
    ) = (id, kind, name, aliases, roles, country, attributes, sources)
  }
}

/// An office a person holds, possibly for a time.
public struct Role: Hashable, Sendable {
  /// The title, e.g. "Deputy Foreign Minister".
  public var title: String
  /// The id of the entity the office belongs to.
  public var of: String?
  /// When the person took the office.
  public var from: EDTFDate?
  /// When the person left it.
  public var until: EDTFDate?

  /// Creates a role.
  public init(title: String, of: String? = nil, from: EDTFDate? = nil, until: EDTFDate? = nil) {
    (self.title, self.of, self.from, self.until) = (title, of, from, until)
  }
}

/// A scalar value of a free attribute.
public enum AttributeValue: Hashable, Sendable {
  /// Text.
  case string(String)
  /// A whole number.
  case integer(Int)
  /// A real number.
  case number(Double)
  /// True or false.
  case boolean(Bool)
}

extension Entity: DescribedRecord {
  package static let fields: [FieldBinding<Entity>] = [
    .id(\.id), .choice("kind", \.kind), .text("name", \.name), .texts("aliases", \.aliases),
    .records("roles", \.roles), .reference("country", \.country, to: .entity([.state])),
    .attributes("attributes", \.attributes), .records("sources", \.sources),
  ]
  /// What an entity is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "entity", noun: "an entity", collection: "entities", fields: fields.map(\.description))
  package static var placeholder: Entity { Entity(id: "", kind: .other, name: "") }
}

extension Role: DescribedRecord {
  package static let fields: [FieldBinding<Role>] = [
    .text("title", \.title), .reference("of", \.of, to: .anyEntity), .date("from", \.from),
    .date("until", \.until),
  ]
  /// What a role is: its fields, in canonical order; `from` is no later than `until`.
  package static let recordDescription = RecordDescription(
    name: "role", noun: "a role", fields: fields.map(\.description),
    dateOrder: ("from", "until"))
  package static var placeholder: Role { Role(title: "") }
}
