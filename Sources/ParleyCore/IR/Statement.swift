/// Something a person or body said, quoted directly or reported.
public struct Statement: Hashable, Sendable, Attested {
  /// How the words are reported.
  public enum Mode: String, CaseIterable, Sendable {
    /// Quoted verbatim.
    case direct
    /// Reported speech: the gist.
    case indirect
  }

  /// Unique id in the dossier.
  public var id: String
  /// The id of the entity that spoke.
  public var speaker: String
  /// The words, or their gist.
  public var text: String
  /// Direct quote or reported speech.
  public var mode: Mode
  /// When it was said.
  public var date: EDTFDate?
  /// The id of the talk it was said at or about.
  public var talk: String?
  /// The ids of the issues it concerns.
  public var issues: [String]
  /// Where the record comes from.
  public var sources: [Provenance]

  /// Creates a statement.
  public init(
    id: String, speaker: String, text: String, mode: Mode, date: EDTFDate? = nil,
    talk: String? = nil, issues: [String] = [], sources: [Provenance] = []
  ) {
    (self.id, self.speaker, self.text, self.mode, self.date, self.talk, self.issues, self.sources) =
      (id, speaker, text, mode, date, talk, issues, sources)
  }
}

extension Statement: DescribedRecord {
  package static let fields: [FieldBinding<Statement>] = [
    .id(\.id), .reference("speaker", \.speaker, to: .anyEntity), .text("text", \.text),
    .choice("mode", \.mode), .date("date", \.date), .reference("talk", \.talk, to: .talk),
    .references("issues", \.issues, to: .issue), .records("sources", \.sources),
  ]
  /// What a statement is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "statement", noun: "a statement", collection: "statements",
    fields: fields.map(\.description))
  package static var placeholder: Statement {
    Statement(id: "", speaker: "", text: "", mode: .direct)
  }
}
