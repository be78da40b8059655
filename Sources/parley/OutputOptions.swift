import ArgumentParser
import ParleyCore

/// The options of every command that writes formats (`export`, `select`,
/// `merge`): the output and its format, the input format, plugins and the
/// input limit.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("t"), .customLong("to")],
    help: ArgumentHelp(
      "Output format(s), comma-separated (see parley formats).", valueName: "format"))
  var formats: String?

  @Option(
    name: [.customShort("f"), .customLong("from")],
    help: "Input format, for standard input or odd extensions (json, yaml, xml, jsonl).")
  var inputFormat: InputFormat?

  @Option(
    name: [.short, .customLong("output")], help: "Output file; - for standard output (the default)."
  )
  var output: String?

  @OptionGroup var plugins: PluginOptions

  @Option(
    name: .customLong("max-input-bytes"),
    help: .size("The most bytes one input may have, e.g. 512M."))
  var maximumInputBytes = ByteCount(BoundedInput.defaultMaximumBytes)

  @Option(
    name: .customLong("plugin-timeout"), parsing: .unconditional,
    help: "Seconds a plugin may take per export, more than 0 and at most 86400.")
  var pluginTimeout: Double = 60

  /// The longest a plugin may be given, in seconds: a day.
  static let maximumPluginTimeout = 86_400.0
}

/// A command's options that include ``OutputOptions``, read through them.
protocol WritesFormats {
  /// The shared options.
  var common: OutputOptions { get }
}

extension WritesFormats {
  var formats: String? { common.formats }
  var inputFormat: InputFormat? { common.inputFormat }
  var output: String? { common.output }
  var plugins: PluginOptions { common.plugins }
  var maximumInputBytes: ByteCount { common.maximumInputBytes }
  var pluginTimeout: Double { common.pluginTimeout }
}

extension ArgumentHelp {
  /// The help of an option that takes a size, such as `512M`.
  static func size(_ text: String) -> ArgumentHelp { ArgumentHelp(text, valueName: "size") }
}
