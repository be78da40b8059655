import ParleyCore

/// One news article as read: the metadata that was found, the whole text and
/// which parts of it are the article's body.
///
/// Offsets are in Unicode scalars of ``text``, the unit of IR spans. Only body
/// paragraphs are read for facts; headers, captions, related-article lists and
/// comment boxes are not.
public struct Article: Sendable {
  /// How the article was stored.
  public enum Format: String, Sendable {
    case plainText = "text"
    case html
    case jsonLines = "jsonl"
  }

  /// Where the article came from, for messages: a path, `path:line` or `-`.
  public var origin: String
  /// The storage format.
  public var format: Format
  /// The id the input gave (JSON Lines `id`), if any.
  public var givenID: String?
  /// The headline, if one was found.
  public var title: String?
  /// The publication date, if one was found.
  public var published: EDTFDate?
  /// The article's URL, if one was found.
  public var url: String?
  /// The publisher, if one was found.
  public var publisher: String?
  /// The language tag, if the input gave one.
  public var language: String?
  /// The text that spans point into: the file as read for plain text, the
  /// extracted headline and paragraphs for HTML, the `text` field for JSON Lines.
  public var text: String
  /// The body paragraphs, as scalar offset ranges into ``text``.
  public var paragraphs: [Range<Int>]

  /// Creates an article.
  public init(
    origin: String, format: Format, givenID: String? = nil, title: String? = nil,
    published: EDTFDate? = nil, url: String? = nil, publisher: String? = nil,
    language: String? = nil, text: String, paragraphs: [Range<Int>]
  ) {
    (
      self.origin, self.format, self.givenID, self.title, self.published, self.url, self.publisher,
      self.language, self.text, self.paragraphs
    ) = (origin, format, givenID, title, published, url, publisher, language, text, paragraphs)
  }
}
