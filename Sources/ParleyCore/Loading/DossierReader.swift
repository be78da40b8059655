import Foundation

/// Parses one input format into the syntax tree the loader decodes and
/// validates. JSON and YAML are built in; other modules add formats (XML).
package protocol DossierReader: Sendable {
  /// The format's name, as `-f` takes it.
  var format: InputFormat { get }
  /// File extensions, without the dot, that imply the format.
  var fileExtensions: [String] { get }
  /// Parses the bytes; `name` is what diagnostics call the input.
  ///
  /// - Throws: ``ValidationReport`` for malformed input.
  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode
}

/// JSON, through Parley's own strict parser (``JSONSyntax``).
struct JSONReader: DossierReader {
  let format = InputFormat.json
  let fileExtensions = ["json"]

  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    try JSONSyntax.parse(data, file: name)
  }
}

/// YAML, through Yams (libyaml).
struct YAMLReader: DossierReader {
  let format = InputFormat.yaml
  let fileExtensions = ["yaml", "yml"]

  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ValidationReport([
        Diagnostic(file: name, message: "the file is not valid UTF-8", hint: "save it as UTF-8")
      ])
    }
    return try YAMLSyntax.parse(text, file: name)
  }
}
