import ParleyCore

/// A lexicon compiled for matching.
///
/// A class: every pass of every article holds it, and a copy of so large a
/// value (its phrase indexes, word sets and date words) would cost a retain
/// of each of its fields.
final class LexiconIndex: Sendable {
  enum NameKind: String, Sendable {
    case name, alias, metonym, demonym

    /// The rule that finds a lexicon actor by this kind of name
    /// ("entity.lexicon-alias"), spelled out so that no mention builds it.
    var lexiconRule: String {
      switch self {
      case .name: "entity.lexicon-name"
      case .alias: "entity.lexicon-alias"
      case .metonym: "entity.lexicon-metonym"
      case .demonym: "entity.lexicon-demonym"
      }
    }
  }

  struct ActorName: Sendable {
    var actor: Int
    var kind: NameKind
  }

  let lexicon: Lexicon
  let actors: PhraseIndex<[ActorName]>
  let titles: PhraseIndex<String>
  let issues: PhraseIndex<Int>
  let stances: PhraseIndex<Stance>
  let speechVerbs: PhraseIndex<Bool>
  let events: PhraseIndex<Int>
  /// Lower-cased words that are part of some title ("deputy", "minister").
  let titleWords: Set<String>
  /// Every word of every phrase above.
  let vocabulary: Vocabulary
  let actorIndex: [String: Int]
  /// The lexicon's issue ids: drafts may use them, so nothing else may.
  let issueIDs: Set<String>
  /// Actors by folded name and alias, for names built from parts.
  private let actorsByName: [String: Int]
  /// Each state's capital, by the state's id: a place of the state that
  /// is one of its metonyms.
  let capitals: [String: Int]
  /// The lexicon's people, by each of their names folded.
  let peopleByName: [String: Int]
  /// At least as many tokens as one of their names has.
  let longestPersonName: Int
  /// The lexicon's word lists, as sets.
  let words: WordSets
  /// Number words to their value ("seven": 7).
  let numberWords: [String: Int]
  /// Month and weekday names and the words around dates.
  let dateWords: DateWords
  /// The names drafts give what they make: the lexicon's, else the
  /// built-in lexicon's.
  let labels: [Lexicon.Label: String]
  /// What a talk's name reads around the venue while the venue alone names
  /// it: the `talk-at-venue` label before and after its `{venue}` ("Talks
  /// in " and "").
  let venueNameAround: (before: String, after: String)

