import Foundation

extension SyntaxNode {
  /// Parses YAML text, keeping every node's line and column, with the limits
  /// dossier loading uses; for the other YAML files Parley reads, such as
  /// ingest lexicons.
  ///
  /// - Throws: ``ValidationReport`` naming `file`, line and column.
  package init(yaml text: String, file: String) throws(ValidationReport) {
    self = try YAMLSyntax.parse(text, file: file)
  }

  /// Parses one JSON value strictly (RFC 8259), keeping every node's line and
  /// column; for JSON inputs other than dossiers, such as JSON Lines articles.
  ///
  /// - Throws: ``ValidationReport`` naming `file`, line and column.
  package init(json data: Data, file: String) throws(ValidationReport) {
    self = try JSONSyntax.parse(data, file: file)
  }
}
