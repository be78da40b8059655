import ParleyCore

/// Finds statements: quotations with their speakers, quotes that run on
/// across paragraphs, and reported speech. It carries the last quote from
/// one paragraph to the next.
struct StatementPass {
  let index: LexiconIndex
  let builder: DraftBuilder
  /// The speaker of the last quote, its paragraph, whether it was left open,
  /// and its statement.
  private var lastQuote: (paragraph: Int, speaker: String, open: Bool, statement: Int?)?
  /// The speaker whose words the last paragraph's last sentence reported,
  /// and its paragraph.
  private var lastReported: (paragraph: Int, speaker: String)?

  init(index: LexiconIndex, builder: DraftBuilder) {
    (self.index, self.builder) = (index, builder)
  }

  /// The last transcript turn, its statement and speaker, for answers that
  /// run on over several paragraphs.
  private var lastTurn: (paragraph: Int, statement: Int, speaker: String)?

  /// The words of the last paragraph's known speakers.
  private(set) var spoken: [Speech] = []

  /// Finds the paragraph's statements.
  mutating func run(_ paragraph: Paragraph) {
    spoken = []
    if let turn = paragraph.turn {
      lastTurn = turn.speaker.flatMap { speaker in
        transcriptTurn(paragraph, turn, speaker).map { (paragraph.number, $0, speaker) }
      }
      if let speaker = turn.speaker { heard(turn.words, speaker) }
      return
    }
    // An answer that goes on in the next paragraph, not a stage direction
    // nor a story's slug ("UPDATE: …").
    if let last = lastTurn, last.paragraph == paragraph.number - 1,
      paragraph.tokens.first?.isMark("(") != true,
      !TranscriptTurn.opensWithSlug(paragraph.tokens, index: index)
    {
      builder.extendStatement(
        last.statement, with: paragraph.text(0..<paragraph.tokens.count),
        evidence: paragraph.evidence(0..<paragraph.tokens.count, "transcript.turn-continued", 0.8))
      lastTurn = (paragraph.number, last.statement, last.speaker)
      heard(0..<paragraph.tokens.count, last.speaker)
      return
    }
    lastTurn = nil
    findStatements(paragraph)
  }

  /// Notes that `speaker` said the words of `tokens`.
  private mutating func heard(_ tokens: Range<Int>, _ speaker: String) {
    guard !tokens.isEmpty, speaker != DraftBuilder.unknownSpeaker else { return }
    spoken.append(Speech(tokens: tokens, speaker: speaker))
  }

  /// A speaker's turn: one direct statement of their words.
  private func transcriptTurn(_ paragraph: Paragraph, _ turn: TranscriptTurn, _ speaker: String)
    -> Int?
  {
    guard !turn.words.isEmpty else { return nil }
    return builder.addStatement(
      DraftBuilder.StatementDraft(
        speaker: speaker, text: paragraph.text(turn.words), mode: .direct,
        date: paragraph.dates.first.flatMap { _ in paragraph.date(sentence: 0, near: 0) },
        talk: nil,
        issues: index.issues(in: paragraph.tokens, turn.words).map { index.issueID($0.issue) },
        evidence: [paragraph.evidence(0..<paragraph.tokens.count, "transcript.turn", 0.9)]))
  }
}

