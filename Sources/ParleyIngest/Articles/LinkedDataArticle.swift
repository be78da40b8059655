import Foundation

/// The article a page describes in JSON-LD (`<script type="application/ld+json">`):
/// a schema.org `NewsArticle`, `Article`, `ReportageNewsArticle`,
/// `BlogPosting` … alone, in a list or in an `@graph`.
enum LinkedDataArticle {
  /// Adds the first article's `datePublished`, `headline`, `author` names,
  /// `publisher` name and `url` to `metadata` as `ld:…` keys, leaving keys
  /// already there alone. Text that is not JSON adds nothing.
  static func collect(from json: String, into metadata: inout [String: String]) {
    guard let data = json.data(using: .utf8),
      let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
      let article = firstArticle(in: value, depth: 0)
    else { return }
    func set(_ key: String, _ text: String?) {
      guard let text, !text.isEmpty, metadata[key] == nil else { return }
      metadata[key] = text
    }
    set("ld:datepublished", article["datePublished"] as? String)
    set("ld:headline", article["headline"] as? String)
    set("ld:author", names(article["author"]).joined(separator: ", "))
    set("ld:publisher", names(article["publisher"]).first)
    set("ld:url", (article["url"] as? String) ?? (article["mainEntityOfPage"] as? String))
  }

  /// Types of schema.org articles.
  private static let articleTypes: Set<String> = [
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
    "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report", "WebPage",
  ]

  private static func firstArticle(in value: Any, depth: Int) -> [String: Any]? {
    guard depth < 8 else { return nil }
    if let list = value as? [Any] {
      // An article before a page: look at every item for one first.
      let found = list.compactMap { firstArticle(in: $0, depth: depth + 1) }
      return found.first { !types(of: $0).contains("WebPage") } ?? found.first
    }
    guard let object = value as? [String: Any] else { return nil }
    let kinds = types(of: object)
    if !kinds.isDisjoint(with: articleTypes), !kinds.contains("WebPage") { return object }
    if let graph = object["@graph"], let found = firstArticle(in: graph, depth: depth + 1) {
      return found
    }
    return kinds.contains("WebPage") && object["datePublished"] != nil ? object : nil
  }

  private static func types(of object: [String: Any]) -> Set<String> {
    if let one = object["@type"] as? String { return [one] }
    return Set(object["@type"] as? [String] ?? [])
  }

  /// `"Jane Doe"`, `{"name": "Jane Doe"}` or a list of them.
  private static func names(_ value: Any?) -> [String] {
    switch value {
    case let text as String: return [text]
    case let object as [String: Any]: return (object["name"] as? String).map { [$0] } ?? []
    case let list as [Any]: return list.flatMap { names($0) }
    default: return []
    }
  }
}
