import Foundation

/// JSON, through Parley's own strict parser (``JSONSyntax``).
struct JSONReader: DossierReader {
  let format = InputFormat.json
  let fileExtensions = ["json"]

  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    try JSONSyntax.parse(data, file: name)
  }
}
