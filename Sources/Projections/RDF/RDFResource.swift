/// One node of the RDF graph with everything said about it: its IRI, its
/// types and its properties, in a fixed order. The parts of a record that
/// have IRIs of their own (a role, a provenance entry) are nested resources,
/// as JSON-LD writes them; ``forEachTriple(_:)`` flattens them.
public struct RDFResource: Hashable, Sendable {
  /// The node's IRI.
  public var iri: String
  /// Its types, as compact IRIs such as `schema:Person`.
  public var types: [String]
  /// Its properties, in order.
  public var properties: [RDFProperty]

  /// Creates a resource.
  public init(iri: String, types: [String], properties: [RDFProperty] = []) {
    (self.iri, self.types, self.properties) = (iri, types, properties)
  }

  /// Calls `body` with every triple of the resource and of the resources
  /// nested in it: the types (`rdf:type`) first, then each property's values.
  public func forEachTriple(_ body: (RDFTriple) throws -> Void) rethrows {
    for type in types {
      try body(RDFTriple(subject: iri, predicate: RDFVocabulary.type, object: .iri(type)))
    }
    for property in properties {
      for value in property.values {
        switch value {
        case .iri(let object):
          try body(RDFTriple(subject: iri, predicate: property.predicate, object: .iri(object)))
        case .literal(let literal):
          try body(
            RDFTriple(subject: iri, predicate: property.predicate, object: .literal(literal)))
        case .resource(let nested):
          try body(
            RDFTriple(subject: iri, predicate: property.predicate, object: .iri(nested.iri)))
          try nested.forEachTriple(body)
        }
      }
    }
  }
}

/// A property of a resource and its values.
public struct RDFProperty: Hashable, Sendable {
  /// The predicate, as a compact IRI such as `schema:name`.
  public var predicate: String
  /// The values, each once, in order.
  public var values: [RDFObject]
  /// Whether the property is a list in the IR (aliases, parties …), so
  /// JSON-LD writes an array even for one value.
  public var isList: Bool

  /// Creates a property.
  public init(predicate: String, values: [RDFObject], isList: Bool) {
    (self.predicate, self.values, self.isList) = (predicate, values, isList)
  }
}

/// The value of a property: another node, a literal, or a nested resource.
public enum RDFObject: Hashable, Sendable {
  /// A node, by its IRI (absolute, or a compact IRI such as `parley:demands`).
  case iri(String)
  /// A literal.
  case literal(RDFLiteral)
  /// A node described inline: a part of the record with an IRI of its own.
  indirect case resource(RDFResource)
}
