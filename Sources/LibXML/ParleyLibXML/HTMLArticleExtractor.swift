import CLibXML2

/// What an HTML news page holds once the page around the article is gone: the
/// headline, the page's metadata and the article's paragraphs in order.
public struct HTMLArticle: Sendable, Equatable {
  /// The headline: the article's `<h1>`, else `og:title`, else `<title>`.
  public var title: String?
  /// `<meta name|property=… content=…>` values by lower-cased name, plus
  /// `canonical` from `<link rel="canonical">` and `html-lang` from `<html lang>`.
  public var metadata: [String: String]
  /// The `datetime` of the first `<time>` element inside the article, if any.
  public var time: String?
  /// The body's text blocks (paragraphs, list items, subheadings, block quotes),
  /// whitespace collapsed, without the headline.
  public var paragraphs: [String]
}

/// Extracts the article from an HTML page with libxml2's HTML parser.
///
/// Navigation, headers and footers of the page, asides, forms, scripts, and any
/// element whose `class` or `id` names related links, comments, sharing or ads
/// are dropped, so that nothing in them can become a fact.
public enum HTMLArticleExtractor {
  /// Parses `bytes` (the page; its encoding from the page's own declaration, UTF-8
  /// by default). `url` names the page in messages. The parser never uses the
  /// network and recovers from the malformed markup real pages contain.
  public static func extract(bytes: [UInt8], url: String) throws(XMLDiagnostic) -> HTMLArticle {
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue)
    guard bytes.count < Int(Int32.max) else {
      throw XMLDiagnostic(message: "the page is larger than 2 GiB")
    }
    let log = XMLErrorLog()
    let document = try log.capturing { () throws(XMLDiagnostic) -> htmlDocPtr in
      let parsed = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap {
          htmlReadMemory(
            UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), Int32(buffer.count), url,
            nil, options)
        }
      }
      guard let parsed else { throw log.firstError(or: "libxml2 could not parse the HTML page") }
      return parsed
    }
    defer { xmlFreeDoc(document) }
    var walker = PageWalker()
    walker.collectMetadata(xmlDocGetRootElement(document))
    let root = walker.articleRoot(xmlDocGetRootElement(document))
    walker.collectBlocks(root, insideArticle: root.map { name(of: $0) } == "article")
    if walker.title == nil { walker.title = walker.metadata["og:title"] ?? walker.documentTitle }
    return HTMLArticle(
      title: walker.title, metadata: walker.metadata, time: walker.time,
      paragraphs: walker.paragraphs)
  }
}

private func name(of node: xmlNodePtr) -> String {
  node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
}

private func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
  guard let value = xmlGetProp(node, key) else { return nil }
  defer { parley_xml_free(value) }
  return String(cString: value)
}

private func children(of node: xmlNodePtr) -> [xmlNodePtr] {
  var result: [xmlNodePtr] = []
  var child = node.pointee.children
  while let current = child {
    result.append(current)
    child = current.pointee.next
  }
  return result
}

/// The text under `node`, whitespace collapsed.
private func text(of node: xmlNodePtr) -> String {
  guard let content = xmlNodeGetContent(node) else { return "" }
  defer { parley_xml_free(content) }
  return collapsingWhitespace(String(cString: content))
}

private func collapsingWhitespace(_ string: String) -> String {
  string.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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

/// Elements whose text is one block of the article.
private let blockElements: Set<String> = [
  "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
]

private struct PageWalker {
  var title: String?
  var documentTitle: String?
  var metadata: [String: String] = [:]
  var time: String?
  var paragraphs: [String] = []

  mutating func collectMetadata(_ node: xmlNodePtr?) {
    guard let node else { return }
    guard node.pointee.type == XML_ELEMENT_NODE else { return }
    switch name(of: node) {
    case "html":
      if let lang = attribute(node, "lang") { metadata["html-lang"] = lang }
    case "title":
      if documentTitle == nil { documentTitle = text(of: node) }
    case "meta":
      let key =
        attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop")
      if let key, let content = attribute(node, "content"), metadata[key.lowercased()] == nil {
        metadata[key.lowercased()] = collapsingWhitespace(content)
      }
    case "link":
      if attribute(node, "rel")?.lowercased() == "canonical", let href = attribute(node, "href") {
        metadata["canonical"] = href
      }
    default: break
    }
    for child in children(of: node) { collectMetadata(child) }
  }

  /// The element holding the article: the first `<article>` with paragraphs,
  /// else `<main>`, else `<body>`.
  func articleRoot(_ root: xmlNodePtr?) -> xmlNodePtr? {
    guard let root else { return nil }
    return first("article", under: root, withParagraphs: true)
      ?? first("main", under: root) ?? first("body", under: root) ?? root
  }

  /// The first `element` under `node` outside page furniture; with
  /// `withParagraphs`, the first that holds a `<p>` (a teaser card does not).
  private func first(_ element: String, under node: xmlNodePtr, withParagraphs: Bool = false)
    -> xmlNodePtr?
  {
    for child in children(of: node) where child.pointee.type == XML_ELEMENT_NODE {
      if isFurniture(child) { continue }
      if name(of: child) == element, !withParagraphs || first("p", under: child) != nil {
        return child
      }
      if let found = first(element, under: child, withParagraphs: withParagraphs) { return found }
    }
    return nil
  }

  private func isFurniture(_ node: xmlNodePtr) -> Bool {
    let element = name(of: node)
    if droppedElements.contains(element) { return true }
    // Whole words of class, id and role: "related-links" and "comments" are
    // furniture, "commentary" is not.
    let words = [attribute(node, "class"), attribute(node, "id"), attribute(node, "role")]
      .compactMap { $0?.lowercased() }
      .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) }
    return words.contains { furnitureMarkers.contains(String($0)) }
  }

  mutating func collectBlocks(_ node: xmlNodePtr?, insideArticle: Bool) {
    guard let node else { return }
    for child in children(of: node) where child.pointee.type == XML_ELEMENT_NODE {
      let element = name(of: child)
      if isFurniture(child) { continue }
      // The page's own header (masthead, menus) is furniture; an article's is not.
      if element == "header" && !insideArticle {
        if title == nil, let h1 = first("h1", under: child) { title = text(of: h1) }
        continue
      }
      if element == "time", time == nil { time = attribute(child, "datetime") }
      if element == "h1" {
        if title == nil { title = text(of: child) } else { append(text(of: child)) }
      } else if blockElements.contains(element) && !containsBlocks(child) {
        if let datetime = firstTime(under: child), time == nil { time = datetime }
        append(text(of: child))
      } else if element == "div" && !containsBlocks(child) {
        append(text(of: child))
      } else {
        collectBlocks(child, insideArticle: insideArticle || element == "article")
      }
    }
  }

  private func containsBlocks(_ node: xmlNodePtr) -> Bool {
    children(of: node).contains {
      $0.pointee.type == XML_ELEMENT_NODE
        && (blockElements.contains(name(of: $0)) || name(of: $0) == "div")
    }
  }

  private func firstTime(under node: xmlNodePtr) -> String? {
    for child in children(of: node) where child.pointee.type == XML_ELEMENT_NODE {
      if name(of: child) == "time" { return attribute(child, "datetime") }
      if let found = firstTime(under: child) { return found }
    }
    return nil
  }

  private mutating func append(_ block: String) {
    if !block.isEmpty { paragraphs.append(block) }
  }
}
