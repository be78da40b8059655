extension LexiconIndex {
  /// The well-known person the lexicon gives this full name or spelling of
  /// it (compared folded: case and accents aside), if any.
  func knownPerson(named name: String) -> Lexicon.Person? {
    peopleByName[folded(name)].map { lexicon.people[$0] }
  }

  /// The lexicon's people by each of their names, folded once each; and a
  /// bound on how many tokens one of those names has. (A token is a word
  /// or a mark, and words are parted by marks and spaces: a name has at
  /// most twice as many tokens as it has scalars that are no letter or
  /// digit, plus one. Counted so, not tokenized, at every start.)
  static func peopleIndex(_ people: [Lexicon.Person]) -> (byName: [String: Int], longest: Int) {
    var found: [String: Int] = [:]
    var longest = 0
    for (number, person) in people.enumerated() {
      for name in [person.name] + person.aliases {
        let separators = name.unicodeScalars.count { !$0.isLetter && !$0.isASCIIDigit }
        longest = max(longest, 2 * separators + 1)
        let key = folded(name)
        if found[key] == nil { found[key] = number }
      }
    }
    return (found, longest)
  }
}
