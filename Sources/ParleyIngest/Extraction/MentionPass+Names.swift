import ParleyCore

/// Names: runs of capitalized words, possessive bodies, documents, and the
/// people an article has named.
extension MentionPass {
  /// A run of capitalized name words starting at `start` (joined across
  /// hyphens without spaces, as in "Moon Jae-in"), at most four words,
  /// past honorifics and ranks before it ("Col. Alexis Kanyarengwe").
  func nameRun(_ tokens: [Token], from start: Int, mentions: MentionTable) -> Range<Int>? {
    // (Three at most, "Lt. Gen." and the like: a run of them stays linear.)
    let first = start
    var start = start
    while start + 1 < tokens.count, start - first < 3,
      index.words.honorifics.contains(tokens[start]), tokens[start].isCapitalized
    {
      start += 1
    }
    var end = start
    var words = 0
    while end < tokens.count, words < 4 {
      // "Ursula von der Leyen", "Bashar al-Assad": particles inside a name.
      if words > 0, let through = particles(tokens, from: end, mentions: mentions) {
        end = through
        continue
      }
      if tokens[end].isWord, tokens[end].isCapitalized, !tokens[end].isAllCaps,
        !mentions.covers(end), !index.words.notNames.contains(tokens[end]),
        !index.dateWords.isCalendarWord(tokens[end]), tokens[end].range.count > 1
      {
        end += 1
        words += 1
        // Hyphenated given names: Jae-in.
        if tokens.isJoiningHyphen(at: end), tokens[end + 1].isWord { end += 2 }
      } else {
        break
      }
    }
    return words > 0 ? start..<end : nil
  }

  /// Particles at `start` that go on to a capitalised name word ("von der
  /// Leyen", "al-Assad"): where that word starts.
  func particles(_ tokens: [Token], from start: Int, mentions: MentionTable) -> Int? {
    var end = start
    while end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized,
      index.words.nameParticles.contains(tokens[end]), !mentions.covers(end)
    {
      end += 1
      // "al-Assad": the hyphen joins without spaces.
      if tokens.isJoiningHyphen(at: end) { end += 1 }
    }
    guard end > start, end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized,
      !mentions.covers(end)
    else { return nil }
    return end
  }

  /// Where the particles in lower case just before `start` begin ("de" of
  /// "de Mistura", "al-" of "al-Assad"; three at most), else `start`.
  func particlesBefore(_ tokens: [Token], _ start: Int, mentions: MentionTable) -> Int {
    var first = start
    for _ in 0..<3 {
      // "al-Assad": the hyphen joins without spaces.
      let particle = tokens.isJoiningHyphen(at: first - 1) ? first - 2 : first - 1
      guard particle >= 0, tokens[particle].isWord, !tokens[particle].isCapitalized,
        index.words.nameParticles.contains(tokens[particle]), !mentions.covers(particle)
      else { break }
      first = particle
    }
    return first
  }

  /// A lexicon body named through its state's possessive: "Russia's foreign
  /// ministry" for "Russian Foreign Ministry".
  func possessiveBody(_ tokens: [Token], at position: Int, owner: LexiconIndex.ActorName) -> (
    actor: Int, range: Range<Int>
  )? {
    // (The actor is copied only for a state followed by "'s".)
    guard index.actorKind(owner.actor) == .state, position + 2 < tokens.count,
      index.words.possessiveMarkers.contains(tokens[position + 1])
    else { return nil }
    let state = index.actor(owner.actor)
    for demonym in state.demonyms where !index.words.pluralSuffixes.matches(demonym) {
      for length in stride(from: min(3, tokens.count - position - 2), through: 1, by: -1) {
        let words = tokens[position + 2..<position + 2 + length]
        guard words.allSatisfy(\.isWord) else { continue }
        let name = folded(demonym + " " + words.map(\.text).joined(separator: " "))
        if let actor = index.actorNamed(name) { return (actor, position..<position + 2 + length) }
      }
    }
    return nil
  }

  /// "joint statement", "one-page joint statement", "declaration" at `start`:
  /// the tokens up to and including the document noun.
  func documentDescriptor(_ tokens: [Token], at start: Int) -> Range<Int>? {
    var end = start
    while end < tokens.count, end - start < 4,
      index.words.documentQualifiers.contains(tokens[end])
    {
      end += 1
    }
    guard end < tokens.count, index.words.documentNouns.contains(tokens[end]),
      !tokens[end].isCapitalized
    else { return nil }
    // "the statement of the ministers" is fine; "statement by Russia" is somebody's statement.
    if end + 1 < tokens.count, index.words.agentPrepositions.contains(tokens[end + 1]) {
      return nil
    }
    return start..<end + 1
  }

