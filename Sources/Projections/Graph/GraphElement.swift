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

extension GraphNode {
  /// A node whose attributes start with `label`, `kind` and `type`; `fill`
  /// adds the rest, in order, and gives the node's time.
  init(
    id: String, label: String, kind: String, type: String,
    _ fill: (inout GraphAttributes) -> GraphTime? = { _ in nil }
  ) {
    var data = GraphAttributes()
    data.add("label", label)
    data.add("kind", kind)
    data.add("type", type)
    let time = fill(&data)
    self.init(id: id, label: label, attributes: data, time: time)
  }
}

extension GraphEdge {
  /// An edge whose attributes start with `label` and `kind`; `fill` adds
  /// the rest, in order, and gives the edge's time.
  init(
    id: String, from source: String, to target: String, label: String, kind: String,
    _ fill: (inout GraphAttributes) -> GraphTime? = { _ in nil }
  ) {
    var data = GraphAttributes()
    data.add("label", label)
    data.add("kind", kind)
    let time = fill(&data)
    self.init(
      id: id, source: source, target: target, label: label, attributes: data, time: time)
  }
}
