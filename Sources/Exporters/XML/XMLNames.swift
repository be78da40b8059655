/// The names Parley XML uses, shared by the writer and the reader so the two
/// cannot drift apart (see docs/xml.md).
enum XMLNames {
  static let namespace = "https://w3id.org/parley/xml/1.0"

  /// Collection wrapper → its record element.
  static let collections: [(collection: String, record: String)] = [
    ("sources", "source"), ("entities", "entity"), ("issues", "issue"), ("talks", "talk"),
    ("positions", "position"), ("statements", "statement"), ("events", "event"),
    ("relations", "relation"),
  ]

  /// Reference-list element (`<party ref="…"/>`) → IR field.
  static let referenceLists: [String: String] = [
    "party": "parties", "issue": "issues", "evidence": "evidence", "actor": "actors",
    "target": "targets",
  ]

  /// String-list element → IR field.
  static let stringLists: [String: String] = ["alias": "aliases", "keyword": "keywords"]

  /// Record-list element → IR field.
  static let recordLists: [String: String] = [
    "role": "roles", "participant": "participants", "provenance": "sources",
  ]
}
