/// Builds one ``RDFResource`` property by property: plain and typed
/// literals, references to other nodes, and nested resources.
///
/// Absent values and empty lists are left out; repeated values in a list are
/// kept once (RDF has no duplicate triples), in the order first seen.
struct ResourceBuilder {
  /// Mints node IRIs from record ids.
  let iris: NodeIRIs
  /// What has been built so far.
  private(set) var resource: RDFResource

  /// Starts a resource with its IRI and types.
  init(_ iri: String, types: [String], iris: NodeIRIs) {
    self.iris = iris
    resource = RDFResource(iri: iri, types: types)
    resource.properties.reserveCapacity(16)
  }

  /// The resource's IRI.
  var iri: String { resource.iri }

  private mutating func add(_ predicate: String, _ values: [RDFObject], list: Bool) {
    resource.properties.append(RDFProperty(predicate: predicate, values: values, isList: list))
  }

  /// A plain string literal.
  mutating func text(_ predicate: String, _ value: String?) {
    guard let value else { return }
    add(predicate, [.literal(RDFLiteral(value))], list: false)
  }

  /// Plain string literals, one triple each.
  mutating func texts(_ predicate: String, _ values: [String]) {
    let values = values.uniqued()
    guard !values.isEmpty else { return }
    add(predicate, values.map { .literal(RDFLiteral($0)) }, list: true)
  }

  /// A literal with a datatype, e.g. `"2022-01"^^xsd:gYearMonth`.
  mutating func typed(_ predicate: String, _ lexical: String, _ datatype: String) {
    add(predicate, [.literal(RDFLiteral(lexical, datatype: datatype))], list: false)
  }

  /// A whole number (`xsd:integer`).
  mutating func integer(_ predicate: String, _ value: Int?) {
    guard let value else { return }
    typed(predicate, String(value), "xsd:integer")
  }

  /// A real number (`xsd:double`).
  mutating func double(_ predicate: String, _ value: Double?) {
    guard let value else { return }
    typed(predicate, Self.doubleLexical(value), "xsd:double")
  }

  /// True or false (`xsd:boolean`).
  mutating func boolean(_ predicate: String, _ value: Bool) {
    typed(predicate, value ? "true" : "false", "xsd:boolean")
  }

  /// The `xsd:double` lexical form of `value`: its shortest round-tripping
  /// decimal form, or `INF`, `-INF`, `NaN`.
  static func doubleLexical(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-INF" : "INF" }
    return value.description
  }

  /// A reference to the node with IRI `iri`.
  mutating func reference(_ predicate: String, _ iri: String?) {
    guard let iri else { return }
    add(predicate, [.iri(iri)], list: false)
  }

  /// References to several nodes.
  mutating func references(_ predicate: String, _ iris: [String]) {
    let iris = iris.uniqued()
    guard !iris.isEmpty else { return }
    add(predicate, iris.map { .iri($0) }, list: true)
  }

  /// A reference to the record with id `id`.
  mutating func record(_ predicate: String, _ id: String?) {
    reference(predicate, id.map(iris.node))
  }

  /// References to the records with these ids.
  mutating func records(_ predicate: String, _ ids: [String]) {
    references(predicate, ids.map(iris.node))
  }

  /// One nested resource.
  mutating func nested(_ predicate: String, _ resource: RDFResource) {
    add(predicate, [.resource(resource)], list: false)
  }

  /// A list of nested resources, one per element of `values`, each made by
  /// `make` from its position (from 1) and the element; nothing for an
  /// empty list.
  mutating func nested<T>(
    _ predicate: String, _ values: [T], _ make: (Int, T) -> RDFResource
  ) {
    guard !values.isEmpty else { return }
    add(
      predicate, values.enumerated().map { .resource(make($0.offset + 1, $0.element)) },
      list: true)
  }

  /// A builder for a part of a record, nested in it.
  static func part(_ iris: NodeIRIs, _ iri: String, types: [String]) -> ResourceBuilder {
    ResourceBuilder(iri, types: types, iris: iris)
  }
}
