import ParleyCore
import ParleyFormats
import ParleyRuntime

/// The formats a command can use: the built-ins, and the plugins on the
/// plugin path, discovered the first time the command line names something
/// the built-ins lack (describing plugins means running them).
final class FormatCatalog {
  private let pluginPath: [String]
  private let timeout: Double
  private var discovered: FormatRegistry?

  init(pluginPath: [String], timeout: Double) {
    self.pluginPath = pluginPath
    self.timeout = timeout
  }

  /// The formats known so far: the built-ins, and the plugins once discovered.
  var registry: FormatRegistry { discovered ?? BuiltinFormats.registry }

  /// The exporter named `name` (id or alias, any case).
  func exporter(named name: String) throws(FormatLookupError) -> any Exporter {
    if let found = try? registry.exporter(named: name) { return found }
    return try withPlugins().exporter(named: name)
  }

  /// The exporter whose file extension ends `path`, if any.
  func exporter(forPath path: String) -> (any Exporter)? {
    registry.exporter(forPath: path) ?? withPlugins().exporter(forPath: path)
  }

  /// The format option named `name`, if some format declares it.
  func option(named name: String) -> FormatOption? {
    registry.allOptions[name] ?? withPlugins().allOptions[name]
  }

  private func withPlugins() -> FormatRegistry {
    if let discovered { return discovered }
    let builtins = BuiltinFormats.registry
    let discovery = PluginDiscovery(pluginPath: pluginPath, timeout: timeout)
    let (plugins, problems) = discovery.plugins(shadowedBy: builtins)
    for problem in problems { Terminal.error("warning: \(problem)") }
    let registry = FormatRegistry(builtins.exporters + plugins)
    discovered = registry
    return registry
  }
}
