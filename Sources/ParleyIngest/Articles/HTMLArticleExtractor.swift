import Foundation
import ParleyLibXML

/// What an HTML news page holds once the page around the article is gone: the
/// headline, the page's metadata and the article's paragraphs in order.
struct HTMLArticle: Sendable, Equatable {
  /// The headline: the article's `<h1>`, else `og:title`, else a linked
  /// data headline, else `<title>` without the site's name after it.
  var title: String?
  /// `<meta name|property=… content=…>` values by lower-cased name, plus
  /// `canonical` from `<link rel="canonical">` and `html-lang` from `<html lang>`.
  var metadata: [String: String]
  /// The `datetime` of the first `<time>` element inside the article, if any.
  var time: String?
  /// The body's text blocks (paragraphs, list items, subheadings, block quotes),
  /// whitespace collapsed, without the headline.
  var paragraphs: [String]
  /// Whether the page nests elements too deep for all of its text to be read.
  var tooDeep = false
}

/// Finds the article in an HTML page that ParleyLibXML has parsed.
///
/// Navigation, headers and footers of the page, asides, forms, scripts, and any
/// element whose `class` or `id` names related links, comments, sharing or ads
/// are dropped, so that nothing in them can become a fact.
enum HTMLArticleExtractor {
  /// The article of the page in `bytes`; `url` names the page in messages.
  static func extract(bytes: [UInt8], url: String, furniture: PageFurniture = .builtin)
    throws(XMLDiagnostic) -> HTMLArticle
  {
    let (root, tooDeep) = try HTMLDocument.parsePage(bytes: bytes, url: url)
    var walker = PageWalker(furniture: furniture)
    walker.collectMetadata(root)
    let article = walker.articleRoot(root)
    walker.collectBlocks(article, insideArticle: article?.name == "article")
    if walker.title == nil {
      walker.title =
        walker.metadata["og:title"] ?? walker.metadata["ld:headline"]
        ?? walker.documentTitle.map { withoutSiteName($0, walker.metadata["og:site_name"]) }
    }
    return HTMLArticle(
      title: walker.title, metadata: walker.metadata, time: walker.time,
      paragraphs: walker.paragraphs, tooDeep: tooDeep)
  }
}

/// The text under `element`, whitespace collapsed.
private func text(of element: HTMLElement) -> String {
  collapsingWhitespace(element.textContent)
}

