/// A format name or file extension that no exporter has.
package struct FormatLookupError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The name asked for.
  package var name: String
  /// The nearest known name, when the name looks like a typo of it.
  package var suggestion: String?
  /// The ids of the known formats.
  package var known: [String]

  /// Creates an error.
  package init(name: String, suggestion: String?, known: [String]) {
    (self.name, self.suggestion, self.known) = (name, suggestion, known)
  }

  /// `unknown format "x"; did you mean "y"? (known formats: …)`.
  package var description: String {
    "unknown format \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
      + " (known formats: \(known.joined(separator: ", ")))"
  }
}
