extension GraphValue {
  /// The text, when the value is one; what formats that style by kind or
  /// stance read.
  package var text: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}
