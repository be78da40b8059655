import ParleyCore
import ParleyRDF

/// The `ttl` format: the dossier as RDF 1.1 Turtle, for people and for
/// triple stores: prefixes, and each node's triples grouped under it.
///
/// It serializes the RDF projection (``RDFProjection``), the same triples as
/// the JSON-LD and the N-Triples, in the same order (`docs/rdf.md`). Nothing
/// is accumulated beyond one node and its parts.
package struct TurtleExporter: RDFFormat {
  /// Creates the exporter.
  package init() {}

  /// `ttl`, with JSON-LD's `--base IRI` option.
  package let format = FormatDescriptor(
    id: "ttl", aliases: ["turtle"], name: "RDF 1.1 Turtle",
    mediaType: "text/turtle", fileExtension: "ttl",
    summary:
      "The linked data as Turtle: prefixes, each node's triples grouped, for SPARQL stores and people.",
    options: RDFProjection.formatOptions)

  /// Writes the prefixes, then one block a node.
  package func write(_ projection: RDFProjection, to output: OutputWriter) throws {
    var writer = TurtleWriter(output: output, base: projection.base)
    try writer.writePrefixes()
    for resource in projection.resources { try writer.write(resource) }
  }
}
