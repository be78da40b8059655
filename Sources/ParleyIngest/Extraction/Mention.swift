import ParleyCore

/// A reference to an entity in a paragraph.
struct Mention: Sendable {
  enum Kind: Sendable {
    /// Whether this is a person found by their name.
    var isPersonName: Bool {
      if case .person = self { return true }
      return false
    }

    /// A lexicon actor by name, alias, metonym or demonym.
    case actor(LexiconIndex.NameKind)
    /// A person by full name (after a title, in an apposition, as a speaker).
    case person
    /// A body the lexicon does not list, found by a rule ("told The Moscow Times").
    case organization
    /// A person by surname, title ("the ambassador") or pronoun, resolved to
    /// the last matching person.
    case reference
    /// A body found by the word that ends its name ("the Redeployment
    /// Coordination Committee"): it may hold a position, but is no side of
    /// a talk (it is more often where one is held or what it sets up).
    case body
    /// A place found by a word for what it is ("Lake Prespa", "the Rostov
    /// region", "the Karish gas field", "the village of Oteshevo"). It more
    /// often holds a talk's venue than is one: it is no visit's destination,
    /// no venue when it only says where the place before it lies, and no
    /// other place than a talk's.
    case feature
  }

  /// Tokens of the paragraph.
  var tokens: Range<Int>
  var entity: String
  var kind: Kind
  var entityKind: Entity.Kind

  var isDemonym: Bool {
    if case .actor(.demonym) = kind { return true }
    return false
  }

  /// A place, but not a ``Kind/feature``: one a talk or visit is held in.
  var isVenuePlace: Bool {
    if case .feature = kind { return false }
    return entityKind == .place
  }
}

/// The mentions of one paragraph, looked up by where they start and end.
struct MentionTable: Sendable {
  /// Every mention added, replaced ones included; look mentions up through
  /// ``starting(at:)``, ``ending(at:)`` and ``within(_:)``.
  private var mentions: [Mention] = []
  /// Per token: the index of the mention starting, ending, covering it; -1 if none.
  private var starting: [Int32]
  private var ending: [Int32]
  private var covering: [Int32]

  init(tokenCount: Int = 0) {
    // About one mention for every eight tokens of news text.
    mentions.reserveCapacity(tokenCount / 8)
    starting = Array(repeating: -1, count: tokenCount)
    ending = starting
    covering = starting
  }

  /// Whether a mention covers `token`.
  func covers(_ token: Int) -> Bool { token < covering.count && covering[token] >= 0 }

  mutating func add(_ mention: Mention) {
    guard mention.tokens.upperBound <= covering.count,
      !mention.tokens.contains(where: { covering[$0] >= 0 })
    else { return }
    let number = Int32(mentions.count)
    starting[mention.tokens.lowerBound] = number
    ending[mention.tokens.upperBound - 1] = number
    for token in mention.tokens { covering[token] = number }
    mentions.append(mention)
  }

  /// Adds `mention` in place of any mentions it overlaps.
  ///
  /// The overlapped mentions are unlinked from the token tables where they
  /// stand (their entries stay in ``mentions``, unreachable), so a
  /// replacement costs the length of what it replaces, not of the paragraph.
  mutating func replace(_ mention: Mention) {
    guard mention.tokens.upperBound <= covering.count else { return }
    for token in mention.tokens where covering[token] >= 0 {
      let old = mentions[Int(covering[token])]
      for covered in old.tokens { covering[covered] = -1 }
      starting[old.tokens.lowerBound] = -1
      ending[old.tokens.upperBound - 1] = -1
    }
    add(mention)
  }

  func starting(at token: Int) -> Mention? {
    guard token >= 0, token < starting.count, starting[token] >= 0 else { return nil }
    return mentions[Int(starting[token])]
  }

  func ending(at token: Int) -> Mention? {
    guard token >= 0, token < ending.count, ending[token] >= 0 else { return nil }
    return mentions[Int(ending[token])]
  }

  /// The mention that holds `token`, wherever in it the token stands.
  func covering(_ token: Int) -> Mention? {
    guard token >= 0, token < covering.count, covering[token] >= 0 else { return nil }
    return mentions[Int(covering[token])]
  }

  /// The first mention inside `range` that satisfies `predicate`, found
  /// without gathering the others.
  func first(in range: Range<Int>, where predicate: (Mention) -> Bool) -> Mention? {
    for token in range.clamped(to: 0..<starting.count) where starting[token] >= 0 {
      if predicate(mentions[Int(starting[token])]) { return mentions[Int(starting[token])] }
    }
    return nil
  }

  /// The last mention inside `range` that satisfies `predicate`.
  func last(in range: Range<Int>, where predicate: (Mention) -> Bool = { _ in true }) -> Mention? {
    for token in range.clamped(to: 0..<starting.count).reversed() where starting[token] >= 0 {
      if predicate(mentions[Int(starting[token])]) { return mentions[Int(starting[token])] }
    }
    return nil
  }

  /// Whether a mention inside `range` satisfies `predicate`.
  func contains(in range: Range<Int>, where predicate: (Mention) -> Bool) -> Bool {
    first(in: range, where: predicate) != nil
  }

  /// Mentions inside `range`, left to right.
  ///
  /// Walks the tokens of `range` rather than every mention, so that going
  /// through a paragraph sentence by sentence stays linear in its length.
  func within(_ range: Range<Int>) -> [Mention] {
    let tokens = range.clamped(to: 0..<starting.count)
    var found: [Mention] = []
    // Counted first, so that the array is allocated once.
    found.reserveCapacity(tokens.count { starting[$0] >= 0 })
    for token in tokens where starting[token] >= 0 {
      found.append(mentions[Int(starting[token])])
    }
    return found
  }
}
