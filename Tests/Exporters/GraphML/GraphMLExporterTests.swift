import Foundation
import ParleyCore
import Testing

@testable import ParleyGraphML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an export wrote to its file, and the warnings it recorded.
private struct Captured {
  let text: String
  let warnings: [String]
}

/// Runs `body` with an ``OutputWriter`` on a fresh temporary file, then reads
/// the file back.
private func capture(_ body: (OutputWriter) throws -> Void) throws -> Captured {
  let directory = FileManager.default.temporaryDirectory.path
  var template = Array((directory + "/parley-graphml-XXXXXX").utf8CString)
  let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
  try #require(descriptor >= 0, "mkstemp failed")
  let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  defer {
    close(descriptor)
    unlink(path)
  }
  let writer = OutputWriter(descriptor: descriptor, name: path)
  try body(writer)
  try writer.flush()
  let data = try #require(FileManager.default.contents(atPath: path))
  return Captured(text: String(decoding: data, as: UTF8.self), warnings: writer.warnings)
}

/// Exports `dossier` as GraphML with `options` (option name → value).
private func exported(_ dossier: Dossier, _ options: [String: String] = [:]) throws -> Captured {
  try capture { writer in
    try GraphMLExporter().export(dossier, options: ExportOptions(options), to: writer)
  }
}

/// The element of `text` that starts with `opening`, up to its closing tag
/// (`    </edge>` or `    </node>`); nil when `opening` does not occur.
private func element(in text: String, from opening: String) -> Substring? {
  guard let start = text.range(of: opening) else { return nil }
  let rest = text[start.lowerBound...]
  guard let end = rest.range(of: "\n    </") else { return rest }
  return rest[..<end.lowerBound]
}

/// `text` escaped for content or an attribute, and how many characters were replaced.
private func escape(_ text: String, inAttribute: Bool = false) -> (String, Int) {
  var replaced = 0
  let escaped = XMLText.escaped(text, inAttribute: inAttribute, replaced: &replaced)
  return (escaped, replaced)
}

@Suite("XML escaping")
struct XMLTextTests {
  @Test("markup characters are escaped in content; quotes are left alone there")
  func markupInContent() {
    let (text, replaced) = escape("a < b && c > d \"q\" 'a' ]]> &amp;")
    #expect(text == "a &lt; b &amp;&amp; c &gt; d \"q\" 'a' ]]&gt; &amp;amp;")
    #expect(replaced == 0)
  }

  @Test("in an attribute the double quote is escaped too, the single quote is not")
  func quotesInAttributes() {
    let (text, replaced) = escape("say \"no\" & 'yes' <now>", inAttribute: true)
    #expect(text == "say &quot;no&quot; &amp; 'yes' &lt;now&gt;")
    #expect(replaced == 0)
  }

  @Test("tab, newline and carriage return are character references in attributes")
  func whitespaceInAttributes() {
    let (text, replaced) = escape("a\tb\nc\r\nd\re", inAttribute: true)
    #expect(text == "a&#9;b&#10;c&#13;&#10;d&#13;e")
    #expect(replaced == 0)
  }

  @Test("in content only the carriage return is a reference; tab and newline stay")
  func whitespaceInContent() {
    let (text, replaced) = escape("a\tb\nc\r\nd\re")
    #expect(text == "a\tb\nc&#13;\nd&#13;e")
    #expect(replaced == 0)
  }

  @Test(
    "control characters XML 1.0 forbids are replaced with U+FFFD and counted",
    arguments: [false, true])
  func forbiddenControls(inAttribute: Bool) {
    let (text, replaced) = escape(
      "\u{00}a\u{01}b\u{08}c\u{0B}d\u{0C}e\u{0E}f\u{1F}g", inAttribute: inAttribute)
    #expect(text == "\u{FFFD}a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g")
    #expect(replaced == 7)
  }

