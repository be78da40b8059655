/// A piece of evidence: a news article, a transcript, a communiqué.
public struct Source: Hashable, Sendable {
  /// Unique id in the dossier.
  public var id: String
  /// The headline or title.
  public var title: String
  /// Who published it.
  public var publisher: String?
  /// Where it can be read.
  public var url: String?
  /// When it was published.
  public var published: EDTFDate?
  /// Its language, as a BCP 47 tag.
  public var language: String?
  /// The full text, so provenance spans and quotes can be checked.
  public var text: String?
  /// The SHA-256 digest of the UTF-8 text, in lowercase hex.
  public var sha256: String?

  /// Creates a source.
  public init(
    id: String, title: String, publisher: String? = nil, url: String? = nil,
    published: EDTFDate? = nil, language: String? = nil, text: String? = nil,
    sha256: String? = nil
  ) {
    (
      self.id, self.title, self.publisher, self.url, self.published, self.language, self.text,
      self.sha256
    ) = (id, title, publisher, url, published, language, text, sha256)
  }
}

extension Source: DescribedRecord {
  package static let fields: [FieldBinding<Source>] = [
    .id(\.id), .text("title", \.title), .text("publisher", \.publisher), .text("url", \.url),
    .date("published", \.published), .text("language", \.language), .text("text", \.text),
    .text("sha256", \.sha256, constraint: .sha256),
  ]
  /// What a source is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "source", noun: "a source", collection: "sources", fields: fields.map(\.description))
  package static var placeholder: Source { Source(id: "", title: "") }
}
