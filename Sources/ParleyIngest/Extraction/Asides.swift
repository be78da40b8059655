/// Words of a sentence that do not part a meeting from its place: the
/// meeting's day, with the word before it ("on Monday"), and how long it
/// lasted ("for more than three hours").
struct Asides {
  /// Tokens of the sentence's dates.
  let dated: Set<Int>
  /// Tokens of its durations.
  let durations: Set<Int>

  /// How many of the words of `range` are asides.
  func count(in range: Range<Int>) -> Int {
    range.count { dated.contains($0) || dated.contains($0 + 1) || durations.contains($0) }
  }
}
