import ParleyCore
import ParleyLibXML

/// Reads an HTML news page through libxml2's HTML parser (no network, no
/// entity loading): the article's headline and paragraphs become the text,
/// the page's metadata the source's; navigation, related links, comments and
/// scripts are dropped.
enum HTMLArticleReader {
  /// Reads the page in `bytes`; `origin` names it in messages.
  static func read(bytes: [UInt8], origin: String, furniture: PageFurniture = .builtin)
    throws(ValidationReport) -> Article
  {
    let page: HTMLArticle
    do {
      page = try HTMLArticleExtractor.extract(bytes: bytes, url: origin, furniture: furniture)
    } catch {
      throw ValidationReport([
        Diagnostic(
          file: origin, location: error.line.map { SourceLocation(line: $0, column: error.column) },
          message: "unreadable HTML: \(error.message)",
          hint: "save the page again as HTML or as plain text")
      ])
    }
    // The text spans point into: headline, blank line, paragraphs separated by blank lines.
    var text = ""
    var offset = 0
    var paragraphs: [Range<Int>] = []
    func append(_ block: String, isBody: Bool) {
      if !text.isEmpty {
        text += "\n\n"
        offset += 2
      }
      let count = block.unicodeScalars.count
      if isBody { paragraphs.append(offset..<offset + count) }
      text += block
      offset += count
    }
    if let title = page.title { append(title, isBody: false) }
    for paragraph in page.paragraphs { append(paragraph, isBody: true) }
    let meta = page.metadata
    let dateText =
      meta["article:published_time"] ?? meta["ld:datepublished"] ?? meta["datepublished"]
      ?? meta["date"] ?? meta["pubdate"] ?? meta["publish-date"] ?? meta["dc.date"] ?? page.time
    var article = Article(
      origin: origin, format: .html, title: page.title ?? meta["ld:headline"],
      published: dateText.flatMap(DateLine.parse),
      url: meta["canonical"] ?? meta["og:url"] ?? meta["ld:url"],
      publisher: meta["og:site_name"] ?? meta["ld:publisher"] ?? meta["publisher"],
      language: meta["html-lang"].map { String($0.prefix(while: { $0 != "_" })) },
      text: text, paragraphs: paragraphs)
    if page.tooDeep {
      article.warnings.append(
        "the page nests elements more than \(HTMLDocument.depthLimit) levels deep; the text below that depth was not read"
      )
    }
    return article
  }
}
