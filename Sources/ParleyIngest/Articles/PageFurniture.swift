import ParleyCore

/// The words of a page's furniture, from a lexicon: the lines and headings
/// that open it ("Related", "Read more"), how cookie and newsletter notices
/// begin, and the marks of photo credits. Readers use them before any rule
/// runs, so that nothing in the furniture becomes a fact.
package struct PageFurniture: Sendable {
  /// Lower-case lines and headings that open the furniture.
  let headings: Set<String>
  /// The longest heading's length in UTF-8 bytes.
  private let longestHeading: Int
  /// Lower-case labels of a link to a video or another story ("watch").
  let promotionLabels: Set<String>
  /// Lower-case openings of cookie and newsletter notices.
  let banners: [String]
  /// Lower-case openings of copyright lines.
  let copyrightMarks: [String]
  /// The longest banner's length in characters.
  private let longestBanner: Int
  /// Lower-case marks of photo credits and captions.
  let credits: [String]
  /// The same, as UTF-8, to look for in a line's bytes.
  let creditBytes: [[UInt8]]
  /// How a byline begins: each byline word capitalised, then a space ("By ").
  private let bylineOpenings: [String]
  /// How a line of relative time ends: a space, then an ago word (" ago").
  private let agoEndings: [String]
  /// How a box of comments opens, for each lexicon comment word: "comments /",
  /// "comments (" (then a digit), and how a count of them ends (" comments").
  private let commentOpenings: [(slash: String, parenthesis: String, count: String)]
  /// The longest comment word's length in scalars, and at least 14, for
  /// WordPress's "%d bloggers" (markup left unfilled, not prose).
  private let longestComment: Int

  /// The furniture words of `lexicon`.
  package init(_ lexicon: Lexicon) {
    headings = Set(lexicon.words[.furnitureHeadings] ?? [])
    longestHeading = headings.map(\.utf8.count).max() ?? 0
    promotionLabels = Set(lexicon.words[.promotionLabels] ?? [])
    banners = lexicon.words[.pageBanners] ?? []
    copyrightMarks = lexicon.words[.copyrightMarks] ?? []
    longestBanner = (banners + copyrightMarks).map(\.count).max() ?? 0
    credits = lexicon.words[.creditMarkers] ?? []
    creditBytes = credits.map { Array($0.utf8) }
    bylineOpenings = (lexicon.words[.bylineWords] ?? []).map {
      $0.prefix(1).uppercased() + $0.dropFirst() + " "
    }
    agoEndings = (lexicon.words[.agoWords] ?? []).map { " " + $0 }
    let commentWords = lexicon.words[.commentWords] ?? []
    commentOpenings = commentWords.map { ($0 + " /", $0 + " (", " " + $0) }
    longestComment = commentWords.map(\.unicodeScalars.count).max().map { max($0, 14) } ?? 14
  }

  /// The built-in lexicon's furniture words.
  package static let builtin = PageFurniture(Lexicon.builtin)

  /// Whether `line` opens the furniture: one of the headings (a colon after
  /// it allowed), "Comments / 3", "Comments (3)", "12 comments", "%d
  /// bloggers like this".
  func opens(_ line: String) -> Bool {
    // Most lines are text, far longer than any heading: only their start
    // can open the furniture. (Lower-casing changes a text's length in
    // bytes by at most three times.)
    let utf8 = line.utf8
    let colons = utf8.reversed().prefix { $0 == UInt8(ascii: ":") }.count
    if utf8.count - colons > max(3 * longestHeading, 32) {
      let head = String(line.unicodeScalars.prefix(longestComment + 3)).lowercased()
      return opensComments(head) || head.hasPrefix("%d bloggers")
    }
    // Colons after a heading are allowed ("Related:").
    let lower = line.lowercased().trimmingCharacters(in: ":")
    if headings.contains(lower) { return true }
    if opensComments(lower) || lower.hasPrefix("%d bloggers") { return true }
    // "12 comments"
    return commentOpenings.contains { opening in
      lower.hasSuffix(opening.count) && Int(lower.dropLast(opening.count.count)) != nil
    }
  }

  /// Whether a lower-case line opens a box of comments: "comments /",
  /// "comments (3)"; not "comments (made by the minister) angered".
  private func opensComments(_ lower: String) -> Bool {
    commentOpenings.contains { opening in
      if lower.hasPrefix(opening.slash) { return true }
      guard lower.hasPrefix(opening.parenthesis) else { return false }
      return lower.unicodeScalars.dropFirst(opening.parenthesis.unicodeScalars.count).first.map {
        ("0"..."9").contains($0)
      } ?? false
    }
  }

  /// Whether `line` is a link to a video or another story in the body:
  /// one of the headings or of the promotion labels, a colon, and a
  /// capitalized headline of fifteen words at most that ends with no full
  /// stop ("Read more: What is the
  /// Franco-German plan?", "WATCH: Blinken hosts the ministers"). The story
  /// goes on after it.
  func isPromotion(_ line: String) -> Bool {
    // (Only the line's start can hold the heading and its colon.)
    guard let colon = line.utf8.prefix(longestHeading + 1).firstIndex(of: UInt8(ascii: ":"))
    else { return false }
    let heading = line[..<colon].lowercased().trimmingWhitespace
    guard headings.contains(heading) || promotionLabels.contains(heading) else { return false }
    // A headline: capitalized, not a sentence ("Listen: we support the
    // talks." in a speaker's words is no link).
    let rest = line[line.utf8.index(after: colon)...].drop { $0 == " " }
    return rest.first?.isUppercase == true && rest.last != "."
      && rest.split(separator: " ").count <= 15
  }

  /// Whether `line` holds one of the marks of a credit: "(AP Photo/…)",
  /// "(Reporting by …; Editing by …)".
  func isCredit(_ line: String) -> Bool {
    let lower = line.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    return creditBytes.contains { lower.containsBytes($0) }
  }

  /// Whether `line` is a byline: "By Jane Doe".
  func isByline(_ line: String) -> Bool {
    bylineOpenings.contains { line.hasPrefix($0) }
  }

  /// Whether `line` is a time stamp relative to now: "2 hours ago".
  func endsAgo(_ line: String) -> Bool {
    agoEndings.contains { line.hasSuffix($0) }
  }

  /// Whether a block of thirty words at most opens like a cookie or
  /// newsletter notice, or one of twelve words at most like a copyright
  /// line (a longer block is an article that opens with its own: "©
  /// Reuters. YEREVAN (Reuters) - …").
  func isBanner(_ block: String) -> Bool {
    let words =
      block.pieceCountByScalars(upTo: 31, where: { $0 == " " })
      ?? block.split(separator: " ").count
    guard words <= 30 else { return false }
    // Only the block's start can match: lower-casing makes each character
    // one or more, so a banner's characters come from at most as many of the
    // block's (in whatever normal form); a few more keep the case mapping's
    // context (a final sigma).
    let head = String(block.prefix(longestBanner + 8))
    let lower = head.lowercased()
    return banners.contains { lower.hasPrefix($0) }
      || words <= 12 && copyrightMarks.contains { lower.hasPrefix($0) }
  }
}
