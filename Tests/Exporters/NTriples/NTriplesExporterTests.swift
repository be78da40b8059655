import ParleyCore
import ParleyRDF
import ParleyTestSupport
import Testing

@testable import ParleyNTriples

@Suite("N-Triples exporter")
struct NTriplesExporterTests {
  let yaml = """
    parley: "1.0"
    id: talks
    title: "Quote \\"marks\\", a back\\\\slash\\nand a new line 🕊️"
    sources:
      - {id: src, title: "A", published: "2022-01-10", url: "https://example.org/a b"}
    entities:
      - {id: "state:ru", kind: state, name: Russia, aliases: [RF, "Russian Federation"],
         sources: [{source: src, span: [0, 6], confidence: 0.9}]}
    issues:
      - {id: nato, label: NATO}
    positions:
      - {id: p1, holder: "state:ru", issue: nato, stance: demands, date: "2021-12"}
    """

  func lines(_ options: [String: String] = [:]) throws -> [Substring] {
    try render(NTriplesExporter(), try dossier(yaml), options).split(
      separator: "\n", omittingEmptySubsequences: false)
  }

  @Test("one line per triple of the projection, in its order, and a final newline")
  func oneTriplePerLine() throws {
    let projection = try RDFProjection(try dossier(yaml))
    var triples: [RDFTriple] = []
    for resource in projection.resources { resource.forEachTriple { triples.append($0) } }
    let lines = try lines()
    #expect(lines.last == "")
    #expect(lines.count - 1 == triples.count)
    for (line, triple) in zip(lines, triples) {
      #expect(line.hasPrefix("<\(triple.subject)> <"))
      #expect(line.hasSuffix(" ."))
    }
    #expect(
      lines[0]
        == "<https://w3id.org/parley/id/talks/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Dataset> ."
    )
  }

  @Test("literals are escaped and typed; IRIs are full")
  func literals() throws {
    let text = try lines().joined(separator: "\n")
    #expect(
      text.contains(
        #"<https://schema.org/name> "Quote \"marks\", a back\\slash\nand a new line 🕊️" ."#))
    #expect(
      text.contains(#""2022-01-10"^^<http://www.w3.org/2001/XMLSchema#date> ."#))
    #expect(text.contains(#""0.9"^^<http://www.w3.org/2001/XMLSchema#double> ."#))
    #expect(text.contains("<https://w3id.org/parley/vocab#demands> ."))
    #expect(text.contains("<https://example.org/a%20b>"))
    #expect(!text.contains("schema:"))
  }

  @Test("the base option sets the node IRIs")
  func base() throws {
    let text = try lines(["base": "urn:example:"]).joined(separator: "\n")
    #expect(text.hasPrefix("<urn:example:> "))
    #expect(text.contains("<urn:example:state%3Aru> "))
  }

  @Test("the same dossier gives the same bytes")
  func deterministic() throws {
    let dossier = try dossier(yaml)
    #expect(
      try renderBytes(NTriplesExporter(), dossier) == renderBytes(NTriplesExporter(), dossier))
  }
}
