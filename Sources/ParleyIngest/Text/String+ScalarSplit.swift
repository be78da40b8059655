extension String {
  /// The pieces between separators, as `split(whereSeparator:)` gives them
  /// for characters whose first scalar `isSeparator` tells, but read scalar
  /// by scalar, without forming characters; `nil` when a scalar could join
  /// its neighbour in one character (a combining mark, a joiner, Hangul
  /// jamo, a regional indicator …), where only characters give that answer.
  ///
  /// Forming characters costs a few hundred instructions each; most article
  /// text is Latin, Greek or Cyrillic letters and punctuation, whose every
  /// scalar is a character of its own (but CR LF, which is two separators
  /// either way).
  func splitByScalars(where isSeparator: (Unicode.Scalar) -> Bool) -> [String]? {
    let scalars = unicodeScalars
    var pieces: [String] = []
    var start: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard scalar.standsAlone else { return nil }
      if isSeparator(scalar) {
        if let first = start { pieces.append(String(scalars[first..<index])) }
        start = nil
      } else if start == nil {
        start = index
      }
      scalars.formIndex(after: &index)
    }
    if let first = start { pieces.append(String(scalars[first..<index])) }
    return pieces
  }

  /// The pieces between `separator`s, as `split(separator:)` gives them:
  /// read by scalars where that gives the same (``splitByScalars(where:)``),
  /// else by characters.
  func pieces(separatedBy separator: Unicode.Scalar) -> [String] {
    splitByScalars(where: { $0 == separator })
      ?? split(separator: Character(separator)).map(String.init)
  }

  /// How many pieces ``splitByScalars(where:)`` would give, counting no
  /// further than `limit`; `nil` where it gives `nil`.
  func pieceCountByScalars(upTo limit: Int, where isSeparator: (Unicode.Scalar) -> Bool) -> Int? {
    var count = 0
    var inPiece = false
    for scalar in unicodeScalars {
      guard scalar.standsAlone else { return nil }
      if isSeparator(scalar) {
        inPiece = false
      } else if !inPiece {
        inPiece = true
        count += 1
        if count >= limit { return limit }
      }
    }
    return count
  }
}
