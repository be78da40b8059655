import Yams

/// Parses YAML text into a ``SyntaxNode`` tree with Yams (libyaml), keeping
/// every node's line and column.
enum YAMLSyntax {
  /// Aliases can make a small file expand into a huge tree ("billion
  /// laughs"); refuse trees far larger than their text could honestly be.
  static func nodeLimit(forTextLength length: Int) -> Int { 10_000 + length * 4 }

  /// The tags a value may resolve to: YAML's own core types. Any other tag
  /// (`!!python/object`, `!include`, `!!binary`) asks a reader for something
  /// Parley never does, and is refused rather than ignored.
  static let allowedTags: Set<String> = [
    "str", "seq", "map", "bool", "float", "null", "int", "merge", "timestamp", "value",
  ].reduce(into: []) { $0.insert("tag:yaml.org,2002:" + $1) }

  static func parse(_ text: String, file: String) throws(ValidationReport) -> SyntaxNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw ValidationReport([diagnostic(for: error, file: file, text: text)])
    } catch {
      throw ValidationReport([Diagnostic(file: file, message: "malformed YAML: \(error)")])
    }
    guard let root else {
      throw ValidationReport([
        Diagnostic(
          file: file, message: "the file is empty", hint: "a dossier starts with parley: \"1.0\"")
      ])
    }
    var budget = nodeLimit(forTextLength: text.utf8.count)
    return try convert(root, file: file, budget: &budget)
  }

  private static func convert(_ node: Node, file: String, budget: inout Int)
    throws(ValidationReport)
    -> SyntaxNode
  {
    budget -= 1
    let location = node.mark.map { SourceLocation(line: $0.line, column: $0.column) }
    guard budget >= 0 else {
      throw ValidationReport([
        Diagnostic(
          file: file, location: location,
          message: "the YAML expands to far more values than its size allows (alias bomb?)",
          hint: "write the values out instead of repeating them through aliases")
      ])
    }
    let tag = node.tag.rawValue
    guard tag.isEmpty || allowedTags.contains(tag) else {
      let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : tag[...]
      throw ValidationReport([
        Diagnostic(
          file: file, location: location,
          message: "the YAML tag \(String(shown).displayed) is not allowed in a dossier",
          hint: "remove it: a dossier holds plain strings, numbers, lists and mappings")
      ])
    }
    switch node {
    case .scalar(let scalar):
      // A long text repeated through aliases costs its length, not one node.
      budget -= scalar.string.utf8.count / 16
      let quoted = scalar.style != .plain && scalar.style != .any
      return SyntaxNode(quoted ? .string(scalar.string) : .plain(scalar.string), location: location)
    case .sequence(let sequence):
      var elements: [SyntaxNode] = []
      elements.reserveCapacity(sequence.count)
      for element in sequence { elements.append(try convert(element, file: file, budget: &budget)) }
      return SyntaxNode(.array(elements), location: location)
    case .mapping(let mapping):
      var entries: [(key: String, value: SyntaxNode)] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else {
          throw ValidationReport([
            Diagnostic(
              file: file,
              location: key.mark.map { SourceLocation(line: $0.line, column: $0.column) },
              message: "a key must be a plain name, not a list or mapping")
          ])
        }
        if keyScalar.string == "<<" && keyScalar.style == .plain {
          throw ValidationReport([
            Diagnostic(
              file: file,
              location: key.mark.map { SourceLocation(line: $0.line, column: $0.column) },
              message: "YAML merge keys (<<) are not supported in a dossier",
              hint: "write the fields out in each record")
          ])
        }
        entries.append((keyScalar.string, try convert(value, file: file, budget: &budget)))
      }
      return SyntaxNode(.object(entries), location: location)
    case .alias:
      throw ValidationReport([
        Diagnostic(file: file, location: location, message: "unresolved YAML alias")
      ])
    }
  }

  /// The character at a libyaml mark (line and column from 1, columns in
  /// Unicode scalars), if there is one.
  private static func character(in text: String, at mark: Mark) -> Unicode.Scalar? {
    guard
      let line = text.split(separator: "\n", omittingEmptySubsequences: false)
        .dropFirst(mark.line - 1).first
    else { return nil }
    return line.unicodeScalars.dropFirst(mark.column - 1).first
  }

  /// The line and column of the byte at `offset` of the text's UTF-8.
  private static func location(ofByte offset: Int, in text: String) -> SourceLocation {
    var (line, column) = (1, 1)
    for scalar in String(decoding: text.utf8.prefix(offset), as: UTF8.self).unicodeScalars {
      if scalar == "\n" {
        (line, column) = (line + 1, 1)
      } else {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  private static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _)
    where problem.contains("cannot start any token") && character(in: text, at: mark) == "\t":
      return Diagnostic(
        file: file, location: SourceLocation(line: mark.line, column: mark.column),
        message: "a tab here: YAML indents with spaces, never tabs",
        hint: "replace the tab with spaces")
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if problem.contains("nesting level") {
        return Diagnostic(
          file: file, location: SourceLocation(line: mark.line, column: mark.column),
          message: "nested too deep: YAML lists and mappings here go more than 1000 levels down",
          hint: "a dossier needs fewer than ten; look for a runaway bracket or indentation")
      }
      let where_ = context.map { " \($0.text)" } ?? ""
      return Diagnostic(
        file: file, location: SourceLocation(line: mark.line, column: mark.column),
        message: "malformed YAML: \(problem)\(where_)",
        hint: "check the indentation and quoting there")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Diagnostic(
        file: file,
        location: SourceLocation(line: context.mark.line, column: context.mark.column),
        message:
          "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping",
        hint: "each field may appear once")
    case .reader(let problem, let offset, let value, _):
      let place = offset.map { Self.location(ofByte: $0, in: text) }
      let what = value == 0 ? "a NUL character (U+0000)" : problem
      return Diagnostic(
        file: file, location: place, message: "unreadable YAML: \(what)",
        hint: "remove it, or write it escaped in a double-quoted string")
    default:
      return Diagnostic(file: file, message: "malformed YAML: \(error)")
    }
  }
}
