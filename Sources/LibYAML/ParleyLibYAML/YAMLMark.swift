/// Where an event or a problem is in the text, as libyaml counts: lines and
/// columns from 1, columns in characters (Unicode scalars).
package struct YAMLMark: Sendable, Equatable {
  /// The line, from 1.
  package let line: Int
  /// The column, from 1, in characters.
  package let column: Int

  /// The text's first character.
  package static let start = YAMLMark(line: 1, column: 1)
}
