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
