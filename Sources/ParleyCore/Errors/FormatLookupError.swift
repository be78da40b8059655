/// A format name or file extension that no exporter has.
public struct FormatLookupError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The name asked for.
  public var name: String
  /// The nearest known name, when the name looks like a typo of it.
  public var suggestion: String?
  /// The ids of the known formats.
  public var known: [String]

  /// Creates an error.
  public init(name: String, suggestion: String?, known: [String]) {
    self.name = name
    self.suggestion = suggestion
    self.known = known
  }

  /// `unknown format "x"; did you mean "y"? (known formats: …)`.
  public var description: String {
    "unknown format \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
      + " (known formats: \(known.joined(separator: ", ")))"
  }
}
