import ArgumentParser

/// Where commands look for exporter plugins, as `export` and `formats` take it.
struct PluginOptions: ParsableArguments {
  @Option(
    name: .customLong("plugin-path"),
    help: ArgumentHelp(
      "Directories searched first for parley-export-NAME plugins.", valueName: "dir"))
  var pluginPath: [String] = []
}
