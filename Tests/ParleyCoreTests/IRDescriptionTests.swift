import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// The IR's description itself, and the JSON Schema checked against it.
@Suite("IR description")
struct IRDescriptionTests {
  @Test("the eight collections, in the IR's order")
  func collections() {
    #expect(
      IRDescription.collectionNames == [
        "sources", "entities", "issues", "talks", "positions", "statements", "events",
        "relations",
      ])
    let dossierLists = IRDescription.dossier.fields.compactMap { field -> String? in
      if case .records = field.type { return field.name }
      return nil
    }
    #expect(dossierLists == IRDescription.collectionNames)
  }

  @Test("every kind's first field is its required key; collections are keyed by id")
  func keys() {
    for kind in IRDescription.allKinds where kind.name != "dossier" {
      #expect(kind.key.isRequired, "\(kind.name)")
      if kind.collection != nil { #expect(kind.key.name == "id" && kind.key.type == .identifier) }
    }
  }

  @Test("references point into collections that exist, and date orders name date fields")
  func referencesAndDates() {
    for kind in IRDescription.allKinds {
      for field in kind.fields {
        if let target = field.referenceTarget {
          #expect(IRDescription.collectionNames.contains(target.collection))
        }
      }
      if let order = kind.dateOrder {
        #expect(kind.field(named: order.earlier)?.type == .date)
        #expect(kind.field(named: order.later)?.type == .date)
      }
    }
  }

  /// The schema's definitions, by name, as syntax trees (which keep key order).
  static func definitions() throws -> [String: SyntaxNode] {
    let schema = try SyntaxNode(json: Data(IRSchema.json.utf8), file: "schema")
    guard case .object(let top) = schema.value,
      case .object(let defs)? = top.first(where: { $0.key == "$defs" })?.value.value
    else { return [:] }
    var result = Dictionary(uniqueKeysWithValues: defs.map { ($0.key, $0.value) })
    result["Dossier"] = schema
    return result
  }

  static func member(_ node: SyntaxNode, _ key: String) -> SyntaxNode? {
    guard case .object(let entries) = node.value else { return nil }
    return entries.first { $0.key == key }?.value
  }

  static func strings(_ node: SyntaxNode?) -> [String] {
    guard case .array(let elements)? = node?.value else { return [] }
    return elements.compactMap { if case .string(let text) = $0.value { text } else { nil } }
  }

  static func text(_ node: SyntaxNode?) -> String? {
    if case .string(let text)? = node?.value { return text }
    return nil
  }

  /// What the schema says a property holds, in the description's terms.
  static func schemaType(_ property: SyntaxNode, _ definitions: [String: SyntaxNode]) -> String {
    if let reference = text(member(property, "$ref")) {
      let name = String(reference.split(separator: "/").last!)
      if let choices = member(definitions[name] ?? property, "enum") {
        return "choice " + strings(choices).joined(separator: ",")
      }
      return name
    }
    if let choices = member(property, "enum") {
      return "choice " + strings(choices).joined(separator: ",")
    }
    let type = text(member(property, "type")) ?? "?"
    if type == "array", let items = member(property, "items") {
      return "array of " + schemaType(items, definitions)
    }
    return type
  }

  /// What the description says a field holds, in the schema's terms.
  static func expectedType(_ field: FieldDescription) -> String {
    switch field.type {
    case .identifier, .reference: "Id"
    case .references: "array of Id"
    case .text: "string"
    case .texts: "array of string"
    case .choice(let choices): "choice " + choices.joined(separator: ",")
    case .date: "EDTF"
    case .duration: "Duration"
    case .number: "number"
    case .span: "array of integer"
    case .attributes: "object"
    case .records(let nested):
      "array of " + nested.name.prefix(1).uppercased() + nested.name.dropFirst()
    }
  }

  @Test("the JSON Schema has every field of every kind, in order, with its type and required list")
  func jsonSchemaAgrees() throws {
    let definitions = try Self.definitions()
    for kind in IRDescription.allKinds {
      let name = kind.name.prefix(1).uppercased() + kind.name.dropFirst()
      let definition = try #require(definitions[name], "no $defs entry \(name)")
      guard case .object(let properties)? = Self.member(definition, "properties")?.value else {
        Issue.record("\(name) has no properties")
        continue
      }
      #expect(properties.map(\.key) == kind.fieldNames, "\(name)")
      #expect(
        Set(Self.strings(Self.member(definition, "required")))
          == Set(kind.fields.filter(\.isRequired).map(\.name)), "\(name)")
      for (key, property) in properties {
        guard let field = kind.field(named: key) else { continue }
        let found = Self.schemaType(property, definitions)
        let expected = Self.expectedType(field)
        #expect(found == expected, "\(name).\(key)")
      }
    }
  }
}

@Suite("The field tables against the Swift types")
struct FieldTableCoverageTests {
  /// Every stored property of a record kind is in its field table: a
  /// property added to the type but not to the table would be dropped by
  /// every reader and writer while every description-driven test passed.
  func expectCovered<Record: DescribedRecord>(_ type: Record.Type) {
    let stored = Mirror(reflecting: Record.placeholder).children.compactMap(\.label)
    // The one field whose IR name is not its Swift name.
    let described = Record.recordDescription.fieldNames.map {
      Record.self == Dossier.self && $0 == "parley" ? "version" : $0
    }
    #expect(stored == described, "\(Record.self): stored \(stored), described \(described)")
  }

  @Test("each kind's stored properties are its described fields, in order")
  func storedPropertiesAreDescribed() {
    expectCovered(Dossier.self)
    expectCovered(Source.self)
    expectCovered(Entity.self)
    expectCovered(Role.self)
    expectCovered(Issue.self)
    expectCovered(Talk.self)
    expectCovered(Participant.self)
    expectCovered(Position.self)
    expectCovered(Statement.self)
    expectCovered(Event.self)
    expectCovered(Relation.self)
    expectCovered(Provenance.self)
  }
}