extension StatementPass {
  mutating func findStatements(_ paragraph: Paragraph) {
    let tokens = paragraph.tokens
    var paragraphSpeaker: String?
    var quotedSentences = Set<Int>()
    for (number, quote) in paragraph.quotes.enumerated() {
      let sentence = paragraph.sentenceIndex(of: quote.open)
      quotedSentences.insert(sentence)
      if let close = quote.close { quotedSentences.insert(paragraph.sentenceIndex(of: close)) }
      let words = tokens[quote.contents].filter(\.isWord).count
      var content = paragraph.text(quote.contents)
      while let last = content.unicodeScalars.last, last == "," || last == " " {
        content.unicodeScalars.removeLast()
      }
      // A quote the previous paragraph left open goes on here.
      if number == 0, quote.open == 0, let last = lastQuote, last.open,
        last.paragraph == paragraph.number - 1, let statement = last.statement
      {
        builder.extendStatement(
          statement, with: content,
          evidence: paragraph.evidence(
            quote.open..<(quote.close.map { $0 + 1 } ?? tokens.count),
            "quote.continued-paragraph", 0.8))
        paragraphSpeaker = last.speaker
        lastQuote = (paragraph.number, last.speaker, quote.close == nil, statement)
        heard(quote.contents, last.speaker)
        continue
      }
      // `Kim replied: "… right now." He said …`: a quote its speaker opens
      // with a colon, that ends its sentence, is theirs; the speech verb
      // after it opens a sentence of its own.
      // (So is one that a sentence's words lead to and that ends that
      // sentence inside its marks: `Petro called the deal "a historic
      // step." García said …`.)
      var attribution =
        opensWithColon(tokens, quote) || endsLedSentence(paragraph, quote)
        ? quoteSpeakerBefore(paragraph, quote) ?? quoteSpeakerAfter(paragraph, quote)
        : quoteSpeakerAfter(paragraph, quote) ?? quoteSpeakerBefore(paragraph, quote)
      let attributed = attribution != nil
      if attribution == nil, let paragraphSpeaker {
        attribution = (paragraphSpeaker, quote.open..<quote.open + 1, "quote.same-paragraph", 0.7)
      }
      // `Mirzoyan said the talks had failed. “We will not accept this.”`: a
      // quote that opens its sentence after one that reports someone's
      // words is theirs.
      if attribution == nil, sentence > 0,
        quote.open == paragraph.sentences[sentence].tokens.lowerBound,
        quote.close.map({ $0 >= paragraph.sentences[sentence].tokens.upperBound - 2 }) ?? false,
        let speaker = reportingSubject(paragraph, sentence - 1)
      {
        attribution = (speaker, quote.open..<quote.open + 1, "quote.after-reported-speech", 0.6)
      }
      // A paragraph that is nothing but a quote continues the last speaker:
      // the last the paragraph before quoted, else the one it ended by
      // reporting.
      let wholeParagraph =
        quote.open == 0 && quote.close.map({ $0 >= tokens.count - 2 }) ?? true
      if attribution == nil, wholeParagraph, let last = lastQuote,
        last.paragraph == paragraph.number - 1
      {
        attribution = (last.speaker, quote.open..<quote.open + 1, "quote.previous-paragraph", 0.5)
      }
      if attribution == nil, wholeParagraph, let reported = lastReported,
        reported.paragraph == paragraph.number - 1
      {
        attribution = (
          reported.speaker, quote.open..<quote.open + 1, "quote.after-reported-speech", 0.5
        )
      }
      // Scare quotes ("red lines") are not statements unless someone is said to
      // have said them; capitalized short quotes are names of works ("This Week").
      if words < 4 && !attributed { continue }
      // A fragment woven into the writer's sentence, with no speaker ("to
      // build ‘a lasting and stable peace regime’"): words quoted from a
      // text or a person, not a statement of its own.
      // (Not after a colon or a dash: `the note read: "the two sides …"`;
      // nor words in the first person: `…, “we will not give up Crimea”`.)
      if attribution == nil, quote.open > paragraph.sentences[sentence].tokens.lowerBound,
        tokens[quote.open - 1].isWord || tokens[quote.open - 1].isMark(","),
        !index.words.firstPerson.containsAny(of: tokens, in: quote.contents),
        let first = tokens[quote.contents].first(where: \.isWord),
        first.text.unicodeScalars.first?.properties.isLowercase == true
      {
        continue
      }
      if words < 4, tokens[quote.contents].filter(\.isWord).allSatisfy(\.isCapitalized) { continue }
      let speaker = attribution?.speaker ?? DraftBuilder.unknownSpeaker
      let end = max(quote.close.map { $0 + 1 } ?? tokens.count, attribution?.tokens.upperBound ?? 0)
      let start = min(quote.open, attribution.map { $0.tokens.lowerBound } ?? quote.open)
      let rule = attribution?.rule ?? "quote.unattributed"
      let added = builder.addStatement(
        DraftBuilder.StatementDraft(
          speaker: speaker, text: content, mode: .direct,
          date: paragraph.date(sentence: sentence, near: quote.open),
          talk: paragraph.talkMentioned(in: sentence),
          issues: index.issues(in: paragraph.tokens, quote.contents).map {
            index.issueID($0.issue)
          },
          evidence: [paragraph.evidence(start..<end, rule, attribution?.confidence ?? 0.3)]))
      if speaker != DraftBuilder.unknownSpeaker { paragraphSpeaker = speaker }
      lastQuote = (paragraph.number, speaker, quote.close == nil, added)
      heard(quote.contents, speaker)
    }
    for (number, sentence) in paragraph.sentences.enumerated()
    where !quotedSentences.contains(number) {
      reportedSpeech(paragraph, sentence, number)
    }
    let last = paragraph.sentences.count - 1
    lastReported =
      last < 0 || quotedSentences.contains(last)
      ? nil : reportingSubject(paragraph, last).map { (paragraph.number, $0) }
  }