  init(_ lexicon: Lexicon) {
    self.lexicon = lexicon
    // (Built here, then stored.)
    var actors = PhraseIndex<[ActorName]>(matchesCase: true)
    var titles = PhraseIndex<String>(matchesCase: false)
    var issues = PhraseIndex<Int>(matchesCase: false)
    var stances = PhraseIndex<Stance>(matchesCase: false)
    var speechVerbs = PhraseIndex<Bool>(matchesCase: false)
    var events = PhraseIndex<Int>(matchesCase: false)
    var titleWords: Set<String> = []
    var vocabulary = Vocabulary()
    var actorsByName: [String: Int] = [:]
    var capitals: [String: Int] = [:]
    var forumMembers: [String: [String]] = [:]
    issueIDs = Set(lexicon.issues.map(\.id))
    labels = lexicon.labels.merging(Lexicon.builtin.labels) { own, _ in own }
    let venueLabel = labels[.talkAtVenue] ?? ""
    let venue = venueLabel.firstRange(of: "{venue}") ?? venueLabel.endIndex..<venueLabel.endIndex
    venueNameAround = (
      String(venueLabel[..<venue.lowerBound]), String(venueLabel[venue.upperBound...])
    )
    // Words whose full stop belongs to them ("Dec."), for the phrases here;
    // articles use the same list through ``words``.
    let abbreviations = Set(lexicon.words[.abbreviations] ?? [])

    numberWords = Dictionary(
      (lexicon.words[.numberWords] ?? []).enumerated().map { ($0.element, $0.offset + 1) },
      uniquingKeysWith: { first, _ in first })
    actorIndex = Dictionary(
      lexicon.actors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { $1 })
    var names: [String: [ActorName]] = [:]
    var order: [String] = []
    // "the Netherlands" is written "Netherlands".
    let articles = lexicon.words[.definiteArticles] ?? []
    func add(_ phrase: String, _ name: ActorName) {
      var phrase = phrase
      let lower = phrase.lowercased()
      if let article = articles.first(where: { lower.hasPrefix($0 + " ") }) {
        phrase = String(phrase.dropFirst(article.count + 1))
      }
      if names[phrase] == nil { order.append(phrase) }
      names[phrase, default: []].append(name)
    }
    for (index, actor) in lexicon.actors.enumerated() {
      add(actor.name, ActorName(actor: index, kind: .name))
      for alias in actor.aliases { add(alias, ActorName(actor: index, kind: .alias)) }
      for metonym in actor.metonyms { add(metonym, ActorName(actor: index, kind: .metonym)) }
      for demonym in actor.demonyms { add(demonym, ActorName(actor: index, kind: .demonym)) }
    }
    for phrase in order {
      actors.insert(phrase, names[phrase]!, vocabulary: &vocabulary, abbreviations: abbreviations)
    }
    for actor in lexicon.actors where actor.kind == .organization {
      var tokens = Tokenizer.tokens(of: actor.name, abbreviations: abbreviations)
      vocabulary.assign(&tokens)
      var members: [String] = []
      var position = 0
      while position < tokens.count {
        // Shorter than the whole name: the name itself is not a member.
        if let match = actors.match(tokens, at: position, limit: tokens.count - 1) {
          let member = lexicon.actors[match.value[0].actor]
          if member.id != actor.id, member.kind != .place, !members.contains(member.id) {
            members.append(member.id)
          }
          position += match.length
        } else {
          position += 1
        }
      }
      if !members.isEmpty { forumMembers[actor.id] = members }
    }
    // A group's members as the lexicon lists them ("P5+1").
    for actor in lexicon.actors where !actor.members.isEmpty {
      forumMembers[actor.id] = actor.members
    }
    for (index, actor) in lexicon.actors.enumerated() where actor.kind != .state {
      for name in [actor.name] + actor.aliases where actorsByName[folded(name)] == nil {
        actorsByName[folded(name)] = index
      }
    }
    // A state's capital: the place its metonym names ("Cairo" for Egypt).
    for actor in lexicon.actors where actor.kind == .state {
      capitals[actor.id] = actor.metonyms.lazy.compactMap { [actorsByName] in
        actorsByName[folded($0)]
      }.first {
        lexicon.actors[$0].kind == .place && lexicon.actors[$0].country == actor.id
      }
    }
    for title in lexicon.titles {
      titles.insert(title, title, vocabulary: &vocabulary, abbreviations: abbreviations)
      for word in title.lowercased().split(separator: " ") { titleWords.insert(String(word)) }
    }
    // A keyword matches with its last word in the plural too ("referendum",
    // "referendums"), unless that is another keyword.
    let keywords = Set(lexicon.issues.flatMap { $0.keywords.map { $0.lowercased() } })
    for (index, issue) in lexicon.issues.enumerated() {
      for keyword in issue.keywords {
        issues.insert(keyword, index, vocabulary: &vocabulary, abbreviations: abbreviations)
        if let plural = Self.plural(keyword), !keywords.contains(plural.lowercased()) {
          issues.insert(plural, index, vocabulary: &vocabulary, abbreviations: abbreviations)
        }
      }
    }
    for stance in Stance.allCases {
      for cue in lexicon.stances[stance] ?? [] {
        stances.insert(cue, stance, vocabulary: &vocabulary, abbreviations: abbreviations)
      }
    }
    for verb in lexicon.speechVerbs {
      speechVerbs.insert(verb, true, vocabulary: &vocabulary, abbreviations: abbreviations)
    }
    for (index, rule) in lexicon.events.enumerated() {
      for cue in rule.cues {
        events.insert(cue, index, vocabulary: &vocabulary, abbreviations: abbreviations)
      }
    }
    // Every word of every list and calendar name has an id too.
    for word in lexicon.words.values.joined() { _ = vocabulary.add(word) }
    // And each word of a list of phrases, which are matched word by word.
    for list in [Lexicon.WordList.aliasPhrases, .attributionPhrases, .attendancePhrases] {
      for phrase in lexicon.words[list] ?? [] {
        for word in phrase.split(separator: " ") { _ = vocabulary.add(Token.key(String(word))) }
      }
    }
    for name in (lexicon.months + lexicon.weekdays).joined() { _ = vocabulary.add(name) }
    words = WordSets(lexicon.words, vocabulary: vocabulary)
    dateWords = DateWords(lexicon, vocabulary: vocabulary)
    (self.actors, self.titles, self.issues, self.stances) = (actors, titles, issues, stances)
    (self.speechVerbs, self.events, self.titleWords) = (speechVerbs, events, titleWords)
    (self.vocabulary, self.actorsByName, self.capitals) = (vocabulary, actorsByName, capitals)
    self.forumMembers = forumMembers
    (peopleByName, longestPersonName) = Self.peopleIndex(lexicon.people)
  }

