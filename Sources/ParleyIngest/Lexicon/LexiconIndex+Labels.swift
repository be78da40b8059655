extension LexiconIndex {
  /// The label's text with each placeholder ("venue" for `{venue}`)
  /// replaced by its value, in one reading of the label: a value is never
  /// read for placeholders itself.
  func label(_ label: Lexicon.Label, _ values: KeyValuePairs<String, String> = [:]) -> String {
    let template = labels[label] ?? ""
    guard !values.isEmpty else { return template }
    var result = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      rest = rest[open...]
      if let (name, value) = values.first(where: { rest.hasPrefix("{\($0.key)}") }) {
        result += value
        rest = rest.dropFirst(name.count + 2)
      } else {
        result += "{"
        rest = rest.dropFirst()
      }
    }
    return result + rest
  }

  /// Whether a talk's name is still the one its venue gave it ("Talks in
  /// Geneva"): it reads as `talk-at-venue` does around its `{venue}`. A
  /// name the article gives may replace it.
  func isNamedByVenue(_ name: String) -> Bool {
    name.hasPrefix(venueNameAround.before) && name.hasSuffix(venueNameAround.after)
      && name.count > venueNameAround.before.count + venueNameAround.after.count
  }
}
