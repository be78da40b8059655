/// Someone's words in a paragraph: the tokens of a statement whose speaker
/// is known, found by ``StatementPass`` for the passes after it ("“We expect
/// …”": the speaker's stance).
struct Speech {
  /// The tokens of the words spoken.
  let tokens: Range<Int>
  /// The speaker's entity id.
  let speaker: String
}
