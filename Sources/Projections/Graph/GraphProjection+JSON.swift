import ParleyCore

extension GraphProjection {
  /// Writes the graph as one JSON object: what a plugin that asks for the
  /// graph receives (docs/plugins.md). `attributes` declares every attribute
  /// with what carries it and its type; each node and edge has its id,
  /// label, attributes (lists as arrays, numbers and booleans typed) and,
  /// when dated, its time.
  package func write(to json: JSONWriter) throws(OutputError) {
    try json.beginObject()
    for (name, value) in [("id", id), ("shape", shape.rawValue)] {
      try json.key(name)
      try json.string(value)
    }
    try json.key("directed")
    try json.bool(isDirected)
    try json.key("attributes")
    try json.beginArray()
    for attribute in attributes {
      try json.beginObject()
      try json.key("name")
      try json.string(attribute.name)
      try json.key("for")
      try json.string(attribute.isForEdges ? (attribute.isForNodes ? "all" : "edge") : "node")
      try json.key("type")
      try json.string(attribute.type.rawValue)
      try json.endObject()
    }
    try json.endArray()
    try json.key("nodes")
    try json.beginArray()
    for node in nodes {
      try Self.element(json, [("id", node.id), ("label", node.label)], node.attributes, node.time)
    }
    try json.endArray()
    try json.key("edges")
    try json.beginArray()
    for edge in edges {
      try Self.element(
        json,
        [("id", edge.id), ("source", edge.source), ("target", edge.target), ("label", edge.label)],
        edge.attributes, edge.time)
    }
    try json.endArray()
    try json.endObject()
  }

  private static func element(
    _ json: JSONWriter, _ identity: [(String, String)], _ attributes: GraphAttributes,
    _ time: GraphTime?
  ) throws(OutputError) {
    try json.beginObject()
    for (name, value) in identity {
      try json.key(name)
      try json.string(value)
    }
    try json.key("attributes")
    try json.beginObject()
    try attributes.write(to: json)
    try json.endObject()
    if let time {
      try json.key("time")
      try json.beginObject()
      if let start = time.start {
        try json.key("start")
        try json.string(start.description)
      }
      if let end = time.end {
        try json.key("end")
        try json.string(end.description)
      }
      try json.key("precision")
      try json.string(time.precision.description)
      if let edtf = time.edtf {
        try json.key("edtf")
        try json.string(edtf)
      }
      if let qualifier = time.qualifier {
        try json.key("qualifier")
        try json.string(String(qualifier.rawValue))
      }
      try json.endObject()
    }
    try json.endObject()
  }
}
