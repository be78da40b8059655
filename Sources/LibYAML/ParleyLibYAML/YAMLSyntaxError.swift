/// A YAML text libyaml cannot read, with what libyaml says is wrong and where.
package struct YAMLSyntaxError: Error, Sendable {
  /// The stage of libyaml that found the problem.
  package enum Stage: Sendable {
    /// Decoding characters: invalid UTF-8, a control character.
    case reader
    /// Cutting the text into tokens: a tab, an unclosed quote.
    case scanner
    /// Putting tokens together: a missing `:`, a bad indentation.
    case parser
    /// libyaml ran out of memory.
    case memory
  }

  /// The stage that found the problem.
  package let stage: Stage
  /// libyaml's words for the problem, e.g. "mapping values are not allowed in this context".
  package let problem: String
  /// What libyaml was reading when it found it, e.g. "while scanning a quoted scalar".
  package let context: String?
  /// Where that began.
  package let contextMark: YAMLMark?
  /// Where the problem is.
  package let mark: YAMLMark
  /// For ``Stage/reader``: the byte offset of the problem in the input.
  package let offset: Int
  /// For ``Stage/reader``: the offending byte or character, or -1.
  package let value: Int
}