private func collapsingWhitespace(_ string: String) -> String {
  // Scalar by scalar into one buffer, where every scalar is a character of
  // its own (nearly all text); else split by characters and joined.
  var bytes: [UInt8] = []
  bytes.reserveCapacity(string.utf8.count)
  var spaceBefore = false
  for scalar in string.unicodeScalars {
    guard scalar.standsAlone else {
      return string.split(whereSeparator: \.isSpace).joined(separator: " ")
    }
    if scalar.isSpace {
      spaceBefore = !bytes.isEmpty
      continue
    }
    if spaceBefore {
      bytes.append(0x20)
      spaceBefore = false
    }
    if scalar.isASCII {
      bytes.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      bytes.append(contentsOf: UTF8.encode(scalar)!)
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// Elements whose content is never article text.
private let droppedElements: Set<String> = [
  "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button",
  "template", "figcaption", "figure", "select", "input", "textarea", "menu", "dialog",
]

/// Words of a `class`, `id` or `role` that mark page furniture rather than the article.
private let furnitureMarkers: Set<String> = [
  "related", "comment", "comments", "share", "sharing", "social", "newsletter", "subscribe",
  "promo", "advert", "ad", "ads", "sponsor", "sponsored", "cookie", "cookies", "breadcrumb",
  "breadcrumbs", "sidebar", "navigation", "nav", "navbar", "menu", "footer", "recommended",
  "recommend", "popular", "trending", "readmore", "more", "tags", "caption", "outbrain",
  "taboola", "disqus", "banner", "paywall",
]

/// Headings that may open a box of page furniture.
private let headingElements: Set<String> = ["h2", "h3", "h4", "h5", "h6", "header", "strong"]

/// Elements whose text is one block of the article.
private let blockElements: Set<String> = [
  "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
]

private struct PageWalker {
  /// What opens the page's furniture, from the lexicon.
  let furniture: PageFurniture
  var title: String?
  var documentTitle: String?
  var metadata: [String: String] = [:]
  var time: String?
  var paragraphs: [String] = []

  mutating func collectMetadata(_ element: HTMLElement?) {
    guard let element else { return }
    switch element.name {
    case "html":
      if let lang = element.attribute("lang") { metadata["html-lang"] = lang }
    case "title":
      if documentTitle == nil { documentTitle = text(of: element) }
    case "meta":
      let key =
        element.attribute("property") ?? element.attribute("name")
        ?? element.attribute("itemprop")
      if let key, let content = element.attribute("content"), metadata[key.lowercased()] == nil {
        metadata[key.lowercased()] = collapsingWhitespace(content)
      }
    case "script":
      // schema.org NewsArticle in JSON-LD, as content systems write it.
      if element.attribute("type")?.lowercased().contains("ld+json") == true {
        LinkedDataArticle.collect(from: element.textContent, into: &metadata)
      }
      return
    case "link":
      if element.attribute("rel")?.lowercased() == "canonical",
        let href = element.attribute("href")
      {
        metadata["canonical"] = href
      }
    default: break
    }
    for child in element.elements { collectMetadata(child) }
  }

  /// The element holding the article: the first `<article>` with paragraphs,
  /// else `<main>`, else `<body>`.
  func articleRoot(_ root: HTMLElement?) -> HTMLElement? {
    guard let root else { return nil }
    return first("article", under: root, withParagraphs: true)
      ?? first("main", under: root) ?? first("body", under: root) ?? root
  }

  /// The first `name` under `element` outside page furniture; with
  /// `withParagraphs`, the first that holds a `<p>` (a teaser card does not).
  private func first(_ name: String, under element: HTMLElement, withParagraphs: Bool = false)
    -> HTMLElement?
  {
    for child in element.elements {
      if isFurniture(child) { continue }
      if child.name == name, !withParagraphs || first("p", under: child) != nil { return child }
      if let found = first(name, under: child, withParagraphs: withParagraphs) { return found }
    }
    return nil
  }

  private func isFurniture(_ element: HTMLElement) -> Bool {
    if droppedElements.contains(element.name) { return true }
    // Whole words of class, id and role: "related-links" and "comments" are
    // furniture, "commentary" is not.
    let words = [element.attribute("class"), element.attribute("id"), element.attribute("role")]
      .compactMap { $0?.lowercased() }
      .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) }
    if words.contains(where: { furnitureMarkers.contains(String($0)) }) { return true }
    // A box headed "You might also like", "Related", "Comments (12)".
    if ["section", "div", "ul", "ol"].contains(element.name),
      let heading = element.elements.first(where: { headingElements.contains($0.name) }),
      furniture.opens(text(of: heading))
    {
      return true
    }
    return false
  }

  mutating func collectBlocks(_ element: HTMLElement?, insideArticle: Bool) {
    guard let element else { return }
    for child in element.elements {
      if isFurniture(child) { continue }
      // The page's own header (masthead, menus) is furniture; an article's is not.
      if child.name == "header" && !insideArticle {
        if title == nil, let h1 = first("h1", under: child) { title = text(of: h1) }
        continue
      }
      if child.name == "time", time == nil { time = child.attribute("datetime") }
      if child.name == "h1" {
        if title == nil { title = text(of: child) } else { append(text(of: child)) }
      } else if blockElements.contains(child.name) && !containsBlocks(child) {
        if let datetime = firstTime(under: child), time == nil { time = datetime }
        append(text(of: child))
      } else if child.name == "div" && !containsBlocks(child) {
        append(text(of: child))
      } else {
        collectBlocks(child, insideArticle: insideArticle || child.name == "article")
      }
    }
  }

  private func containsBlocks(_ element: HTMLElement) -> Bool {
    element.elements.contains { blockElements.contains($0.name) || $0.name == "div" }
  }

  private func firstTime(under element: HTMLElement) -> String? {
    for child in element.elements {
      if child.name == "time" { return child.attribute("datetime") }
      if let found = firstTime(under: child) { return found }
    }
    return nil
  }

  private mutating func append(_ block: String) {
    // A cookie notice or newsletter call that no class gave away.
    if furniture.isBanner(block) { return }
    // A byline, a section label or a date stamp: "By Jane Doe", "World", "13/02/2015".
    // (Nine words are as many as the tests below need.)
    let words =
      block.pieceCountByScalars(upTo: 9, where: { $0 == " " })
      ?? block.split(separator: " ").count
    if words <= 3, !(block.last.map { ".!?\"”".contains($0) } ?? false) { return }
    if furniture.isByline(block), words <= 8, !block.hasSuffix(".") { return }
    // A time stamp: "Updated 2 hours ago".
    if words <= 8, furniture.endsAgo(block) { return }
    // A wire's credits: "(Reporting by Jane Doe; Editing by John Roe)"; not
    // a paragraph that names "a Reuters/Ipsos poll".
    if block.hasPrefix("("), block.hasSuffix(")"), furniture.isCredit(block) { return }
    // "Read more: What is the Franco-German plan?"
    if furniture.isPromotion(block) { return }
    if !block.isEmpty { paragraphs.append(block) }
  }
}

/// A page's `<title>` without the site's name a separator puts after the
/// headline: "Talks end in Washington - TV24 News" is "Talks end in
/// Washington" on a site named "TV24 News". With no site name known, the
/// part after the last bar is dropped when it is a short name (four
/// capitalized words at most) and the headline before it is longer: "Talks
/// end in Washington | TV24", not "Iran, U.S. near deal - sources".
func withoutSiteName(_ title: String, _ siteName: String?) -> String {
  for separator in [" | ", " - ", " – ", " — ", " :: "] {
    guard let cut = title.range(of: separator, options: .backwards) else { continue }
    let headline = String(title[..<cut.lowerBound]).trimmingWhitespace
    let site = String(title[cut.upperBound...]).trimmingWhitespace
    guard !headline.isEmpty else { continue }
    if let siteName {
      if site.lowercased() == siteName.trimmingWhitespace.lowercased() { return headline }
      continue
    }
    // (A name after a bar: each word capitalized; not "Iran, U.S. near deal
    // - sources", nor "Kosovo rejects proposal - Serbia Vows Response".)
    let siteWords = site.split(separator: " ")
    if separator == " | ", siteWords.count <= 4,
      headline.split(separator: " ").count > siteWords.count,
      siteWords.allSatisfy({ $0.first.map { !$0.isLetter || $0.isUppercase } ?? false })
    {
      return headline
    }
  }
  return title
}
