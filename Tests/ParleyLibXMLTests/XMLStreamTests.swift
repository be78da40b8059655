import Foundation
import Testing

@testable import ParleyLibXML

/// Writes a document with `body` and returns its bytes.
func written(indent: Bool = false, _ body: (XMLStreamWriter) throws -> Void) throws -> [UInt8] {
  var bytes: [UInt8] = []
  let writer = try XMLStreamWriter(indent: indent) { chunk in
    bytes.append(contentsOf: chunk)
    return true
  }
  try writer.startDocument()
  try body(writer)
  try writer.endDocument()
  return bytes
}

/// Every element of `bytes` as (name, attributes, text of its text children).
func elements(_ bytes: [UInt8]) throws -> [(String, [String: String], String)] {
  let reader = try XMLStreamReader(bytes: bytes, url: "test.xml")
  var found: [(String, [String: String], String)] = []
  var open: [Int] = []
  while try reader.read() {
    switch reader.kind {
    case .element:
      let attributes = Dictionary(
        reader.attributes().map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
      found.append((reader.localName, attributes, ""))
      if !reader.isEmptyElement { open.append(found.count - 1) }
    case .endElement: open.removeLast()
    case .text: if let last = open.last { found[last].2 += reader.value }
    default: break
    }
  }
  return found
}

@Suite("XML stream writer and reader")
struct XMLStreamTests {
  @Test("what the writer escapes, the reader gives back as it was")
  func roundTrip() throws {
    let awkward = "a <b> & \"c\" 'd' ]]> e\tf\ng — Ωμέγα 👋🏽"
    let bytes = try written { writer in
      try writer.startElement("root")
      try writer.attribute("note", awkward)
      try writer.element("child", text: awkward)
      try writer.startElement("empty")
      try writer.endElement()
      try writer.endElement()
    }
    let found = try elements(bytes)
    #expect(found.map(\.0) == ["root", "child", "empty"])
    #expect(found[0].1["note"] == awkward)
    #expect(found[1].2 == awkward)
    #expect(
      String(decoding: bytes, as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    )
  }

  @Test("indentation puts each element on a line of its own")
  func indentation() throws {
    let bytes = try written(indent: true) { writer in
      try writer.startElement("a")
      try writer.element("b", text: "x")
      try writer.endElement()
    }
    #expect(String(decoding: bytes, as: UTF8.self).contains("\n  <b>x</b>\n"))
  }

  @Test("a sink that refuses the bytes stops the writer with an error")
  func refusingSink() throws {
    let writer = try XMLStreamWriter(indent: false) { _ in false }
    #expect(throws: XMLDiagnostic.self) {
      try writer.startDocument()
      try writer.startElement("root")
      try writer.text(String(repeating: "x", count: 100_000))
      try writer.endElement()
      try writer.endDocument()
    }
  }

  @Test("malformed XML is an error with its line")
  func malformed() throws {
    let reader = try XMLStreamReader(bytes: Array("<a>\n<b></a>".utf8), url: "bad.xml")
    let error = #expect(throws: XMLDiagnostic.self) { while try reader.read() {} }
    #expect(error?.line == 2)
  }

  @Test("an entity is not expanded and no external file is read")
  func noEntityExpansion() throws {
    let secret = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-secret-\(UUID().uuidString).txt")
    try Data("the secret".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY xxe SYSTEM "\(secret.path)"><!ENTITY word "expanded">]>
      <r>&xxe; &word;</r>
      """
    let reader = try XMLStreamReader(bytes: Array(document.utf8), url: "xxe.xml")
    var text = ""
    var kinds: [XMLStreamReader.NodeKind] = []
    while (try? reader.read()) == true {
      kinds.append(reader.kind)
      if reader.kind == .text { text += reader.value }
    }
    #expect(kinds.contains(.documentType))
    #expect(kinds.contains(.entityReference))
    #expect(!text.contains("the secret"))
    #expect(!text.contains("expanded"))
  }

  @Test("namespaces and line numbers are reported")
  func namespacesAndLines() throws {
    let reader = try XMLStreamReader(
      bytes: Array("<r xmlns=\"urn:x\">\n\n  <c/>\n</r>".utf8), url: "ns.xml")
    var seen: [(String, String?, Int)] = []
    while try reader.read() {
      guard reader.kind == .element else { continue }
      seen.append((reader.localName, reader.namespaceURI, reader.line))
    }
    #expect(seen.map(\.0) == ["r", "c"])
    #expect(seen.allSatisfy { $0.1 == "urn:x" })
    #expect(seen.map(\.2) == [1, 3])
  }
}
