/// Describes an output format: its names, its media type and file extension,
/// and the options it takes.
public struct FormatDescriptor: Sendable, Hashable {
  /// The name used with `-t`, e.g. `graphml`.
  package var id: String
  /// Other names accepted with `-t`.
  package var aliases: [String]
  /// The format's human name, e.g. "GraphML".
  package var name: String
  /// The IANA media type of the output.
  package var mediaType: String
  /// The usual file extension, without the dot; `-o` infers the format from it.
  package var fileExtension: String
  /// One sentence on what the format is for.
  package var summary: String
  /// The options the format takes, given on the command line as `--NAME`.
  package var options: [FormatOption]

  /// Creates a descriptor.
  public init(
    id: String, aliases: [String] = [], name: String, mediaType: String, fileExtension: String,
    summary: String, options: [FormatOption] = []
  ) {
    (
      self.id, self.aliases, self.name, self.mediaType, self.fileExtension, self.summary,
      self.options
    ) = (id, aliases, name, mediaType, fileExtension, summary, options)
  }
}

/// An option an exporter takes: a flag (`--compact`) or a value
/// (`--graph actors`), optionally from a fixed set of choices.
public struct FormatOption: Sendable, Hashable {
  /// The option's name, without dashes.
  package var name: String
  /// What the option does.
  package var help: String
  /// Whether the option takes a value; a flag does not.
  package var takesValue: Bool
  /// The allowed values, when fixed.
  package var choices: [String]
  /// The value used when the option is absent, for the help text.
  package var defaultValue: String?

  /// A flag: present or not.
  public static func flag(_ name: String, help: String) -> FormatOption {
    FormatOption(name: name, help: help, takesValue: false, choices: [], defaultValue: nil)
  }

  /// An option with a value.
  public static func value(
    _ name: String, help: String, choices: [String] = [], defaultValue: String? = nil
  ) -> FormatOption {
    FormatOption(
      name: name, help: help, takesValue: true, choices: choices, defaultValue: defaultValue)
  }
}

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
