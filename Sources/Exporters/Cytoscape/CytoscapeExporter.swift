import ParleyCore
import ParleyGraph

/// The `cyjs` format: the graph projection as Cytoscape.js JSON, the form
/// Cytoscape desktop imports and `cy.json()` loads:
/// `{"elements": {"nodes": [{"data": {…}}], "edges": [{"data": {…}}]}}`.
///
/// Each node's `data` has `id`, `name` (its label) and `value` (its id
/// again, which networkx's `cytoscape_graph` keys nodes by), then its
/// attributes; each edge's has `id`, `source`, `target` and `key` (its id,
/// so parallel edges stay apart in a multigraph), then its attributes.
/// Lists are JSON arrays and numbers and booleans keep their types.
package struct CytoscapeExporter: GraphFormat {
  /// `cyjs`, with `--graph`, `--with` and `--compact`.
  package let format = FormatDescriptor(
    id: "cyjs", aliases: ["cytoscape"], name: "Cytoscape.js JSON", mediaType: "application/json",
    fileExtension: "cyjs",
    summary: "The graph as Cytoscape.js elements, for Cytoscape desktop and Cytoscape.js.",
    options: GraphProjection.formatOptions + [
      .compact
    ])

  /// Creates the exporter.
  package init() {}

  /// Writes the graph as one JSON object, element by element.
  package func write(_ graph: GraphProjection, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let json = JSONWriter(output: output, pretty: !options.flag("compact"))
    try json.beginObject()
    try json.key("data")
    try json.beginObject()
    try field(json, "id", graph.id)
    try field(json, "name", graph.dossier.title)
    try json.endObject()
    try json.key("directed")
    try json.bool(graph.isDirected)
    try json.key("multigraph")
    try json.bool(true)
    try json.key("elements")
    try json.beginObject()
    try array(json, "nodes", graph.nodes, attributes: \.attributes) {
      [("id", $0.id), ("name", $0.label), ("value", $0.id)]
    }
    try array(json, "edges", graph.edges, attributes: \.attributes) {
      [("id", $0.id), ("source", $0.source), ("target", $0.target), ("key", $0.id)]
    }
    try json.endObject()
    try json.endObject()
    try output.write("\n")
  }

  /// `"key": [{"data": {…}}, …]`: each element's identifying members, then
  /// its attributes.
  private func array<Elements: Sequence>(
    _ json: JSONWriter, _ key: String, _ elements: Elements,
    attributes: (Elements.Element) -> GraphAttributes,
    identity: (Elements.Element) -> [(String, String)]
  ) throws(OutputError) {
    try json.key(key)
    try json.beginArray()
    for element in elements {
      try json.beginObject()
      try json.key("data")
      try json.beginObject()
      for (name, value) in identity(element) { try field(json, name, value) }
      try attributes(element).write(to: json)
      try json.endObject()
      try json.endObject()
    }
    try json.endArray()
  }

  private func field(_ json: JSONWriter, _ name: String, _ value: String) throws(OutputError) {
    try json.key(name)
    try json.string(value)
  }
}
