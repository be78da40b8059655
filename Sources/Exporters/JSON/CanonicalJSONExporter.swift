import ParleyCore

/// The `json` format: the dossier's canonical JSON, the IR's own interchange
/// form.
package struct CanonicalJSONExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `json`, with a `--compact` flag.
  package let format = FormatDescriptor(
    id: "json", aliases: ["parley-json", "ir"], name: "Parley IR (canonical JSON)",
    mediaType: "application/json", fileExtension: "json",
    summary: "The IR itself as canonical JSON: stable field order, reads back losslessly.",
    options: [.flag("compact", help: "Write JSON on one line instead of pretty-printed.")])

  /// Writes the canonical JSON.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    try CanonicalJSON.write(dossier, to: output, pretty: !options.flag("compact"))
  }
}
