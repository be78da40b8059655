import ParleyCore

/// Entities: people, states, organizations, alliances, places, documents.
extension GraphWriter {
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

  /// Writes one entity with its roles (`schema:Role` nodes, `ENTITY/role/N`)
  /// and attributes (`schema:PropertyValue` nodes, `ENTITY/attribute/NAME`,
  /// sorted by name).
  func write(_ entity: Entity) throws(ParleyError) {
    let iri = iris.node(entity.id)
    try nodes.begin(iri, types: Self.types(of: entity.kind))
    try nodes.text("schema:identifier", entity.id)
    try nodes.text("parley:kind", entity.kind.rawValue)
    try nodes.text("schema:name", entity.name)
    try nodes.texts("schema:alternateName", entity.aliases)
    try nodes.record(Self.countryProperty(of: entity.kind), entity.country)
    try nodes.nested("parley:role", entity.roles) { (index: Int, role: Role) throws(ParleyError) in
      try nodes.begin(iris.part(of: iri, "role", index), types: ["schema:Role"])
      try nodes.text("schema:roleName", role.title)
      try nodes.record("parley:roleOf", role.of)
      try nodes.period(from: role.from, until: role.until)
      try nodes.end()
    }
    let names = entity.attributes.keys.sorted()
    try nodes.nested("schema:additionalProperty", names) {
      (_: Int, name: String) throws(ParleyError) in
      let node = iri + "/attribute/" + NodeIRIs.percentEncoded(name)
      try nodes.begin(node, types: ["schema:PropertyValue"])
      try nodes.text("schema:name", name)
      switch entity.attributes[name]! {
      case .string(let text): try nodes.text("schema:value", text)
      case .integer(let number): try nodes.integer("schema:value", number)
      case .number(let number): try nodes.double("schema:value", number)
      case .boolean(let flag):
        try nodes.json.key("schema:value")
        try nodes.json.bool(flag)
      }
      try nodes.end()
    }
    try writeProvenance(entity.sources, of: iri)
    try nodes.end()
  }
}