  /// Who sentence `number` reports the words of: the subject opening it
  /// (past determiners and titles: "Armenian Foreign Minister Ararat
  /// Mirzoyan"; a person, state, organization or alliance) of one of
  /// `reporting-verbs`, or of another speech verb before one of
  /// `complementizers` (after an object at most: "told reporters that"),
  /// among its first twelve words ("Mirzoyan said the talks had failed.");
  /// `nil` when it reports no one's. Not "Critics of Aliyev said", "After
  /// Aliyev said …, the opposition walked out", "The EU added three
  /// officials to its list".
  func reportingSubject(_ paragraph: Paragraph, _ number: Int) -> String? {
    let tokens = paragraph.tokens
    let words = index.words
    let range = paragraph.sentences[number].tokens
    for verb in range.prefix(12)
    where index.speechVerbs.match(tokens, at: verb, limit: range.upperBound) != nil {
      let reports =
        words.reportingVerbs.contains(tokens[verb])
        || (verb + 1..<min(range.upperBound, verb + 3)).contains {
          words.complementizers.contains(tokens[$0])
        }
      guard reports else { return nil }
      return openingSubject(paragraph, range, before: verb)
    }
    return nil
  }

  /// The subject of the verb at `verb` when it opens `range`, past
  /// determiners, titles and names ("Armenian Foreign Minister Ararat
  /// Mirzoyan"), and past auxiliaries before the verb: a person, state,
  /// organization or alliance. Not "Critics of Aliyev", "A source close to
  /// Lavrov".
  func openingSubject(_ paragraph: Paragraph, _ range: Range<Int>, before verb: Int) -> String? {
    let tokens = paragraph.tokens
    let words = index.words
    var end = verb - 1
    while end >= range.lowerBound,
      words.auxiliaries.contains(tokens[end]) || words.copulas.contains(tokens[end])
    {
      end -= 1
    }
    guard end >= range.lowerBound, let subject = paragraph.mentions.ending(at: end),
      holderKinds.contains(subject.entityKind),
      (range.lowerBound..<subject.tokens.lowerBound).allSatisfy({
        words.determiners.contains(tokens[$0]) || index.titleWords.contains(tokens[$0].key)
          || paragraph.mentions.covering($0) != nil
      })
    else { return nil }
    return subject.entity
  }

  /// Whether `quote` follows a colon and ends its sentence inside its
  /// marks, with no comma after them: `replied: "… right now." He said`.
  func opensWithColon(_ tokens: [Token], _ quote: Quotation) -> Bool {
    guard let close = quote.close, quote.open > 0, close > quote.open + 1,
      tokens[quote.open - 1].isMark(":")
    else { return false }
    let last = tokens[close - 1]
    return (last.isMark(".") || last.isMark("?") || last.isMark("!"))
      && !(close + 1 < tokens.count && tokens[close + 1].isMark(","))
  }

  /// Whether `quote` follows a word of its sentence and ends that sentence
  /// with a full stop inside its marks, with no comma after them: `called
  /// the deal "a historic step." García said` (US style); what follows is
  /// another sentence.
  func endsLedSentence(_ paragraph: Paragraph, _ quote: Quotation) -> Bool {
    let tokens = paragraph.tokens
    guard let close = quote.close, quote.open > 0, close > quote.open + 1,
      tokens[quote.open - 1].isWord, tokens[close - 1].isMark(".")
    else { return false }
    return !(close + 1 < tokens.count && tokens[close + 1].isMark(","))
  }

