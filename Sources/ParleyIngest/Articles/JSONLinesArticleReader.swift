import Foundation
import ParleyCore

/// Reads articles stored one per line as JSON objects with the fields `id`,
/// `title`, `published`, `url`, `publisher`, `language` and `text` (only
/// `text` is required), and the bylines feeds carry, `author`, `authors`
/// and `byline`, which IR 1.0 sources have no field to keep. Paragraphs are
/// separated by blank lines or newlines.
enum JSONLinesArticleReader {
  /// Reads every line of `data`. Lines that are not valid articles are
  /// reported in `problems` (with their line number) and skipped.
  static func read(data: Data, origin: String) -> (
    articles: [Article], problems: [Diagnostic]
  ) {
    var articles: [Article] = []
    var problems: [Diagnostic] = []
    var lineNumber = 0
    // Line by line over the bytes (a split of `Data` reads them one by one
    // through its own indexes); a final newline ends an empty last line.
    let bytes = [UInt8](data)
    var start = 0
    while start <= bytes.count {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      defer { start = end + 1 }
      let line = bytes[start..<end]
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do throws(ValidationReport) {
        articles.append(try article(Data(line), origin: origin, line: lineNumber))
      } catch {
        problems += error.diagnostics.map { diagnostic in
          var moved = diagnostic
          moved.location = SourceLocation(line: lineNumber, column: diagnostic.location?.column)
          return moved
        }
      }
    }
    return (articles, problems)
  }

  private static let fields: Set<String> = [
    "id", "title", "published", "url", "publisher", "language", "text",
  ]

  /// Fields a feed may have that a source cannot keep: read past, of any
  /// type (an `authors` list), rather than failing the article.
  private static let bylineFields: Set<String> = ["author", "authors", "byline"]

  private static func article(_ line: Data, origin: String, line number: Int)
    throws(ValidationReport) -> Article
  {
    let node = try SyntaxNode(json: line, file: origin)
    guard case .object(let members) = node.value else {
      throw problem(
        origin, number, "a line is not a JSON object", "write one article object per line")
    }
    var values: [String: String] = [:]
    for (key, value) in members where !bylineFields.contains(key) {
      guard fields.contains(key) else {
        throw problem(
          origin, number, "unknown field \"\(key)\"",
          Suggestions.didYouMean(key, in: fields.sorted())
            ?? "known fields: \(fields.sorted().joined(separator: ", "))")
      }
      switch value.value {
      case .string(let string): values[key] = string
      case .null: break
      default: throw problem(origin, number, "field \"\(key)\" must be a string", nil)
      }
    }
    guard let text = values["text"], !text.isEmpty else {
      throw problem(origin, number, "the article has no \"text\"", "add the article's text")
    }
    var published: EDTFDate?
    if let date = values["published"] {
      published = DateLine.parse(date)
      if published == nil {
        throw problem(
          origin, number, "\"published\" is not a date: \"\(date)\"",
          "write it as YYYY-MM-DD (or an EDTF date)")
      }
    }
    return Article(
      origin: "\(origin):\(number)", format: .jsonLines, givenID: values["id"],
      title: values["title"], published: published, url: values["url"],
      publisher: values["publisher"], language: values["language"], text: text,
      paragraphs: paragraphRanges(text))
  }

  private static func problem(_ origin: String, _ line: Int, _ message: String, _ hint: String?)
    -> ValidationReport
  {
    ValidationReport([
      Diagnostic(
        file: origin, location: SourceLocation(line: line, column: nil), message: message,
        hint: hint)
    ])
  }

  /// Non-empty lines of `text`, trimmed, as scalar ranges.
  static func paragraphRanges(_ text: String) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    return PlainTextArticleReader.splitLines(scalars).compactMap { range in
      let trimmed = PlainTextArticleReader.trimmedRange(range, in: scalars)
      return trimmed.isEmpty ? nil : trimmed
    }
  }
}
