import Foundation
import Testing

@testable import ParleyLibXML

@Suite("XSD validation, C14N, XSLT and HTML")
struct XMLDocumentTests {
  static let schema = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:element name="r">
        <xs:complexType>
          <xs:sequence><xs:element name="n" type="xs:integer" maxOccurs="unbounded"/></xs:sequence>
          <xs:attribute name="id" type="xs:string" use="required"/>
        </xs:complexType>
      </xs:element>
    </xs:schema>
    """

  @Test("a valid document has no problems; an invalid one has each with its line")
  func schemaValidation() throws {
    let validator = try XMLSchemaValidator(schema: Self.schema)
    #expect(
      validator.problems(in: Array("<r id=\"a\"><n>1</n><n>2</n></r>".utf8), url: "ok").isEmpty)
    let problems = validator.problems(in: Array("<r>\n<n>one</n>\n<m/></r>".utf8), url: "bad")
    #expect(problems.count >= 2)
    #expect(problems.contains { $0.line == 2 })
    #expect(problems.allSatisfy { !$0.message.isEmpty })
  }

  @Test("a schema that is not XSD is refused")
  func badSchema() {
    #expect(throws: XMLDiagnostic.self) { try XMLSchemaValidator(schema: "<not-a-schema/>") }
  }

  @Test("canonical XML sorts attributes, expands empty elements and drops the declaration")
  func canonical() throws {
    let document = Array("<?xml version=\"1.0\"?><r b=\"2\" a=\"1\"><e/><!-- c --></r>".utf8)
    let result = try XMLDocumentTransforms.canonicalize(document, url: "c.xml")
    #expect(String(decoding: result, as: UTF8.self) == "<r a=\"1\" b=\"2\"><e></e></r>")
  }

  func stylesheet(_ body: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-\(UUID().uuidString).xsl")
    try Data(
      """
      <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
        <xsl:output method="text"/>
        \(body)
      </xsl:stylesheet>
      """.utf8
    ).write(to: url)
    return url
  }

  @Test("XSLT transforms the document")
  func transform() throws {
    let sheet = try stylesheet(
      #"<xsl:template match="/">count=<xsl:value-of select="count(//n)"/></xsl:template>"#)
    defer { try? FileManager.default.removeItem(at: sheet) }
    let result = try XMLDocumentTransforms.transform(
      Array("<r><n/><n/></r>".utf8), url: "t.xml", stylesheet: try bytes(sheet),
      stylesheetURL: sheet.path)
    #expect(String(decoding: result, as: UTF8.self) == "count=2")
  }

  @Test("an XSLT stylesheet cannot write files")
  func noWrites() throws {
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-written-\(UUID().uuidString).txt")
    let sheet = try stylesheet(
      #"<xsl:template match="/"><exsl:document href="\#(target.path)" method="text">x</exsl:document></xsl:template>"#
    )
    defer { try? FileManager.default.removeItem(at: sheet) }
    #expect(throws: XMLDiagnostic.self) {
      try XMLDocumentTransforms.transform(
        Array("<r/>".utf8), url: "t.xml", stylesheet: try bytes(sheet), stylesheetURL: sheet.path)
    }
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  // xsl:import must come first in a stylesheet, before what `stylesheet(_:)`
  // writes: the hostile catalogue runs it through the command line.
  @Test("an XSLT stylesheet reads no other file: document() and xsl:include")
  func noReads() throws {
    let secret = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-secret-\(UUID().uuidString).xml")
    try Data("<secret>TOKEN-4711</secret>".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    for body in [
      #"<xsl:template match="/"><xsl:copy-of select="document('\#(secret.path)')"/></xsl:template>"#,
      #"<xsl:include href="\#(secret.path)"/>"#,
    ] {
      let sheet = try stylesheet(body)
      defer { try? FileManager.default.removeItem(at: sheet) }
      let error = #expect(throws: XMLDiagnostic.self) {
        try XMLDocumentTransforms.transform(
          Array("<r/>".utf8), url: "t.xml", stylesheet: try bytes(sheet),
          stylesheetURL: sheet.path)
      }
      #expect(
        error?.description.contains("may not read other files") == true,
        "\(body): \(String(describing: error))")
      #expect(error?.description.contains("TOKEN-4711") == false)
    }
  }

  func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

  @Test("a stylesheet that is not XML is an error that names it")
  func notAStylesheet() {
    let error = #expect(throws: XMLDiagnostic.self) {
      try XMLDocumentTransforms.transform(
        Array("<r/>".utf8), url: "t.xml", stylesheet: Array("not xml".utf8),
        stylesheetURL: "sheet.xsl")
    }
    #expect(error?.description.isEmpty == false)
  }

  @Test("HTML is parsed leniently into elements, attributes and text, comments left out")
  func html() throws {
    let page = """
      <HTML lang=en><head><TITLE>T &amp; U</TITLE></head>
      <body><p CLASS="lead">One <b>two</b><!-- no --> three<p>Unclosed</body></html>
      """
    let root = try #require(try HTMLDocument.parse(bytes: Array(page.utf8), url: "p.html"))
    #expect(root.name == "html")
    #expect(root.attribute("lang") == "en")
    let body = try #require(root.elements.first { $0.name == "body" })
    let paragraphs = body.elements.filter { $0.name == "p" }
    #expect(paragraphs.count == 2)
    #expect(paragraphs[0].attribute("class") == "lead")
    #expect(paragraphs[0].textContent == "One two three")
    #expect(paragraphs[1].textContent == "Unclosed")
    let title = root.elements.first { $0.name == "head" }?.elements.first { $0.name == "title" }
    #expect(title?.textContent == "T & U")
  }

  @Test("an empty page is an error, not an empty article")
  func emptyHTML() {
    #expect(throws: XMLDiagnostic.self) { try HTMLDocument.parse(bytes: [], url: "empty.html") }
  }
}
