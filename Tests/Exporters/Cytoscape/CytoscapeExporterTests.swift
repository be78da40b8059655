import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyCytoscape

@Suite("Cytoscape.js export")
struct CytoscapeExporterTests {
  static let yaml = """
    parley: "1.0"
    id: c
    title: "C"
    entities:
      - {id: ru, kind: state, name: "Russia \\"R\\"", aliases: [RF, Rossiya]}
      - {id: us, kind: state, name: US}
    issues:
      - {id: nato, label: NATO}
    positions:
      - {id: p1, holder: ru, issue: nato, stance: demands, date: 2021-12-17}
      - {id: p2, holder: ru, issue: nato, stance: rejects, date: 2022-03-01}
    """

  static func elements(_ options: [String: String] = [:]) throws -> [String: Any] {
    let bytes = try renderBytes(CytoscapeExporter(), dossier(yaml), options)
    return try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
  }

  @Test("nodes and edges are elements with data; ids, names, typed attributes")
  func elementsWithData() throws {
    let top = try Self.elements()
    #expect(top["directed"] as? Bool == true)
    let elements = try #require(top["elements"] as? [String: [[String: Any]]])
    let nodes = try #require(elements["nodes"]).compactMap { $0["data"] as? [String: Any] }
    let edges = try #require(elements["edges"]).compactMap { $0["data"] as? [String: Any] }
    #expect(nodes.map { $0["id"] as? String } == ["ru", "us", "nato"])
    #expect(nodes[0]["name"] as? String == "Russia \"R\"")
    #expect(nodes[0]["aliases"] as? [String] == ["RF", "Rossiya"])
    #expect(edges.map { $0["id"] as? String } == ["p1", "p2"])
    #expect(edges[0]["source"] as? String == "ru" && edges[0]["target"] as? String == "nato")
    #expect(edges[1]["stance"] as? String == "rejects")
  }

  @Test("the actors graph is undirected")
  func actorsUndirected() throws {
    #expect(try Self.elements(["graph": "actors"])["directed"] as? Bool == false)
  }
}
