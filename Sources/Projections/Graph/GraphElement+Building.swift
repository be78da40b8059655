extension GraphNode {
  /// A node whose attributes start with `label`, `kind` and `type`; `fill`
  /// adds the rest, in order, and gives the node's time.
  init(
    id: String, label: String, kind: String, type: String,
    _ fill: (inout GraphAttributes) -> GraphTime? = { _ in nil }
  ) {
    var data = GraphAttributes(capacity: 16)
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
    var data = GraphAttributes(capacity: 16)
    data.add("label", label)
    data.add("kind", kind)
    let time = fill(&data)
    self.init(
      id: id, source: source, target: target, label: label, attributes: data, time: time)
  }
}