  /// `”, Ryabkov said` · `,” said Gleb Pavlovsky` · `” he continued`.
  func quoteSpeakerAfter(_ paragraph: Paragraph, _ quote: Quotation) -> (
    speaker: String, tokens: Range<Int>, rule: String, confidence: Double
  )? {
    guard let close = quote.close else { return nil }
    let tokens = paragraph.tokens
    var position = close + 1
    if position < tokens.count, tokens[position].isMark(",") { position += 1 }
    // ”, Ryabkov said · ”, Foreign Minister Sergei Lavrov said
    // ”, French Foreign Minister Catherine Colonna said: past the title's qualifiers.
    if let subject = speakerAfterVerb(paragraph, position)
      ?? paragraph.mentions.starting(at: position)
    {
      if let verb = speechVerb(tokens, after: subject.tokens.upperBound) {
        return (subject.entity, close + 1..<verb, "quote.speaker-verb-after", 0.9)
      }
      // ”, Andrey Kortunov, head of the Russian International Affairs Council, told …
      let afterName = subject.tokens.upperBound
      if subject.entityKind == .person, afterName + 1 < tokens.count, tokens[afterName].isMark(","),
        let comma = tokens[afterName + 1..<min(tokens.count, afterName + 16)]
          .firstIndex(where: { $0.isMark(",") }),
        let verb = speechVerb(tokens, after: comma + 1)
      {
        return (subject.entity, close + 1..<verb, "quote.speaker-apposition-verb-after", 0.85)
      }
    }
    if let verb = index.speechVerbs.match(tokens, at: position),
      let subject = speakerAfterVerb(paragraph, position + verb.length)
    {
      return (
        subject.entity, close + 1..<subject.tokens.upperBound, "quote.verb-speaker-after", 0.9
      )
    }
    // ”, a déclaré le ministre, Ryabkov told reporters: a little further on.
    let sentenceEnd = paragraph.sentences[paragraph.sentenceIndex(of: close)].tokens.upperBound
    for later in position + 1..<max(position + 1, min(sentenceEnd, position + 8)) {
      if tokens[later - 1].isMark(","), let subject = paragraph.mentions.starting(at: later),
        subject.entityKind == .person,
        let verb = speechVerb(tokens, after: subject.tokens.upperBound)
      {
        return (subject.entity, close + 1..<verb, "quote.speaker-verb-after", 0.75)
      }
    }
    return nil
  }

  /// The person after a speech verb, past their title: "said Deputy Secretary
  /// of State Wendy Sherman", "said the Russian ambassador".
  func speakerAfterVerb(_ paragraph: Paragraph, _ start: Int) -> Mention? {
    var position = start
    // "said the Kremlin's spokesman Dmitry Peskov", "said the Qatari
    // foreign ministry spokesman, Majed al-Ansari".
    if position + 1 < paragraph.tokens.count,
      index.words.definiteArticles.contains(paragraph.tokens[position]),
      let owner = paragraph.mentions.starting(at: position + 1),
      let named = personAfterOwner(paragraph, owner)
    {
      return named
    }
    while position < paragraph.tokens.count {
      if let mention = paragraph.mentions.starting(at: position) {
        var after = mention.tokens.upperBound
        // "said Erdogan's spokesman, Ibrahim Kalin": the one named with the
        // title speaks, not its owner (who does with no one named: "said
        // Turkey's foreign minister", as "a Kremlin spokesman").
        if let named = personAfterOwner(paragraph, mention) { return named }
        if mention.entityKind == .person { return mention }
        // An actor naming the title ("Russian", "NATO") or the speaker
        // itself; a body's noun may stand between ("Lebanese army Brig. Gen.").
        if after + 1 < paragraph.tokens.count,
          index.words.collectiveNouns.contains(paragraph.tokens[after]),
          index.titles.match(paragraph.tokens, at: after + 1) != nil
        {
          after += 1
        }
        if index.titles.match(paragraph.tokens, at: after) != nil {
          position = after
          continue
        }
        return mention.isDemonym ? nil : mention
      }
      if let title = index.titles.match(paragraph.tokens, at: position) {
        position += title.length
        continue
      }
      if index.words.honorifics.contains(paragraph.tokens[position]) {
        position += 1
        continue
      }
      // A body the lexicon does not know naming the title ("National
      // Security Council spokesman John Kirby"): up to five capitalized words.
      // (A title may be capitalized too: "… Council Spokesman John Kirby".)
      var after = position
      while after < paragraph.tokens.count, after - position < 5,
        paragraph.tokens[after].isWord, paragraph.tokens[after].isCapitalized,
        paragraph.mentions.starting(at: after) == nil,
        after == position || index.titles.match(paragraph.tokens, at: after) == nil
      {
        after += 1
      }
      if after > position, after < paragraph.tokens.count,
        index.titles.match(paragraph.tokens, at: after) != nil
      {
        position = after
        continue
      }
      return nil
    }
    return nil
  }

