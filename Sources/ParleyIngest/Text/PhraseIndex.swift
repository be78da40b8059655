/// Multi-word phrases to look up at a token position, longest match first.
///
/// Phrases are tokenized like article text, so "NATO-Russia Council" and
/// "non-starter" match however their dashes are written.
struct PhraseIndex<Value: Sendable>: Sendable {
  /// What case a lexicon word asks of the text.
  enum CaseRule: Sendable { case any, capitalized, allCaps, allCapsOrCapitalized }

  struct Entry: Sendable {
    var keys: [String]
    /// Per word, what case the text must have.
    var cases: [CaseRule]
    var value: Value
  }

  private var entries: [String: [Entry]] = [:]

  /// When true, a lexicon word starting with a capital must start with one in
  /// the text, and an all-capitals word (US, UN) must be all capitals.
  var matchesCase: Bool

  init(matchesCase: Bool) { self.matchesCase = matchesCase }

  mutating func insert(_ phrase: String, _ value: Value) {
    let scalars = Array(phrase.unicodeScalars)
    let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
    guard let first = tokens.first else { return }
    entries[first.key, default: []].append(
      Entry(keys: tokens.map(\.key), cases: tokens.map { Self.caseRule($0.text) }, value: value))
    entries[first.key]!.sort { $0.keys.count > $1.keys.count }
  }

  /// The longest phrase starting at `tokens[index]` and ending before `limit`.
  func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
    let end = limit ?? tokens.count
    guard index < end, let candidates = entries[tokens[index].key] else { return nil }
    outer: for entry in candidates {
      guard index + entry.keys.count <= end else { continue }
      for (offset, key) in entry.keys.enumerated() {
        let token = tokens[index + offset]
        guard token.key == key else { continue outer }
        if matchesCase && !caseAgrees(token, entry.cases[offset]) { continue outer }
        // A phrase does not run across a space-less join it did not have: "US" in "USD".
        if offset > 0, tokens[index + offset - 1].range.upperBound != token.range.lowerBound,
          entry.keys[offset - 1] == "-"
        {
          continue outer
        }
      }
      return (entry.keys.count, entry.value)
    }
    return nil
  }

  private func caseAgrees(_ token: Token, _ rule: CaseRule) -> Bool {
    switch rule {
    case .any: true
    case .capitalized: token.isCapitalized
    case .allCaps: token.isAllCaps
    // NATO also as Nato (British style), but US never as Us.
    case .allCapsOrCapitalized: token.isAllCaps || token.isCapitalized
    }
  }

  private static func caseRule(_ word: String) -> CaseRule {
    guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return .any }
    let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
    if letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) {
      return letters.count >= 4 ? .allCapsOrCapitalized : .allCaps
    }
    return .capitalized
  }
}
