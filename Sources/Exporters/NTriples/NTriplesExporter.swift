import ParleyCore
import ParleyRDF

/// The `nt` format: the dossier as RDF 1.1 N-Triples, one triple per line,
/// for bulk loaders and line tools (`sort`, `grep`, Spark).
///
/// It serializes the RDF projection (``RDFProjection``), the same triples as
/// the JSON-LD and the Turtle, with full IRIs. The order is fixed and
/// documented in `docs/rdf.md`: the dossier's node, then each record's node
/// in the IR's order; for each node its types, then its properties in the
/// mapping's order, with a part's triples right after the triple that links
/// it. Nothing is accumulated: each line is written as it is made.
package struct NTriplesExporter: RDFFormat {
  /// Creates the exporter.
  package init() {}

  /// `nt`, with JSON-LD's `--base IRI` option.
  package let format = FormatDescriptor(
    id: "nt", aliases: ["ntriples", "n-triples"], name: "RDF 1.1 N-Triples",
    mediaType: "application/n-triples", fileExtension: "nt",
    summary:
      "The linked data as one triple per line, full IRIs: for bulk loaders, sort and grep.",
    options: RDFProjection.formatOptions)

  /// Writes the triples, one a line.
  package func write(_ projection: RDFProjection, to output: OutputWriter) throws {
    var line: [UInt8] = []
    line.reserveCapacity(512)
    for resource in projection.resources {
      try resource.forEachTriple { (triple) throws(OutputError) in
        line.removeAll(keepingCapacity: true)
        RDFTermSyntax.appendIRI(triple.subject, to: &line)
        line.append(UInt8(ascii: " "))
        RDFTermSyntax.appendIRI(RDFTermSyntax.fullIRI(triple.predicate), to: &line)
        line.append(UInt8(ascii: " "))
        switch triple.object {
        case .iri(let iri):
          RDFTermSyntax.appendIRI(RDFTermSyntax.fullIRI(iri), to: &line)
        case .literal(let literal):
          RDFTermSyntax.appendString(literal.lexical, to: &line)
          if let datatype = literal.datatype {
            line.append(contentsOf: [UInt8(ascii: "^"), UInt8(ascii: "^")])
            RDFTermSyntax.appendIRI(RDFTermSyntax.fullIRI(datatype), to: &line)
          }
        }
        line.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "."), 0x0A])
        try output.write(bytes: line)
      }
    }
  }
}