  /// The person named with a title after `owner`: past its possessive
  /// ("Erdogan's spokesman, Ibrahim Kalin"); after any actor but a person,
  /// a body's name, a demonym, a state's body ("Russia's foreign ministry
  /// spokeswoman, Maria Zakharova"); or set off after a description that
  /// holds the title ("the Qatari foreign ministry spokesman, Majed
  /// al-Ansari", one reference).
  func personAfterOwner(_ paragraph: Paragraph, _ owner: Mention) -> Mention? {
    let end = owner.tokens.upperBound
    if let named = personAfterOwnedTitle(paragraph, possessive: end) { return named }
    if case .reference = owner.kind {
      guard end + 1 < paragraph.tokens.count, paragraph.tokens[end].isMark(","),
        let named = paragraph.mentions.starting(at: end + 1), named.entityKind == .person
      else { return nil }
      return named
    }
    return owner.entityKind != .person ? personAfterTitle(paragraph, at: end) : nil
  }

  /// The person named after an owner's possessive at `possessive` and a
  /// title: "Erdogan's spokesman, Ibrahim Kalin", "Russia's former
  /// president, Dmitry Medvedev" (past `title-qualifiers`), "Russia's
  /// ambassador to the UN, Vassily Nebenzia", "Biden's special envoy for
  /// Sudan, Tom Perriello" (past a `title-links` or `remit-links` word and
  /// what follows it, up to a comma within eight words).
  func personAfterOwnedTitle(_ paragraph: Paragraph, possessive: Int) -> Mention? {
    guard possessive < paragraph.tokens.count,
      index.words.possessiveMarkers.contains(paragraph.tokens[possessive])
    else { return nil }
    return personAfterTitle(paragraph, at: possessive + 1)
  }

  /// The person named after the title at `start`, as in
  /// ``personAfterOwnedTitle(_:possessive:)``; also after a body's name:
  /// "Russia's foreign ministry spokeswoman, Maria Zakharova", where the
  /// body is one mention.
  func personAfterTitle(_ paragraph: Paragraph, at start: Int) -> Mention? {
    let tokens = paragraph.tokens
    guard start < tokens.count else { return nil }
    // (A qualifier may open a title itself: "chief of staff". The office
    // may stand before it: "Russia's Foreign Ministry spokeswoman", one of
    // `organization-heads` and the word before it, or one of
    // `collective-nouns`: "Israel's army spokesman".)
    func isOffice(_ position: Int) -> Bool {
      tokens[position].isWord
        && (index.words.organizationHeads.contains(tokens[position])
          || index.words.collectiveNouns.contains(tokens[position])
          || position + 1 < tokens.count
            && index.words.organizationHeads.contains(tokens[position + 1]))
    }
    var title = start
    var found = index.titles.match(tokens, at: title)
    while found == nil, title < tokens.count, title - start <= 2,
      index.words.titleQualifiers.contains(tokens[title]) || isOffice(title)
    {
      title += 1
      found = index.titles.match(tokens, at: title)
    }
    guard let match = found else { return nil }
    var name = title + match.length
    if name < tokens.count,
      index.words.titleLinks.contains(tokens[name])
        || index.words.remitLinks.contains(tokens[name]),
      let comma = tokens[name..<min(tokens.count, name + 8)].firstIndex(where: { $0.isMark(",") })
    {
      name = comma
    }
    if name + 1 < tokens.count, tokens[name].isMark(",") { name += 1 }
    guard let named = paragraph.mentions.starting(at: name), named.entityKind == .person else {
      return nil
    }
    return named
  }

