import ParleyCore

/// Drafts an IR dossier from news articles with rules and a lexicon.
///
/// Every extracted record carries provenance with `method: extracted`, the
/// source, the span of evidence and its text, a confidence, and the rule as
/// `RULE@LEXICON:VERSION` (for example
/// `quote.speaker-verb-after@parley-default:1.21.0`). Each source embeds the
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

  /// A draft and what its reviewer should look at first.
  package struct Draft: Sendable {
    /// The drafted dossier.
    package var dossier: Dossier
    /// Places the rules could not finish, as `ORIGIN:LINE:COLUMN: what`:
    /// stance cues that found no issue.
    package var warnings: [String]
  }

  /// Drafts one dossier from `articles`, merging what several report.
  /// Articles are read in the order given; give them sorted for
  /// reproducible output.
  package func draft(
    _ articles: [Article], id: String = "draft", title: String? = nil
  ) -> Dossier {
    drafting(articles, id: id, title: title).dossier
  }

  /// ``draft(_:id:title:)`` with its warnings.
  package func drafting(
    _ articles: [Article], id: String = "draft", title: String? = nil
  ) -> Draft {
    let builder = DraftBuilder(index: index, articles: articles)
    // First meet everyone: "Putin said" in an article's first line is only
    // known to be Vladimir Putin once "President Vladimir Putin" has been read.
    for number in articles.indices {
      var analyzer = ArticleAnalyzer(index: index, builder: builder, articleNumber: number)
      analyzer.run(findingPeopleOnly: true)
    }
    // Then give the leaders the articles name without their state theirs.
    builder.applyKnownPeople()
    for number in articles.indices {
      var analyzer = ArticleAnalyzer(index: index, builder: builder, articleNumber: number)
      analyzer.run()
    }
    builder.settleTalks()
    let dossier = DossierAssembly(builder: builder, lexiconVersion: lexicon.version).dossier(
      id: id,
      title: title
        ?? "Draft from \(articles.count) article\(articles.count == 1 ? "" : "s") (parley ingest)")
    var warnings: [String] = []
    var scalars: (article: Int, text: ScalarText, lines: LineIndex)?
    for cue in builder.cuesWithoutIssue {
      if scalars?.article != cue.article {
        let text = ScalarText(articles[cue.article].text)
        scalars = (cue.article, text, LineIndex(text.scalars))
      }
      let (line, column) = scalars!.lines.lineAndColumn(cue.span.lowerBound)
      let words = scalars!.text.string(cue.span)
      warnings.append(
        "\(articles[cue.article].origin):\(line):\(column): stance cue found no issue: “\(words)”"
      )
    }
    return Draft(dossier: dossier, warnings: warnings)
  }
}
