import ParleyCore

/// One paragraph of an article as the passes see it: its tokens and
/// sentences, then what each pass adds (mentions, dates, quotes, the talk it
/// speaks of), and the helpers that turn token ranges into text and evidence.
struct Paragraph {
  /// The article's number in the draft.
  let article: Int
  /// The article's text, which tokens and evidence spans point into.
  let source: ScalarText
  /// The paragraph's number in its article.
  let number: Int
  let tokens: [Token]
  var sentences: [Sentence]
  /// Per sentence, whether it names a meeting ("talks", "summit" …).
  var namesMeeting: [Bool]
  /// Which word lists the paragraph's words are in: a rule whose words are
  /// not among them has nothing to find here.
  let lists: WordListPresence
  /// Entities named, filled by ``MentionPass``.
  var mentions: MentionTable
  /// Dates per sentence.
  var dates: [[DateMention]] = []
  /// Quotations: token ranges of the marks and contents.
  var quotes: [Quotation] = []
  /// The talk the paragraph speaks of, found by ``TalkPass``.
  var talk: Int?
  /// The talk the paragraph speaks of, else the article's first: what "the
  /// two sides" are the parties of.
  var topicTalk: Int?
  /// The turn a transcript's paragraph is, found by ``MentionPass``.
  var turn: TranscriptTurn?
  /// The words of speakers known by name, found by ``StatementPass``.
  var speech: [Speech] = []

  init(article: Int, source: ScalarText, number: Int, tokens: [Token], words: WordSets) {
    (self.article, self.source, self.number, self.tokens) = (article, source, number, tokens)
    sentences = Tokenizer.sentences(tokens)
    mentions = MentionTable(tokenCount: tokens.count)
    lists = words.presence(in: tokens)
    namesMeeting =
      words.meetingNouns.occurs(in: lists)
      ? sentences.map { words.meetingNouns.containsAny(of: tokens, in: $0.tokens) }
      : Array(repeating: false, count: sentences.count)
  }

  /// Scalar offsets of `tokens` in the article text.
  func span(_ tokens: Range<Int>) -> Range<Int> {
    self.tokens[tokens.lowerBound].range
      .lowerBound..<self.tokens[tokens.upperBound - 1].range
      .upperBound
  }

  /// The evidence that `tokens` give for a record found by `rule`.
  func evidence(_ tokens: Range<Int>, _ rule: String, _ confidence: Double) -> Evidence {
    Evidence(article: article, span: span(tokens), rule: rule, confidence: confidence)
  }

  /// The text of `tokens`, as written.
  func text(_ tokens: Range<Int>) -> String {
    tokens.isEmpty ? "" : source.string(span(tokens))
  }

  /// The resolved date of sentence `sentence` nearest to token `token`, if
  /// any, among those `isAllowed` lets through.
  func date(
    sentence: Int, near token: Int, where isAllowed: (DateMention) -> Bool = { _ in true }
  ) -> EDTFDate? {
    dates[sentence].filter { $0.date != nil && isAllowed($0) }
      .min(by: {
        abs($0.tokens.lowerBound - token) < abs($1.tokens.lowerBound - token)
      })?.date
  }

  /// The words of a speaker known by name that hold `token`, if any.
  ///
  /// A binary search: the speech is in token order.
  func speech(at token: Int) -> Speech? {
    let after = speech.partitionPoint { $0.tokens.lowerBound > token }
    guard after > 0, speech[after - 1].tokens.contains(token) else { return nil }
    return speech[after - 1]
  }

  /// The sentence that holds `token`.
  ///
  /// A binary search: sentences follow each other in token order.
  func sentenceIndex(of token: Int) -> Int {
    var (low, high) = (0, sentences.count)
    while low < high {
      let middle = (low + high) / 2
      let range = sentences[middle].tokens
      if range.contains(token) { return middle }
      if token < range.lowerBound { high = middle } else { low = middle + 1 }
    }
    return 0
  }

  /// The talk sentence `sentence` speaks of: the paragraph's, if the
  /// sentence names a meeting.
  func talkMentioned(in sentence: Int) -> Int? {
    namesMeeting[sentence] ? talk : nil
  }
}
