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
