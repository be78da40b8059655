/// One Parley IR document: a dossier of talks with every party, issue,
/// position, statement and event, and the sources they come from.
///
/// Records refer to each other by their `id`s; ``Validator`` checks that
/// every reference resolves to a record of an allowed kind.
public struct Dossier: Hashable, Sendable {
  /// The IR version this document is written in, e.g. `"1.0"`.
  public var version: String
  /// The dossier's own id.
  public var id: String
  /// A human-readable title.
  public var title: String
  /// A longer description, if any.
  public var description: String?
  /// The evidence: articles, transcripts, statements on record.
  public var sources: [Source]
  /// People, states, organizations, alliances, places and documents.
  public var entities: [Entity]
  /// What is on the table.
  public var issues: [Issue]
  /// The meetings.
  public var talks: [Talk]
  /// Who held which stance on which issue, and when.
  public var positions: [Position]
  /// Who said what.
  public var statements: [Statement]
  /// The rest of the timeline.
  public var events: [Event]
  /// Membership, representation, leadership and other ties between entities.
  public var relations: [Relation]

  /// Creates a dossier; every collection defaults to empty.
  public init(
    version: String = IRVersion.current.description, id: String, title: String,
    description: String? = nil, sources: [Source] = [], entities: [Entity] = [],
    issues: [Issue] = [], talks: [Talk] = [], positions: [Position] = [],
    statements: [Statement] = [], events: [Event] = [], relations: [Relation] = []
  ) {
    (
      self.version, self.id, self.title, self.description, self.sources, self.entities, self.issues,
      self.talks, self.positions, self.statements, self.events, self.relations
    ) = (
      version, id, title, description, sources, entities, issues, talks, positions, statements,
      events, relations
    )
  }

  /// The number of records in all collections.
  package var recordCount: Int {
    sources.count + entities.count + issues.count + talks.count + positions.count
      + statements.count + events.count + relations.count
  }
}

extension Dossier: DescribedRecord {
  package static let fields: [FieldBinding<Dossier>] = [
    .text("parley", \.version, constraint: .irVersion), .id(\.id), .text("title", \.title),
    .text("description", \.description), .records("sources", \.sources),
    .records("entities", \.entities), .records("issues", \.issues), .records("talks", \.talks),
    .records("positions", \.positions), .records("statements", \.statements),
    .records("events", \.events), .records("relations", \.relations),
  ]
  /// What a dossier is: its own fields, then the eight collections.
  package static let recordDescription = RecordDescription(
    name: "dossier", noun: "a dossier", fields: fields.map(\.description))
  package static var placeholder: Dossier { Dossier(id: "", title: "") }
}