  /// Whether the run `name` is a person's name by its first word: two or
  /// three capitalized words, the first one of `given-names` ("Paul
  /// Whelan"), none of them a word for a body, building or title ("George
  /// Washington University" is no one), nor one of `not-person-heads` in
  /// it or just after it ("Paul Street"), nor a news outlet.
  func isGivenName(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    // (The first word first: most runs open with no given name.)
    guard index.words.givenNames.contains(tokens[name.lowerBound]) else { return false }
    // (Particles are no words of their own: "Ursula von der Leyen" has two.)
    let words = name.filter {
      tokens[$0].isWord
        && (tokens[$0].isCapitalized || !index.words.nameParticles.contains(tokens[$0]))
    }
    return (2...3).contains(words.count)
      && !(words + (name.upperBound < tokens.count ? [name.upperBound] : [])).contains(where: {
        index.words.notPersonHeads.contains(tokens[$0])
      })
      && !words.contains(where: {
        index.words.organizationHeads.contains(tokens[$0])
          || index.words.buildingHeads.contains(tokens[$0])
          || index.titleWords.contains(tokens[$0].key)
      }) && !isOutlet(tokens, name)
  }

  mutating func person(_ paragraph: Paragraph, _ name: Range<Int>, evidence: Evidence) -> String {
    let words = nameWords(paragraph, name)
    let id = builder.person(fullName: words, evidence: evidence)
    noteRecent(id)
    return id
  }

  /// The words of a name, hyphenated parts rejoined.
  func nameWords(_ paragraph: Paragraph, _ name: Range<Int>) -> [String] {
    var words: [String] = []
    var previousEnd = -1
    for token in paragraph.tokens[name] {
      if token.range.lowerBound == previousEnd, !words.isEmpty {
        words[words.count - 1] += token.text
      } else {
        words.append(token.text)
      }
      previousEnd = token.range.upperBound
    }
    return words
  }

  /// The longest end of the capitalized run `name`, two words or more,
  /// that is the full name of a person the lexicon knows ("Foreign
  /// Ministers Sergei Lavrov": "Sergei Lavrov"), if any.
  ///
  /// Only endings that start with a capital and are no longer than the
  /// longest such name are tried: a run of particles ("de de de …") costs
  /// no more than a name.
  func knownPersonEnding(_ paragraph: Paragraph, _ name: Range<Int>) -> Range<Int>? {
    guard !index.peopleByName.isEmpty else { return nil }
    let tokens = paragraph.tokens
    let first = max(name.lowerBound, name.upperBound - index.longestPersonName)
    for start in first..<name.upperBound where tokens[start].isWord && tokens[start].isCapitalized {
      let ending = start..<name.upperBound
      guard ending.count(where: { tokens[$0].isWord }) >= 2 else { return nil }
      if index.knownPerson(named: nameWords(paragraph, ending).joined(separator: " ")) != nil {
        return ending
      }
    }
    return nil
  }

  /// The person this article (else any article) last named with this
  /// surname, or with this family name first ("Kim" after "Kim Jong Un"):
  /// the article's own before any other's ("Chairman Kim" or "US envoy
  /// Sung Kim" in another article is no reason to doubt whom this one
  /// means).
  func knownPerson(surname: String) -> String? {
    let key = folded(surname)
    if let local = recentSlots.lastIndex(where: { builder.surname(atSlot: $0) == key }) {
      return recentPeople[local]
    }
    if let local = recentSlots.lastIndex(where: { builder.familyFirst(atSlot: $0) == key }) {
      return recentPeople[local]
    }
    let matches = builder.personIDs(withSurname: key)
    if matches.count == 1 { return matches[0] }
    if !matches.isEmpty { return nil }
    let families = builder.personIDs(withFamilyNameFirst: key)
    return families.count == 1 ? families[0] : nil
  }

  /// The person of the article named last whose first name is `name` (folded) and
  /// who holds a title ending with `title`'s words ("Prince" of "Crown
  /// Prince Mohammed bin Salman"), or whose name opens with the title and
  /// the given name ("Sheikh Tamim" of "Emir Sheikh Tamim bin Hamad
  /// al-Thani"), if any: the way royals and emirs are named again. (Among
  /// the article's recent people only.)
  func knownPerson(givenName name: String, title: ArraySlice<Token>) -> String? {
    let words = title.filter(\.isWord).map(\.key)
    guard !words.isEmpty else { return nil }
    let ending = " " + words.joined(separator: " ")
    let opening = words.joined(separator: " ") + " " + name + " "
    return recentPeople.suffix(Self.recentSpeakers).last { id in
      guard let person = builder.entity(id), person.kind == .person else { return false }
      if folded(person.name).hasPrefix(opening) { return true }
      guard let first = person.name.split(separator: " ").first, folded(String(first)) == name
      else { return false }
      return person.roles.contains { (" " + folded($0.title)).hasSuffix(ending) }
    }
  }

  func knownPerson(fullName words: [String]) -> String? {
    guard let id = knownPerson(surname: words.last!), let person = builder.entity(id) else {
      return nil
    }
    let initial = folded(words[0]).first
    return person.initial == nil || person.initial == initial ? id : nil
  }
}
