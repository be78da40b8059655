import ParleyLibYAML

extension SourceLocation {
  /// The place of a libyaml mark.
  init(_ mark: YAMLMark) { self.init(line: mark.line, column: mark.column) }
}
