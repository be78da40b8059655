/// Every problem found in an input: malformed syntax, a wrong structure,
/// broken references, spans that do not match their sources. Each
/// ``Diagnostic`` gives the file, the line and column, the IR path, what is
/// wrong and what to do; all are reported at once.
public struct ValidationReport: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problems, in the order they were found.
  public var diagnostics: [Diagnostic]

  /// Creates a report.
  package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// One line per problem.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
