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

  /// The exporter named `name` (id or alias, any case): a built-in, or the
  /// plugin of that name, which alone is asked to describe itself.
  ///
  /// - Throws: ``FormatLookupError`` when no format has the name, and
  ///   ``PluginError`` when its plugin cannot describe itself.
  func exporter(named name: String) throws -> any Exporter {
    if let found = try? registry.exporter(named: name) { return found }
    let discovery = PluginDiscovery(pluginPath: pluginPath, timeout: timeout)
    let executables = discovery.executables()
    let key = name.lowercased()
    if let plugin = executables.first(where: { $0.name == key }) {
      return try discovery.describe(name: plugin.name, path: plugin.path)
    }
    let builtins = BuiltinFormats.registry.exporters.map(\.format)
    let names = builtins.flatMap { [$0.id] + $0.aliases } + executables.map(\.name)
    throw FormatLookupError(
      name: name, suggestion: Suggestions.nearest(to: key, in: names),
      known: builtins.map(\.id) + executables.map(\.name))
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
