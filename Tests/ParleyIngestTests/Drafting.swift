import ParleyCore

@testable import ParleyIngest

/// The draft of one plain-text article, published on `published` (an EDTF
/// day, or `nil` for an undated article), with the built-in lexicon.
func draftOfArticle(_ text: String, published: String?) -> Dossier {
  var article = PlainTextArticleReader.read(text: text, origin: "test.txt")
  if let published { article.published = try? EDTFDate(published) }
  return Ingestor().draft([article])
}
