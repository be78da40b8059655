import ParleyCore

/// The `yaml` format: the dossier as YAML, the form curators write by hand.
///
/// Block style in the canonical field order, with a header comment naming
/// the IR version; multi-line text as literal blocks; strings quoted exactly
/// where a YAML 1.1 or 1.2 reader would otherwise misread them
/// (``YAMLScalar``). Reading the output back gives the same dossier, and
/// `parley export -t json` of it the same bytes as of the original.
package struct YAMLExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `yaml` (`.yaml` or `.yml`), without options.
  package let format: FormatDescriptor = {
    var format = FormatDescriptor(
      id: "yaml", aliases: ["yml"], name: "YAML (the IR)", mediaType: "application/yaml",
      fileExtension: "yaml",
      summary: "The dossier as YAML in block style, for curators to read and edit by hand.")
    format.otherFileExtensions = ["yml"]
    return format
  }()

  /// Writes the dossier.
  ///
  /// - Throws: ``OutputError`` when the output cannot be written.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    var writer = YAMLDossierWriter(output: output)
    try writer.write(dossier)
  }
}
