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
    self.id = id
    self.label = label
    self.description = description
    self.keywords = keywords
  }
}
