import ParleyCore
import ParleyRDF

/// The `jsonld` format: the dossier as JSON-LD 1.1 linked data, for triple
/// stores and knowledge graphs.
///
/// It serializes the RDF projection (``RDFProjection``): one document with
/// an inline `@context` (no remote context is ever fetched) and a `@graph` of
/// nodes: schema.org wherever a term fits, W3C PROV-O for provenance and the
/// Parley vocabulary for the rest. `docs/jsonld.md` documents the mapping.
package struct JSONLDExporter: RDFFormat {
  /// Creates the exporter.
  package init() {}

  /// `jsonld`, with a `--base IRI` option.
  package let format = FormatDescriptor(
    id: "jsonld", aliases: ["json-ld"], name: "JSON-LD 1.1 (schema.org, PROV-O)",
    mediaType: "application/ld+json", fileExtension: "jsonld",
    summary:
      "Linked data for triple stores: schema.org, PROV-O provenance and the Parley vocabulary, context inline.",
    options: RDFProjection.formatOptions)

  /// Writes the JSON-LD document.
  package func write(_ projection: RDFProjection, to output: OutputWriter) throws {
    let json = JSONWriter(output: output, pretty: true)
    try JSONLDWriter(json: json).write(projection)
    try json.finish()
  }
}