  @Test("the count adds up over calls")
  func countAccumulates() {
    var replaced = 2
    _ = XMLText.escaped("\u{01}\u{02}", inAttribute: false, replaced: &replaced)
    _ = XMLText.escaped("ok", inAttribute: true, replaced: &replaced)
    _ = XMLText.escaped("\u{1F}", inAttribute: true, replaced: &replaced)
    #expect(replaced == 5)
  }

  @Test("the noncharacters U+FFFE and U+FFFF are replaced and counted")
  func noncharacters() {
    let (text, replaced) = escape("a\u{FFFE}b\u{FFFF}c")
    #expect(text == "a\u{FFFD}b\u{FFFD}c")
    #expect(replaced == 2)
  }

  @Test(
    "other characters, including ones whose UTF-8 starts like U+FFFE, pass unchanged",
    arguments: [
      "\u{FFFD} \u{FEFF} \u{FF71} \u{FFEE}",  // UTF-8 lead byte 0xEF
      "\u{7F}\u{85}\u{A0}\u{2028}",  // allowed in XML 1.0
      "👨‍👩‍👧‍👦 🇺🇦 🏳️‍🌈 مرحبا שלום e\u{301}",
      "plain text",
    ])
  func unchanged(text: String) {
    let (content, contentReplaced) = escape(text)
    let (attribute, attributeReplaced) = escape(text, inAttribute: true)
    #expect(content == text)
    #expect(attribute == text)
    #expect(contentReplaced == 0 && attributeReplaced == 0)
    #expect(content.unicodeScalars.elementsEqual(text.unicodeScalars))
  }
}

@Suite("GraphML writer")
struct GraphMLWriterTests {
  static var keys: [GraphKey] {
    [
      GraphKey("label", .all), GraphKey("note", .node), GraphKey("note", .edge),
      GraphKey("weight", .edge, .int), GraphKey("score", .node, .double),
      GraphKey("flag", .node, .boolean),
    ]
  }

