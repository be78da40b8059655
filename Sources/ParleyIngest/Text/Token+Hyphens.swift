extension Array where Element == Token {
  /// Whether the token at `index` is a hyphen set between its neighbours
  /// without spaces, joining them into one word ("Jae-in", "al-Assad",
  /// "Al-Awsat"); a dash set off by spaces separates them.
  func isJoiningHyphen(at index: Int) -> Bool {
    index > 0 && index + 1 < count && self[index].isMark("-")
      && self[index].range.lowerBound == self[index - 1].range.upperBound
      && self[index + 1].range.lowerBound == self[index].range.upperBound
  }
}
