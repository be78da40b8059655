import ParleyCore
import ParleyFormats

/// The formats an export can use: the built-ins, plus the plugins on the
/// plugin path when the command line names something the built-ins lack.
/// (Describing plugins means running them, so it is done only when needed.)
enum ExportRegistry {
  static func make(
    formats: String?, output: String?, arguments: [String], pluginPath: [String], timeout: Double
  ) throws -> FormatRegistry {
    let builtins = BuiltinFormats.registry
    let requested = (formats ?? "").split(separator: ",").map { String($0).lowercased() }
    let builtinNames = Set(builtins.exporters.flatMap { [$0.format.id] + $0.format.aliases })
    let builtinOptions = Set(builtins.allOptions.keys)
    let needsPlugins =
      requested.contains { !builtinNames.contains($0) }
      || (formats == nil
        && output.map { $0 != "-" && builtins.exporter(forPath: $0) == nil } == true)
      || arguments.contains { argument in
        let name = argument.dropFirst(2).split(separator: "=", maxSplits: 1).first.map(String.init)
        return argument.hasPrefix("--") && name.map { !builtinOptions.contains($0) } == true
      }
    guard needsPlugins else { return builtins }
    let discovery = PluginDiscovery(pluginPath: pluginPath, timeout: timeout)
    let (plugins, problems) = discovery.plugins(shadowedBy: builtins)
    for problem in problems { Terminal.error("warning: \(problem)") }
    return FormatRegistry(builtins.exporters + plugins)
  }
}