  @Test("a key's id is its name, or edge_NAME for an edge key that a node key shares")
  func keyIDs() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      try graph.end()
    }
    let text = output.text
    #expect(
      text.contains("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"))
    #expect(
      text.contains("<key id=\"note\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>"))
    #expect(
      text.contains("<key id=\"score\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>"))
    #expect(
      text.contains("<key id=\"flag\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>"))
    #expect(
      text.contains(
        "<key id=\"edge_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"))
    #expect(
      text.contains("<key id=\"edge_note\" for=\"edge\" attr.name=\"note\" attr.type=\"string\"/>"))
    #expect(
      text.contains("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>"))
    #expect(!text.contains("for=\"all\""))
    #expect(!text.contains("id=\"edge_weight\""))
    #expect(text.contains("<graph id=\"g\" edgedefault=\"directed\">"))
    #expect(text.hasSuffix("  </graph>\n</graphml>\n"))
  }

  @Test("node data uses the node key ids, edge data the edge key ids; nil is left out")
  func dataKeys() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: false)
      var node = GraphData()
      node.add("label", "A & B")
      node.add("note", nil as String?)
      node.add("score", 0.75)
      node.add("flag", false)
      try graph.node(id: "a", label: "A & B", data: node)
      var edge = GraphData()
      edge.add("label", "tie")
      edge.add("note", "n")
      edge.add("weight", 3)
      try graph.edge(preferredID: "a--b", source: "a", target: "b", data: edge)
      try graph.end()
    }
    let text = output.text
    #expect(text.contains("<graph id=\"g\" edgedefault=\"undirected\">"))
    #expect(
      text.contains(
        """
            <node id="a">
              <data key="label">A &amp; B</data>
              <data key="score">0.75</data>
              <data key="flag">false</data>
            </node>

        """))
    #expect(
      text.contains(
        """
            <edge id="a--b" source="a" target="b">
              <data key="edge_label">tie</data>
              <data key="edge_note">n</data>
              <data key="weight">3</data>
            </edge>

        """))
    #expect(!text.contains("<data key=\"note\">"))
  }

  @Test("a repeated edge id gets a suffix, so edge ids stay unique")
  func uniqueEdgeIDs() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      for _ in 0..<3 {
        try graph.edge(preferredID: "x", source: "a", target: "b", data: GraphData())
      }
      try graph.end()
    }
    #expect(output.text.contains("<edge id=\"x\" source=\"a\" target=\"b\">"))
    #expect(output.text.contains("<edge id=\"x.2\" source=\"a\" target=\"b\">"))
    #expect(output.text.contains("<edge id=\"x.3\" source=\"a\" target=\"b\">"))
  }

  @Test("a reserved record id is stepped around by derived ids and kept by its record")
  func reservedEdgeIDs() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      graph.reserveEdgeIDs(["t1.venue"])
      try graph.begin(graphID: "g", directed: true)
      try graph.edge(preferredID: "t1.venue", source: "t1", target: "geneva", data: GraphData())
      try graph.edge(recordID: "t1.venue", source: "ru", target: "nato", data: GraphData())
      try graph.end()
    }
    #expect(output.text.contains("<edge id=\"t1.venue.2\" source=\"t1\" target=\"geneva\">"))
    #expect(output.text.contains("<edge id=\"t1.venue\" source=\"ru\" target=\"nato\">"))
    #expect(!output.text.contains("<edge id=\"t1.venue\" source=\"t1\""))
  }

  @Test("replaced characters are reported once, at the end, with their count")
  func replacementWarning() throws {
    let one = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      var data = GraphData()
      data.add("label", "a\u{01}b")
      try graph.node(id: "a", label: "a\u{01}b", data: data)
      try graph.end()
    }
    #expect(one.text.contains("<data key=\"label\">a\u{FFFD}b</data>"))
    #expect(!one.text.unicodeScalars.contains("\u{01}"))
    #expect(
      one.warnings == [
        "replaced 1 character that XML 1.0 cannot carry (control characters) with U+FFFD"
      ])

    let two = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      var data = GraphData()
      data.add("label", "\u{08}\u{1F}")
      try graph.node(id: "a", label: "x", data: data)
      try graph.end()
    }
    #expect(two.warnings.count == 1)
    #expect(two.warnings.first?.hasPrefix("replaced 2 characters ") == true)

    let none = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      try graph.end()
    }
    #expect(none.warnings.isEmpty)
  }

  @Test("the full graph declares every shared attribute twice, the edge one as edge_NAME")
  func fullGraphKeyIDs() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(output: writer, keys: FullGraph.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      try graph.end()
    }
    for name in ["label", "kind", "date", "sources", "talk"] {
      #expect(output.text.contains("<key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\""))
      #expect(output.text.contains("<key id=\"edge_\(name)\" for=\"edge\" attr.name=\"\(name)\""))
    }
    #expect(
      output.text.contains(
        "<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>"))
    #expect(
      output.text.contains(
        "<key id=\"source_count\" for=\"node\" attr.name=\"source_count\" attr.type=\"int\"/>"))
    let ids = output.text.split(separator: "\n").compactMap { line -> Substring? in
      guard let start = line.range(of: "<key id=\"") else { return nil }
      return line[start.upperBound...].prefix { $0 != "\"" }
    }
    #expect(ids.count == Set(ids).count)
  }
}

@Suite("GraphML export of a tiny dossier")
struct GraphMLExportTests {
  static func tiny() throws -> Dossier {
    Dossier(
      id: "tiny", title: "Tiny",
      sources: [Source(id: "src", title: "Article \"A\"")],
      entities: [
        Entity(
          id: "ru", kind: .state, name: "Russia & Co",
          sources: [Provenance(source: "src", quote: "Moscow", confidence: 0.5)]),
        Entity(id: "us", kind: .state, name: "United States"),
        Entity(id: "geneva", kind: .place, name: "Geneva"),
      ],
      issues: [Issue(id: "nato", label: "NATO <enlargement>")],
      talks: [
        Talk(
          id: "t1", name: "Talks", kind: .bilateral, date: try EDTFDate("2022-01-10"),
          venue: "geneva", parties: ["ru", "us"], issues: ["nato"],
          duration: try ISODuration("PT1H30M"))
      ],
      positions: [Position(id: "p1", holder: "ru", issue: "nato", stance: .demands)]
    )
  }

