import Foundation
import ParleyCore

/// Finds and reads articles: files by extension (`.txt`, `.html`/`.htm`,
/// `.jsonl`/`.ndjson`), directories recursively, `-` for standard input.
package struct ArticleLoader: Sendable {
  /// Extensions read as articles when a directory is searched.
  package static let extensions: Set<String> = [
    "txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson",
  ]

  /// The most bytes one input may have.
  package var maximumInputBytes = BoundedInput.defaultMaximumBytes
  /// What opens a page's furniture: the lexicon's words for it.
  package var furniture = PageFurniture.builtin

  /// Creates a loader.
  package init() {}

  /// The article files under `paths`, sorted within each directory so runs are
  /// reproducible. A path that does not exist is a problem
  /// (``LoadingError``), not a crash.
  package func files(_ paths: [String]) -> (files: [String], problems: [any Error]) {
    var files: [String] = []
    var problems: [any Error] = []
    let manager = FileManager.default
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(LoadingError.unreadable(path: path, reason: "no such file or directory"))
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
        .filter { Self.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
        .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
        .sorted()
      for relative in found {
        let file = (path as NSString).appendingPathComponent(relative)
        // A named pipe or a device found in a directory would block the read
        // or never end; one named on the command line is read on purpose.
        if let kind = Self.specialKind(of: file) {
          problems.append(
            LoadingError.unreadable(
              path: file, reason: "is \(kind), not a file: skipped (name it to read it anyway)"))
          continue
        }
        files.append(file)
      }
    }
    return (files, problems)
  }

  /// Reads one file (or standard input for `-`) into its articles; the
  /// problems are ``LoadingError``s (unreadable) and ``ValidationReport``s
  /// (malformed).
  package func read(_ path: String) -> (articles: [Article], problems: [any Error]) {
    let data: Data
    do {
      data = try BoundedInput.read(path, limit: maximumInputBytes)
    } catch {
      return ([], [error])
    }
    let name = path == "-" ? "<stdin>" : path
    return articles(
      in: data, name: name, extension: (path as NSString).pathExtension.lowercased(),
      sniffing: path == "-")
  }

  /// The articles in `data`, read by `ext` (`txt`, `html`, `jsonl` …), or
  /// by its first byte when `sniffing` (standard input); `name` names it in
  /// messages.
  package func articles(in data: Data, name: String, extension ext: String, sniffing: Bool)
    -> (articles: [Article], problems: [any Error])
  {
    let read = undatedArticles(in: data, name: name, extension: ext, sniffing: sniffing)
    return (read.articles.map { $0.datedByDateline() }, read.problems)
  }

  /// The articles in `data` as their readers give them, before a dateline
  /// dates those that nothing else dated.
  private func undatedArticles(
    in data: Data, name: String, extension ext: String, sniffing: Bool
  ) -> (articles: [Article], problems: [any Error]) {
    if let problem = Self.notAnArticle(data) {
      return ([], [ValidationReport([Diagnostic(file: name, message: problem.0, hint: problem.1)])])
    }
    let firstByte = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
    if ["jsonl", "ndjson"].contains(ext) || (sniffing && firstByte == UInt8(ascii: "{")) {
      let result = JSONLinesArticleReader.read(data: data, origin: name)
      return (result.articles, result.problems.map { ValidationReport([$0]) })
    }
    if ["html", "htm", "xhtml"].contains(ext) || (sniffing && firstByte == UInt8(ascii: "<")) {
      do {
        return (
          [try HTMLArticleReader.read(bytes: Array(data), origin: name, furniture: furniture)], []
        )
      } catch {
        return ([], [error])
      }
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (
        [],
        [
          ValidationReport([
            Diagnostic(
              file: name, message: "the file is not UTF-8 text",
              hint: "convert it to UTF-8 (iconv -t UTF-8) or save the page as HTML")
          ])
        ]
      )
    }
    return ([PlainTextArticleReader.read(text: text, origin: name, furniture: furniture)], [])
  }

  /// What is wrong with bytes that hold no article: nothing but white space,
  /// or binary data (a NUL byte, or mostly control characters, in the first
  /// 8 KiB); `nil` for text.
  static func notAnArticle(_ data: Data) -> (String, String)? {
    data.withUnsafeBytes { bytes in
      let head = bytes.prefix(8192)
      var controls = 0
      for byte in head where byte < 0x20 {
        switch byte {
        case 0:
          return (
            "the file is binary (it holds NUL bytes), not an article",
            "give text, HTML or JSON Lines articles"
          )
        case 0x09, 0x0A, 0x0C, 0x0D: break
        default: controls += 1
        }
      }
      if !head.isEmpty && controls * 10 > head.count {
        return (
          "the file is binary (mostly control characters), not an article",
          "give text, HTML or JSON Lines articles"
        )
      }
      // Blanks and byte order marks only.
      let blank = bytes.allSatisfy { byte in
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xEF, 0xBB, 0xBF: true
        default: false
        }
      }
      if blank {
        return (
          "the file is empty: there is no article in it", "give a file with the article's text"
        )
      }
      return nil
    }
  }

  /// `a named pipe (FIFO)`, `a socket` or `a device` for such a file;
  /// `nil` for a regular file (or one that cannot be examined).
  static func specialKind(of path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFIFO: return "a named pipe (FIFO)"
    case S_IFSOCK: return "a socket"
    case S_IFCHR, S_IFBLK: return "a device"
    default: return nil
    }
  }
}
