/// The options given to one export, checked against the format's declarations.
public struct ExportOptions: Sendable, Hashable {
  /// Option name → value; flags have the value `"true"`.
  package private(set) var values: [String: String]

  /// No options.
  public init() { values = [:] }

  /// Options from name → value pairs, as given.
  public init(_ values: [String: String]) { self.values = values }

  /// Whether a flag was given.
  public func flag(_ name: String) -> Bool { values[name] == "true" }

  /// The value of an option, if given.
  public func value(_ name: String) -> String? { values[name] }

  /// The options that apply to `format`, after checking that each value is
  /// one of the option's choices. Options of other formats are dropped, so
  /// one command line can carry options for several formats.
  ///
  /// - Throws: ``ExportOptionError`` for a value that is not a choice.
  package func checked(for format: FormatDescriptor) throws(ExportOptionError) -> ExportOptions {
    var kept: [String: String] = [:]
    for option in format.options {
      guard let value = values[option.name] else { continue }
      if !option.choices.isEmpty, !option.choices.contains(value) {
        throw ExportOptionError(
          option: option.name, value: value,
          problem: .notAChoice(
            format: format.id, choices: option.choices,
            suggestion: Suggestions.nearest(to: value, in: option.choices)))
      }
      kept[option.name] = value
    }
    return ExportOptions(kept)
  }
}
