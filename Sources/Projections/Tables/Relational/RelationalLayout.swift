import ParleyCore

/// The dossier as relational tables, derived from the IR's description
/// (``IRDescription``): one table per collection with the records' fields as
/// columns, and one table per list field, keyed by the owner's id and the
/// element's place.
///
/// - A field that holds one value is a column named after it; a date is four
///   (`date`, `date_start`, `date_end`, `date_precision`: the EDTF date,
///   the first and last day it can mean, and its precision), a span two
///   (`span_start`, `span_end`).
/// - A list of strings or references is a table `OWNER_FIELD`, e.g.
///   `entity_aliases (entity_id, ordinal, alias)` or
///   `talk_parties (talk_id, ordinal, entity_id)`.
/// - A list of nested records is a table of their fields, e.g.
///   `entity_roles`, `talk_participants`; provenance is `OWNER_provenance`.
/// - Free attributes are `OWNER_attributes (OWNER_id, name, value, type)`.
/// - The dossier's own fields are the one row of `dossier`.
public struct RelationalLayout: Sendable {
  /// The tables: `dossier`, then each collection's table followed by its
  /// lists' tables, in the IR's order.
  public let tables: [RelationalTable]
  /// How each record kind's fields become cells and rows.
  let plans: [String: RecordPlan]

  /// The layout of the IR of this version of Parley.
  public static let ir = RelationalLayout()

  private init() {
    var tables: [RelationalTable] = []
    var plans: [String: RecordPlan] = [:]
    var dossierColumns: [RelationalColumn] = []
    var dossierFields: [FieldPlan] = []
    for field in IRDescription.dossier.fields {
      if case .records = field.type {
        dossierFields.append(.skip)
      } else {
        dossierColumns += Self.columns(for: field)
        dossierFields.append(.cells)
      }
    }
    tables.append(
      RelationalTable(name: "dossier", role: .dossier, columns: dossierColumns, primaryKey: ["id"]))
    plans[IRDescription.dossier.name] = RecordPlan(table: 0, fields: dossierFields)
    for kind in IRDescription.collections {
      let owner = kind.name
      let ownerColumn = RelationalColumn(
        name: owner + "_id", type: .text, isRequired: true, references: kind.collection)
      let ordinal = RelationalColumn(name: "ordinal", type: .integer, isRequired: true)
      var columns: [RelationalColumn] = []
      var fields: [FieldPlan] = []
      var lists: [RelationalTable] = []
      let mainIndex = tables.count
      func list(_ name: String, _ role: RelationalTable.Role, _ extra: [RelationalColumn]) -> Int {
        lists.append(
          RelationalTable(
            name: name, role: role, columns: [ownerColumn] + extra,
            primaryKey: [ownerColumn.name, extra[0].name]))
        return mainIndex + lists.count
      }
      for field in kind.fields {
        let name = owner + "_" + field.name
        let role = RelationalTable.Role.list(owner: kind.collection!, field: field.name)
        switch field.type {
        case .texts:
          let value = RelationalColumn(
            name: Self.singular(field.name), type: .text, isRequired: true)
          fields.append(.list(list(name, role, [ordinal, value])))
        case .references(let target):
          let value = RelationalColumn(
            name: Self.singular(target.collection) + "_id", type: .text, isRequired: true,
            references: target.collection)
          fields.append(.list(list(name, role, [ordinal, value])))
        case .attributes:
          let columns = [
            RelationalColumn(name: "name", type: .text, isRequired: true),
            RelationalColumn(name: "value", type: .any, isRequired: true),
            RelationalColumn(
              name: "type", type: .text, isRequired: true,
              allowedValues: ["string", "integer", "number", "boolean"]),
          ]
          fields.append(
            .attributes(list(owner + "_attributes", .attributes(owner: kind.collection!), columns)))
        case .records(let nested):
          precondition(
            nested.fields.allSatisfy { Self.isScalar($0.type) },
            "a nested record kind with lists of its own needs a table layout: \(nested.name)")
          let tableName = nested.name == "provenance" ? owner + "_provenance" : name
          let table = list(tableName, role, [ordinal] + nested.fields.flatMap(Self.columns))
          fields.append(
            .records(RecordPlan(table: table, fields: nested.fields.map { _ in .cells })))
        default:
          columns += Self.columns(for: field)
          fields.append(.cells)
        }
      }
      tables.append(
        RelationalTable(
          name: kind.collection!, role: .collection, columns: columns, primaryKey: ["id"]))
      tables += lists
      plans[kind.name] = RecordPlan(table: mainIndex, fields: fields)
    }
    self.tables = tables
    self.plans = plans
  }

  /// The table named `name`.
  public func table(named name: String) -> RelationalTable? {
    tables.first { $0.name == name }
  }

  /// The columns a field that holds one value becomes.
  static func columns(for field: FieldDescription) -> [RelationalColumn] {
    let name = field.name
    let required = field.isRequired
    switch field.type {
    case .identifier:
      return [RelationalColumn(name: "id", type: .text, isRequired: true)]
    case .text, .duration:
      return [RelationalColumn(name: name, type: .text, isRequired: required)]
    case .choice(let values):
      return [
        RelationalColumn(name: name, type: .text, isRequired: required, allowedValues: values)
      ]
    case .reference(let target):
      return [
        RelationalColumn(
          name: name, type: .text, isRequired: required, references: target.collection)
      ]
    case .date:
      return [
        RelationalColumn(name: name, type: .text, isRequired: required),
        RelationalColumn(name: name + "_start", type: .text),
        RelationalColumn(name: name + "_end", type: .text),
        RelationalColumn(name: name + "_precision", type: .text, isRequired: required),
      ]
    case .number:
      return [RelationalColumn(name: name, type: .real, isRequired: required)]
    case .span:
      return [
        RelationalColumn(name: name + "_start", type: .integer, isRequired: required),
        RelationalColumn(name: name + "_end", type: .integer, isRequired: required),
      ]
    case .texts, .references, .attributes, .records:
      preconditionFailure("\(name) is a list, not a column")
    }
  }

  private static func isScalar(_ type: FieldType) -> Bool {
    switch type {
    case .texts, .references, .attributes, .records: false
    default: true
    }
  }

  /// `aliases` → `alias`, `entities` → `entity`, `keywords` → `keyword`.
  static func singular(_ plural: String) -> String {
    if plural.hasSuffix("ies") { return plural.dropLast(3) + "y" }
    if plural.hasSuffix("ses") { return String(plural.dropLast(2)) }
    if plural.hasSuffix("s") { return String(plural.dropLast()) }
    return plural
  }
}

/// How one record kind's fields become cells and rows.
struct RecordPlan: Sendable {
  /// The table its rows go to.
  let table: Int
  /// What each field (by its index in the description) becomes.
  let fields: [FieldPlan]
}

/// What a field becomes.
enum FieldPlan: Sendable {
  /// Cells of the record's own row.
  case cells
  /// Rows of a list table, one per element.
  case list(Int)
  /// Rows of an attributes table, one per name.
  case attributes(Int)
  /// Rows of a nested records' table, one per record.
  indirect case records(RecordPlan)
  /// Nothing (the dossier's collections, which have tables of their own).
  case skip
}
