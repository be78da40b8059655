import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyGraph

@Suite("Graph projection")
struct GraphProjectionTests {
  @Test("a repeated derived edge id gets a suffix, so edge ids stay unique")
  func uniqueEdgeIDs() {
    let ids = EdgeIDs()
    #expect((0..<3).map { _ in ids.derived("x") } == ["x", "x.2", "x.3"])
  }

  @Test("a reserved record id is stepped around by derived ids and kept by its record")
  func reservedEdgeIDs() {
    let ids = EdgeIDs()
    ids.reserve(["t1.venue"])
    #expect(ids.derived("t1.venue") == "t1.venue.2")
    #expect(ids.record("t1.venue") == "t1.venue")
  }

  /// A shape of the sample's graph and its counts, as networkx and igraph read them.
  struct Counts: Sendable, CustomTestStringConvertible {
    let shape: GraphProjection.Shape
    let extras: GraphProjection.Extras
    let nodes: Int
    let edges: Int
    var testDescription: String { "\(shape) \(extras.rawValue)" }
  }

  @Test(
    "each shape's edges join its nodes, edge ids are unique, and the sample's counts hold",
    arguments: [
      Counts(shape: .full, extras: [], nodes: 76, edges: 278),
      Counts(shape: .full, extras: [.sources, .statements], nodes: 155, edges: 530),
      Counts(shape: .actors, extras: [], nodes: 43, edges: 41),
      Counts(shape: .stances, extras: [], nodes: 22, edges: 36),
    ])
  func sampleCounts(_ expected: Counts) throws {
    let (nodes, edges) = (expected.nodes, expected.edges)
    let graph = GraphProjection(try sampleDossier(), shape: expected.shape, extras: expected.extras)
    let nodeIDs = graph.nodes.map(\.id)
    let edgeList = Array(graph.edges)
    #expect(nodeIDs.count == nodes)
    #expect(Set(nodeIDs).count == nodes)
    #expect(edgeList.count == edges)
    #expect(Set(edgeList.map(\.id)).count == edges)
    let known = Set(nodeIDs)
    let dangling = edgeList.filter { !known.contains($0.source) || !known.contains($0.target) }
    #expect(dangling.isEmpty, "edges to unknown nodes: \(dangling.prefix(3).map(\.id))")
  }

  @Test("iterating twice gives the same elements in the same order")
  func repeatable() throws {
    let graph = GraphProjection(try sampleDossier(), extras: [.sources, .statements])
    #expect(Array(graph.nodes) == Array(graph.nodes))
    #expect(Array(graph.edges) == Array(graph.edges))
  }

  @Test("every attribute an element carries is declared, for its domain, with its value's type")
  func attributesDeclared() throws {
    let dossier = try sampleDossier()
    for shape in GraphProjection.Shape.allCases {
      let graph = GraphProjection(dossier, shape: shape, extras: [.sources, .statements])
      let nodeTypes = Dictionary(
        graph.attributes.filter(\.isForNodes).map { ($0.name, $0.type) },
        uniquingKeysWith: { a, _ in a })
      let edgeTypes = Dictionary(
        graph.attributes.filter(\.isForEdges).map { ($0.name, $0.type) },
        uniquingKeysWith: { a, _ in a })
      for node in graph.nodes {
        for (name, value) in node.attributes {
          #expect(nodeTypes[name] == Self.type(of: value), "\(shape) node \(node.id).\(name)")
        }
      }
      for edge in graph.edges {
        for (name, value) in edge.attributes {
          #expect(edgeTypes[name] == Self.type(of: value), "\(shape) edge \(edge.id).\(name)")
        }
      }
    }
  }

  static func type(of value: GraphValue) -> GraphAttribute.ValueType {
    switch value {
    case .string: .string
    case .strings: .strings
    case .integer: .integer
    case .double: .double
    case .boolean: .boolean
    }
  }

  @Test("dates become instants: a month is the whole month, a period runs from its first date")
  func time() throws {
    let dossier = try dossier(
      """
      parley: "1.0"
      id: d
      title: T
      entities:
        - {id: a, kind: state, name: A}
        - {id: b, kind: alliance, name: B}
      issues:
        - {id: i, label: I}
      positions:
        - {id: p, holder: a, issue: i, stance: demands, date: "2021-12?"}
      relations:
        - {id: r, kind: member-of, from: a, to: b, since: "2004", until: "2022-01-10"}
      """)
    let edges = Dictionary(
      uniqueKeysWithValues: GraphProjection(dossier).edges.map { ($0.id, $0) })
    let position = try #require(edges["p"]?.time)
    #expect(position.start == EDTFInstant(year: 2021, month: 12, day: 1))
    #expect(position.end == EDTFInstant(year: 2021, month: 12, day: 31, secondOfDay: 86_399))
    #expect(position.precision == .month)
    #expect(position.qualifier == .uncertain)
    #expect(position.edtf == "2021-12?")
    let relation = try #require(edges["r"]?.time)
    #expect(relation.start == EDTFInstant(year: 2004, month: 1, day: 1))
    #expect(relation.end == EDTFInstant(year: 2022, month: 1, day: 10, secondOfDay: 86_399))
    #expect(relation.edtf == "2004/2022-01-10")
    #expect(GraphProjection(dossier).nodes.allSatisfy { $0.time == nil })
  }

  @Test("the with option takes sources and statements, and nothing else, on the full graph only")
  func options() throws {
    let dossier = Dossier(id: "d", title: "t")
    let graph = try GraphProjection(
      dossier, options: ExportOptions(["graph": "full", "with": "statements,sources"]))
    #expect(graph.shape == .full)
    #expect(graph.extras == [.sources, .statements])
    for shape in ["actors", "stances"] {
      #expect(
        throws: ExportOptionError(
          option: "with", value: "sources",
          problem: .needs(
            option: "graph", value: "full", because: "only adds nodes to the full graph"))
      ) {
        try GraphProjection(dossier, options: ExportOptions(["graph": shape, "with": "sources"]))
      }
    }
    #expect(
      throws: ExportOptionError(
        option: "with", value: "people",
        problem: .invalidValue(
          "not a node type the graph can add; use sources, statements or both", remedy: nil))
    ) { try GraphProjection(dossier, options: ExportOptions(["with": "people,sources"])) }
  }
}
