import ParleyCore

/// The `jsonld` format: the dossier as JSON-LD 1.1 linked data, for triple
/// stores and knowledge graphs.
///
/// The output is one document with an inline `@context` (no remote context is
/// ever fetched) and a `@graph` of nodes: schema.org wherever a term fits,
/// W3C PROV-O for provenance and the Parley vocabulary
/// (`https://w3id.org/parley/vocab#`, shipped as `docs/vocab/parley.ttl`) for
/// the rest. Node IRIs are the base IRI followed by the percent-encoded record
/// id; `docs/jsonld.md` documents the whole mapping.
public struct JSONLDExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  /// `jsonld`, with a `--base IRI` option.
  public let format = FormatDescriptor(
    id: "jsonld", aliases: ["json-ld"], name: "JSON-LD 1.1 (schema.org, PROV-O)",
    mediaType: "application/ld+json", fileExtension: "jsonld",
    summary:
      "Linked data for triple stores: schema.org, PROV-O provenance and the Parley vocabulary, context inline.",
    options: [
      .value(
        "base",
        help:
          "IRI the node IRIs start with, ending in /, #, : or = (each node is BASE + its percent-encoded id).",
        defaultValue: NodeIRIs.defaultRoot + "{dossier id}/")
    ])

  /// Writes the JSON-LD document.
  ///
  /// - Throws: ``ParleyError/usage(_:)`` when `--base` is not an absolute IRI
  ///   that ids can be appended to; ``ParleyError/io(path:reason:)`` when the
  ///   output cannot be written.
  public func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws(ParleyError)
  {
    let iris = try NodeIRIs(base: options.value("base"), dossierID: dossier.id)
    let json = JSONWriter(output: output, pretty: true)
    try GraphWriter(dossier: dossier, nodes: NodeWriter(json: json, iris: iris)).write()
    try json.finish()
  }
}
