import ParleyCore

@testable import ParleyIngest

/// The draft of one plain-text article, published on `published` (an EDTF
/// day, or `nil` for an undated article), with the built-in lexicon.
func draftOfArticle(_ text: String, published: String?) -> Dossier {
  var article = PlainTextArticleReader.read(text: text, origin: "test.txt")
  if let published { article.published = try? EDTFDate(published) }
  return Ingestor().draft([article])
}

/// The names of the entities of `kind` in the draft of a one-sentence
/// article under a title, published on Friday 10 May 2024.
func entityNames(_ kind: Entity.Kind, inDraftOf sentence: String) -> Set<String> {
  Set(
    draftOfArticle("Talks\n" + sentence, published: "2024-05-10").entities.filter {
      $0.kind == kind
    }.map(\.name))
}

/// The positions of `dossier`, each as "holder stance issue".
func positionLines(_ dossier: Dossier) -> [String] {
  dossier.positions.map { "\($0.holder) \($0.stance.rawValue) \($0.issue)" }
}
