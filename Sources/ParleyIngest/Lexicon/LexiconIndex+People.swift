extension LexiconIndex {
  /// The well-known person the lexicon gives this full name or spelling of
  /// it (compared folded: case and accents aside), if any.
  func knownPerson(named name: String) -> Lexicon.Person? {
    peopleByName[folded(name)].map { lexicon.people[$0] }
  }

  /// The most tokens a name of the lexicon's people has (a hyphen or an
  /// apostrophe is a token of its own).
  static func longestPersonName(_ people: [Lexicon.Person]) -> Int {
    people.lazy.flatMap { [$0.name] + $0.aliases }.map { Tokenizer.tokens(of: $0).count }.max()
      ?? 0
  }

  /// The lexicon's people by each of their names, folded.
  static func peopleByName(_ people: [Lexicon.Person]) -> [String: Int] {
    var found: [String: Int] = [:]
    for (number, person) in people.enumerated() {
      for name in [person.name] + person.aliases where found[folded(name)] == nil {
        found[folded(name)] = number
      }
    }
    return found
  }
}
