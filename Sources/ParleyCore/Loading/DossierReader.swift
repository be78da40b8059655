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
