import Foundation
import ParleyCore
import ParleyGraph
import ParleyJSON

/// An exporter that is an external program, `parley-export-NAME`, speaking
/// the protocol of docs/plugins.md: the envelope with the canonical IR on its
/// standard input, the export on its standard output.
package struct PluginExporter: Exporter {
  /// What the plugin said of itself.
  package let descriptor: PluginDescriptor
  /// The executable's path.
  package let path: String
  /// How long one export may take, in seconds.
  package var timeout: Double

  /// Wraps a described plugin.
  package init(descriptor: PluginDescriptor, path: String, timeout: Double = 60) {
    (self.descriptor, self.path, self.timeout) = (descriptor, path, timeout)
  }

  /// The plugin's format.
  package var format: FormatDescriptor { descriptor.format }

  /// Runs the plugin on the dossier and copies its output.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let name = descriptor.name
    guard let version = IRVersion(dossier.version), descriptor.accepts(version) else {
      throw PluginError(
        name: name, kind: .unsupportedIRVersion,
        message: "reads IR versions \(descriptor.irVersions.joined(separator: ", ")), "
          + "not \(dossier.version); upgrade the plugin or convert the dossier")
    }
    let declared = Dictionary(
      uniqueKeysWithValues: (descriptor.options ?? []).map { ($0.name, $0.takesValue ?? false) })
    let given = options.values.filter { declared[$0.key] != nil }
    // The graph is chosen before the plugin runs, so a wrong `with` is
    // refused like a built-in format's.
    let graph = descriptor.readsGraph ? try GraphProjection(dossier, options: options) : nil
    let envelope = Envelope(dossier: dossier, graph: graph, options: given, takesValue: declared)

    var bytes = 0
    var validator = UTF8Check()
    let textual = descriptor.isTextual
    let run = ChildProcess(executable: path, arguments: []) { reason in
      PluginError(name: name, message: "cannot be started: \(reason)")
    }
    let outcome = try run.run(timeout: timeout, feed: envelope.write) {
      (chunk: Data) throws(OutputError) in
      bytes += chunk.count
      if textual { validator.feed(chunk) }
      try output.write(bytes: chunk)
    }
    let quoted = ChildProcess.quote(outcome.standardError)
    if outcome.timedOut {
      throw PluginError(
        name: name, message: "timed out after \(Self.seconds(timeout)) and was stopped\(quoted)")
    }
    if outcome.killedBySignal {
      throw PluginError(name: name, message: "was killed by signal \(outcome.status)\(quoted)")
    }
    if outcome.status != 0 {
      throw PluginError(name: name, message: "failed with exit code \(outcome.status)\(quoted)")
    }
    if let error = outcome.inputError {
      throw PluginError(name: name, message: "did not read its whole input (\(error))\(quoted)")
    }
    if bytes == 0 {
      throw PluginError(name: name, message: "wrote no output\(quoted)")
    }
    if textual && !validator.isValid {
      throw PluginError(
        name: name,
        message:
          "wrote output that is not UTF-8 text, though its media type is \(descriptor.mediaType)\(quoted)"
      )
    }
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}

/// The envelope on the plugin's standard input, written as a stream.
private struct Envelope: Sendable {
  let dossier: Dossier
  /// The projection, for a plugin that reads the graph.
  let graph: GraphProjection?
  let options: [String: String]
  /// Option name → whether it takes a value (else it is a flag).
  let takesValue: [String: Bool]

  init(
    dossier: Dossier, graph: GraphProjection?, options: [String: String],
    takesValue: [String: Bool]
  ) {
    (self.dossier, self.graph, self.options) = (dossier, graph, options)
    self.takesValue = takesValue
  }

  func write(to output: OutputWriter) throws(OutputError) {
    let json = JSONWriter(output: output, pretty: false)
    try json.beginObject()
    try json.key("protocol")
    try json.number(1)
    try json.key("parley")
    try json.string(ParleyVersion.current)
    try json.key("ir")
    try json.string(dossier.version)
    try json.key("options")
    try json.beginObject()
    for name in options.keys.sorted() {
      try json.key(name)
      if takesValue[name] == true { try json.string(options[name]!) } else { try json.bool(true) }
    }
    try json.endObject()
    if let graph {
      try json.key("graph")
      try graph.write(to: json)
    } else {
      try json.key("document")
      try CanonicalJSON.write(dossier, to: json)
    }
    try json.endObject()
    try json.finish()
  }
}

/// Checks that a stream of chunks is UTF-8, across chunk boundaries. (A
/// structural check: it does not look for overlong forms.)
private struct UTF8Check {
  private var continuations = 0
  private var malformed = false

  var isValid: Bool { !malformed && continuations == 0 }

  mutating func feed(_ chunk: Data) {
    for byte in chunk where !malformed {
      if continuations > 0 {
        if byte & 0xC0 != 0x80 { malformed = true }
        continuations -= 1
      } else if byte < 0x80 {
        continue
      } else if byte & 0xE0 == 0xC0, byte >= 0xC2 {
        continuations = 1
      } else if byte & 0xF0 == 0xE0 {
        continuations = 2
      } else if byte & 0xF8 == 0xF0, byte <= 0xF4 {
        continuations = 3
      } else {
        malformed = true
      }
    }
  }
}
