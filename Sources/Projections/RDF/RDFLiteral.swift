/// A literal: its lexical form and datatype.
public struct RDFLiteral: Hashable, Sendable {
  /// The lexical form, e.g. `2022-01-10`.
  public var lexical: String
  /// The datatype as a compact IRI such as `xsd:date`; `nil` for a plain
  /// string (`xsd:string`).
  public var datatype: String?

  /// Creates a literal.
  public init(_ lexical: String, datatype: String? = nil) {
    self.lexical = lexical
    self.datatype = datatype
  }
}
