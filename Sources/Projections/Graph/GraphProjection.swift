import ParleyCore

/// A dossier as a graph: nodes and edges with ids, labels, typed attributes
/// and time, which every graph format serializes in its own syntax.
///
/// Three shapes are offered (``Shape``): the full graph of every tie, the
/// actors' co-participation and the holder–issue stances. Nodes and edges
/// are pulled one at a time from ``nodes`` and ``edges``: nothing builds the
/// whole graph, and iterating again gives the same elements in the same
/// order.
///
/// ```swift
/// let graph = GraphProjection(dossier, shape: .stances)
/// for node in graph.nodes { print(node.id, node.label) }
/// for edge in graph.edges { print(edge.source, "→", edge.target) }
/// ```
public struct GraphProjection: Sendable {
  /// Which graph to draw from the dossier.
  public enum Shape: String, CaseIterable, Sendable {
    /// Entities, talks and issues (and on request sources and statements)
    /// with every tie between them, directed.
    case full
    /// Undirected actor–actor co-participation in talks and events.
    case actors
    /// Bipartite holder–issue: each pair's latest stance and its history.
    case stances
  }

  /// Records that the full graph can also make nodes of.
  public struct Extras: OptionSet, Hashable, Sendable {
    /// The option's raw value.
    public let rawValue: Int
    /// Creates a set from its raw value.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Sources, with an edge from each record that cites one.
    public static let sources = Extras(rawValue: 1)
    /// Statements, between their speaker and their issues.
    public static let statements = Extras(rawValue: 2)
  }

  /// The dossier drawn.
  public let dossier: Dossier
  /// The shape.
  public let shape: Shape
  /// The extra node types of the full graph; ignored by the other shapes.
  public let extras: Extras

  /// Projects `dossier` to the graph of `shape`.
  public init(_ dossier: Dossier, shape: Shape = .full, extras: Extras = []) {
    (self.dossier, self.shape, self.extras) = (dossier, shape, extras)
  }

  /// The graph's id: the dossier's.
  public var id: String { dossier.id }

  /// Whether edges have a direction; only the actors graph has none.
  public var isDirected: Bool { shape != .actors }

  /// Every attribute a node or edge of this shape may carry, in a fixed
  /// order: formats that declare attributes up front (GraphML keys, GEXF
  /// attribute classes) declare these.
  public var attributes: [GraphAttribute] {
    switch shape {
    case .full: FullGraph.attributes
    case .actors: ActorGraph.attributes
    case .stances: StanceGraph.attributes
    }
  }

  /// The nodes, in a fixed order.
  public var nodes: GraphNodes { GraphNodes(projection: self) }

  /// The edges, in a fixed order; each edge's ends are nodes of ``nodes``.
  public var edges: GraphEdges { GraphEdges(projection: self) }
}
