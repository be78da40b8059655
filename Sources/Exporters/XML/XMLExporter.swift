import ParleyCore
import ParleyLibXML

/// The `xml` format: the whole IR as Parley XML (docs/xml.md), written
/// through libxml2's streaming writer. `--xml-c14n`, `--validate` and
/// `--xslt` need the whole document as a tree, so with them the output is
/// built in memory first.
package struct XMLExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `xml`, with `--compact`, `--xml-c14n`, `--validate` and `--xslt`.
  package let format = FormatDescriptor(
    id: "xml", aliases: ["parley-xml"], name: "Parley XML", mediaType: "application/xml",
    fileExtension: "xml",
    summary: "The whole IR as XML (libxml2), with a shipped XSD; reads back losslessly.",
    options: [
      .compact,
      .flag("xml-c14n", help: "Write Canonical XML 1.0, for byte-stable archives."),
      .flag("validate", help: "Validate the XML against Parley's XSD before writing it."),
      .value("xslt", help: "Transform the XML with this XSLT 1.0 stylesheet and write the result."),
    ])

  /// Writes the dossier.
  ///
  /// - Throws: ``OutputError`` when the output cannot be written, and
  ///   ``ExportOptionError`` when the `xslt` stylesheet cannot be used, and
  ///   ``LoadingError`` when it cannot be read.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let canonical = options.flag("xml-c14n")
    let stylesheet = options.value("xslt")
    let buffered = canonical || options.flag("validate") || stylesheet != nil
    var document: [UInt8] = []
    let direct = output.byteSink()
    let sink: XMLStreamWriter.Sink = { bytes in
      guard buffered else { return direct.accept(bytes) }
      document.append(contentsOf: bytes)
      return true
    }
    var replaced = 0
    do {
      let writer = try XMLStreamWriter(indent: !options.flag("compact") && !canonical, sink: sink)
      let dossierWriter = XMLDossierWriter(writer: writer)
      try dossierWriter.write(dossier)
      replaced = dossierWriter.replaced
    } catch {
      throw direct.failure ?? OutputError(path: "the XML output", reason: "\(error)")
    }
    if replaced > 0 {
      output.warn(
        XMLCharacters.replacementWarning(replaced)
      )
    }
    guard buffered else { return }
    if options.flag("validate") {
      let problems: [XMLDiagnostic]
      do {
        problems = try XMLSchemaDefinition.validator.problems(in: document, url: "output.xml")
      } catch {
        problems = [error]
      }
      if !problems.isEmpty {
        throw OutputError(
          path: "the XML output",
          reason: "does not validate against Parley's XSD (a Parley bug; please report it): "
            + problems.map(\.description).joined(separator: "; "))
      }
    }
    if canonical {
      do {
        document = try XMLDocumentTransforms.canonicalize(document, url: "output.xml")
      } catch {
        throw OutputError(path: "the XML output", reason: "cannot canonicalize: \(error)")
      }
    }
    if let stylesheet {
      let bytes = try BoundedInput.read(stylesheet, limit: BoundedInput.defaultMaximumBytes)
      do {
        document = try XMLDocumentTransforms.transform(
          document, url: "output.xml", stylesheet: Array(bytes), stylesheetURL: stylesheet)
      } catch {
        throw ExportOptionError(
          option: "xslt", value: stylesheet, problem: .invalidValue(error.description, remedy: nil))
      }
    }
    try output.write(bytes: document)
  }
}
