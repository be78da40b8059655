import Foundation

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
