import ParleyCore

/// Issues: what is negotiated.
extension RDFProjection {
  /// One issue: a `parley:Issue` with its label, description and keywords.
  func resource(_ issue: Issue) -> RDFResource {
    let iri = iris.node(issue.id)
    var node = ResourceBuilder(iri, types: ["parley:Issue"], iris: iris)
    node.text("schema:identifier", issue.id)
    node.text("schema:name", issue.label)
    node.text("schema:description", issue.description)
    node.texts("schema:keywords", issue.keywords)
    return node.resource
  }
}
