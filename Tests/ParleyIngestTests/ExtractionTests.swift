import ParleyCore
import Testing

@testable import ParleyIngest

/// Rules on small articles written for the purpose, with the built-in lexicon.
@Suite struct ExtractionTests {
  private func draft(_ text: String, published: String? = "2022-01-10") -> Dossier {
    draftOfArticle(text, published: published)
  }

  private func speakerName(_ dossier: Dossier, _ statement: Statement) -> String? {
    dossier.entities.first { $0.id == statement.speaker }?.name
  }

  @Test func quotesInEveryStyleWithTheirSpeakers() {
    let dossier = draft(
      """
      Talks end without a deal in Geneva
      Deputy Foreign Minister Sergei Ryabkov led Russia's delegation on Monday.
      “We need ironclad guarantees that NATO will not expand,” Ryabkov said.
      "We were firm in pushing back on proposals," said Deputy Secretary of State Wendy Sherman.
      « Nous ne céderons pas sur les principes », a déclaré le ministre, Ryabkov told reporters later.
      Sherman told reporters: „Washington is open to discussing missile deployments in Europe.“
      She added: "It was a frank and forthright discussion. We will meet again."
      """)
    let found = dossier.statements.filter { $0.mode == .direct }.map {
      (speakerName(dossier, $0) ?? "?", $0.text)
    }
    #expect(
      found.contains {
        $0 == ("Sergei Ryabkov", "We need ironclad guarantees that NATO will not expand")
      })
    #expect(found.contains { $0 == ("Wendy Sherman", "We were firm in pushing back on proposals") })
    #expect(found.contains { $0.0 == "Sergei Ryabkov" && $0.1.hasPrefix("Nous ne céderons") })
    #expect(
      found.contains {
        $0 == ("Wendy Sherman", "Washington is open to discussing missile deployments in Europe.")
      })
    #expect(
      found.contains {
        $0 == ("Wendy Sherman", "It was a frank and forthright discussion. We will meet again.")
      })
  }

  @Test func aQuoteRunsOnIntoTheNextParagraph() {
    let dossier = draft(
      """
      Ryabkov speaks after the talks
      “We are fed up with the loose talk and half-promises,” said Russian Deputy Foreign Minister Sergei Ryabkov. “We need legally binding guarantees.

      “Not assurances, not safeguards, but guarantees.”
      """)
    let ryabkov = dossier.statements.filter { speakerName(dossier, $0) == "Sergei Ryabkov" }
    #expect(
      ryabkov.contains {
        $0.text
          == "We need legally binding guarantees. Not assurances, not safeguards, but guarantees."
      })
  }

  @Test func peopleByTitleAppositionSurnameAndPronoun() throws {
    let dossier = draft(
      """
      Who said what in Geneva
      Wendy Sherman, the deputy secretary of state, met Russian officials on Monday.
      Andrey Kortunov, head of the Russian International Affairs Council, was not there.
      Sherman said that the United States was open to discussing limits on military exercises.
      She said that Washington would not discuss NATO expansion with Moscow.
      """)
    let sherman = try #require(dossier.entities.first { $0.name == "Wendy Sherman" })
    #expect(sherman.kind == .person)
    #expect(sherman.roles.map(\.title) == ["Deputy Secretary of State"])
    let council = try #require(
      dossier.entities.first { $0.name == "Russian International Affairs Council" })
    #expect(council.kind == .organization)
    #expect(
      dossier.entities.first { $0.name == "Andrey Kortunov" }?.roles.first?.of == council.id)
    let indirect = dossier.statements.filter { $0.mode == .indirect }
    #expect(indirect.count == 2)
    #expect(indirect.allSatisfy { $0.speaker == sherman.id })
  }

  @Test func clutterNeverBecomesAFact() {
    let dossier = draft(
      """
      Talks in Geneva
      https://example.com/a
      Russia and the United States held talks in Geneva on Monday.
      Comments / 2
      Related
      Kazakhstan leader sacks government
      "We will never accept this," Boris Nobody, the foreign minister of Ruritania, said.
      %d bloggers like this:
      """)
    #expect(!dossier.entities.contains { $0.name.contains("Nobody") || $0.name == "Kazakhstan" })
    #expect(!dossier.statements.contains { $0.text.contains("never accept") })
  }

  @Test func talksFromVenueDateAndParties() throws {
    let dossier = draft(
      """
      A week of talks
      Russian and US negotiators have a round of talks scheduled in Geneva on Monday that will be followed by a special meeting of the NATO-Russia Council in Brussels on Wednesday and a session of the OSCE in Vienna on Thursday.
      """)
    let talks = dossier.talks.map { ($0.venue ?? "", $0.date?.description ?? "") }
    #expect(talks.contains { $0 == ("geneva", "2022-01-10") })
    #expect(talks.contains { $0 == ("brussels", "2022-01-12") })
    #expect(talks.contains { $0 == ("vienna", "2022-01-13") })
    let geneva = try #require(dossier.talks.first { $0.venue == "geneva" })
    #expect(Set(geneva.parties) == ["russia", "united-states"])
  }

  @Test func relativeDatesStayUnresolvedWithoutAPublicationDate() {
    let dossier = draft(
      """
      Talks in Geneva
      Russia and the United States held talks in Geneva on Monday.
      """, published: nil)
    #expect(dossier.talks.count == 1)
    #expect(dossier.talks.first?.date == nil)
  }

  @Test func positionsFromStanceCues() {
    let dossier = draft(
      """
      Positions
      Russia demanded a halt to NATO expansion.
      The United States rejected the demand for a halt to NATO expansion as a non-starter.
      Washington is open to discussing limits on military exercises.
      Moscow has not rejected sanctions talk.
      """)
    let positions = Set(dossier.positions.map { "\($0.holder) \($0.stance.rawValue)" })
    #expect(positions.contains("russia demands"))
    #expect(positions.contains("united-states rejects"))
    #expect(positions.contains("united-states open"))
    // A negated rejection leaves the door open.
    #expect(
      dossier.positions.contains { $0.holder == "russia" && $0.stance == .open }
        && !dossier.positions.contains { $0.holder == "russia" && $0.stance == .rejects })
  }

  @Test func everyRecordExplainsItself() throws {
    let dossier = draft(
      """
      Russia makes demands
      Russian President Vladimir Putin demanded legally binding security guarantees on Friday.
      "We need guarantees now," Putin said.
      Russia annexed Ukraine's Crimean Peninsula in 2014.
      """)
    #expect(Validator().validate(dossier).isEmpty)
    let records: [any Attested] =
      dossier.entities.filter { $0.id != "unknown-speaker" } + dossier.talks + dossier.positions
      + dossier.statements + dossier.events
    #expect(!records.isEmpty)
    let text = Array(try #require(dossier.sources.first?.text).unicodeScalars)
    for record in records {
      #expect(!record.sources.isEmpty, "\(record.id) has no provenance")
      for provenance in record.sources {
        #expect(provenance.method == .extracted)
        #expect(provenance.rule?.hasSuffix("@" + Lexicon.builtin.version) == true)
        let span = try #require(provenance.span)
        #expect(
          String(String.UnicodeScalarView(text[span.start..<span.end])) == provenance.quote)
      }
    }
    let explanation = Explanation.render(dossier)
    #expect(explanation.contains("src-test:3:1"))
  }
}

