import ParleyCore
import ParleyRDF

/// The `ttl` format: the dossier as RDF 1.1 Turtle, for people and for
/// triple stores: prefixes, and each node's triples grouped under it.
///
/// It serializes the RDF projection (``RDFProjection``), the same triples as
/// the JSON-LD and the N-Triples, in the same order (`docs/rdf.md`). Nothing
/// is accumulated beyond one node and its parts.
package struct TurtleExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `ttl`, with JSON-LD's `--base IRI` option.
  package let format = FormatDescriptor(
    id: "ttl", aliases: ["turtle"], name: "RDF 1.1 Turtle",
    mediaType: "text/turtle", fileExtension: "ttl",
    summary:
      "The linked data as Turtle: prefixes, each node's triples grouped, for SPARQL stores and people.",
    options: RDFProjection.formatOptions)

  /// Writes the Turtle document.
  ///
  /// - Throws: ``ExportOptionError`` when the `base` option is not an
  ///   absolute IRI that ids can be appended to; ``OutputError`` when the
  ///   output cannot be written.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let projection = try RDFProjection(dossier, options: options)
    var writer = TurtleWriter(output: output, base: projection.base)
    try writer.writePrefixes()
    for resource in projection.resources { try writer.write(resource) }
  }
}
