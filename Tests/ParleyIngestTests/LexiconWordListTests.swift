import ParleyCore
import Testing

@testable import ParleyIngest

/// The lexicon's word lists and calendar names: read, merged, checked, and
/// used by the rules.
@Suite struct LexiconWordListTests {
  @Test func theBuiltinLexiconPassesTheCheckItSkipsAtStart() {
    let text = String(decoding: PackageResources.default_lexicon_yaml, as: UTF8.self)
    #expect(throws: Never.self) { try Lexicon(yaml: text, file: "default-lexicon.yaml") }
  }

  @Test func theBuiltinLexiconHasEveryList() {
    let lexicon = Lexicon.builtin
    for list in Lexicon.WordList.allCases {
      #expect(!(lexicon.words[list] ?? []).isEmpty, "\(list.rawValue) is empty")
    }
    #expect(lexicon.months.count == 12)
    #expect(lexicon.weekdays.count == 7)
  }

  @Test func aUserLexiconExtendsAListAndTheRulesUseIt() throws {
    let merged = try Lexicon.builtin(
      with:
        """
        words:
          meeting-nouns: [pourparlers]
          venue-prepositions: [à]
          place-prepositions: [à]
        weekdays: [[lundi], [mardi], [mercredi], [jeudi], [vendredi], [samedi], [dimanche]]
        """)
    #expect(merged.words[.meetingNouns]?.contains("talks") == true)
    #expect(merged.words[.meetingNouns]?.contains("pourparlers") == true)
    #expect(merged.weekdays[0] == ["monday", "lundi"])
    var article = PlainTextArticleReader.read(
      text: "Titre\nLe Mali et le Niger ont tenu des pourparlers à Niamey.\n", origin: "fr.txt")
    article.published = try EDTFDate("2023-03-10")
    let dossier = Ingestor(lexicon: merged).draft([article])
    #expect(dossier.talks.first.map { Set($0.parties) } == ["mali", "niger"])
    // Without the list, the same text has no talk.
    #expect(Ingestor().draft([article]).talks.isEmpty)
  }

  @Test func calendarListsOfTheWrongLengthAreRefused() {
    #expect(throws: ValidationReport.self) {
      try Lexicon(
        yaml: """
          lexicon: bad
          version: "1"
          months: [[janvier], [février]]
          """, file: "bad.yaml")
    }
  }

  @Test func anUnknownListIsRefusedWithASuggestion() {
    do {
      _ = try Lexicon(
        yaml: """
          lexicon: bad
          version: "1"
          words:
            meeting-noun: [pourparlers]
          """, file: "bad.yaml")
      Issue.record("an unknown list was accepted")
    } catch {
      #expect(error.description.contains("meeting-noun"))
      #expect(error.description.contains("meeting-nouns"))
    }
  }

  @Test func pageFurnitureAndAbbreviationsComeFromTheLexicon() throws {
    let merged = try Lexicon.builtin(
      with:
        """
        words:
          furniture-headings: [lire aussi]
          abbreviations: [mme]
        """)
    let text = """
      Le sommet
      Mme. Dupont said the talks in Geneva on Monday were useful and would go on.
      Lire aussi
      President Vladimir Putin said the West was to blame for everything that happened.
      """
    let article = PlainTextArticleReader.read(
      text: text, origin: "fr.txt", furniture: PageFurniture(merged))
    #expect(article.paragraphs.count == 1)
    let builtin = PlainTextArticleReader.read(text: text, origin: "fr.txt")
    #expect(builtin.paragraphs.count == 2)
    // "Mme." keeps its full stop: one sentence, not two.
    let index = LexiconIndex(merged)
    let scalars = ScalarText(text)
    let tokens = Tokenizer.tokens(
      scalars, in: article.paragraphs[0], abbreviations: index.words.abbreviations.words)
    #expect(tokens.first?.text == "Mme.")
    #expect(Tokenizer.sentences(tokens).count == 1)
  }

  @Test("a furniture heading opens the furniture, colons after it too; a long line by its start")
  func furnitureOpenings() {
    let furniture = PageFurniture.builtin
    let long = String(repeating: "The delegations met again on Tuesday in Geneva. ", count: 6)
    #expect(furniture.opens("Related"))
    #expect(furniture.opens("Related::"))
    #expect(!furniture.opens(":Related"))
    #expect(furniture.opens("12 comments"))
    #expect(furniture.opens("Comments (3)"))
    #expect(furniture.opens("Comments (3) " + long + ":::"))
    #expect(furniture.opens("COMMENTS / " + long))
    #expect(!furniture.opens(long))
    #expect(!furniture.opens("Related " + long))
    #expect(!furniture.opens(long + " 12 comments"))
  }
}