  /// `Ryabkov said: “…` · `According to Peskov, “…` · `he wrote on Twitter that “…` ·
  /// `Ryabkov was quoted as saying: “…`.
  func quoteSpeakerBefore(_ paragraph: Paragraph, _ quote: Quotation) -> (
    speaker: String, tokens: Range<Int>, rule: String, confidence: Double
  )? {
    let tokens = paragraph.tokens
    let sentence = paragraph.sentences[paragraph.sentenceIndex(of: quote.open)]
    let start = max(sentence.tokens.lowerBound, quote.open - 25)
    for position in stride(from: quote.open - 1, through: start, by: -1) {
      if index.speechVerbs.match(tokens, at: position, limit: quote.open) != nil,
        let subject = subject(paragraph, before: position, from: sentence.tokens.lowerBound)
      {
        return (subject, position..<quote.open, "quote.speaker-verb-before", 0.85)
      }
      // "Mirzoyan was quoted as saying: “…”" (not "denied that he was quoted
      // as saying").
      if index.words.quotationLinks.contains(tokens[position]), position - 1 >= start,
        !(sentence.tokens.lowerBound..<position).contains(where: {
          index.words.denialVerbs.contains(tokens[$0])
        }),
        index.words.quotationVerbs.contains(tokens[position - 1]), position + 1 < quote.open,
        index.speechVerbs.match(tokens, at: position + 1, limit: quote.open) != nil,
        let subject = openingSubject(paragraph, sentence.tokens, before: position - 1)
      {
        return (subject, position - 1..<quote.open, "quote.quoted-as", 0.85)
      }
      // "state media quoted Shamkhani as describing the talks as “…”"
      if index.words.quotationVerbs.contains(tokens[position]),
        let source = paragraph.mentions.starting(at: position + 1),
        source.entityKind == .person, source.tokens.upperBound < quote.open,
        index.words.quotationLinks.contains(tokens[source.tokens.upperBound])
      {
        return (source.entity, position..<quote.open, "quote.quoted-as", 0.85)
      }
      if let phrase = index.words.attributionPhrases.match(tokens, at: position, limit: quote.open),
        case let named =
          position + phrase < quote.open
          && index.words.honorifics.contains(tokens[position + phrase])
          ? position + phrase + 1 : position + phrase,
        named < quote.open, let source = paragraph.mentions.starting(at: named)
      {
        return (source.entity, position..<quote.open, "quote.according-to", 0.85)
      }
    }
    return nil
  }

  /// The speech verb at `position`, allowing "has", "also" … first; its end.
  func speechVerb(_ tokens: [Token], after position: Int) -> Int? {
    var position = position
    while position < tokens.count, index.words.auxiliaries.contains(tokens[position]) {
      position += 1
    }
    guard let verb = index.speechVerbs.match(tokens, at: position) else { return nil }
    let end = position + verb.length
    // "Hamas, …, said to be holding hostages": a rumour, not speech.
    if end + 1 < tokens.count, index.words.infinitiveMarkers.contains(tokens[end]),
      index.words.passiveAuxiliaries.contains(tokens[end + 1])
        || index.words.auxiliaries.contains(tokens[end + 1])
    {
      return nil
    }
    return end
  }

  /// The speaker just after `comma` of a report, and where its name ends:
  /// "…, Ryabkov said", "…, the Kremlin said", "…, the Lebanese presidency
  /// said" (a demonym and a body's noun: the state).
  func speakerAfter(_ paragraph: Paragraph, comma: Int) -> (entity: String, end: Int)? {
    let tokens = paragraph.tokens
    var start = comma + 1
    if start + 1 < tokens.count, paragraph.mentions.starting(at: start) == nil,
      index.words.definiteArticles.contains(tokens[start])
    {
      start += 1
    }
    // "…, Lebanese army Brig. Gen. Michel Boutros told": past the titles.
    if let person = speakerAfterVerb(paragraph, start), person.entityKind == .person {
      return (person.entity, person.tokens.upperBound)
    }
    guard let mention = paragraph.mentions.starting(at: start) else { return nil }
    let end = mention.tokens.upperBound
    if mention.isDemonym {
      guard end < tokens.count, index.words.collectiveNouns.contains(tokens[end]) else {
        return nil
      }
      return (mention.entity, end + 1)
    }
    return (mention.entity, end)
  }

  /// Whether the words after a report's speech verb, from `start` to the
  /// sentence's `end`, only say to whom, where or when: "said.", "told
  /// reporters.", "said in a statement on Friday.", "said Friday night." —
  /// a few words to an audience (`audience-verbs`) or opening with a word of
  /// `report-tails` or a day, no comma, quotation mark or second speech verb.
  func endsReport(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
    guard start <= end, end - start <= 8 else { return false }
    if start == end { return true }
    guard
      index.words.reportTails.contains(tokens[start])
        || index.dateWords.isCalendarWord(tokens[start])
        || index.words.audienceVerbs.contains(tokens[start - 1]) && end - start <= 4
    else { return false }
    return !tokens[start..<end].indices.contains { position in
      tokens[position].kind == .punctuation && !tokens[position].isMark("-")
        || index.speechVerbs.match(tokens, at: position) != nil
    }
  }

  /// "Baradar, who heads the movement's office in Doha, said": the speech
  /// verb after an apposition set off by commas that starts at `start`; its
  /// end. The apposition may hold a list: "Hezbollah, which is backed by
  /// Iran, Syria and Russia, said".
  func speechVerb(_ tokens: [Token], afterAppositionAt start: Int, end: Int) -> Int? {
    guard start < end, tokens[start].isMark(",") else { return nil }
    for close in start + 1..<min(end, start + 30) where tokens[close].isMark(",") {
      if let verb = speechVerb(tokens, after: close + 1) { return verb }
    }
    return nil
  }

