import ParleyCore

/// Issues: what is negotiated.
extension RDFProjection {
  /// One issue: a `parley:Issue` with its label, description and keywords.
  func resource(_ issue: Issue) -> RDFResource {
    var node = start(issue.id, types: ["parley:Issue"])
    node.text("schema:name", issue.label)
    node.text("schema:description", issue.description)
    node.texts("schema:keywords", issue.keywords)
    return node.resource
  }
}
