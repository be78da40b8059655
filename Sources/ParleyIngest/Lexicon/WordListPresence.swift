/// Which word lists the words of some tokens (a paragraph's) are in: the
/// union of their rows of the lists' table. Whether a list occurs among
/// them is then one read, so that a rule looking for its words can pass
/// over a paragraph that has none.
struct WordListPresence: Sendable {
  /// A bit per list, laid out as a row of ``WordSets``' table: set when a
  /// token's word is in the list.
  let bits: [UInt64]
  /// Some token's word was never looked up (text read without a
  /// vocabulary): any list may occur.
  let unassigned: Bool
}
