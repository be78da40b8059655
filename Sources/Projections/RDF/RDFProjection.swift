import ParleyCore

/// A dossier as linked data: one ``RDFResource`` per record, with the
/// dossier's own node first, which every RDF syntax serializes in its own
/// way (JSON-LD; N-Triples and Turtle to come).
///
/// Node IRIs are the base IRI followed by the percent-encoded record id;
/// every part of a record (a role, a provenance entry) has an IRI of its own,
/// so there are no blank nodes and a reload gives the same triples.
/// `docs/jsonld.md` documents the mapping. Resources are made one at a time
/// as ``resources`` is iterated.
public struct RDFProjection: Sendable {
  /// The dossier.
  public let dossier: Dossier
  /// Mints node IRIs.
  let iris: NodeIRIs

  /// The `base` option, for a format's descriptor.
  public static let formatOptions: [FormatOption] = [
    .value(
      "base",
      help:
        "IRI the node IRIs start with, ending in /, #, : or = (each node is BASE + its percent-encoded id).",
      defaultValue: NodeIRIs.defaultRoot + "{dossier id}/")
  ]

  /// Projects `dossier` with node IRIs under `base`, or by default under
  /// `https://w3id.org/parley/id/` and the dossier's id.
  ///
  /// - Throws: ``ExportOptionError`` (option `base`) when `base` is not an
  ///   absolute IRI that ids can be appended to.
  public init(_ dossier: Dossier, base: String? = nil) throws(ExportOptionError) {
    self.dossier = dossier
    iris = try NodeIRIs(base: base, dossierID: dossier.id)
  }

  /// Projects `dossier` as the `base` option asks.
  public init(_ dossier: Dossier, options: ExportOptions) throws(ExportOptionError) {
    try self.init(dossier, base: options.value("base"))
  }

  /// The base IRI: every node IRI starts with it, and it is the dossier's own IRI.
  public var base: String { iris.base }

  /// The IRI of the record with id `id`.
  public func iri(of id: String) -> String { iris.node(id) }

  /// The dossier's node, then each record's, collection by collection in the
  /// IR's order, each record in the order of the dossier.
  public var resources: RDFResources { RDFResources(projection: self) }

  /// A record's node: its IRI, its types and its id (`schema:identifier`).
  func start(_ id: String, types: [String]) -> ResourceBuilder {
    var node = ResourceBuilder(iris.node(id), types: types, iris: iris)
    node.text("schema:identifier", id)
    return node
  }

  /// The dossier itself, a `schema:Dataset` whose IRI is the base.
  func dossierResource() -> RDFResource {
    var node = ResourceBuilder(iris.base, types: ["schema:Dataset"], iris: iris)
    node.text("schema:identifier", dossier.id)
    node.text("schema:name", dossier.title)
    node.text("schema:description", dossier.description)
    node.text("parley:irVersion", dossier.version)
    return node.resource
  }
}
