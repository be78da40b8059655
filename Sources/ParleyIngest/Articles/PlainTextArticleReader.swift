import Foundation
import ParleyCore

/// Reads an article saved as plain text from a web page: a title line, maybe a
/// date line, maybe a URL, the body, and the page's clutter (image links,
/// captions, follower counts, related-article lists, comment boxes).
///
/// The body ends at the first line that opens the page's furniture ("Related",
/// "Comments / 3", "%d bloggers like this:" …); inside it, lines that are only
/// a URL, a number, a photo credit or a short unpunctuated heading are skipped.
enum PlainTextArticleReader {
  /// Reads `text`; `origin` names it in messages; `furniture` says what
  /// opens the page's furniture.
  static func read(text: String, origin: String, furniture: PageFurniture = .builtin) -> Article {
    let source = ScalarText(text)
    let scalars = source.scalars
    let lines = splitLines(scalars)
    var title: String?
    var published: EDTFDate?
    var url: String?
    var paragraphs: [Range<Int>] = []
    var inHeader = true
    var headerLines = 0
    for range in lines {
      let line = source.string(range)
      let trimmed = line.trimmingWhitespace
      if trimmed.isEmpty { continue }
      if furniture.opens(trimmed) { break }
      if inHeader && headerLines < 8 {
        headerLines += 1
        if url == nil, isURL(trimmed), !isImageURL(trimmed) {
          url = trimmed
          continue
        }
        // (A sentence is the body's, dated or not: "On February 24, 2022,
        // Russian forces invaded Ukraine.")
        if published == nil, !isSentence(trimmed), let date = DateLine.parse(trimmed) {
          published = date
          continue
        }
        if title == nil, isTitle(trimmed) {
          title = trimmed
          continue
        }
        if isHeaderNoise(trimmed, furniture) { continue }
      }
      if trimmed == title || isClutter(trimmed, furniture) { continue }
      inHeader = false
      paragraphs.append(trimmedRange(range, in: scalars))
    }
    return Article(
      origin: origin, format: .plainText, title: title, published: published, url: url,
      text: text, paragraphs: paragraphs)
  }

  static func splitLines(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    for (index, scalar) in scalars.enumerated() where scalar == "\n" {
      lines.append(start..<index)
      start = index + 1
    }
    if start < scalars.count { lines.append(start..<scalars.count) }
    return lines
  }

  /// `range` without the whitespace at its ends.
  static func trimmedRange(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    return lower..<upper
  }

  /// A headline: a few words, not a sentence ending in a full stop.
  private static func isTitle(_ line: String) -> Bool {
    // (Counted no further than one past the most a title has.)
    let words =
      line.pieceCountByScalars(upTo: 26, where: { $0 == " " }) ?? line.split(separator: " ").count
    return words >= 3 && words <= 25 && !endsWithFullStop(line) && !isURL(line)
  }

  /// A sentence of the body rather than a line of the header: more than
  /// six words and a full stop at the end.
  private static func isSentence(_ line: String) -> Bool {
    endsWithFullStop(line)
      && (line.pieceCountByScalars(upTo: 7, where: { $0 == " " })
        ?? line.split(separator: " ").count) > 6
  }

  /// Whether the line ends with a full stop, also inside closing quotation
  /// marks (`Lavrov said: "We will not give up."`); not inside brackets
  /// ("Talks Resume In Vienna (Updated.)" is a title).
  private static func endsWithFullStop(_ line: String) -> Bool {
    let closing: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»"]
    var scalars = line.unicodeScalars[...]
    while let last = scalars.last, closing.contains(last) { scalars = scalars.dropLast() }
    return scalars.last == "."
  }

  /// Bylines, section labels, counters and the like above the body.
  private static func isHeaderNoise(_ line: String, _ furniture: PageFurniture) -> Bool {
    // (Nine words are as many as the tests need.)
    let words =
      line.pieceCountByScalars(upTo: 9, where: { $0 == " " }) ?? line.split(separator: " ").count
    // A byline is short and no sentence: "By Jane Doe and John Roe", not
    // "By Friday, the two sides had agreed to meet in Geneva."
    let byline = furniture.isByline(line) && words <= 8 && !endsWithFullStop(line)
    return byline || words <= 3 || furniture.endsAgo(line)
  }

  static func isURL(_ line: String) -> Bool {
    (line.hasPrefix("http://") || line.hasPrefix("https://")) && !line.containsLiteral(" ")
  }

  private static func isImageURL(_ line: String) -> Bool {
    let lower = line.lowercased()
    return [".jpg", ".jpeg", ".png", ".gif", ".webp", "image.php", "/img", "/image"].contains {
      lower.containsLiteral($0)
    }
  }

  /// Lines inside the body that are not the article's prose.
  private static func isClutter(_ line: String, _ furniture: PageFurniture) -> Bool {
    if isURL(line) { return true }
    let bytes = Array(line.utf8)
    // Counters: "288", "483K+", "1.2M".
    if let first = bytes.first, (0x30...0x39).contains(first),
      bytes.allSatisfy({ (0x30...0x39).contains($0) || ",.+ KMB".utf8.contains($0) })
    {
      return true
    }
    if furniture.isCredit(line) || furniture.isPromotion(line) { return true }
    // A short line without closing punctuation is a heading, a link or a label.
    var words = 0
    for (offset, byte) in bytes.enumerated() where byte != 0x20 {
      if offset == 0 || bytes[offset - 1] == 0x20 { words += 1 }
    }
    guard words <= 14 else { return false }
    let last = line.unicodeScalars.last.map(Character.init)
    let closes = last.map { ".!?\"”“’‘»«›);:".contains($0) } ?? false
    let listItem = ["- ", "• ", "* ", "– "].contains { line.hasPrefix($0) } && words >= 4
    return !closes && !listItem
  }
}

extension String {
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  func trimmingCharacters(in set: String) -> String {
    var result = Substring(self)
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return String(result)
  }
}

extension Array where Element == UInt8 {
  /// Whether `pattern` occurs in these bytes.
  func containsBytes(_ pattern: [UInt8]) -> Bool {
    guard !pattern.isEmpty else { return true }
    guard pattern.count <= count else { return false }
    // The pattern's first byte found by the C library's `memchr`, which
    // reads many bytes at a time; the rest compared only there.
    return withUnsafeBufferPointer { bytes in
      pattern.withUnsafeBufferPointer { pattern in
        guard let base = bytes.baseAddress, let needle = pattern.baseAddress else { return false }
        let last = bytes.count - pattern.count
        var start = 0
        while start <= last {
          guard let found = memchr(base + start, Int32(needle.pointee), last + 1 - start) else {
            return false
          }
          start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + start, needle, pattern.count) == 0 { return true }
          start += 1
        }
        return false
      }
    }
  }
}
