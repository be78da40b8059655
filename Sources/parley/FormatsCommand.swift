import ArgumentParser
import ParleyCore
import ParleyFormats

struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the output formats, one id per line.",
    discussion:
      "With --json, print every format's descriptor (names, media type, extension, options) for scripts."
  )

  @Flag(help: "Print the descriptors as a JSON array.")
  var json = false

  @Option(
    name: .customLong("plugin-path"),
    help: ArgumentHelp(
      "Directories searched first for parley-export-NAME plugins.", valueName: "dir"))
  var pluginPath: [String] = []

  func run() throws {
    let builtins = BuiltinFormats.registry.exporters.map(\.format)
    let (plugins, problems) = PluginDiscovery(pluginPath: pluginPath)
      .plugins(shadowedBy: BuiltinFormats.registry)
    for problem in problems { Terminal.error("warning: \(problem)") }
    guard json else {
      for format in builtins { Terminal.output(format.id) }
      for plugin in plugins { Terminal.output("\(plugin.format.id) (plugin: \(plugin.path))") }
      return
    }
    let formats = builtins.map { ($0, nil as String?) } + plugins.map { ($0.format, $0.path) }
    let output = OutputWriter(descriptor: 1, name: "standard output")
    let writer = JSONWriter(output: output, pretty: true)
    try writer.beginArray()
    for (format, path) in formats {
      try writer.beginObject()
      try writer.key("id")
      try writer.string(format.id)
      try writer.key("aliases")
      try writer.beginArray()
      for alias in format.aliases { try writer.string(alias) }
      try writer.endArray()
      for (key, value) in [
        ("name", format.name), ("mediaType", format.mediaType),
        ("extension", format.fileExtension), ("summary", format.summary),
      ] {
        try writer.key(key)
        try writer.string(value)
      }
      try writer.key("builtin")
      try writer.bool(path == nil)
      if let path {
        try writer.key("path")
        try writer.string(path)
      }
      try writer.key("options")
      try writer.beginArray()
      for option in format.options {
        try writer.beginObject()
        try writer.key("name")
        try writer.string(option.name)
        try writer.key("help")
        try writer.string(option.help)
        try writer.key("takesValue")
        try writer.bool(option.takesValue)
        if !option.choices.isEmpty {
          try writer.key("choices")
          try writer.beginArray()
          for choice in option.choices { try writer.string(choice) }
          try writer.endArray()
        }
        if let value = option.defaultValue {
          try writer.key("default")
          try writer.string(value)
        }
        try writer.endObject()
      }
      try writer.endArray()
      try writer.endObject()
    }
    try writer.endArray()
    try writer.finish()
    try output.flush()
  }
}
