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
