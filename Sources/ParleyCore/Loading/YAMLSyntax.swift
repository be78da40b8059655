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

  /// The tags a value may resolve to: YAML's own core types. Any other tag
  /// (`!!python/object`, `!include`, `!!binary`) asks a reader for something
  /// Parley never does, and is refused rather than ignored.
  static let allowedTags: Set<String> = [
    "str", "seq", "map", "bool", "float", "null", "int", "merge", "timestamp", "value",
  ].reduce(into: []) { $0.insert("tag:yaml.org,2002:" + $1) }

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
  /// The character at a libyaml mark, if there is one.
  private static func character(in bytes: UnsafeBufferPointer<UInt8>, at mark: YAMLMark)
    -> Unicode.Scalar?
  {
    var line = 1
    var start = 0
    while line < mark.line, let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
      start = newline + 1
      line += 1
    }
    guard line == mark.line else { return nil }
    let rest = bytes[start...].prefix { $0 != UInt8(ascii: "\n") }
    return String(decoding: rest, as: UTF8.self).unicodeScalars.dropFirst(mark.column - 1).first
  }

  /// The line and column of the byte at `offset`, columns counted in
  /// characters as libyaml counts them.
  private static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> SourceLocation
  {
    var (line, column) = (1, 1)
    for byte in bytes.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        (line, column) = (line + 1, 1)
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  private static func diagnostic(
    for error: YAMLSyntaxError, file: String, bytes: UnsafeBufferPointer<UInt8>
  ) -> Diagnostic {
    let location = SourceLocation(line: error.mark.line, column: error.mark.column)
    switch error.stage {
    case .reader:
      let what = error.value == 0 ? "a NUL character (U+0000)" : error.problem
      return Diagnostic(
        file: file, location: Self.location(ofByte: error.offset, in: bytes),
        message: "unreadable YAML: \(what)",
        hint: "remove it, or write it escaped in a double-quoted string")
    case .memory:
      return Diagnostic(file: file, message: "the YAML reader ran out of memory")
    case .scanner
    where error.problem.contains("cannot start any token")
      && character(in: bytes, at: error.mark) == "\t":
      return Diagnostic(
        file: file, location: location,
        message: "a tab here: YAML indents with spaces, never tabs",
        hint: "replace the tab with spaces")
    case .scanner, .parser:
      let where_ = error.context.map { " \($0)" } ?? ""
      return Diagnostic(
        file: file, location: location, message: "malformed YAML: \(error.problem)\(where_)",
        hint: "check the indentation and quoting there")
    }
  }
}
