import ParleyCore

/// One news article as read: the metadata that was found, the whole text and
/// which parts of it are the article's body.
///
/// Offsets are in Unicode scalars of ``text``, the unit of IR spans. Only body
/// paragraphs are read for facts; headers, captions, related-article lists and
/// comment boxes are not.
package struct Article: Sendable {
  /// How the article was stored.
  package enum Format: String, Sendable {
    case plainText = "text"
    case html
    case jsonLines = "jsonl"
  }

  /// Where the article came from, for messages: a path, `path:line` or `-`.
  package var origin: String
  /// The storage format.
  package var format: Format
  /// The id the input gave (JSON Lines `id`), if any.
  package var givenID: String?
  /// The headline, if one was found.
  package var title: String?
  /// The publication date, if one was found.
  package var published: EDTFDate?
  /// The article's URL, if one was found.
  package var url: String?
  /// The publisher, if one was found.
  package var publisher: String?
  /// The language tag, if the input gave one.
  package var language: String?
  /// The text that spans point into: the file as read for plain text, the
  /// extracted headline and paragraphs for HTML, the `text` field for JSON Lines.
  package var text: String
  /// The body paragraphs, as scalar offset ranges into ``text``.
  package var paragraphs: [Range<Int>]
  /// What could not be read of the article, for the user to see, e.g. text
  /// an HTML page nests too deep.
  package var warnings: [String] = []

  /// Creates an article.
  package init(
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
