import ParleyCore

/// Reads one article paragraph by paragraph through the passes, in order:
/// mentions, dates and quotes, talks, statements, positions, events. Each
/// pass reads what the ones before it added to the ``Paragraph`` and reports
/// what it finds to the ``DraftBuilder``; what a pass carries from one
/// paragraph to the next (who was named, the last quote) is its own state.
struct ArticleAnalyzer {
  let index: LexiconIndex
  let builder: DraftBuilder
  let articleNumber: Int
  let source: ScalarText
  var dates: DateRecognizer
  var mentions: MentionPass
  var talks: TalkPass
  var statements: StatementPass
  var positions: PositionPass
  let events: EventPass

  init(index: LexiconIndex, builder: DraftBuilder, articleNumber: Int) {
    (self.index, self.builder, self.articleNumber) = (index, builder, articleNumber)
    let article = builder.articles[articleNumber]
    source = ScalarText(article.text)
    var published: CivilDate?
    if let date = article.published, date.precision == .day, let start = date.start {
      published = CivilDate(year: start.year, month: start.month, day: start.day)
    }
    dates = DateRecognizer(
      published: published, contextYear: published?.year, words: index.dateWords)
    mentions = MentionPass(index: index, builder: builder)
    talks = TalkPass(index: index, builder: builder, published: published)
    statements = StatementPass(index: index, builder: builder)
    positions = PositionPass(index: index, builder: builder)
    events = EventPass(index: index, builder: builder)
  }

  /// Reads the article; with `findingPeopleOnly`, only registers the people
  /// and organizations it names.
  mutating func run(findingPeopleOnly: Bool = false) {
    let article = builder.articles[articleNumber]
    var ledeRead = false
    for (number, range) in article.paragraphs.enumerated() {
      var tokens = Tokenizer.tokens(
        source, in: range, abbreviations: index.words.abbreviations.words,
        vocabulary: index.vocabulary)
      if let dateline = Dateline.find(in: tokens, index: index) {
        // (The story's own: the first paragraph's.)
        if !findingPeopleOnly, !ledeRead {
          talks.noteDateline(
            dateline, in: tokens, paragraph: number, source: source, article: articleNumber)
        }
        tokens.removeFirst(dateline.end)
      }
      guard !tokens.isEmpty else { continue }
      ledeRead = true
      var paragraph = Paragraph(
        article: articleNumber, source: source, number: number, tokens: tokens,
        words: index.words)
      mentions.run(&paragraph)
      if findingPeopleOnly { continue }
      paragraph.dates = paragraph.sentences.map { dates.dates(in: tokens, sentence: $0.tokens) }
      paragraph.quotes = Quotation.find(in: tokens)
      paragraph.talk = talks.run(paragraph)
      paragraph.topicTalk = paragraph.talk ?? talks.firstTalk
      statements.run(paragraph)
      // In token order (quotes are found before reported speech), for halving.
      paragraph.speech = statements.spoken.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      positions.run(paragraph)
      events.run(paragraph)
    }
  }
}
