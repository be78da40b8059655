import ParleyCore

/// Drafts an IR dossier from news articles with rules and a lexicon.
///
/// Every extracted record carries provenance with `method: extracted`, the
/// source, the span of evidence and its text, a confidence, and the rule as
/// `RULE@LEXICON:VERSION` (for example
/// `quote.speaker-verb-after@parley-default:1.0.0`). Each source embeds the
/// article text its spans point into, so `parley validate` checks every one.
package struct Ingestor: Sendable {
  /// The lexicon in use.
  package let lexicon: Lexicon
  private let index: LexiconIndex

  /// Creates an ingestor with `lexicon` (the built-in one by default).
  package init(lexicon: Lexicon = .builtin) {
    self.lexicon = lexicon
    index = LexiconIndex(lexicon)
  }

  /// Drafts one dossier from `articles`, merging what several report.
  /// Articles are read in the order given; give them sorted for
  /// reproducible output.
  package func draft(
    _ articles: [Article], id: String = "draft", title: String? = nil
  ) -> Dossier {
    let builder = DraftBuilder(index: index, articles: articles)
    // First meet everyone: "Putin said" in an article's first line is only
    // known to be Vladimir Putin once "President Vladimir Putin" has been read.
    for number in articles.indices {
      var analyzer = ArticleAnalyzer(index: index, builder: builder, articleNumber: number)
      analyzer.run(findingPeopleOnly: true)
    }
    for number in articles.indices {
      var analyzer = ArticleAnalyzer(index: index, builder: builder, articleNumber: number)
      analyzer.run()
    }
    builder.mergeUndatedTalks()
    return DossierAssembly(builder: builder, lexiconVersion: lexicon.version).dossier(
      id: id,
      title: title
        ?? "Draft from \(articles.count) article\(articles.count == 1 ? "" : "s") (parley ingest)")
  }
}
