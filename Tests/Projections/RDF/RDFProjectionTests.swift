import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyRDF

@Suite("RDF projection")
struct RDFProjectionTests {
  @Test("ids are percent-encoded: only RFC 3986 unreserved characters stay")
  func percentEncoding() {
    #expect(NodeIRIs.percentEncoded("state:ru") == "state%3Aru")
    #expect(NodeIRIs.percentEncoded("a-b_c.d~e09AZ") == "a-b_c.d~e09AZ")
    #expect(NodeIRIs.percentEncoded("a b/c?d#e%f") == "a%20b%2Fc%3Fd%23e%25f")
    #expect(NodeIRIs.percentEncoded("é") == "%C3%A9")
    #expect(NodeIRIs.percentEncoded("..") == "%2E%2E")
    #expect(NodeIRIs.percentEncoded("a..b") == "a..b")
  }

  @Test("URLs become IRIs; characters not allowed in IRIs are encoded")
  func links() {
    #expect(NodeIRIs.linkIRI("https://example.org/a b|c") == "https://example.org/a%20b%7Cc")
    #expect(NodeIRIs.linkIRI("not a url") == nil)
    #expect(NodeIRIs.linkIRI("www.example.org/x") == nil)
  }

  @Test("doubles are typed literals in xsd:double's lexical space")
  func doubles() {
    #expect(ResourceBuilder.doubleLexical(1) == "1.0")
    #expect(ResourceBuilder.doubleLexical(0.75) == "0.75")
    #expect(ResourceBuilder.doubleLexical(-.infinity) == "-INF")
    #expect(ResourceBuilder.doubleLexical(.nan) == "NaN")
  }

  @Test("the sample gives the 4,462 triples that pyld and rdflib read from its JSON-LD")
  func sampleTriples() throws {
    let projection = try RDFProjection(try sampleDossier())
    var triples = Set<RDFTriple>()
    var count = 0
    for resource in projection.resources {
      resource.forEachTriple { triple in
        triples.insert(triple)
        count += 1
      }
    }
    #expect(triples.count == 4462)
    #expect(count == triples.count, "the projection states no triple twice")
  }

  @Test("the dossier's node comes first, then every record, collection by collection")
  func order() throws {
    let dossier = try sampleDossier()
    let projection = try RDFProjection(dossier, base: "urn:x:")
    let iris = projection.resources.map(\.iri)
    let records =
      dossier.sources.map(\.id) + dossier.entities.map(\.id) + dossier.issues.map(\.id)
      + dossier.talks.map(\.id) + dossier.positions.map(\.id) + dossier.statements.map(\.id)
      + dossier.events.map(\.id) + dossier.relations.map(\.id)
    #expect(iris == ["urn:x:"] + records.map(projection.iri(of:)))
  }

  @Test("compact IRIs expand to their vocabularies")
  func expansion() {
    #expect(RDFVocabulary.expand("schema:name") == "https://schema.org/name")
    #expect(RDFVocabulary.expand("rdf:type") == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    #expect(RDFVocabulary.expand("parley:demands") == "https://w3id.org/parley/vocab#demands")
    #expect(RDFVocabulary.expand("urn:x:a") == "urn:x:a")
  }
}
