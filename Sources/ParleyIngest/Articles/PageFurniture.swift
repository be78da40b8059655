import ParleyCore

/// The words of a page's furniture, from a lexicon: the lines and headings
/// that open it ("Related", "Read more"), how cookie and newsletter notices
/// begin, and the marks of photo credits. Readers use them before any rule
/// runs, so that nothing in the furniture becomes a fact.
package struct PageFurniture: Sendable {
  /// Lower-case lines and headings that open the furniture.
  let headings: Set<String>
  /// Lower-case openings of cookie and newsletter notices.
  let banners: [String]
  /// Lower-case marks of photo credits and captions.
  let credits: [String]

  /// The furniture words of `lexicon`.
  package init(_ lexicon: Lexicon) {
    headings = Set(lexicon.words[.furnitureHeadings] ?? [])
    banners = lexicon.words[.pageBanners] ?? []
    credits = lexicon.words[.creditMarkers] ?? []
  }

  /// The built-in lexicon's furniture words.
  package static let builtin = PageFurniture(Lexicon.builtin)

  /// Whether `line` opens the furniture: one of the headings (a colon after
  /// it allowed), "Comments / 3", "Comments (3)", "12 comments", "%d
  /// bloggers like this".
  func opens(_ line: String) -> Bool {
    let lower = line.lowercased().trimmingCharacters(in: ":")
    if headings.contains(lower) { return true }
    if lower.hasPrefix("comments /") || lower.hasPrefix("comments (") { return true }
    if lower.hasPrefix("%d bloggers") { return true }
    if lower.hasSuffix(" comments") && Int(lower.dropLast(9)) != nil { return true }
    return false
  }

  /// Whether a block opens like a cookie or newsletter notice.
  func isBanner(_ block: String) -> Bool {
    let lower = block.lowercased()
    return banners.contains { lower.hasPrefix($0) }
  }
}
