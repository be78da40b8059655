/// Multi-word phrases to look up at a token position, longest match first.
///
/// Phrases are tokenized like article text, so "NATO-Russia Council" and
/// "non-starter" match however their dashes are written.
struct PhraseIndex<Value: Sendable>: Sendable {
  /// What case a lexicon word asks of the text.
  enum CaseRule: Sendable { case any, capitalized, allCaps, allCapsOrCapitalized }

  struct Entry: Sendable {
    /// Vocabulary ids of the phrase's words.
    var words: [Int32]
    /// Per word, what case the text must have.
    var cases: [CaseRule]
    var value: Value
  }

  /// Entries by the vocabulary id of their first word, longest first.
  private var entries: [[Entry]] = []

  /// When true, a lexicon word starting with a capital must start with one in
  /// the text, and an all-capitals word (US, UN) must be all capitals.
  var matchesCase: Bool

  init(matchesCase: Bool) { self.matchesCase = matchesCase }

  mutating func insert(
    _ phrase: String, _ value: Value, vocabulary: inout Vocabulary, abbreviations: Set<String>
  ) {
    let tokens = Tokenizer.tokens(of: phrase, abbreviations: abbreviations)
    guard !tokens.isEmpty else { return }
    let words = tokens.map { vocabulary.add($0.key) }
    let first = Int(words[0])
    if entries.count <= first { entries += Array(repeating: [], count: first + 1 - entries.count) }
    // After every phrase as long or longer: longest first, and of the same
    // length in the order given.
    let place = entries[first].firstIndex { $0.words.count < words.count } ?? entries[first].count
    entries[first].insert(
      Entry(words: words, cases: tokens.map { Self.caseRule($0.text) }, value: value), at: place)
  }

  /// The longest phrase starting at `tokens[index]` and ending before `limit`.
  /// The tokens' vocabulary ids must have been assigned.
  ///
  /// Asked at nearly every token: entries and tokens are read field by
  /// field in place, not copied (each copy retains their arrays and strings).
  func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
    let end = limit ?? tokens.count
    guard index < end else { return nil }
    let first = Int(tokens[index].word)
    guard first >= 0, first < entries.count else { return nil }
    let candidates = entries[first]
    outer: for candidate in candidates.indices {
      let count = candidates[candidate].words.count
      guard index + count <= end else { continue }
      for offset in 0..<count {
        let position = index + offset
        guard tokens[position].word == candidates[candidate].words[offset] else { continue outer }
        if matchesCase && !caseAgrees(tokens, position, candidates[candidate].cases[offset]) {
          continue outer
        }
        // A hyphen inside a name joins words without spaces ("NATO-Russia"); a
        // dash set off by spaces ("NATO – Russia") separates them.
        if offset > 0, tokens[position - 1].range.upperBound != tokens[position].range.lowerBound,
          tokens[position - 1].isMark("-")
        {
          continue outer
        }
      }
      return (count, candidates[candidate].value)
    }
    return nil
  }

  private func caseAgrees(_ tokens: [Token], _ position: Int, _ rule: CaseRule) -> Bool {
    switch rule {
    case .any: true
    case .capitalized: tokens[position].isCapitalized
    case .allCaps: tokens[position].isAllCaps
    // NATO also as Nato (British style), but US never as Us.
    case .allCapsOrCapitalized: tokens[position].isAllCaps || tokens[position].isCapitalized
    }
  }

  private static func caseRule(_ word: String) -> CaseRule {
    guard let first = word.unicodeScalars.first, first.isUpper else { return .any }
    // Its letters counted, and whether all are capitals, in one reading.
    var letters = 0
    var allCapitals = true
    for scalar in word.unicodeScalars where scalar.isLetter {
      letters += 1
      if !scalar.isUpper { allCapitals = false }
    }
    if letters >= 2 && allCapitals {
      return letters >= 4 ? .allCapsOrCapitalized : .allCaps
    }
    return .capitalized
  }
}
