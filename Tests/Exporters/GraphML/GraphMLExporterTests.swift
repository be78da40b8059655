import Foundation
import ParleyCore
import ParleyGraph
import ParleyTestSupport
import Testing

@testable import ParleyGraphML

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
    let error = #expect(throws: ExportOptionError.self) {
      _ = try exported(try Self.tiny(), ["with": "sources,nodes"])
    }
    #expect(error?.option == "with")
    #expect(error?.value == "nodes")
    #expect(error?.description.contains("not a node type the graph can add") == true)
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
