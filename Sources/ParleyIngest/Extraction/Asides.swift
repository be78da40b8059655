/// Words of a sentence that do not part a meeting from its place: the
/// meeting's day, with the word before it ("on Monday"), and how long it
/// lasted ("for more than three hours").
struct Asides {
  /// Tokens of the sentence's dates.
  let dated: Set<Int>
  /// Tokens of its durations.
  let durations: Set<Int>

  /// Whether the token at `position` is a date's, or the word before one
  /// ("on Monday").
  func isDay(_ position: Int) -> Bool { dated.contains(position) || dated.contains(position + 1) }

  /// How many of the words of `range` are asides.
  func count(in range: Range<Int>) -> Int {
    range.count { isDay($0) || durations.contains($0) }
  }
}
