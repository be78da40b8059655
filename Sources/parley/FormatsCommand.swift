import ArgumentParser
import ParleyCore
import ParleyFormats
import ParleyRuntime

struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the output formats, one id per line.",
    discussion:
      "Plugins come after the built-in formats, and where each one is goes to standard error. With --json, print every format's descriptor (names, media type, extension, options, a plugin's path) for scripts."
  )

  @Flag(help: "Print the descriptors as a JSON array.")
  var json = false

  @OptionGroup var plugins: PluginOptions

  func run() throws {
    try Terminal.requireOutput()
    let builtins = BuiltinFormats.registry.exporters.map(\.format)
    let (plugins, problems) = PluginDiscovery(pluginPath: plugins.pluginPath)
      .plugins(shadowedBy: BuiltinFormats.registry)
    for problem in problems { Terminal.error("warning: \(problem)") }
    guard json else {
      for format in builtins { Terminal.output(format.id) }
      // Ids alone on standard output, so scripts can read them; where each
      // plugin is goes to standard error (and to --json).
      for plugin in plugins {
        Terminal.output(plugin.format.id)
        Terminal.error("\(plugin.format.id): plugin at \(plugin.path)")
      }
      return
    }
    let listing =
      builtins.map { Listing($0, path: nil) } + plugins.map { Listing($0.format, path: $0.path) }
    let output = OutputWriter(descriptor: 1, name: "standard output")
    let writer = JSONWriter(output: output, pretty: true)
    try writer.encode(listing)
    try writer.finish()
    try output.flush()
  }

  /// One format as `--json` lists it: its descriptor, and where a plugin is.
  private struct Listing: Encodable {
    var id: String
    var aliases: [String]
    var name: String
    var mediaType: String
    var `extension`: String
    var otherExtensions: [String]?
    var summary: String
    /// Whether it can go to standard output or a pipe (a database cannot).
    var streams: Bool
    var builtin: Bool
    var path: String?
    var options: [Option]

    struct Option: Encodable {
      var name: String
      var help: String
      var takesValue: Bool
      var choices: [String]?
      var `default`: String?
    }

    init(_ format: FormatDescriptor, path: String?) {
      id = format.id
      aliases = format.aliases
      name = format.name
      mediaType = format.mediaType
      `extension` = format.fileExtension
      otherExtensions = format.otherFileExtensions.isEmpty ? nil : format.otherFileExtensions
      summary = format.summary
      streams = !format.needsFile
      builtin = path == nil
      self.path = path
      options = format.options.map { option in
        Option(
          name: option.name, help: option.help, takesValue: option.takesValue,
          choices: option.choices.isEmpty ? nil : option.choices, default: option.defaultValue)
      }
    }
  }
}
