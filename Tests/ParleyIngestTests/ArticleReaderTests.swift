import Foundation
import ParleyCore
import Testing

@testable import ParleyIngest

@Suite struct ArticleReaderTests {
  private func body(_ article: Article) -> [String] {
    let scalars = Array(article.text.unicodeScalars)
    return article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0])) }
  }

  @Test func plainTextHeaderAndClutter() {
    let text = """
      Russia makes demands for security guarantees
      Published 17 December 2021 10:32 GMT
      https://example.com/news/russia-demands
      https://img.example.com/image.php?url=abc
      Russia published a list of demands on Friday.

      Related: Analysis
      483K+
      "It is a bargaining position," Andrey Kortunov told reporters.
      Comments / 1
      Related
      Putin fears NATO. Here's why
      "This quote is only in the related list," Boris Nobody said.
      """
    let article = PlainTextArticleReader.read(text: text, origin: "a.txt")
    #expect(article.title == "Russia makes demands for security guarantees")
    #expect(article.published?.description == "2021-12-17")
    #expect(article.url == "https://example.com/news/russia-demands")
    #expect(
      body(article) == [
        "Russia published a list of demands on Friday.",
        "\"It is a bargaining position,\" Andrey Kortunov told reporters.",
      ])
  }

  @Test("a line ending with a full stop inside quotes is body text; inside brackets, a title")
  func fullStopsInsideQuotesAndBrackets() {
    let untitled = PlainTextArticleReader.read(
      text: "Talks\nPublished: 2024-03-15\n\nLavrov said: \"We will not give up our positions.\"\n",
      origin: "a.txt")
    #expect(untitled.title != "Lavrov said: \"We will not give up our positions.\"")
    #expect(body(untitled) == ["Lavrov said: \"We will not give up our positions.\""])
    let bracketed = PlainTextArticleReader.read(
      text: "Talks Resume In Vienna (Updated.)\nPublished: 2024-03-15\n\nIran walked out.\n",
      origin: "b.txt")
    #expect(bracketed.title == "Talks Resume In Vienna (Updated.)")
    #expect(bracketed.published?.description == "2024-03-15")
  }

  @Test(
    "a wire dateline's full date dates an article nothing else dated",
    arguments: [
      ("QUITO, June 3, 2024 (Example Wire) - Ecuador and Peru met.", "2024-06-03"),
      ("QUITO, Ecuador, June 3, 2024 — Ecuador and Peru met.", "2024-06-03"),
      ("ST. JOHN'S, 3 June 2024 - Talks opened.", "2024-06-03"),
      // No year, no date; no dateline, no date.
      ("QUITO, June 3 (Example Wire) - Ecuador and Peru met.", nil),
      ("Quito, June 3, 2024 - Ecuador and Peru met.", nil),
      ("QUITO (Example Wire) — On June 3, 2024, Ecuador and Peru met.", nil),
      ("NATO, which met on June 3, 2024, said little.", nil),
    ] as [(String, String?)])
  func datelineDates(paragraph: String, expected: String?) {
    let article = PlainTextArticleReader.read(text: "Talks\n\n\(paragraph)\n", origin: "a.txt")
    #expect(article.datedByDateline().published?.description == expected)
    // (A date line wins.)
    let dated = PlainTextArticleReader.read(
      text: "Talks\nPublished: 2024-06-05\n\n\(paragraph)\n", origin: "a.txt")
    #expect(dated.datedByDateline().published?.description == "2024-06-05")
  }

  @Test(arguments: [
    ("20220110", "2022-01-10"), (" date 2021-12-17 ContributorsPublishers", "2021-12-17"),
    ("January 10, 2022", "2022-01-10"), ("Jan. 10, 2022", "2022-01-10"),
    ("10 January 2022", "2022-01-10"), ("2022-01-10T08:00:00Z", "2022-01-10"),
  ])
  func dateLines(line: String, expected: String) {
    #expect(DateLine.parse(line)?.description == expected)
  }

  /// A wire's credits close its copy; a sentence about reporting is prose.
  @Test func aWiresCreditsAreNoText() throws {
    let text = """
      Talks end
      Published 12 February 2015
      Chile and Peru met in Lima on Thursday, according to reporting by local media.

      (Reporting by Ana Soto and Luis Paz; Writing by Martin Hale; Editing by Ruth Roe)
      """
    let plain = PlainTextArticleReader.read(text: text, origin: "a.txt")
    #expect(
      body(plain) == [
        "Chile and Peru met in Lima on Thursday, according to reporting by local media."
      ]
    )
    let page = """
      <html><body><article><h1>Talks end</h1>
      <p>Chile and Peru met in Lima on Thursday.</p>
      <p>A Reuters/Ipsos poll found most Chileans back the deal.</p>
      <p>(Reporting by Ana Soto; Editing by Ruth Roe)</p></article></body></html>
      """
    let html = try HTMLArticleReader.read(bytes: Array(page.utf8), origin: "p.html")
    #expect(
      body(html) == [
        "Chile and Peru met in Lima on Thursday.",
        "A Reuters/Ipsos poll found most Chileans back the deal.",
      ])
  }

  @Test func htmlKeepsTheArticleAndDropsThePage() throws {
    let page = """
      <!DOCTYPE html><html lang="en-GB"><head><title>Site | Talks</title>
      <meta property="og:title" content="Talks end">
      <meta property="article:published_time" content="2022-01-10T18:00:00Z">
      <meta property="og:site_name" content="The Daily Example">
      <link rel="canonical" href="https://example.com/talks">
      <script>var x = "Sergei Ryabkov said nothing";</script></head>
      <body><nav><a href="/">Home</a> <a>Politics</a></nav>
      <header><p>Subscribe now</p></header>
      <article><h1>Talks end without a deal</h1>
      <p>Wendy Sherman said the talks were &ldquo;frank&rdquo; &amp; useful.</p>
      <div class="share">Share on Twitter</div>
      <p>Russia&rsquo;s delegation left Geneva.</p></article>
      <aside class="related"><p>Other story: Boris Nobody resigns.</p></aside>
      <section id="comments"><p>&ldquo;Nonsense,&rdquo; a reader wrote.</p></section>
      <footer><p>Copyright</p></footer></body></html>
      """
    let article = try HTMLArticleReader.read(bytes: Array(page.utf8), origin: "p.html")
    #expect(article.title == "Talks end without a deal")
    #expect(article.published?.description == "2022-01-10")
    #expect(article.publisher == "The Daily Example")
    #expect(article.url == "https://example.com/talks")
    #expect(article.language == "en-GB")
    #expect(
      body(article) == [
        "Wendy Sherman said the talks were “frank” & useful.", "Russia’s delegation left Geneva.",
      ])
  }

  @Test func jsonLinesReportsBadLinesAndKeepsGoodOnes() {
    let data = Data(
      """
      {"id": "a1", "title": "One", "published": "2022-01-10", "text": "First.\\n\\nSecond."}
      {"id": "a2", "titel": "Two", "text": "x"}
      not json
      {"id": "a3", "text": "Third.", "published": "someday"}

      """.utf8)
    let (articles, problems) = JSONLinesArticleReader.read(data: data, origin: "in.jsonl")
    #expect(articles.map(\.givenID) == ["a1"])
    #expect(articles.first?.published?.description == "2022-01-10")
    #expect(articles.first.map(body) == ["First.", "Second."])
    #expect(problems.map(\.location?.line) == [2, 3, 4])
    #expect(problems[0].message.contains("titel") && problems[0].hint?.contains("title") == true)
  }

  /// A feed's byline (a string, a list or null) is read past: IR sources
  /// have no field for it, and the article is not lost for it.
  @Test func jsonLinesReadsPastBylines() {
    let data = Data(
      """
      {"id": "b1", "author": "Jane Doe", "text": "One."}
      {"id": "b2", "authors": ["Jane Doe", "Omar Ali"], "byline": null, "text": "Two."}
      {"id": "b3", "autor": "typo", "text": "Three."}

      """.utf8)
    let (articles, problems) = JSONLinesArticleReader.read(data: data, origin: "in.jsonl")
    #expect(articles.map(\.givenID) == ["b1", "b2"])
    #expect(problems.map(\.location?.line) == [3])
  }

  /// Lines end at "\n" alone: a CR stays with its line, blank lines are
  /// counted and skipped, the last line needs no newline.
  @Test(arguments: [
    ("{\"text\": \"A.\"}\r\n\r\n{\"text\": \"B.\"}", 2, [Int]()),
    ("", 0, []),
    ("\n\n{\"text\": \"A.\"}\nnot json", 1, [4]),
    ("not json\n", 0, [1]),
  ])
  func jsonLinesAreToldByNewlines(text: String, articles: Int, badLines: [Int]) {
    let (read, problems) = JSONLinesArticleReader.read(data: Data(text.utf8), origin: "in.jsonl")
    #expect(read.count == articles)
    #expect(problems.map(\.location?.line) == badLines)
  }
}

