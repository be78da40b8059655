import Foundation

/// JSON, through Parley's own strict parser (``JSONSyntax``).
struct JSONReader: DossierReader {
  let format = InputFormat.json
  let fileExtensions = ["json"]

  func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    try JSONSyntax.parse(data, file: name)
  }

  func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    try JSONSyntax.parse(data, file: name, streaming: keys, element: element)
  }
}
