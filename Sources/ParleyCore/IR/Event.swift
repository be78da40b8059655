/// Anything else on the timeline: a proposal, a deployment, a sanction.
public struct Event: Hashable, Sendable, Attested {
  /// The broad class of an event.
  public enum Kind: String, CaseIterable, Sendable {
    /// A proposal or draft handed over.
    case proposal
    /// A meeting.
    case meeting
    /// A public statement.
    case statement
    /// A military action or deployment.
    case military
    /// A sanction.
    case sanction
    /// An agreement reached.
    case agreement
    /// Anything else.
    case other
  }

  /// Unique id in the dossier.
  public var id: String
  /// When it happened.
  public var date: EDTFDate?
  /// Its class.
  public var kind: Kind
  /// A one-line title.
  public var title: String
  /// What happened.
  public var summary: String?
  /// The ids of the entities that acted.
  public var actors: [String]
  /// The ids of the entities acted upon.
  public var targets: [String]
  /// The id of the place.
  public var location: String?
  /// The id of the talk it belongs to.
  public var talk: String?
  /// The ids of the issues it concerns.
  public var issues: [String]
  /// A CAMEO event code, as a string: leading zeros matter.
  public var cameo: String?
  /// Where the record comes from.
  public var sources: [Provenance]

  /// Creates an event.
  public init(
    id: String, date: EDTFDate? = nil, kind: Kind, title: String, summary: String? = nil,
    actors: [String] = [], targets: [String] = [], location: String? = nil,
    talk: String? = nil, issues: [String] = [], cameo: String? = nil, sources: [Provenance] = []
  ) {
    (
      self.id, self.date, self.kind, self.title, self.summary, self.actors, self.targets,
      self.location, self.talk, self.issues, self.cameo, self.sources
    ) = (id, date, kind, title, summary, actors, targets, location, talk, issues, cameo, sources)
  }
}

extension Event: DescribedRecord {
  package static let fields: [FieldBinding<Event>] = [
    .id(\.id), .date("date", \.date), .choice("kind", \.kind), .text("title", \.title),
    .text("summary", \.summary), .references("actors", \.actors, to: .anyEntity),
    .references("targets", \.targets, to: .anyEntity),
    .reference("location", \.location, to: .entity([.place, .state])),
    .reference("talk", \.talk, to: .talk), .references("issues", \.issues, to: .issue),
    .text("cameo", \.cameo, constraint: .cameoCode), .records("sources", \.sources),
  ]
  /// What an event is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "event", noun: "an event", collection: "events", fields: fields.map(\.description))
  package static var placeholder: Event { Event(id: "", kind: .other, title: "") }
}
