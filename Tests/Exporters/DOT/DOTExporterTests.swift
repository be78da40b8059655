import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyDOT

@Suite("DOT export")
struct DOTExporterTests {
  static let yaml = """
    parley: "1.0"
    id: d
    title: "Say \\"hi\\" \\\\ bye"
    entities:
      - {id: ru, kind: state, name: "Line one\\nline \\"two\\" \\\\"}
      - {id: us, kind: organization, name: "US"}
    issues:
      - {id: nato, label: NATO}
    talks:
      - {id: t1, name: Geneva, kind: bilateral, parties: [ru, us], issues: [nato]}
    positions:
      - {id: p1, holder: ru, issue: nato, stance: rejects}
    """

  @Test("a digraph with quoted ids, escaped labels, and styles by kind and stance")
  func digraph() throws {
    let text = try render(DOTExporter(), dossier(Self.yaml))
    #expect(text.hasPrefix("digraph \"d\" {\n"))
    let statements = [
      // The title: quotes and backslashes escaped.
      "label=\"Say \\\"hi\\\" \\\\ bye\"",
      // A node: its line break as \n, shaped by kind.
      "\"ru\" [label=\"Line one\\nline \\\"two\\\" \\\\\", shape=box",
      // A position: coloured and styled by its stance.
      "\"ru\" -> \"nato\" [id=\"p1\", label=\"rejects\", color=\"#CC0000\", style=bold];",
    ]
    for statement in statements { #expect(text.contains(statement), "\(statement)") }
    #expect(text.hasSuffix("}\n"))
  }

  @Test("the actors graph is undirected; the stances graph runs left to right")
  func shapes() throws {
    let actors = try render(DOTExporter(), dossier(Self.yaml), ["graph": "actors"])
    #expect(actors.hasPrefix("graph \"d\" {\n") && actors.contains(" -- "))
    let stances = try render(DOTExporter(), dossier(Self.yaml), ["graph": "stances"])
    #expect(
      stances.contains("rankdir=LR") && stances.contains("\"ru\" -> \"nato\""))
  }
}
