/// Collects the problems found while decoding, so all are reported at once.
package final class DecodeLog {
  /// The input's name.
  package let file: String?
  /// The problems, in the order found.
  package private(set) var diagnostics: [Diagnostic] = []

  /// Creates an empty log for `file`.
  package init(file: String?) { self.file = file }

  /// Records a problem at `path`, placed at `node` when known.
  package func report(_ path: IRPath, at node: SyntaxNode?, _ message: String, hint: String? = nil)
  {
    diagnostics.append(
      Diagnostic(file: file, path: path, location: node?.location, message: message, hint: hint))
  }
}
