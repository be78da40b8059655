import Testing

@testable import ParleyRDF

@Suite("RDF term syntax (N-Triples and Turtle)")
struct RDFTermSyntaxTests {
  func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    RDFTermSyntax.appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  func iri(_ text: String) -> String {
    var bytes: [UInt8] = []
    RDFTermSyntax.appendIRI(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test("quotes, backslashes and line breaks are escaped with two characters")
  func echar() {
    #expect(string(#"say "no" \ then"#) == #""say \"no\" \\ then""#)
    #expect(string("a\nb\rc\td\u{8}e\u{C}f") == #""a\nb\rc\td\be\ff""#)
  }

  @Test("the other controls, U+0000 to U+001F and U+007F, are \\u00XX")
  func controls() {
    #expect(string("\u{0}\u{1}\u{1B}\u{1F}\u{7F}") == #""\u0000\u0001\u001B\u001F\u007F""#)
    #expect(string("\u{20}~") == "\" ~\"")
  }

  @Test("characters outside the BMP stay whole, as their UTF-8 bytes")
  func astral() {
    #expect(string("🕊️ 𝔓 é") == "\"🕊️ 𝔓 é\"")
    var bytes: [UInt8] = []
    RDFTermSyntax.appendString("𝔓", to: &bytes)
    #expect(bytes == [0x22, 0xF0, 0x9D, 0x94, 0x93, 0x22])
  }

  @Test("an IRI is written whole; characters an IRI may not hold are percent-encoded")
  func iris() {
    #expect(iri("https://example.org/a?b=1#c") == "<https://example.org/a?b=1#c>")
    #expect(iri("https://example.org/a b>c\\d") == "<https://example.org/a%20b%3Ec%5Cd>")
  }

  @Test("compact IRIs expand as the JSON-LD context expands them")
  func expansion() {
    #expect(RDFTermSyntax.fullIRI("schema:name") == "https://schema.org/name")
    #expect(RDFTermSyntax.fullIRI("parley:demands") == "https://w3id.org/parley/vocab#demands")
    #expect(RDFTermSyntax.fullIRI("xsd:date") == "http://www.w3.org/2001/XMLSchema#date")
    #expect(RDFTermSyntax.fullIRI("prov:entity") == "http://www.w3.org/ns/prov#entity")
    #expect(
      RDFTermSyntax.fullIRI("rdf:type") == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    // Not a prefix of the context, or an absolute IRI: kept as it is.
    #expect(RDFTermSyntax.fullIRI("rdf:Statement") == "rdf:Statement")
    #expect(RDFTermSyntax.fullIRI("urn:x:y") == "urn:x:y")
    #expect(RDFTermSyntax.fullIRI("schema://host/x") == "schema://host/x")
    #expect(RDFTermSyntax.fullIRI("https://schema.org/x") == "https://schema.org/x")
  }
}
