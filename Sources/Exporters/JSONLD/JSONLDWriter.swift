import ParleyCore
import ParleyRDF

/// Writes the RDF projection as one JSON-LD 1.1 document: the inline
/// `@context`, then a `@graph` with one node object per resource, as the
/// projection makes them; nothing is accumulated.
///
/// A literal is a JSON string when it is a plain string, a JSON number when
/// it is an `xsd:integer`, a JSON boolean when it is an `xsd:boolean`, and
/// a value object with `@value` and `@type` otherwise. A property that is a
/// list in the IR is always an array; a nested resource is written inline.
struct JSONLDWriter {
  let json: JSONWriter

  /// Writes the whole document.
  func write(_ projection: RDFProjection) throws(OutputError) {
    try json.beginObject()
    try json.key("@context")
    try writeContext()
    try json.key("@graph")
    try json.beginArray()
    for resource in projection.resources { try write(resource) }
    try json.endArray()
    try json.endObject()
  }

  /// The `@context` object: JSON-LD 1.1 and the prefixes, nothing remote.
  private func writeContext() throws(OutputError) {
    try json.beginObject()
    try json.key("@version")
    try json.number(1.1)
    for (prefix, namespace) in RDFVocabulary.prefixes {
      try json.key(prefix)
      try json.string(namespace)
    }
    try json.endObject()
  }

  private func write(_ resource: RDFResource) throws(OutputError) {
    try json.beginObject()
    try json.key("@id")
    try json.string(resource.iri)
    try json.key("@type")
    if resource.types.count == 1 {
      try json.string(resource.types[0])
    } else {
      try json.beginArray()
      for type in resource.types { try json.string(type) }
      try json.endArray()
    }
    for property in resource.properties {
      try json.key(property.predicate)
      if property.isList {
        try json.beginArray()
        for value in property.values { try write(value) }
        try json.endArray()
      } else {
        for value in property.values { try write(value) }
      }
    }
    try json.endObject()
  }

  private func write(_ value: RDFObject) throws(OutputError) {
    switch value {
    case .iri(let iri):
      try json.beginObject()
      try json.key("@id")
      try json.string(iri)
      try json.endObject()
    case .literal(let literal):
      try write(literal)
    case .resource(let nested):
      try write(nested)
    }
  }

  private func write(_ literal: RDFLiteral) throws(OutputError) {
    switch literal.datatype {
    case nil:
      try json.string(literal.lexical)
    case "xsd:integer"?:
      try json.number(Int(literal.lexical)!)
    case "xsd:boolean"?:
      try json.bool(literal.lexical == "true")
    case let datatype?:
      try json.beginObject()
      try json.key("@value")
      try json.string(literal.lexical)
      try json.key("@type")
      try json.string(datatype)
      try json.endObject()
    }
  }
}
