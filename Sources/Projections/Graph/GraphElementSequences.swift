import ParleyCore

/// The nodes of a ``GraphProjection``, made one record at a time.
public struct GraphNodes: Sequence, Sendable {
  let projection: GraphProjection

  /// Starts at the first node.
  public func makeIterator() -> Iterator {
    let stages: [ElementStage<GraphNode>]
    switch projection.shape {
    case .full: stages = FullGraph(projection).nodeStages()
    case .actors: stages = ActorGraph(dossier: projection.dossier).nodeStages()
    case .stances: stages = StanceGraph(dossier: projection.dossier).nodeStages()
    }
    return Iterator(stages: ElementStages(stages))
  }

  /// Yields the nodes.
  public struct Iterator: IteratorProtocol {
    var stages: ElementStages<GraphNode>
    /// The next node, or `nil` at the end.
    public mutating func next() -> GraphNode? { stages.next() }
  }
}

/// The edges of a ``GraphProjection``, made one record at a time.
public struct GraphEdges: Sequence, Sendable {
  let projection: GraphProjection

  /// Starts at the first edge.
  public func makeIterator() -> Iterator {
    let ids = EdgeIDs()
    let stages: [ElementStage<GraphEdge>]
    switch projection.shape {
    case .full: stages = FullGraph(projection).edgeStages(ids)
    case .actors: stages = ActorGraph(dossier: projection.dossier).edgeStages(ids)
    case .stances: stages = StanceGraph(dossier: projection.dossier).edgeStages(ids)
    }
    return Iterator(stages: ElementStages(stages))
  }

  /// Yields the edges.
  public struct Iterator: IteratorProtocol {
    var stages: ElementStages<GraphEdge>
    /// The next edge, or `nil` at the end.
    public mutating func next() -> GraphEdge? { stages.next() }
  }
}
