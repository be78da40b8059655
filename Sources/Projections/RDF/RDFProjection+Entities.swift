import ParleyCore

/// Entities: people, states, organizations, alliances, places, documents.
extension RDFProjection {
  /// The node types of an entity kind.
  static func types(of kind: Entity.Kind) -> [String] {
    switch kind {
    case .person: ["schema:Person"]
    case .state: ["schema:Country"]
    case .organization: ["schema:Organization"]
    case .alliance: ["schema:Organization", "parley:Alliance"]
    case .place: ["schema:Place"]
    case .document: ["schema:CreativeWork"]
    case .other: ["schema:Thing"]
    }
  }

  /// The property linking an entity to its country: `schema:nationality` for
  /// a person, `schema:containedInPlace` for a place, `parley:country` else.
  static func countryProperty(of kind: Entity.Kind) -> String {
    switch kind {
    case .person: "schema:nationality"
    case .place: "schema:containedInPlace"
    default: "parley:country"
    }
  }

  /// One entity with its roles (`schema:Role` nodes, `ENTITY/role/N`) and
  /// attributes (`schema:PropertyValue` nodes, `ENTITY/attribute/NAME`,
  /// sorted by name).
  func resource(_ entity: Entity) -> RDFResource {
    var node = start(entity.id, types: Self.types(of: entity.kind))
    let iri = node.iri
    node.text("parley:kind", entity.kind.rawValue)
    node.text("schema:name", entity.name)
    node.texts("schema:alternateName", entity.aliases)
    node.record(Self.countryProperty(of: entity.kind), entity.country)
    node.nested("parley:role", entity.roles) { index, role in
      var part = ResourceBuilder.part(
        iris, iris.part(of: iri, "role", index), types: ["schema:Role"])
      part.text("schema:roleName", role.title)
      part.record("parley:roleOf", role.of)
      part.period(from: role.from, until: role.until)
      return part.resource
    }
    node.nested("schema:additionalProperty", entity.attributes.keys.sorted()) { _, name in
      var part = ResourceBuilder.part(
        iris,
        iri + "/attribute/" + NodeIRIs.percentEncoded(name), types: ["schema:PropertyValue"])
      part.text("schema:name", name)
      switch entity.attributes[name]! {
      case .string(let text): part.text("schema:value", text)
      case .integer(let number): part.integer("schema:value", number)
      case .number(let number): part.double("schema:value", number)
      case .boolean(let flag): part.boolean("schema:value", flag)
      }
      return part.resource
    }
    addProvenance(entity.sources, to: &node)
    return node.resource
  }
}
