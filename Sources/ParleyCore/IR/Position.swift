/// A party's stance on an issue at a point in time. A position that moves is
/// several positions with different dates.
public struct Position: Hashable, Sendable, Attested {
  /// Unique id in the dossier.
  public var id: String
  /// The id of the state, alliance, organization or person holding it.
  public var holder: String
  /// The id of the issue.
  public var issue: String
  /// What the holder does about the issue.
  public var stance: Stance
  /// When the position was held or stated.
  public var date: EDTFDate?
  /// The id of the talk it was put forward at.
  public var talk: String?
  /// The position in a sentence.
  public var summary: String?
  /// The ids of the statements that show it.
  public var evidence: [String]
  /// Where the record comes from.
  public var sources: [Provenance]

  /// Creates a position.
  public init(
    id: String, holder: String, issue: String, stance: Stance, date: EDTFDate? = nil,
    talk: String? = nil, summary: String? = nil, evidence: [String] = [],
    sources: [Provenance] = []
  ) {
    (
      self.id, self.holder, self.issue, self.stance, self.date, self.talk, self.summary,
      self.evidence, self.sources
    ) = (id, holder, issue, stance, date, talk, summary, evidence, sources)
  }
}

/// What a party does about an issue.
public enum Stance: String, CaseIterable, Sendable {
  /// Insists on it.
  case demands
  /// Puts it forward.
  case proposes
  /// Is in favour.
  case supports
  /// Agrees to it.
  case accepts
  /// Is open to discussing it.
  case open
  /// Agrees on conditions.
  case conditional
  /// Turns it down.
  case rejects
  /// Is against it.
  case opposes
  /// Warns or threatens.
  case warns
  /// Denies it.
  case denies
}

extension Position: DescribedRecord {
  package static let fields: [FieldBinding<Position>] = [
    .id(\.id), .reference("holder", \.holder, to: .actor),
    .reference("issue", \.issue, to: .issue), .choice("stance", \.stance), .date("date", \.date),
    .reference("talk", \.talk, to: .talk), .text("summary", \.summary),
    .references("evidence", \.evidence, to: .statement), .records("sources", \.sources),
  ]
  /// What a position is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "position", noun: "a position", collection: "positions",
    fields: fields.map(\.description))
  package static var placeholder: Position {
    Position(id: "", holder: "", issue: "", stance: .open)
  }
}
