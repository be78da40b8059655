/// A stream that is not JSON Lines at all, so that one error says so
/// instead of one error per line.
package enum JSONLinesError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Line `line`, the first that is not blank, is a lone `{` or `[`: the
  /// start of a JSON document written over several lines.
  case multiLineDocument(line: Int)

  /// What is wrong and what to do.
  package var description: String {
    switch self {
    case .multiLineDocument(let line):
      "the input is not JSON Lines: line \(line) is a lone bracket, the start of a dossier written over several lines (pretty-printed); JSON Lines needs each dossier on one line: write them compact"
    }
  }
}
