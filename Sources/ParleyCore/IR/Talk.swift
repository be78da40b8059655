/// A meeting: a round of talks, a call, a summit.
public struct Talk: Hashable, Sendable, Attested {
  /// The format of a meeting.
  public enum Kind: String, CaseIterable, Sendable {
    /// Two parties.
    case bilateral
    /// More than two parties, e.g. the NATO–Russia Council.
    case multilateral
    /// A telephone or video call.
    case call
    /// A meeting of heads of state or government.
    case summit
    /// Anything else.
    case other
  }

  /// Unique id in the dossier.
  public var id: String
  /// The name, e.g. "Strategic Stability Dialogue in Geneva".
  public var name: String
  /// The format.
  public var kind: Kind
  /// When it took place.
  public var date: EDTFDate?
  /// The id of the place it took place in.
  public var venue: String?
  /// The ids of the states, alliances or organizations at the table.
  public var parties: [String]
  /// The people who took part.
  public var participants: [Participant]
  /// The ids of the issues discussed.
  public var issues: [String]
  /// What came of it.
  public var outcome: String?
  /// How long it lasted.
  public var duration: ISODuration?
  /// Where the record comes from.
  public var sources: [Provenance]

  /// Creates a talk.
  public init(
    id: String, name: String, kind: Kind, date: EDTFDate? = nil, venue: String? = nil,
    parties: [String] = [], participants: [Participant] = [], issues: [String] = [],
    outcome: String? = nil, duration: ISODuration? = nil, sources: [Provenance] = []
  ) {
    (
      self.id, self.name, self.kind, self.date, self.venue, self.parties, self.participants,
      self.issues, self.outcome, self.duration, self.sources
    ) = (id, name, kind, date, venue, parties, participants, issues, outcome, duration, sources)
  }
}

/// A person at a talk, and whom they spoke for.
public struct Participant: Hashable, Sendable {
  /// The id of the person.
  public var entity: String
  /// Their role at the talk, e.g. "head of delegation".
  public var role: String?
  /// The id of the party they represented.
  public var party: String?

  /// Creates a participant.
  public init(entity: String, role: String? = nil, party: String? = nil) {
    (self.entity, self.role, self.party) = (entity, role, party)
  }
}

extension Talk: DescribedRecord {
  package static let fields: [FieldBinding<Talk>] = [
    .id(\.id), .text("name", \.name), .choice("kind", \.kind), .date("date", \.date),
    .reference("venue", \.venue, to: .entity([.place])),
    .references("parties", \.parties, to: .party), .records("participants", \.participants),
    .references("issues", \.issues, to: .issue), .text("outcome", \.outcome),
    .duration("duration", \.duration), .records("sources", \.sources),
  ]
  /// What a talk is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "talk", noun: "a talk", collection: "talks", fields: fields.map(\.description))
  package static var placeholder: Talk { Talk(id: "", name: "", kind: .other) }
}

extension Participant: DescribedRecord {
  package static let fields: [FieldBinding<Participant>] = [
    .reference("entity", \.entity, to: .entity([.person])), .text("role", \.role),
    .reference("party", \.party, to: .party),
  ]
  /// What a participant is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "participant", noun: "a participant", fields: fields.map(\.description))
  package static var placeholder: Participant { Participant(entity: "") }
}
