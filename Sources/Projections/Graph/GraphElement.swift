import ParleyCore

/// A node of a graph projection.
public struct GraphNode: Hashable, Sendable {
  /// The node's id: the IR id of the record it stands for.
  public var id: String
  /// A short human-readable name.
  public var label: String
  /// The attributes, in a fixed order; every node has `label`, `kind` and
  /// `type`.
  public var attributes: GraphAttributes
  /// When the record happened or held, if it is dated.
  public var time: GraphTime?
}

/// An edge of a graph projection.
public struct GraphEdge: Hashable, Sendable {
  /// The edge's id, unique among the edges: a record's own id for the edge
  /// that stands for a position or a relation, else derived from ids.
  public var id: String
  /// The id of the node it starts at.
  public var source: String
  /// The id of the node it ends at.
  public var target: String
  /// A short human-readable name.
  public var label: String
  /// The attributes, in a fixed order; every edge has `label` and `kind`.
  public var attributes: GraphAttributes
  /// When the tie held, if it is dated.
  public var time: GraphTime?
}
