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