  /// The mention that is the subject of a verb at `verb`: just before it,
  /// or before an apposition set off by commas.
  func subject(_ paragraph: Paragraph, before verb: Int, from start: Int) -> String? {
    var position = verb - 1
    while position >= start, index.words.auxiliaries.contains(paragraph.tokens[position]) {
      position -= 1
    }
    guard position >= start else { return nil }
    if let mention = paragraph.mentions.ending(at: position) { return mention.entity }
    // "the chairman of the committee, Bob Corker, said": the name the title
    // before it set off by commas.
    if paragraph.tokens[position].isMark(","), position - 1 > start,
      let named = paragraph.mentions.ending(at: position - 1), named.tokens.lowerBound > start,
      isSetOff(paragraph, named, in: paragraph.sentences[paragraph.sentenceIndex(of: verb)])
    {
      return named.entity
    }
    // "Gleb Pavlovsky, a former top adviser to Putin, said"
    if paragraph.tokens[position].isMark(",") {
      var back = position - 1
      while back > max(start, position - 14), !paragraph.tokens[back].isMark(",") { back -= 1 }
      if back > start, paragraph.tokens[back].isMark(","),
        let mention = paragraph.mentions.ending(at: back - 1),
        mention.entityKind == .person
      {
        return mention.entity
      }
    }
    return nil
  }

  /// Whether a person's name stands between commas inside `sentence`, the
  /// subject set off after its title: "the chairman of the committee, Bob
  /// Corker, said". Not when another person is named before it in the
  /// sentence, who is then the subject: "Dmitry Peskov, a spokesman for
  /// Russia's president, Vladimir Putin, said" is Peskov's ("The mayor of
  /// Kharkiv, Ihor Terekhov," names him twice).
  func isSetOff(_ paragraph: Paragraph, _ mention: Mention, in sentence: Sentence) -> Bool {
    let tokens = paragraph.tokens
    return mention.entityKind == .person && mention.tokens.lowerBound > sentence.tokens.lowerBound
      && mention.tokens.upperBound < sentence.tokens.upperBound
      && tokens[mention.tokens.lowerBound - 1].isMark(",")
      && tokens[mention.tokens.upperBound].isMark(",")
      && !paragraph.mentions.within(sentence.tokens.lowerBound..<mention.tokens.lowerBound)
        .contains { $0.entityKind == .person && !$0.isDemonym && $0.entity != mention.entity }
  }

