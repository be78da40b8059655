import Foundation

/// YAML, through libyaml's events.
struct YAMLReader: DossierReader {
  let format = InputFormat.yaml
  let fileExtensions = ["yaml", "yml"]

  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    try parse(data, name: name, streaming: [], element: { _, _, _ in }, releasing: { _ in })
  }

  func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    try parse(data, name: name, streaming: keys, element: element, releasing: { _ in })
  }

  func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void, releasing release: (Int) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    guard String(validating: data, as: UTF8.self) != nil else {
      throw ValidationReport([
        Diagnostic(
          file: name, location: Self.firstInvalidUTF8(in: data),
          message: "the file is not valid UTF-8", hint: "save it as UTF-8")
      ])
    }
    return try data.withUnsafeBytes { raw in
      Result { () throws(ValidationReport) in
        try YAMLSyntax.parse(
          raw.bindMemory(to: UInt8.self), file: name, streaming: keys, element: element,
          releasing: release)
      }
    }.get()
  }

  /// Where the first byte that is not UTF-8 is: its line, and its column
  /// counted in characters as libyaml counts them.
  static func firstInvalidUTF8(in data: Data) -> SourceLocation? {
    var (line, column) = (1, 1)
    var iterator = data.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" {
          (line, column) = (line + 1, 1)
        } else {
          column += 1
        }
      case .emptyInput: return nil
      case .error: return SourceLocation(line: line, column: column)
      }
    }
  }
}
