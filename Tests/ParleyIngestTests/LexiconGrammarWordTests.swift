import ParleyCore
import Testing

@testable import ParleyIngest

/// The small words the rules read by what they do (relative dates, "according
/// to", bylines) come from the lexicon: a lexicon for another language
/// gives its own, and the rules use them.
@Suite struct LexiconGrammarWordTests {
  /// The built-in lexicon with `words`, a YAML map of lists, laid over it.
  private func builtinWith(_ words: String) throws -> Lexicon {
    try Lexicon.builtin(with: "words:\n" + words)
  }

  private func article(_ text: String) throws -> Article {
    var article = PlainTextArticleReader.read(text: "Talks in Istanbul\n" + text, origin: "fr.txt")
    article.published = try EDTFDate("2023-03-10")
    return article
  }

  @Test func aRelativeDayWordDatesTheTalk() throws {
    let lexicon = try builtinWith("  day-before-words: [hier]\n")
    let text = try article("Russia and Ukraine met in Istanbul hier.\n")
    #expect(
      Ingestor(lexicon: lexicon).draft([text]).talks.first?.date == (try EDTFDate("2023-03-09")))
    // The built-in lexicon does not know the word: the talk has no day.
    #expect(Ingestor().draft([text]).talks.first?.date == nil)
  }

  @Test func aRelativeStepAndUnitDateTheTalk() throws {
    let lexicon = try builtinWith("  previous-words: [dernier]\n  month-words: [mois]\n")
    let text = try article("Russia and Ukraine met in Istanbul dernier mois.\n")
    #expect(Ingestor(lexicon: lexicon).draft([text]).talks.first?.date == (try EDTFDate("2023-02")))
  }

  @Test func anAttributionPhraseNamesTheSpeaker() throws {
    let lexicon = try builtinWith("  attribution-phrases: [selon]\n  not-names: [selon]\n")
    let text = try article(
      "Selon Sergei Lavrov, “we will not give up Crimea,” the talks were hard.\n")
    #expect(Ingestor(lexicon: lexicon).draft([text]).statements.first?.speaker == "sergei-lavrov")
    #expect(Ingestor().draft([text]).statements.first?.speaker == DraftBuilder.unknownSpeaker)
  }

  @Test func aBylineWordDropsTheByline() throws {
    let lexicon = try builtinWith("  byline-words: [par]\n")
    let text =
      "Le sommet de Genève\nPar Jean Dupont (AFP)\nRussia and Ukraine met in Geneva.\n"
    let french = PlainTextArticleReader.read(
      text: text, origin: "fr.txt", furniture: PageFurniture(lexicon))
    #expect(french.paragraphs.count == 1)
    #expect(PlainTextArticleReader.read(text: text, origin: "fr.txt").paragraphs.count == 2)
  }

  @Test func endingsComeFromTheLexicon() {
    let suffixes = WordSuffixes(["-ly", "s"])
    #expect(suffixes.matches("publicly"))
    #expect(suffixes.matches("leaders"))
    #expect(!suffixes.matches("leader"))
    #expect(suffixes.removed(from: "leaders") == "leader")
    #expect(suffixes.removed(from: "leader") == nil)
  }

  /// By key, and by word id when the tokens were read with a vocabulary.
  @Test(arguments: [false, true]) func aPhraseMatchesWordByWord(byID: Bool) {
    var vocabulary = Vocabulary()
    for word in ["according", "to", "took", "part", "attended"] { _ = vocabulary.add(word) }
    let words = byID ? vocabulary : nil
    let phrases = WordPhrases(["according to", "took part", "attended"], vocabulary: words)
    func read(_ text: String) -> [Token] {
      let source = ScalarText(text)
      return Tokenizer.tokens(source, in: 0..<source.count, abbreviations: [], vocabulary: words)
    }
    let tokens = read("According to Lavrov")
    #expect(phrases.match(tokens, at: 0) == 2)
    #expect(phrases.match(tokens, at: 0, limit: 1) == nil)
    #expect(phrases.match(tokens, at: 1) == nil)
    #expect(phrases.ends(tokens, before: 2))
    #expect(!phrases.ends(tokens, before: 1))
    let scattered = read("Part of it took place")
    #expect(phrases.isScattered(in: scattered, scattered.indices))
    #expect(!phrases.isScattered(in: scattered, 0..<1))
  }

  @Test func aUnitBeforeOfIsNoRelativeDate() throws {
    let text = try article("Russia and Ukraine met in Istanbul in the last week of January.\n")
    #expect(Ingestor().draft([text]).talks.first?.date != (try EDTFDate("2023-02-27/2023-03-05")))
    let plain = try article("Russia and Ukraine met in Istanbul last week.\n")
    #expect(Ingestor().draft([plain]).talks.first?.date == (try EDTFDate("2023-02-27/2023-03-05")))
  }

  @Test func aWordAUserGivesOneMeaningLeavesTheOthers() throws {
    let lexicon = try builtinWith("  previous-words: [next]\n")
    #expect(lexicon.words[.previousWords]?.contains("next") == true)
    #expect(lexicon.words[.followingWords]?.contains("next") == false)
    // Other kinds of list keep the word: it is still a plan's cue.
    #expect(lexicon.words[.plannedCues]?.contains("next") == true)
  }

  @Test func entriesAreFoldedAsTheTextsWordsAre() throws {
    let lexicon = try builtinWith("  attribution-phrases: [d’après]\n  not-names: [d’après]\n")
    #expect(lexicon.words[.attributionPhrases]?.contains("d'après") == true)
    let text = try article("D’après Sergei Ryabkov, “we will not give up,” the talks were hard.\n")
    #expect(Ingestor(lexicon: lexicon).draft([text]).statements.first?.speaker == "sergei-ryabkov")
  }

  @Test func anEntryOfSeveralWordsInAListOfWordsIsRefused() throws {
    do {
      _ = try builtinWith("  day-before-words: [avant-hier]\n")
      Issue.record("an entry the tokenizer splits was accepted")
    } catch {
      #expect(String(describing: error).contains("avant-hier"))
      #expect(String(describing: error).contains("day-before-words"))
      #expect(String(describing: error).contains("fr.yaml:4"))
    }
    // Phrases are split as the text is, and then match it.
    let alias = try builtinWith("  alias-phrases: [a.k.a.]\n").words[.aliasPhrases]?.last
    let text = "Londono, a.k.a. Timochenko"
    let tokens = Tokenizer.tokens(
      ScalarText(text), in: 0..<text.unicodeScalars.count, abbreviations: [])
    #expect(WordPhrases([alias ?? ""]).match(tokens, at: 2) == 6)
    // Abbreviations, initialisms and clitics are one word each.
    #expect(throws: Never.self) {
      try builtinWith("  honorifics: [mme., h.e.]\n  possessive-markers: [\"'s\"]\n")
    }
  }

  @Test func coordinatedHoldersOfAPluralTitleHoldItOnceEach() throws {
    let text = try article(
      "The separatist leaders Alexander Zakharchenko and Igor Plotnitsky met in Minsk on Friday.\n")
    let people = Ingestor().draft([text]).entities.filter { $0.kind == .person }
    #expect(people.count == 2)
    for person in people {
      #expect(person.roles.map(\.title) == ["Separatist Leader"], "\(person.id)")
    }
    // Where the plural is not the title's head, the title stays as written.
    let affairs = try article(
      "Australia's Minister for Foreign Affairs Penny Wong and Nanaia Mahuta met in Canberra.\n")
    let ministers = Ingestor().draft([affairs]).entities.filter { $0.kind == .person }
    #expect(ministers.count == 2)
    for person in ministers {
      #expect(!person.roles.contains { $0.title.hasSuffix("Affair") }, "\(person.roles)")
    }
  }
}
