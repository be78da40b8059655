/// One triple, with its object a node or a literal.
public struct RDFTriple: Hashable, Sendable {
  /// The object of a triple.
  public enum Object: Hashable, Sendable {
    /// A node.
    case iri(String)
    /// A literal.
    case literal(RDFLiteral)
  }

  /// The subject's IRI.
  public var subject: String
  /// The predicate, as a compact IRI.
  public var predicate: String
  /// The object.
  public var object: Object
}
