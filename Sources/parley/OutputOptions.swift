import ArgumentParser
import ParleyCore
import ParleyFormats

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

  @OptionGroup var limit: InputLimitOption

  @Option(
    name: .customLong("plugin-timeout"), parsing: .unconditional,
    help: "Seconds a plugin may take per export, more than 0 and at most 86400.")
  var pluginTimeout: Double = 60

  /// The longest a plugin or filter may be given, in seconds: a day.
  static let maximumPluginTimeout = 86_400.0

  /// What is wrong with a number of seconds given to `flag`, if anything:
  /// it must be more than 0 and at most a day.
  static func timeoutProblem(_ flag: String, _ seconds: Double) -> String? {
    guard !seconds.isFinite || seconds <= 0 || seconds > maximumPluginTimeout else { return nil }
    return
      "\(flag) must be a number of seconds more than 0 and at most \(Int(maximumPluginTimeout)), not \(seconds)"
  }
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
  var loader: DossierLoader { common.limit.loader }
  /// The formats the command can use, plugins included.
  var catalog: FormatCatalog {
    FormatCatalog(pluginPath: common.plugins.pluginPath, timeout: common.pluginTimeout)
  }
  var pluginTimeout: Double { common.pluginTimeout }
}

extension ArgumentHelp {
  /// The help of an option that takes a size, such as `512M`.
  static func size(_ text: String) -> ArgumentHelp { ArgumentHelp(text, valueName: "size") }
}

/// `--max-input-bytes`, as every command that reads dossiers takes it, and
/// the loader it sets.
struct InputLimitOption: ParsableArguments {
  @Option(
    name: .customLong("max-input-bytes"),
    help: .size("The most bytes one input may have, e.g. 512M."))
  var maximumInputBytes = ByteCount(BoundedInput.defaultMaximumBytes)

  /// The built-in formats' loader, within the limit.
  var loader: DossierLoader {
    var loader = BuiltinFormats.loader
    loader.maximumInputBytes = maximumInputBytes.value
    return loader
  }
}
