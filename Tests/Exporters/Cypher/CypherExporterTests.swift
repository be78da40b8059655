import Foundation
import ParleyCore
import ParleyGraph
import ParleyTestSupport
import Testing

@testable import ParleyCypher

@Suite("Cypher export")
struct CypherExporterTests {
  static let yaml = """
    parley: "1.0"
    id: c
    title: C
    entities:
      - {id: ru, kind: state, name: "It's \\\\ odd", aliases: [a, b]}
      - {id: us, kind: state, name: US}
    issues:
      - {id: nato, label: NATO}
    positions:
      - {id: p1, holder: ru, issue: nato, stance: rejects}
    """

  @Test("neo4j: a constraint, labelled nodes, typed relationships")
  func neo4j() throws {
    let lines = try render(CypherExporter(), dossier(Self.yaml)).split(separator: "\n")
    #expect(lines.first?.hasPrefix("CREATE CONSTRAINT parley_node_id") == true)
    #expect(
      lines.contains(
        "CREATE (:ParleyNode:Entity:State {id: 'ru', label: 'It\\'s \\\\ odd', kind: 'state', "
          + "type: 'entity', aliases: ['a', 'b'], source_count: 0});"))
    #expect(
      lines.contains {
        $0.hasPrefix(
          "MATCH (a:ParleyNode {id: 'ru'}), (b:ParleyNode {id: 'nato'}) CREATE (a)-[:POSITION {id: 'p1'"
        )
      })
  }

  @Test("kuzu: node and rel tables first, typed columns, then the data")
  func kuzu() throws {
    let lines = try render(CypherExporter(), dossier(Self.yaml), ["cypher-dialect": "kuzu"])
      .split(separator: "\n")
    #expect(lines[0].hasPrefix("CREATE NODE TABLE Entity(id STRING, label STRING, kind STRING"))
    #expect(lines[0].contains("aliases STRING[]") && lines[0].hasSuffix("PRIMARY KEY(id));"))
    #expect(lines[3].hasPrefix("CREATE REL TABLE Tie(FROM Entity TO Entity, FROM Entity TO Talk"))
    #expect(
      lines.contains {
        $0.hasPrefix(
          "MATCH (a:Entity {id: 'ru'}), (b:Issue {id: 'nato'}) CREATE (a)-[:Tie {id: 'p1'")
      })
  }

  @Test("Neo4j literals escape line breaks and control characters; Kùzu's keep them raw")
  func literals() {
    let output = OutputWriter(inMemory: "x")
    let neo4j = CypherWriter(output: output, dialect: .neo4j, attributes: [])
    #expect(neo4j.literal("a'b\\c\nd\u{1}") == "'a\\'b\\\\c\\nd\\u0001'")
    let kuzu = CypherWriter(output: output, dialect: .kuzu, attributes: [])
    #expect(kuzu.literal("a'b\\c\nd") == "'a\\'b\\\\c\nd'")
  }
}
