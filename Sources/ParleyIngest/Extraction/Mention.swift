import ParleyCore

/// A reference to an entity in a paragraph.
struct Mention: Sendable {
  enum Kind: Sendable {
    /// A lexicon actor by name, alias, metonym or demonym.
    case actor(LexiconIndex.NameKind)
    /// A person by full name (after a title, in an apposition, as a speaker).
    case person
    /// A person by surname, title ("the ambassador") or pronoun, resolved to
    /// the last matching person.
    case reference
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
}

/// The mentions of one paragraph, looked up by where they start and end.
struct MentionTable: Sendable {
  private(set) var mentions: [Mention] = []
  private var starting: [Int: Int] = [:]
  private var ending: [Int: Int] = [:]
  private(set) var covered: Set<Int> = []

  mutating func add(_ mention: Mention) {
    guard !mention.tokens.contains(where: covered.contains) else { return }
    starting[mention.tokens.lowerBound] = mentions.count
    ending[mention.tokens.upperBound - 1] = mentions.count
    covered.formUnion(mention.tokens)
    mentions.append(mention)
  }

  /// Adds `mention` in place of any mentions it overlaps.
  mutating func replace(_ mention: Mention) {
    let overlapping = Set(mentions.indices.filter { mentions[$0].tokens.overlaps(mention.tokens) })
    guard !overlapping.isEmpty else { return add(mention) }
    let kept = mentions.enumerated().filter { !overlapping.contains($0.offset) }.map(\.element)
    self = MentionTable()
    for other in kept { add(other) }
    add(mention)
  }

  func starting(at token: Int) -> Mention? { starting[token].map { mentions[$0] } }
  func ending(at token: Int) -> Mention? { ending[token].map { mentions[$0] } }

  /// Mentions inside `range`, left to right.
  func within(_ range: Range<Int>) -> [Mention] {
    mentions.filter { range.contains($0.tokens.lowerBound) }
      .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
