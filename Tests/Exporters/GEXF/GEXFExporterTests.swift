import Foundation
import ParleyCore
import ParleyGraph
import ParleyTestSupport
import Testing

@testable import ParleyGEXF

@Suite("GEXF export")
struct GEXFExporterTests {
  static let yaml = """
    parley: "1.0"
    id: g
    title: "Talks \\u0001 & more"
    entities:
      - {id: ru, kind: state, name: "Russia \\"R\\" <&>"}
      - {id: us, kind: state, name: United States, aliases: ["U.S., \\"America\\"", "US"]}
    issues:
      - {id: nato, label: NATO}
    talks:
      - {id: t1, name: Geneva, kind: bilateral, date: "2022-01~", parties: [ru, us], issues: [nato]}
    positions:
      - {id: p1, holder: ru, issue: nato, stance: demands, date: 2021-12-17}
      - {id: p2, holder: ru, issue: nato, stance: rejects, date: 2022-03-01}
      - {id: p3, holder: us, issue: nato, stance: rejects}
    """

  @Test("a dynamic graph with dates, a month as the whole month, and the qualifier kept")
  func dynamicGraph() throws {
    let text = try render(GEXFExporter(), dossier(Self.yaml))
    #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
    #expect(text.contains("mode=\"dynamic\""))
    #expect(text.contains("timeformat=\"date\""))
    #expect(
      text.contains("<node id=\"t1\" label=\"Geneva\" start=\"2022-01-01\" end=\"2022-01-31\">"))
    #expect(text.contains("<attvalue for=\"date_qualifier\" value=\"approximate\"/>"))
    // Undated: no time at all.
    #expect(text.contains("<node id=\"nato\" label=\"NATO\">"))
  }

  @Test(
    "a holder's successive stances are successive edges, the first ending the day before the next")
  func successiveStances() throws {
    let text = try render(GEXFExporter(), dossier(Self.yaml))
    #expect(
      text.contains(
        "id=\"p1\" source=\"ru\" target=\"nato\" label=\"demands\" start=\"2021-12-17\" end=\"2022-02-28\""
      ))
    #expect(
      text.contains(
        "id=\"p2\" source=\"ru\" target=\"nato\" label=\"rejects\" start=\"2022-03-01\" end=\"2022-03-01\""
      ))
  }

  @Test("the day before the first of a month, a year, and in a leap year")
  func dayBefore() {
    let march = GEXFTime.justBefore(EDTFInstant(year: 2024, month: 3, day: 1), withTimes: false)
    #expect((march.year, march.month, march.day) == (2024, 2, 29))
    let january = GEXFTime.justBefore(EDTFInstant(year: 2022, month: 1, day: 1), withTimes: true)
    #expect(
      (january.year, january.month, january.day, january.secondOfDay) == (2021, 12, 31, 86_399))
    let noon = GEXFTime.justBefore(
      EDTFInstant(year: 2022, month: 1, day: 10, secondOfDay: 43_200), withTimes: true)
    #expect(noon.secondOfDay == 43_199)
  }

  @Test("lists are Gephi array literals; odd text is escaped and control characters replaced")
  func oddText() throws {
    let (bytes, warnings) = try rendered(GEXFExporter(), dossier(Self.yaml))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("value=\"[&quot;U.S., \\&quot;America\\&quot;&quot;, &quot;US&quot;]\""))
    #expect(text.contains("label=\"Russia &quot;R&quot; &lt;&amp;&gt;\""))
    #expect(text.contains("<description>Talks \u{FFFD} &amp; more</description>"))
    #expect(warnings.count == 1)
  }

  /// A backslash is escaped wherever it is, also before a combining mark.
  @Test("a list's backslashes and quotes are escaped, each by a backslash")
  func listEscapes() {
    let list = GraphValue.strings(["a\\b", "c\"d", "e\\\u{301}", "plain", "\\\""])
    #expect(
      GEXFWriter.text(of: list) == #"["a\\b", "c\"d", "e\\\#u{301}", "plain", "\\\""]"#)
  }

  /// GEXF was written through libxml2's text writer: its layout and its
  /// escaping are kept byte for byte (the expected lines are libxml2's).
  @Test("quotes, tabs, line ends and markup are escaped as libxml2 escaped them")
  func libxml2Escaping() throws {
    let yaml = """
      parley: "1.0"
      id: g
      title: "q\\"<>&\\tT\\rR\\nN"
      entities:
        - {id: a, kind: person, name: "q\\"<>&\\tT\\rR\\nN"}
      """
    let text = String(decoding: try rendered(GEXFExporter(), dossier(yaml)).0, as: UTF8.self)
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns="))
    #expect(text.contains("    <description>q&quot;&lt;&gt;&amp;\tT&#13;R\nN</description>\n"))
    #expect(text.contains(#"<node id="a" label="q&quot;&lt;&gt;&amp;&#9;T&#13;R&#10;N">"#))
    #expect(text.hasSuffix("    <edges/>\n  </graph>\n</gexf>\n"))
    let untitled = String(
      decoding: try rendered(GEXFExporter(), dossier("parley: \"1.0\"\nid: g\ntitle: \"\"\n")).0,
      as: UTF8.self)
    #expect(untitled.contains("    <description></description>\n"))
    #expect(untitled.contains("    <nodes/>\n"))
  }
}
