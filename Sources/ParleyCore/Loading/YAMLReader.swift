import Foundation

/// YAML, through Yams (libyaml).
struct YAMLReader: DossierReader {
  let format = InputFormat.yaml
  let fileExtensions = ["yaml", "yml"]

  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ValidationReport([
        Diagnostic(
          file: name, location: Self.firstInvalidUTF8(in: data),
          message: "the file is not valid UTF-8", hint: "save it as UTF-8")
      ])
    }
    return try YAMLSyntax.parse(text, file: name)
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
