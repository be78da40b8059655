/// A subject under negotiation, e.g. NATO enlargement.
public struct Issue: Hashable, Sendable {
  /// Unique id in the dossier.
  public var id: String
  /// A short label.
  public var label: String
  /// What the issue covers.
  public var description: String?
  /// Words and phrases that signal the issue in text.
  public var keywords: [String]

  /// Creates an issue.
  public init(id: String, label: String, description: String? = nil, keywords: [String] = []) {
    (self.id, self.label, self.description, self.keywords) = (id, label, description, keywords)
  }
}

extension Issue: DescribedRecord {
  package static let fields: [FieldBinding<Issue>] = [
    .id(\.id), .text("label", \.label), .text("description", \.description),
    .texts("keywords", \.keywords),
  ]
  /// What an issue is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "issue", noun: "an issue", collection: "issues", fields: fields.map(\.description))
  package static var placeholder: Issue { Issue(id: "", label: "") }
}
