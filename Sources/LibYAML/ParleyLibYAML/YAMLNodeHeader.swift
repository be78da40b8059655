/// What a node says about itself before its content: its anchor, its tag
/// and where it starts.
package struct YAMLNodeHeader: Sendable {
  /// The `&anchor` the node is marked with, if any.
  package let anchor: String?
  /// The node's explicit tag, resolved to its full form (`!!str` is
  /// `tag:yaml.org,2002:str`), if it has one.
  package let tag: String?
  /// Where the node starts.
  package let mark: YAMLMark
}
