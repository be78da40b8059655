import ParleyLibYAML

/// Parses YAML text into a ``SyntaxNode`` tree from libyaml's events,
/// keeping every node's line and column.
///
/// It reads events, not a document tree: the elements of the top-level lists
/// a caller streams are handed over one at a time, so a big dossier's whole
/// tree never sits in memory.
///
/// Problems are reported as a reader of the whole document would find them:
/// text that is not YAML (a tab, an unclosed quote, a second document, a
/// duplicate key, an alias to nothing) before anything YAML can say but a
/// dossier may not (a tag, a merge key, a list as a key, an alias bomb),
/// which is reported only when the whole text is YAML.
enum YAMLSyntax {
  /// Aliases can make a small file expand into a huge tree ("billion
  /// laughs"); refuse trees far larger than their text could honestly be.
  static func nodeLimit(forTextLength length: Int) -> Int { 10_000 + length * 4 }

  /// Nesting deeper than this is refused, so hostile input cannot exhaust
  /// the stack; a dossier needs fewer than ten levels.
  static let maximumDepth = 1000

  /// What `!!` stands for: the prefix of YAML's own tags.
  static let coreTagPrefix = "tag:yaml.org,2002:"

  /// YAML's string tag, `!!str` in full.
  static let stringTag = coreTagPrefix + "str"

  /// The tags a value may resolve to: YAML's own core types, and the
  /// non-specific tag `!`, which makes a plain scalar a string. Any other tag
  /// (`!!python/object`, `!include`, `!!binary`) asks a reader for something
  /// Parley never does, and is refused rather than ignored.
  static let allowedTags: Set<String> = [
    "str", "seq", "map", "bool", "float", "null", "int", "merge", "timestamp", "value",
  ].reduce(into: ["!"]) { $0.insert(coreTagPrefix + $1) }

  static func parse(_ text: String, file: String) throws(ValidationReport) -> SyntaxNode {
    var text = text
    return try text.withUTF8 { bytes in
      Result { () throws(ValidationReport) in
        try parse(
          bytes, file: file, streaming: [], element: { _, _, _ in }, releasing: { _ in })
      }
    }.get()
  }

  /// Parses UTF-8 `bytes` whose top level is a mapping, handing each element
  /// of the top-level lists named in `keys` to `element` as soon as it is
  /// read instead of keeping it: those lists are empty in the returned tree.
  /// `release` is told, now and then, the offset before which libyaml has
  /// read every byte.
  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void, releasing release: (Int) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    var builder = YAMLTreeBuilder(
      parser: YAMLEventParser(bytes: bytes), file: file,
      budget: nodeLimit(forTextLength: bytes.count), streamedKeys: keys)
    let root: SyntaxNode?
    do throws(YAMLTreeBuilder.Failure) {
      root = try builder.document(element: element, releasing: release)
    } catch {
      switch error {
      case .syntax(let error):
        throw ValidationReport([diagnostic(for: error, file: file, bytes: bytes)])
      case .refused(let refusal): throw ValidationReport([refusal])
      }
    }
    guard let root else {
      throw ValidationReport([
        Diagnostic(
          file: file, message: "the file is empty", hint: "a dossier starts with parley: \"1.0\"")
      ])
    }
    return root
  }
}

extension YAMLSyntax {
  /// Walks UTF-8 `bytes` counting lines and columns as libyaml does: a byte
  /// order mark at the start is no character; CR LF, CR, LF, NEL, LS and PS
  /// each end a line; columns count characters. `stop` is asked at each
  /// character with its byte offset and place; the walk ends when it says so.
  private static func walk(
    _ bytes: UnsafeBufferPointer<UInt8>, until stop: (Int, SourceLocation) -> Bool
  ) -> SourceLocation {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var (line, column) = (1, 1)
    while index < bytes.count, !stop(index, SourceLocation(line: line, column: column)) {
      let byte = bytes[index]
      let length =
        switch byte {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
      let next = { (offset: Int) in index + offset < bytes.count ? bytes[index + offset] : 0 }
      let isBreak =
        byte == 0x0A || byte == 0x0D || byte == 0xC2 && next(1) == 0x85
        || byte == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)
      index += byte == 0x0D && next(1) == 0x0A ? 2 : length
      if isBreak {
        (line, column) = (line + 1, 1)
      } else {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  /// The character at a libyaml mark, if there is one.
  private static func character(in bytes: UnsafeBufferPointer<UInt8>, at mark: YAMLMark)
    -> Unicode.Scalar?
  {
    var found: Int?
    _ = walk(bytes) { offset, place in
      guard place.line == mark.line && place.column == mark.column else {
        return place.line > mark.line
      }
      found = offset
      return true
    }
    guard let found else { return nil }
    var iterator = bytes[found...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// The line and column of the byte at `offset`.
  private static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> SourceLocation
  {
    walk(bytes) { index, _ in index >= offset }
  }

  private static func diagnostic(
    for error: YAMLSyntaxError, file: String, bytes: UnsafeBufferPointer<UInt8>
  ) -> Diagnostic {
    let location = SourceLocation(line: error.mark.line, column: error.mark.column)
    switch error.stage {
    case .reader where error.problem.contains("UTF-8") || error.problem.contains("Unicode"):
      return Diagnostic(
        file: file, location: Self.location(ofByte: error.offset, in: bytes),
        message: "the file is not valid UTF-8", hint: "save it as UTF-8")
    case .reader:
      let what = error.value == 0 ? "a NUL character (U+0000)" : error.problem
      return Diagnostic(
        file: file, location: Self.location(ofByte: error.offset, in: bytes),
        message: "unreadable YAML: \(what)",
        hint: "remove it, or write it escaped in a double-quoted string")
    case .memory:
      return Diagnostic(
        file: file, message: "the YAML reader ran out of memory",
        hint: "split the file, or read it on a machine with more memory")
    case .scanner
    where error.problem.contains("cannot start any token")
      && character(in: bytes, at: error.mark) == "\t":
      return Diagnostic(
        file: file, location: location,
        message: "a tab here: YAML indents with spaces, never tabs",
        hint: "replace the tab with spaces")
    case .scanner, .parser:
      var where_ = error.context.map { " \($0)" } ?? ""
      // "while scanning a quoted scalar": say where that began.
      if let begun = error.contextMark, begun != error.mark {
        where_ += " that starts at line \(begun.line), column \(begun.column)"
      }
      return Diagnostic(
        file: file, location: location, message: "malformed YAML: \(error.problem)\(where_)",
        hint: "check the indentation and quoting there")
    }
  }
}
