/// What a speaker says another side must do.
extension PositionPass {
  /// The speaker who demands what the subject of one of `demand-modals` at
  /// `position` is to do, in the speaker's own words, quoted or reported:
  /// "Blinken said Russia must pull back its troops", "“Ukraine should
  /// never join NATO,” Lavrov said". The subject is a side other than the
  /// speaker (and the speaker's state); "we must", "it should" and a
  /// subject that is no side ("the talks should resume") are nobody's
  /// demand. With where the speaker's words start, for the evidence.
  func modalDemand(_ paragraph: Paragraph, _ sentence: Sentence, at position: Int) -> (
    speaker: String, start: Int
  )? {
    // (The paragraph's speech is in token order: found by halving.)
    let after = paragraph.speech.partitionPoint { $0.tokens.lowerBound > position }
    guard after > 0, case let speech = paragraph.speech[after - 1],
      speech.tokens.contains(position)
    else { return nil }
    let subjects = holders(paragraph, sentence, before: position)
    guard !subjects.isEmpty,
      subjects.allSatisfy({ speech.tokens.contains($0.tokens.lowerBound) })
    else { return nil }
    // The speaker's own side: themselves, their state, what they speak for.
    let person = builder.entity(speech.speaker)
    let own =
      Set([speech.speaker, positionHolder(speech.speaker).id])
      .union([person?.country].compactMap { $0 })
      .union(person?.roles.compactMap(\.of) ?? [])
    guard !subjects.contains(where: { own.contains($0.entity) }) else { return nil }
    return (speech.speaker, speech.tokens.lowerBound)
  }
}
