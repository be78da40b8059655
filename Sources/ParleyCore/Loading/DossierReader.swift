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

  /// Parses the bytes, handing each element of the top-level lists named
  /// in `keys` to `element` (list, index, node) as soon as it is read,
  /// instead of keeping it: those lists are empty in the returned tree, so
  /// a big input's whole tree never sits in memory. A reader that cannot
  /// stream returns the whole tree and never calls `element`.
  func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void
  ) throws(ValidationReport) -> SyntaxNode

  /// Parses as ``parse(_:name:streaming:element:)`` does, and calls `release`
  /// with offsets before which it no longer reads the bytes to parse them,
  /// so that the pages of a file read into memory can leave it as the
  /// reading goes on. To place a problem it throws, a reader may still read
  /// from the start: what it finds there is then no longer the input, and
  /// the loader parses the whole input again to report the problem. A
  /// reader that cannot tell never calls `release`.
  func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void, releasing release: (Int) -> Void
  ) throws(ValidationReport) -> SyntaxNode
}

extension DossierReader {
  /// The whole tree: this reader does not stream.
  package func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    try parse(data, name: name)
  }

  /// The streaming parse; `release` is never called.
  package func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void, releasing release: (Int) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    try parse(data, name: name, streaming: keys, element: element)
  }
}
