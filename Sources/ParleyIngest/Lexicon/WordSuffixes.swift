/// A word list of endings ("-ed", "-ly"), matched on a word's end.
struct WordSuffixes: Sendable {
  /// The endings, lower case, without a hyphen.
  let suffixes: [String]

  init(_ entries: [String]) {
    suffixes = entries.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 }.filter {
      !$0.isEmpty
    }
  }

  /// Whether `word` ends with one of the endings.
  func matches(_ word: some StringProtocol) -> Bool {
    suffixes.contains { word.hasSuffix($0) }
  }

  /// `word` without the longest ending it has, or `nil` when it has none
  /// or when what is left does not end in a letter ("s" alone, "leaders"
  /// in a list of endings).
  func removed(from word: String) -> String? {
    guard let suffix = suffixes.filter({ word.hasSuffix($0) }).max(by: { $0.count < $1.count })
    else { return nil }
    let stem = word.dropLast(suffix.count)
    guard stem.last?.isLetter == true else { return nil }
    return String(stem)
  }
}
