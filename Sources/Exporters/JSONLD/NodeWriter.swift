import ParleyCore

/// Writes JSON-LD node objects, key by key, on a ``JSONWriter``: the node's
/// `@id` and `@type`, plain and typed literals, and references to other nodes.
///
/// Absent values and empty lists are left out; repeated values in a list are
/// written once (RDF has no duplicate triples), in the order first seen.
struct NodeWriter {
  /// Where the JSON goes.
  let json: JSONWriter
  /// Mints node IRIs from record ids.
  let iris: NodeIRIs

  /// Opens a node object with its IRI and one or more types.
  func begin(_ iri: String, types: [String]) throws(ParleyError) {
    try json.beginObject()
    try json.key("@id")
    try json.string(iri)
    try json.key("@type")
    if types.count == 1 {
      try json.string(types[0])
    } else {
      try json.beginArray()
      for type in types { try json.string(type) }
      try json.endArray()
    }
  }

  /// Closes the node object.
  func end() throws(ParleyError) { try json.endObject() }

  /// A plain string literal.
  func text(_ key: String, _ value: String?) throws(ParleyError) {
    guard let value else { return }
    try json.key(key)
    try json.string(value)
  }

  /// Plain string literals, one triple each, always as an array.
  func texts(_ key: String, _ values: [String]) throws(ParleyError) {
    let values = Self.unique(values)
    guard !values.isEmpty else { return }
    try json.key(key)
    try json.beginArray()
    for value in values { try json.string(value) }
    try json.endArray()
  }

  /// A literal with a datatype, e.g. `{"@value": "2022-01", "@type": "xsd:gYearMonth"}`.
  func typed(_ key: String, _ lexical: String, _ datatype: String) throws(ParleyError) {
    try json.key(key)
    try json.beginObject()
    try json.key("@value")
    try json.string(lexical)
    try json.key("@type")
    try json.string(datatype)
    try json.endObject()
  }

  /// A whole number (`xsd:integer`).
  func integer(_ key: String, _ value: Int?) throws(ParleyError) {
    guard let value else { return }
    try json.key(key)
    try json.number(value)
  }

  /// A real number, as an explicitly typed `xsd:double` literal: JSON-LD
  /// processors disagree on the datatype of a native JSON number such as
  /// `1.0` (pyld reads `xsd:integer`, rdflib `xsd:double`).
  func double(_ key: String, _ value: Double?) throws(ParleyError) {
    guard let value else { return }
    try typed(key, Self.doubleLexical(value), "xsd:double")
  }

  /// The `xsd:double` lexical form of `value`: its shortest round-tripping
  /// decimal form, or `INF`, `-INF`, `NaN`.
  static func doubleLexical(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-INF" : "INF" }
    return value.description
  }

  /// A reference to the node with IRI `iri`.
  func reference(_ key: String, _ iri: String?) throws(ParleyError) {
    guard let iri else { return }
    try json.key(key)
    try writeReference(iri)
  }

  /// References to several nodes, always as an array.
  func references(_ key: String, _ iris: [String]) throws(ParleyError) {
    let iris = Self.unique(iris)
    guard !iris.isEmpty else { return }
    try json.key(key)
    try json.beginArray()
    for iri in iris { try writeReference(iri) }
    try json.endArray()
  }

  /// A reference to the record with id `id`.
  func record(_ key: String, _ id: String?) throws(ParleyError) {
    try reference(key, id.map(iris.node))
  }

  /// References to the records with these ids.
  func records(_ key: String, _ ids: [String]) throws(ParleyError) {
    try references(key, ids.map(iris.node))
  }

  /// Writes a list of nested nodes under `key`, one per element, or nothing
  /// for an empty list.
  func nested<T>(
    _ key: String, _ values: [T], _ write: (Int, T) throws(ParleyError) -> Void
  ) throws(ParleyError) {
    guard !values.isEmpty else { return }
    try json.key(key)
    try json.beginArray()
    for (offset, value) in values.enumerated() { try write(offset + 1, value) }
    try json.endArray()
  }

  private func writeReference(_ iri: String) throws(ParleyError) {
    try json.beginObject()
    try json.key("@id")
    try json.string(iri)
    try json.endObject()
  }

  /// `values` without repeats, in the order first seen.
  static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