/// Inputs found in review that crashed the rules or made drafts the validator
/// refused: each must now give a valid draft.
@Suite struct RobustnessTests {
  @Test(arguments: [
    "Diplomats met in Geneva for talks.",
    "On Monday, diplomats met in Geneva for talks.",
    "Talks will resume on Monday,",
    "Monday,",
    "The French said: \"We will not accept these terms at all.\"",
    "Chinese top diplomat Wang Yi spoke to reporters.",
    "The Chinese draft demands an end to NATO expansion.",
    "US and Taliban negotiators held talks in Doha on February 29, 2020. At the talks, the Taliban delegation was led by deputy leader Abdul Ghani Baradar.",
    "\"",
    "“We will never accept this",
    "- ",
  ])
  func draftsStayValid(text: String) {
    var article = PlainTextArticleReader.read(
      text: "A title for the test\n" + text, origin: "t.txt")
    article.published = try? EDTFDate("2022-01-10")
    let draft = Ingestor().draft([article])
    #expect(Validator().validate(draft).isEmpty, "\(Validator().validate(draft))")
  }

  @Test func htmlFragmentsTeasersAndCommentary() throws {
    let fragment = try HTMLArticleReader.read(
      bytes: Array("<p>Russia demanded guarantees.</p><p>NATO refused.</p>".utf8), origin: "f.html")
    #expect(fragment.paragraphs.count == 2)
    let page = try HTMLArticleReader.read(
      bytes: Array(
        """
        <html><body><article class="teaser"><a href="/x">Another story</a></article>
        <article><h1>Talks</h1><div class="commentary"><p>Analysis of the talks.</p></div>
        <div class="comments-section"><p>A reader wrote this.</p></div></article></body></html>
        """.utf8), origin: "p.html")
    #expect(page.title == "Talks")
    let scalars = Array(page.text.unicodeScalars)
    #expect(
      page.paragraphs.map { String(String.UnicodeScalarView(scalars[$0])) } == [
        "Analysis of the talks."
      ])
  }

  @Test func lexiconIDsAreChecked() {
    #expect(throws: ValidationReport.self) {
      try Lexicon(
        yaml: """
          lexicon: bad
          version: "1"
          actors:
            - {id: "Ruri tania", name: Ruritania, kind: state}
            - {id: x, name: X, kind: state}
            - {id: x, name: Y, kind: state}
          """, file: "bad.yaml")
    }
    let dangling = Lexicon(
      version: "t:1",
      actors: [Lexicon.Actor(id: "strelsau", name: "Strelsau", kind: .place, country: "nowhere")],
      issues: [Lexicon.IssueEntry(id: "strelsau", label: "Strelsau", keywords: [])])
    #expect(throws: ValidationReport.self) { try dangling.check() }
    #expect(throws: Never.self) { try Lexicon.builtin.check() }
  }
}

@Suite("Bounded passes")
struct BoundedPassTests {
  @Test("text without full stops is cut into sentences of at most the maximum length")
  func longSentencesAreCut() {
    let text = Array(repeating: "word", count: 1000).joined(separator: " ")
    let tokens = Tokenizer.tokens(ScalarText(text), in: 0..<text.unicodeScalars.count)
    let sentences = Tokenizer.sentences(tokens)
    #expect(sentences.count == 3)
    #expect(sentences.allSatisfy { $0.tokens.count <= Tokenizer.maximumSentenceLength })
    #expect(sentences.first?.tokens.lowerBound == 0)
    #expect(sentences.last?.tokens.upperBound == tokens.count)
  }
}
