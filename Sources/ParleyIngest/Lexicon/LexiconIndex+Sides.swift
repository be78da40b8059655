extension LexiconIndex {
  /// The sides at a table named by the noun at `noun` and the word before
  /// it: "both sides", "the two parties", "all sides", "the four leaders".
  /// Returns where the words start and how many sides they say ("both" is
  /// two, a number word its number; `nil` for "the sides").
  func sides(_ tokens: [Token], noun: Int, from start: Int) -> (start: Int, count: Int?)? {
    guard noun > start, words.sidesNouns.contains(tokens[noun]) else { return nil }
    let before = tokens[noun - 1]
    if let number = numberWords[before.key] { return (noun - 1, number) }
    guard words.sidesDeterminers.contains(before) else { return nil }
    return (noun - 1, words.pairWords.contains(before) ? 2 : nil)
  }
}