  func actor(_ index: Int) -> Lexicon.Actor { lexicon.actors[index] }

  /// The English plural of a phrase's last word when it is a lower-case
  /// word of four letters or more that does not end in "s": "referendum"
  /// → "referendums", "buffer zone" → "buffer zones", "policy" → "policies";
  /// `nil` for other phrases.
  static func plural(_ phrase: String) -> String? {
    let last = phrase.split(separator: " ").last.map(String.init) ?? ""
    guard last.count >= 4, last.allSatisfy({ $0.isASCII && $0.isLowercase }),
      !last.hasSuffix("s")
    else { return nil }
    let stem = phrase.dropLast()
    if last.hasSuffix("x") || last.hasSuffix("z") || last.hasSuffix("ch") || last.hasSuffix("sh") {
      return phrase + "es"
    }
    if last.hasSuffix("y"), let before = last.dropLast().last, !"aeiou".contains(before) {
      return stem + "ies"
    }
    return phrase + "s"
  }

  /// The kind of the actor numbered `index`, read without copying the actor.
  func actorKind(_ index: Int) -> Entity.Kind { lexicon.actors[index].kind }

  /// Whether a name word is a particle ("von", "de", "bin") or starts with
  /// one joined by a hyphen ("al-Assad").
  func isParticle(_ word: String) -> Bool {
    let lower = word.lowercased()
    if words.nameParticles.contains(lower) { return true }
    guard let hyphen = lower.firstIndex(of: "-") else { return false }
    return words.nameParticles.contains(String(lower[..<hyphen]))
  }

  /// A surname without a particle joined to it: "al-Assad" → "Assad".
  func withoutParticle(_ word: String) -> String {
    guard let hyphen = word.firstIndex(of: "-"),
      words.nameParticles.contains(word[..<hyphen].lowercased())
    else { return word }
    return String(word[word.index(after: hyphen)...])
  }

  /// The id of the lexicon issue numbered `issue`.
  func issueID(_ issue: Int) -> String { lexicon.issues[issue].id }

  /// Issues named in `tokens[range]`, each once, with where it is first named.
  func issues(in tokens: [Token], _ range: Range<Int>) -> [(issue: Int, at: Int)] {
    var found: [(Int, Int)] = []
    var position = range.lowerBound
    while position < range.upperBound {
      if let match = issues.match(tokens, at: position, limit: range.upperBound) {
        if !found.contains(where: { $0.0 == match.value }) { found.append((match.value, position)) }
        position += match.length
      } else {
        position += 1
      }
    }
    return found
  }

  /// For a body named after others ("NATO-Russia Council", "OSCE Permanent
  /// Council"), the ids of the actors its name contains, and for a group the
  /// lexicon gives `members` ("P5+1") those: a meeting of the body is a
  /// meeting of them.
  let forumMembers: [String: [String]]

  /// The actor (not a state) with this folded name or alias.
  func actorNamed(_ folded: String) -> Int? { actorsByName[folded] }
}
