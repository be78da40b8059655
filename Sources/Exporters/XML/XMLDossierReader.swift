import Foundation
import ParleyCore
import ParleyLibXML

/// Reads Parley XML (`-f xml`, `.xml`) through libxml2's streaming reader
/// into the syntax tree the loader decodes and validates, so XML input gets
/// the same checks and messages as JSON and YAML.
///
/// Untrusted input is safe: a document type declaration is refused before
/// anything it declares is used (no XXE, no entity expansion, no DTD loading),
/// and libxml2 has no network access.
package struct XMLDossierReader: DossierReader {
  /// Creates the reader.
  package init() {}

  /// `xml`.
  package let format = InputFormat(rawValue: "xml")
  /// `.xml`.
  package let fileExtensions = ["xml"]

  /// Parses the XML.
  ///
  /// - Throws: ``ValidationReport`` for malformed or hostile XML, or a root
  ///   that is not Parley XML.
  package func parse(_ data: Data, name: String) throws(ValidationReport) -> SyntaxNode {
    try parse(data, name: name, streaming: [], element: { _, _, _ in })
  }

  /// Parses the XML, handing each record of the collections in `keys` to
  /// `element` as soon as its element closes, and dropping its tree.
  package func parse(
    _ data: Data, name: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    let root: XMLElementNode
    do {
      root = try XMLElementNode.read(data, url: name, streaming: keys, record: element)
    } catch let problem as XMLInputProblem {
      throw ValidationReport([
        Diagnostic(
          file: name, location: problem.location, message: problem.message, hint: problem.hint)
      ])
    } catch {
      throw ValidationReport([Diagnostic(file: name, message: "unreadable XML: \(error)")])
    }
    guard root.name == "dossier", root.namespace == XMLLayout.namespace else {
      throw ValidationReport([
        Diagnostic(
          file: name, location: root.location,
          message:
            "not Parley XML: the root is <\(root.name)> in namespace \(root.namespace ?? "(none)")",
          hint: "Parley XML starts with <dossier xmlns=\"\(XMLLayout.namespace)\">")
      ])
    }
    do {
      return try root.syntaxNode(layout: .of("dossier"))
    } catch {
      throw ValidationReport([
        Diagnostic(file: name, location: error.location, message: error.message, hint: error.hint)
      ])
    }
  }
}
