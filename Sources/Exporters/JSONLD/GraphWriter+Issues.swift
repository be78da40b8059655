import ParleyCore

/// Issues: what is negotiated.
extension GraphWriter {
  /// Writes one issue: a `parley:Issue` with its label, description and keywords.
  func write(_ issue: Issue) throws(ParleyError) {
    try nodes.begin(iris.node(issue.id), types: ["parley:Issue"])
    try nodes.text("schema:identifier", issue.id)
    try nodes.text("schema:name", issue.label)
    try nodes.text("schema:description", issue.description)
    try nodes.texts("schema:keywords", issue.keywords)
    try nodes.end()
  }
}
