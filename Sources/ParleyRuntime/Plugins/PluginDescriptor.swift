import Foundation
import ParleyCore
import ParleyGraph

/// What `parley-export-NAME --describe` prints: the plugin's format, the IR
/// versions it reads and its options (docs/plugins.md).
package struct PluginDescriptor: Decodable, Sendable, Hashable {
  /// One option the plugin takes.
  package struct Option: Decodable, Sendable, Hashable {
    /// The option's name, without dashes.
    package var name: String
    /// What it does.
    package var help: String?
    /// Whether it takes a value; a flag does not.
    package var takesValue: Bool?
    /// The allowed values, if fixed.
    package var choices: [String]?
    /// The value used when absent, for the help text.
    package var `default`: String?
  }

  /// The protocol version, 1.
  package var `protocol`: Int
  /// The format's name; equals NAME in `parley-export-NAME`.
  package var name: String
  /// One sentence on the format.
  package var description: String
  /// The media type of the output.
  package var mediaType: String
  /// The usual file extension, without the dot.
  package var `extension`: String
  /// IR versions read: `"1"` accepts every 1.x, `"1.0"` only 1.0.
  package var irVersions: [String]
  /// The options, if any.
  package var options: [Option]?
  /// What the plugin reads: `"ir"` (the default), the dossier, or
  /// `"graph"`, the graph projection that the `graph` and `with` options
  /// choose.
  package var input: String?

  /// Whether the plugin reads the graph projection rather than the IR.
  package var readsGraph: Bool { input == "graph" }

  /// Whether the plugin reads documents of `version`.
  package func accepts(_ version: IRVersion) -> Bool {
    irVersions.contains("\(version.major)") || irVersions.contains(version.description)
  }

  /// Whether the media type is text, so the output must be UTF-8.
  var isTextual: Bool {
    let type = mediaType.lowercased()
    return type.hasPrefix("text/") || type.hasSuffix("+json") || type.hasSuffix("+xml")
      || [
        "application/json", "application/xml", "application/yaml", "application/x-yaml",
        "application/ld+json", "application/graphml+xml",
      ].contains(type)
  }

  /// The registry's view of the plugin.
  var format: FormatDescriptor {
    FormatDescriptor(
      id: name, name: name, mediaType: mediaType, fileExtension: `extension`,
      summary: description,
      options: (readsGraph ? GraphProjection.formatOptions : [])
        + (options ?? []).map { option in
          (option.takesValue ?? false)
            ? .value(
              option.name, help: option.help ?? "", choices: option.choices ?? [],
              defaultValue: option.default)
            : .flag(option.name, help: option.help ?? "")
        })
  }
}