  @Test("nodes are IR ids with label, kind and type; missing values are left out")
  func fullGraphNodes() throws {
    let output = try exported(try Self.tiny())
    let text = output.text
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "))
    #expect(text.contains("<graph id=\"tiny\" edgedefault=\"directed\">"))
    #expect(
      text.contains(
        """
            <node id="ru">
              <data key="label">Russia &amp; Co</data>
              <data key="kind">state</data>
              <data key="type">entity</data>
              <data key="sources">src</data>
              <data key="source_count">1</data>
            </node>

        """))
    #expect(
      text.contains(
        """
            <node id="us">
              <data key="label">United States</data>
              <data key="kind">state</data>
              <data key="type">entity</data>
              <data key="source_count">0</data>
            </node>

        """))
    #expect(
      text.contains(
        """
            <node id="nato">
              <data key="label">NATO &lt;enlargement&gt;</data>
              <data key="kind">issue</data>
              <data key="type">issue</data>
            </node>

        """))
    #expect(text.contains("<data key=\"date\">2022-01-10</data>"))
    #expect(text.contains("<data key=\"date_precision\">day</data>"))
    #expect(text.contains("<data key=\"duration\">PT1H30M</data>"))
    #expect(text.contains("<data key=\"duration_seconds\">5400.0</data>"))
    #expect(text.contains("<data key=\"venue\">geneva</data>"))
    #expect(!text.contains("date_end\">"))
    #expect(!text.contains("\"></data>"))
    #expect(!text.contains("<node id=\"src\">"))
    #expect(!text.contains("yed_graphics"))
    #expect(text.hasSuffix("  </graph>\n</graphml>\n"))
    #expect(output.warnings.isEmpty)
  }

  @Test("edges have ids derived from IR ids and edge_ data keys")
  func fullGraphEdges() throws {
    let text = try exported(try Self.tiny()).text
    #expect(text.contains("<edge id=\"t1.party.ru\" source=\"ru\" target=\"t1\">"))
    #expect(text.contains("<edge id=\"t1.party.us\" source=\"us\" target=\"t1\">"))
    #expect(text.contains("<edge id=\"t1.venue\" source=\"t1\" target=\"geneva\">"))
    #expect(text.contains("<edge id=\"t1.issue.nato\" source=\"t1\" target=\"nato\">"))
    #expect(
      text.contains(
        """
            <edge id="p1" source="ru" target="nato">
              <data key="edge_label">demands</data>
              <data key="edge_kind">position</data>
              <data key="stance">demands</data>
              <data key="record">p1</data>
            </edge>

        """))
    #expect(text.components(separatedBy: "<edge ").count - 1 == 5)
    #expect(!text.contains(".source.0"))
  }

  @Test("--with sources adds source nodes and typed citation edges")
  func withSources() throws {
    let text = try exported(try Self.tiny(), ["with": "sources"]).text
    #expect(
      text.contains(
        """
            <node id="src">
              <data key="label">Article "A"</data>
              <data key="kind">source</data>
              <data key="type">source</data>
            </node>

        """))
    #expect(
      text.contains(
        """
            <edge id="ru.source.0" source="ru" target="src">
              <data key="edge_label">cited in</data>
              <data key="edge_kind">source</data>
              <data key="quote">Moscow</data>
              <data key="confidence">0.5</data>
              <data key="method">curated</data>
              <data key="record">ru</data>
            </edge>

        """))
  }

  @Test("the actor graph is undirected and leaves places out")
  func actorGraph() throws {
    let text = try exported(try Self.tiny(), ["graph": "actors"]).text
    #expect(text.contains("<graph id=\"tiny\" edgedefault=\"undirected\">"))
    #expect(text.contains("<node id=\"ru\">"))
    #expect(!text.contains("<node id=\"geneva\">"))
    #expect(
      text.contains(
        """
            <edge id="ru--us" source="ru" target="us">
              <data key="edge_label">1 shared</data>
              <data key="edge_kind">co-participation</data>
              <data key="weight">1</data>
              <data key="talks">t1</data>
            </edge>

        """))
  }

  @Test("the stance graph has holders with positions and every issue")
  func stanceGraph() throws {
    let text = try exported(try Self.tiny(), ["graph": "stances"]).text
    #expect(text.contains("<node id=\"ru\">"))
    #expect(!text.contains("<node id=\"us\">"))
    #expect(text.contains("<data key=\"bipartite\">1</data>"))
    #expect(text.contains("<edge id=\"ru--nato\" source=\"ru\" target=\"nato\">"))
    #expect(text.contains("<data key=\"history\">1</data>"))
    #expect(text.contains("<data key=\"positions\">p1</data>"))
  }

  @Test("--flavor yed adds a labelled y:ShapeNode to each node")
  func yedFlavor() throws {
    let text = try exported(try Self.tiny(), ["flavor": "yed"]).text
    #expect(text.contains("xmlns:y=\"http://www.yworks.com/xml/graphml\""))
    #expect(text.contains("<key id=\"yed_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>"))
    #expect(text.contains("<y:NodeLabel>Russia &amp; Co</y:NodeLabel>"))
    #expect(text.components(separatedBy: "<y:ShapeNode>").count - 1 == 5)
  }

  @Test("a role or relation date that is itself an interval is kept")
  func intervalDates() throws {
    var dossier = try Self.tiny()
    dossier.entities.append(
      Entity(
        id: "lavrov", kind: .person, name: "Sergey Lavrov",
        roles: [
          Role(
            title: "Minister", of: "ru", from: try EDTFDate("2004-03/2004-04"),
            until: try EDTFDate("2024"))
        ]))
    dossier.relations = [
      Relation(
        id: "r1", kind: .represents, from: "lavrov", to: "ru",
        since: try EDTFDate("2021-12-15/2021-12-17"))
    ]
    let text = try exported(dossier).text
    let role = try #require(element(in: text, from: "<edge id=\"lavrov.role.0\""))
    #expect(role.contains("<data key=\"edge_date\">2004-03</data>"))
    #expect(role.contains("<data key=\"edge_date_end\">2024</data>"))
    let relation = try #require(element(in: text, from: "<edge id=\"r1\""))
    #expect(relation.contains("<data key=\"edge_date\">2021-12-15</data>"))
  }

  @Test("control characters in the dossier are replaced and warned about")
  func controlCharacters() throws {
    var dossier = try Self.tiny()
    dossier.entities[1].name = "United\u{01}States\u{1F}"
    let output = try exported(dossier)
    #expect(output.text.contains("<data key=\"label\">United\u{FFFD}States\u{FFFD}</data>"))
    #expect(output.warnings.count == 1)
    #expect(output.warnings.first?.hasPrefix("replaced 2 characters ") == true)
  }

  @Test("--with takes only sources and statements")
  func unknownNodeType() throws {
    let error = #expect(throws: ParleyError.self) {
      _ = try exported(try Self.tiny(), ["with": "sources,nodes"])
    }
    #expect(error?.exitCode == 2)
    #expect(error?.description.contains("--with nodes") == true)
  }

  @Test("two exports of one dossier are identical")
  func deterministic() throws {
    let optionSets: [[String: String]] = [
      [:], ["with": "sources,statements"], ["graph": "actors"], ["graph": "stances"],
      ["flavor": "yed"],
    ]
    for options in optionSets {
      let first = try exported(try Self.tiny(), options).text
      let second = try exported(try Self.tiny(), options).text
      #expect(first == second)
    }
  }
}
