/// One event of a YAML stream, as libyaml's parser produces it, with its
/// strings already copied out of libyaml's memory.
package enum YAMLEvent: Sendable {
  /// The stream begins.
  case streamStart
  /// The stream ends: no event follows.
  case streamEnd
  /// A document begins.
  case documentStart(YAMLMark)
  /// A document ends.
  case documentEnd
  /// `*anchor`: the node last marked `&anchor`.
  case alias(anchor: String, YAMLMark)
  /// A scalar.
  case scalar(YAMLScalar)
  /// A sequence begins; its items follow until ``sequenceEnd``.
  case sequenceStart(YAMLNodeHeader)
  /// The sequence last begun ends.
  case sequenceEnd
  /// A mapping begins; keys and values follow in turn until ``mappingEnd``.
  case mappingStart(YAMLNodeHeader)
  /// The mapping last begun ends.
  case mappingEnd
}

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

/// A scalar: its text and how it was written.
package struct YAMLScalar: Sendable {
  /// The text, with escapes and line folding resolved.
  package let value: String
  /// Whether it was written without quotes or block indicators, so that its
  /// type (string, number, boolean, null) depends on how it is read.
  package let isPlain: Bool
  /// The scalar's anchor, tag and place.
  package let header: YAMLNodeHeader
}
