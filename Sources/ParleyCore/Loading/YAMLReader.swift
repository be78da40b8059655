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
    // libyaml checks the UTF-8 as it reads (see YAMLSyntax's diagnostics).
    return try data.withUnsafeBytes { raw in
      Result { () throws(ValidationReport) in
        try YAMLSyntax.parse(
          raw.bindMemory(to: UInt8.self), file: name, streaming: keys, element: element,
          releasing: release)
      }
    }.get()
  }
}
