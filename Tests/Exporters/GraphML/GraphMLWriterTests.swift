import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyGraph
@testable import ParleyGraphML

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
  static var keys: [GraphAttribute] {
    [
      GraphAttribute("label", .all), GraphAttribute("note", .node), GraphAttribute("note", .edge),
      GraphAttribute("weight", .edge, .integer), GraphAttribute("score", .node, .double),
      GraphAttribute("flag", .node, .boolean),
    ]
  }

  @Test("a key's id is its name, or edge_NAME for an edge key that a node key shares")
  func keyIDs() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(output: writer, attributes: Self.keys, yed: false)
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
      let graph = GraphMLWriter(output: writer, attributes: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: false)
      var node = GraphAttributes()
      node.add("label", "A & B")
      node.add("note", nil as String?)
      node.add("score", 0.75)
      node.add("flag", false)
      try graph.node(GraphNode(id: "a", label: "A & B", attributes: node))
      var edge = GraphAttributes()
      edge.add("label", "tie")
      edge.add("note", "n")
      edge.add("weight", 3)
      try graph.edge(
        GraphEdge(id: "a--b", source: "a", target: "b", label: "tie", attributes: edge))
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

  @Test("replaced characters are reported once, at the end, with their count")
  func replacementWarning() throws {
    let one = try capture { writer in
      let graph = GraphMLWriter(output: writer, attributes: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      var data = GraphAttributes()
      data.add("label", "a\u{01}b")
      try graph.node(GraphNode(id: "a", label: "a\u{01}b", attributes: data))
      try graph.end()
    }
    #expect(one.text.contains("<data key=\"label\">a\u{FFFD}b</data>"))
    #expect(!one.text.unicodeScalars.contains("\u{01}"))
    #expect(
      one.warnings == [
        "replaced 1 character that XML 1.0 cannot carry (control characters) with U+FFFD"
      ])

    let two = try capture { writer in
      let graph = GraphMLWriter(output: writer, attributes: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      var data = GraphAttributes()
      data.add("label", "\u{08}\u{1F}")
      try graph.node(GraphNode(id: "a", label: "x", attributes: data))
      try graph.end()
    }
    #expect(two.warnings.count == 1)
    #expect(two.warnings.first?.hasPrefix("replaced 2 characters ") == true)

    let none = try capture { writer in
      let graph = GraphMLWriter(output: writer, attributes: Self.keys, yed: false)
      try graph.begin(graphID: "g", directed: true)
      try graph.end()
    }
    #expect(none.warnings.isEmpty)
  }

  @Test("the full graph declares every shared attribute twice, the edge one as edge_NAME")
  func fullGraphKeyIDs() throws {
    let output = try capture { writer in
      let graph = GraphMLWriter(
        output: writer, attributes: GraphProjection(Dossier(id: "d", title: "t")).attributes,
        yed: false)
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
