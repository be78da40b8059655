import ParleyCore

/// The vocabularies the graph uses and the inline `@context` that declares
/// their prefixes. Terms are written as compact IRIs (`schema:name`,
/// `prov:wasDerivedFrom`, `parley:stance`), so the context needs nothing but
/// the prefixes and no remote context is ever fetched.
enum Vocabulary {
  /// Prefix → namespace IRI, in the order the context lists them.
  static let prefixes: [(prefix: String, namespace: String)] = [
    ("schema", "https://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("parley", "https://w3id.org/parley/vocab#"),
  ]

  /// Writes the `@context` object: JSON-LD 1.1 and the prefixes.
  static func writeContext(to json: JSONWriter) throws(ParleyError) {
    try json.beginObject()
    try json.key("@version")
    try json.number(1.1)
    for (prefix, namespace) in prefixes {
      try json.key(prefix)
      try json.string(namespace)
    }
    try json.endObject()
  }

  /// The XML Schema datatype of a plain calendar value of this precision:
  /// `xsd:gYear`, `xsd:gYearMonth`, `xsd:date` or `xsd:dateTime`.
  static func datatype(for precision: Precision) -> String? {
    switch precision {
    case .year: "xsd:gYear"
    case .month: "xsd:gYearMonth"
    case .day: "xsd:date"
    case .time: "xsd:dateTime"
    case .century, .decade, .season: nil
    }
  }

  /// The Parley individual for a stance, e.g. `parley:demands`.
  static func stance(_ stance: Stance) -> String { "parley:" + stance.rawValue }
}
