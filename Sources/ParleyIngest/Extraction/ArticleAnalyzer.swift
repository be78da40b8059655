import ParleyCore

/// Reads one article's body paragraphs and reports what it finds to the
/// ``DraftBuilder``: entities, statements, positions, talks and events, each
/// with its evidence span and rule.
struct ArticleAnalyzer {
  let index: LexiconIndex
  let builder: DraftBuilder
  let articleNumber: Int
  let source: ScalarText
  var dates: DateRecognizer
  /// People mentioned so far in this article, most recent last.
  var recentPeople: [String] = []
  /// The first person named in the last sentence that named one, for pronouns.
  var lastSubject: String?
  /// The alliance last named, for "the allies" and "the alliance".
  var lastAlliance: String?
  /// Unnamed speakers ("a senior administration official") by head noun.
  var descriptors: [String: String] = [:]
  /// The talk this paragraph spoke of last, for participants named later.
  var currentTalk: Int?
  /// The first talk the article spoke of: what "the talks" means by default.
  var firstTalk: Int?
  /// The speaker of the last quote and the paragraph it was in.
  var lastQuote: (paragraph: Int, speaker: String, open: Bool, statement: Int?)?

  init(index: LexiconIndex, builder: DraftBuilder, articleNumber: Int) {
    (self.index, self.builder, self.articleNumber) = (index, builder, articleNumber)
    let article = builder.articles[articleNumber]
    source = ScalarText(article.text)
    var published: CivilDate?
    if let date = article.published, date.precision == .day, let start = date.start {
      published = CivilDate(year: start.year, month: start.month, day: start.day)
    }
    dates = DateRecognizer(published: published, contextYear: published?.year)
  }

  /// One paragraph, tokenized, with what was found in it.
  struct Paragraph {
    var number: Int
    var tokens: [Token]
    var sentences: [Sentence]
    var mentions: MentionTable
    /// Dates per sentence.
    var dates: [[DateMention]] = []
    /// Quotations: token ranges of the marks and contents.
    var quotes: [Quotation] = []
    /// Per sentence, whether it names a meeting ("talks", "summit" …).
    var namesMeeting: [Bool] = []
  }

  /// Reads the article; with `findingPeopleOnly`, only registers the people
  /// and organizations it names.
  mutating func run(findingPeopleOnly: Bool = false) {
    let article = builder.articles[articleNumber]
    for (number, range) in article.paragraphs.enumerated() {
      var tokens = Tokenizer.tokens(source, in: range)
      index.vocabulary.assign(&tokens)
      guard !tokens.isEmpty else { continue }
      currentTalk = nil
      var paragraph = Paragraph(
        number: number, tokens: tokens, sentences: Tokenizer.sentences(tokens),
        mentions: MentionTable(tokenCount: tokens.count))
      paragraph.namesMeeting = paragraph.sentences.map { sentence in
        tokens[sentence.tokens].contains { meetingNouns.contains($0.key) }
      }
      findMentions(&paragraph)
      for sentence in paragraph.sentences.reversed() {
        if let subject = paragraph.mentions.within(sentence.tokens).first(where: {
          $0.entityKind == .person
        }) {
          lastSubject = subject.entity
          break
        }
      }
      if findingPeopleOnly { continue }
      paragraph.dates = paragraph.sentences.map { dates.dates(in: tokens, sentence: $0.tokens) }
      paragraph.quotes = Quotation.find(in: tokens)
      findTalks(paragraph)
      findStatements(paragraph)
      findPositions(paragraph)
      findEvents(paragraph)
    }
  }

  // MARK: - Helpers shared by the finders

  func evidence(_ paragraph: Paragraph, _ tokens: Range<Int>, _ rule: String, _ confidence: Double)
    -> Evidence
  {
    let span =
      paragraph.tokens[tokens.lowerBound].range
      .lowerBound..<paragraph.tokens[
        tokens.upperBound - 1
      ].range.upperBound
    return Evidence(article: articleNumber, span: span, rule: rule, confidence: confidence)
  }

  func text(_ paragraph: Paragraph, _ tokens: Range<Int>) -> String {
    guard !tokens.isEmpty else { return "" }
    let span =
      paragraph.tokens[tokens.lowerBound].range
      .lowerBound..<paragraph.tokens[
        tokens.upperBound - 1
      ].range.upperBound
    return source.string(span)
  }

  /// The resolved date of a sentence nearest to token `token`, if any.
  func date(in paragraph: Paragraph, sentence: Int, near token: Int) -> EDTFDate? {
    paragraph.dates[sentence].filter { $0.date != nil }
      .min(by: {
        abs($0.tokens.lowerBound - token) < abs($1.tokens.lowerBound - token)
      })?.date
  }

  /// Issues named in `tokens`, in order.
  func issues(in paragraph: Paragraph, _ tokens: Range<Int>) -> [(issue: Int, at: Int)] {
    var found: [(Int, Int)] = []
    var position = tokens.lowerBound
    while position < tokens.upperBound {
      if let match = index.issues.match(paragraph.tokens, at: position, limit: tokens.upperBound) {
        if !found.contains(where: { $0.0 == match.value }) { found.append((match.value, position)) }
        position += match.length
      } else {
        position += 1
      }
    }
    return found
  }

  /// The id of the lexicon issue at `issue`.
  func issueID(_ issue: Int) -> String { index.lexicon.issues[issue].id }

  ///
  /// A binary search: sentences follow each other in token order.
  func sentenceIndex(of token: Int, in paragraph: Paragraph) -> Int {
    var (low, high) = (0, paragraph.sentences.count)
    while low < high {
      let middle = (low + high) / 2
      let range = paragraph.sentences[middle].tokens
      if range.contains(token) { return middle }
      if token < range.lowerBound { high = middle } else { low = middle + 1 }
    }
    return 0
  }
}