/// Stop 40: a TV site's page, as a new user would feed it.
extension ArticleReaderTests {
  @Test func aTVSitesFurnitureIsNoText() throws {
    let page = """
      <!doctype html><html lang="en"><head><title>Border talks end in Lima - TV24 News</title>
      <meta property="og:site_name" content="TV24 News">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-09T21:30:00Z"}</script>
      </head><body>
      <div class="top-bar"><span>LIVE</span><a>Watch TV24 live</a><span>Updated 2 hours ago</span></div>
      <div class="story-body">
      <p>WATCH: Chile hosts the Peruvian minister</p>
      <p>Chile and Peru ended talks in Lima on Thursday.</p>
      <p><strong>Read more:</strong> <a>What is at stake in the river dispute?</a></p>
      <p>Peru said it rejected the proposal.</p>
      <p>Copyright 2024 TV24. All rights reserved.</p>
      </div></body></html>
      """
    let article = try HTMLArticleReader.read(bytes: Array(page.utf8), origin: "p.html")
    #expect(article.title == "Border talks end in Lima")
    #expect(article.published?.description == "2024-05-09")
    #expect(
      body(article) == [
        "Chile and Peru ended talks in Lima on Thursday.", "Peru said it rejected the proposal.",
      ])
  }

  @Test(arguments: [
    ("Border talks end in Lima - TV24 News", "TV24 News", "Border talks end in Lima"),
    ("Border talks end in Lima | River Watch", nil, "Border talks end in Lima"),
    ("Chile, Peru near deal - sources", nil, "Chile, Peru near deal - sources"),
    ("Chile - Peru", nil, "Chile - Peru"),
    ("Border talks end - in Lima", "TV24 News", "Border talks end - in Lima"),
  ])
  func aTitleWithoutTheSitesName(title: String, site: String?, expected: String) {
    #expect(withoutSiteName(title, site) == expected)
  }
}
