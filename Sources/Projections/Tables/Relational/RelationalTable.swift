import ParleyCore

/// A table of the dossier as a relational database: a collection of the
/// IR, or one of a record's lists.
public struct RelationalTable: Hashable, Sendable {
  /// What the table holds.
  public enum Role: Hashable, Sendable {
    /// The dossier's own fields, one row.
    case dossier
    /// One row per record of a collection, e.g. `entities`.
    case collection
    /// One row per element of a list field of a collection's records, e.g.
    /// `entity_aliases`, keyed by the owner's id and the element's place.
    case list(owner: String, field: String)
    /// One row per name of a record's free attributes.
    case attributes(owner: String)
  }

  /// The name, e.g. `positions` or `talk_parties`.
  public let name: String
  /// What it holds.
  public let role: Role
  /// The columns, in order.
  public let columns: [RelationalColumn]
  /// The columns that identify a row.
  public let primaryKey: [String]

  /// Creates a table.
  public init(name: String, role: Role, columns: [RelationalColumn], primaryKey: [String]) {
    (self.name, self.role, self.columns, self.primaryKey) = (name, role, columns, primaryKey)
  }

  /// The columns that refer to another table's `id`.
  public var references: [RelationalColumn] { columns.filter { $0.references != nil } }
}