  /// Speech without quotation marks: "X said that …", "…, Ryabkov said."
  mutating func reportedSpeech(_ paragraph: Paragraph, _ sentence: Sentence, _ number: Int) {
    let tokens = paragraph.tokens
    var end = sentence.tokens.upperBound
    while end > sentence.tokens.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
    // "…, Ryabkov said." / "…, said Ryabkov." / "…, the Kremlin said on
    // Friday." / "…, Wang told reporters."
    if end - sentence.tokens.lowerBound > 6 {
      var found: (speaker: String, start: Int)?
      for comma in stride(
        from: end - 2, through: max(sentence.tokens.lowerBound + 3, end - 14), by: -1)
      where tokens[comma].isMark(",") {
        // (Not an opening clause: "After the strike on the hospital, Egypt
        // accused …", "Asked about the plan, Wang told reporters.")
        if comma - sentence.tokens.lowerBound >= 4,
          !index.words.adverbialOpeners.contains(tokens[sentence.tokens.lowerBound]),
          let speaker = speakerAfter(paragraph, comma: comma),
          let verbEnd = speechVerb(tokens, after: speaker.end),
          endsReport(tokens, from: verbEnd, to: end)
        {
          found = (speaker.entity, comma)
        } else if comma >= end - 8, let verb = index.speechVerbs.match(tokens, at: comma + 1),
          // "…, said Lt. Col. Peter Lerner.": past the titles.
          let mention = speakerAfterVerb(paragraph, comma + 1 + verb.length)
            ?? paragraph.mentions.starting(at: comma + 1 + verb.length),
          mention.tokens.upperBound == end
        {
          found = (mention.entity, comma)
        }
        if found != nil { break }
      }
      if let found {
        let content = sentence.tokens.lowerBound..<found.start
        heard(content, found.speaker)
        let direct = index.words.firstPerson.containsAny(of: tokens, in: content)
        builder.addStatement(
          DraftBuilder.StatementDraft(
            speaker: found.speaker, text: paragraph.text(content),
            mode: direct ? .direct : .indirect,
            date: paragraph.date(sentence: number, near: content.lowerBound),
            issues: index.issues(in: paragraph.tokens, content).map { index.issueID($0.issue) },
            evidence: [
              paragraph.evidence(
                sentence.tokens.lowerBound..<end,
                direct ? "quote.unmarked-speaker-after" : "speech.reported-speaker-after", 0.6)
            ]))
        return
      }
    }
    // "According to the state news agency KCNA, Kim invited Trump …"
    let opening = sentence.tokens.lowerBound
    if end - opening > 6,
      let phrase = index.words.attributionPhrases.match(tokens, at: opening, limit: end),
      opening + phrase < min(end, opening + 12),
      let comma = tokens[opening + phrase..<min(end, opening + 12)]
        .firstIndex(where: { $0.isMark(",") }),
      let source = paragraph.mentions.last(in: opening + phrase..<comma),
      end - comma > 4
    {
      let content = comma + 1..<end
      heard(content, source.entity)
      builder.addStatement(
        DraftBuilder.StatementDraft(
          speaker: source.entity, text: paragraph.text(content), mode: .indirect,
          date: paragraph.date(sentence: number, near: content.lowerBound),
          issues: index.issues(in: paragraph.tokens, content).map { index.issueID($0.issue) },
          evidence: [
            paragraph.evidence(sentence.tokens.lowerBound..<end, "speech.according-to", 0.6)
          ]))
      return
    }
    // "Ryabkov said that …", "Sherman told reporters that …"; the speaker
    // within the sentence's first 20 tokens ("In Washington, the chairman
    // of the Senate Foreign Relations Committee, Bob Corker, said …").
    let limit = min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 20)
    for position in sentence.tokens.lowerBound..<limit {
      // ("Russian officials said": an adjective of state with its body,
      // opening the sentence; not "Former Russian officials", "Captured
      // Russian troops".)
      guard let mention = paragraph.mentions.starting(at: position),
        mention.entityKind == .person || !mention.isDemonym
          || mention.tokens.upperBound < end
            && index.words.collectiveSubjects.contains(tokens[mention.tokens.upperBound])
            && (position == sentence.tokens.lowerBound
              || position == sentence.tokens.lowerBound + 1
                && index.words.determiners.contains(tokens[sentence.tokens.lowerBound])),
        let verbEnd = speechVerb(
          tokens, after: mention.tokens.upperBound + (mention.isDemonym ? 1 : 0))
          // "Hezbollah, the Iran-backed group, said": a body's apposition too
          // (not a person's name set off after it: "the UN mission in South
          // Sudan, Nicholas Haysom, said" is Haysom's).
          ?? (mention.entityKind != .place
            && !(paragraph.mentions.starting(at: mention.tokens.upperBound + 1).map {
              isSetOff(paragraph, $0, in: sentence)
            } ?? false)
            ? speechVerb(tokens, afterAppositionAt: mention.tokens.upperBound, end: end) : nil)
          // "the chairman of the committee, Bob Corker, said": a name set off
          // by commas after its title.
          ?? (isSetOff(paragraph, mention, in: sentence)
            ? speechVerb(tokens, after: mention.tokens.upperBound + 1) : nil)
      else { continue }
      var contentStart = verbEnd
      let verb = tokens[verbEnd - 1].key
      let window = tokens[verbEnd..<min(end, verbEnd + 16)]
      if let that = window.firstIndex(where: { index.words.complementizers.contains($0) }),
        !window[verbEnd..<that].contains(where: { $0.isMark(",") || $0.isMark(";") })
      {
        contentStart = that + 1
      } else if index.words.verbsNeedingThat.contains(verb) {
        continue
      }
      while contentStart < end, tokens[contentStart].isMark(",") || tokens[contentStart].isMark(":")
      {
        contentStart += 1
      }
      guard end - contentStart >= 4 else { return }
      let content = contentStart..<end
      heard(content, mention.entity)
      builder.addStatement(
        DraftBuilder.StatementDraft(
          speaker: mention.entity, text: paragraph.text(content), mode: .indirect,
          date: paragraph.date(sentence: number, near: position),
          issues: index.issues(in: paragraph.tokens, content).map { index.issueID($0.issue) },
          evidence: [paragraph.evidence(position..<end, "speech.reported-speaker-before", 0.6)]))
      return
    }
  }
}
