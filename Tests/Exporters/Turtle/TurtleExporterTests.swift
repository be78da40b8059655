import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyTurtle

@Suite("Turtle exporter")
struct TurtleExporterTests {
  let yaml = """
    parley: "1.0"
    id: talks
    title: "Talks"
    sources:
      - {id: src, title: "A", published: "2022-01-10"}
    entities:
      - {id: russia, kind: state, name: Russia, aliases: [RF, "Russian Federation"],
         attributes: {seats: 3, member: true},
         sources: [{source: src, quote: "said \\"no\\"\\n"}]}
      - {id: "state:us", kind: state, name: "United States"}
      - {id: "9x", kind: other, name: "Digit"}
    """

  func turtle(_ options: [String: String] = [:]) throws -> String {
    try render(TurtleExporter(), try dossier(yaml), options)
  }

  @Test("prefixes: the four vocabularies, then the base as the empty prefix")
  func prefixes() throws {
    let lines = try turtle().split(separator: "\n").prefix(5)
    #expect(
      Array(lines) == [
        "@prefix schema: <https://schema.org/> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix parley: <https://w3id.org/parley/vocab#> .",
        "@prefix : <https://w3id.org/parley/id/talks/> .",
      ])
  }

  @Test("each node's triples are grouped under it, types with a")
  func grouped() throws {
    let text = try turtle()
    #expect(text.contains("\n:russia a schema:Country ;\n    schema:identifier \"russia\" ;\n"))
    #expect(text.contains("schema:alternateName \"RF\", \"Russian Federation\""))
    #expect(text.contains("\n<https://w3id.org/parley/id/talks/> a schema:Dataset ;"))
  }

  @Test("ids that are not plain names are written as full IRIs")
  func fullIRIs() throws {
    let text = try turtle()
    #expect(text.contains("<https://w3id.org/parley/id/talks/state%3Aus> a schema:Country"))
    #expect(text.contains("<https://w3id.org/parley/id/talks/9x> a "))
    #expect(text.contains("<https://w3id.org/parley/id/talks/russia/source/1>"))
  }

  @Test("integers and booleans are bare; strings escaped; dates typed")
  func literals() throws {
    let text = try turtle()
    #expect(text.contains(" 3"))
    #expect(text.contains(" true"))
    #expect(text.contains(#""said \"no\"\n""#))
    #expect(text.contains(#""2022-01-10"^^xsd:date"#))
  }

  @Test("plain names: a letter or _, then letters, digits, _, - and ., not ending in .")
  func plainNames() {
    #expect(TurtleWriter.isPlainName("russia"))
    #expect(TurtleWriter.isPlainName("_a-b.c9"))
    #expect(!TurtleWriter.isPlainName(""))
    #expect(!TurtleWriter.isPlainName("9a"))
    #expect(!TurtleWriter.isPlainName("a."))
    #expect(!TurtleWriter.isPlainName("a%3Ab"))
    #expect(!TurtleWriter.isPlainName("a/b"))
    #expect(!TurtleWriter.isPlainName("a~b"))
  }
}
