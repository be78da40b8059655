import ParleyCore

/// The vocabularies of the RDF projection: schema.org wherever a term fits,
/// W3C PROV-O for provenance, XML Schema datatypes and the Parley vocabulary
/// (`https://w3id.org/parley/vocab#`, shipped as `docs/vocab/parley.ttl`).
/// Terms are compact IRIs (`schema:name`); ``expand(_:)`` gives the full IRI.
public enum RDFVocabulary {
  /// Prefix → namespace IRI, in the order contexts and headers list them.
  public static let prefixes: [(prefix: String, namespace: String)] = [
    ("schema", "https://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("parley", "https://w3id.org/parley/vocab#"),
  ]

  /// `rdf:type`, the predicate of a node's types.
  public static let type = "rdf:type"

  /// The full IRI of a compact IRI with a known prefix (or `rdf:`), else
  /// the text as it is.
  public static func expand(_ compact: String) -> String {
    guard let colon = compact.firstIndex(of: ":") else { return compact }
    let prefix = compact[..<colon]
    let local = compact[compact.index(after: colon)...]
    if prefix == "rdf" { return "http://www.w3.org/1999/02/22-rdf-syntax-ns#" + local }
    guard let namespace = prefixes.first(where: { $0.prefix == prefix })?.namespace else {
      return compact
    }
    return namespace + local
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
