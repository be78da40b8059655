import ParleyCore

/// A wire dateline at the start of a paragraph: `NAIROBI (Example Wire) —`,
/// `OSLO, March 3 (Reuters) -`, `ADDIS ABABA, Ethiopia —`. It says where the
/// story was filed, not who acted, so its words are read as nothing.
struct Dateline {
  /// The place's words, the first of several joined by slashes ("DUBAI"
  /// of "DUBAI/BEIJING").
  var place: Range<Int>
  /// Where the words after the dateline begin.
  var end: Int

  /// The dateline at the start of `tokens`, or `nil` when the paragraph has
  /// none.
  static func find(in tokens: [Token], index: LexiconIndex) -> Dateline? {
    // One to three words in capitals: the place.
    // "DUBAI/BEIJING": places joined by slashes.
    var position = 0
    while position < min(tokens.count, 7),
      tokens[position].isWord && tokens[position].isAllCaps
        && tokens[position].text.unicodeScalars.count > 1
        || position > 0 && tokens[position].isMark("/")
    {
      position += 1
    }
    guard position > 0, position < tokens.count else { return nil }
    let place = 0..<position
    let first = 0..<(place.first { tokens[$0].isMark("/") } ?? position)
    // Then, within a few words: a comma (a date, a country), an agency in
    // brackets, and the dash.
    var sawComma = false
    var sawAgency = false
    let limit = min(tokens.count, position + 14)
    while position < limit {
      let text = tokens[position].text
      if dashes.contains(text) {
        // "NATO — the alliance said": an acronym the lexicon knows, alone
        // before a dash, is the subject rather than a dateline.
        if !sawComma, !sawAgency, isKnownAcronym(tokens, place, index: index) { return nil }
        return Dateline(place: first, end: position + 1)
      }
      switch text {
      case ",": sawComma = true
      case "(":
        guard let close = tokens[position..<limit].firstIndex(where: { $0.isMark(")") }) else {
          return nil
        }
        sawAgency = true
        position = close
      case ".", "!", "?", ";", ":", "\"", "“", "”": return nil
      default:
        // A date or a country after the comma; nothing else.
        guard sawComma || sawAgency else { return nil }
      }
      position += 1
    }
    return nil
  }

  private static let dashes: Set<String> = ["—", "–", "-", "--", "―"]

  /// Whether the capitals name a body or state by its acronym ("NATO", "EU").
  private static func isKnownAcronym(_ tokens: [Token], _ place: Range<Int>, index: LexiconIndex)
    -> Bool
  {
    guard let match = index.actors.match(tokens, at: place.lowerBound),
      match.length == place.count
    else { return false }
    return match.value.contains { index.actorKind($0.actor) != .place && $0.kind != .metonym }
  }
}
