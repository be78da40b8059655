/// An exporter plugin that failed: it could not be started or described,
/// crashed, hung, wrote nothing or garbage, or does not read the dossier's IR
/// version.
package struct PluginError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of failure.
  package enum Kind: Hashable, Sendable {
    /// The plugin misbehaved: a crash, a hang, no output, bad output.
    case failed
    /// The plugin does not read the dossier's IR version: a mismatch
    /// between the two, not a fault of the plugin.
    case unsupportedIRVersion
  }

  /// The plugin's format name.
  package var name: String
  /// What kind of failure.
  package var kind: Kind
  /// What happened, with the plugin's standard error when it said something.
  package var message: String

  /// Creates an error.
  package init(name: String, kind: Kind = .failed, message: String) {
    (self.name, self.kind, self.message) = (name, kind, message)
  }

  /// `plugin NAME: message`.
  package var description: String {
    kind == .unsupportedIRVersion ? "plugin \(name) \(message)" : "plugin \(name): \(message)"
  }
}
