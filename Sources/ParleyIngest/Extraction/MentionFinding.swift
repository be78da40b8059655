import ParleyCore

/// Capitalized words that start sentences or stand in titles but are never
/// part of a person's name.
private let notNames: Set<String> = [
  "the", "a", "an", "in", "on", "at", "by", "for", "from", "of", "to", "with", "and", "but", "or",
  "as", "if", "while", "when", "after", "before", "since", "during", "amid", "although", "though",
  "even", "yet", "so", "he", "she", "it", "we", "they", "i", "you", "his", "her", "its", "our",
  "their", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom",
  "why", "how", "where", "asked", "both", "all", "some", "many", "most", "no", "not", "one",
  "two", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "former", "new", "then",
  "now", "also", "still", "meanwhile", "however", "moreover", "western", "eastern", "northern",
  "southern", "central", "european", "soviet", "cold", "war", "according", "answering",
  "speaking", "despite", "without", "within", "under", "over", "about", "against", "between",
  "among", "through", "across", "each", "every", "other", "another", "such", "only", "just",
  "your", "my", "me", "us", "him", "them", "is", "was", "are", "were", "be", "has", "had", "have",
  "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "photo",
  "image", "video", "reuters", "ap", "afp", "said", "says", "told", "secretary", "minister",
  "president", "deputy", "foreign", "state", "prime", "general", "ambassador", "spokesman",
]

/// Words after which a capital is a place ("in Geneva"), not a metonym.
private let placePrepositions: Set<String> = ["in", "at", "to", "from", "near", "outside", "into"]

/// Nouns that make a demonym a collective actor ("Russian diplomats").
private let collectiveNouns: Set<String> = [
  "officials", "official", "diplomats", "side", "delegation", "delegations", "government",
  "authorities", "negotiators", "leadership", "leaders", "president", "administration", "forces",
  "troops", "military", "ministry", "embassy", "mission", "team", "envoys", "lawmakers",
  "politicians", "foreign", "deputy", "defense", "defence", "prime", "ambassador", "envoy",
]

extension ArticleAnalyzer {
  mutating func findMentions(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    // 1. Lexicon actors, longest match first.
    var position = 0
    while position < tokens.count {
      guard let match = index.actors.match(tokens, at: position) else {
        position += 1
        continue
      }
      // "Russia's foreign ministry" is the Russian Foreign Ministry.
      if let owned = possessiveBody(tokens, at: position, owner: match.value[0]) {
        let actor = index.actor(owned.actor)
        builder.actor(
          owned.actor,
          evidence: evidence(paragraph, owned.range, "entity.lexicon-possessive", 0.85),
          alias: text(paragraph, owned.range))
        paragraph.mentions.add(
          Mention(
            tokens: owned.range, entity: actor.id, kind: .actor(.alias), entityKind: actor.kind))
        position = owned.range.upperBound
        continue
      }
      let range = position..<position + match.length
      let afterPreposition = position > 0 && placePrepositions.contains(tokens[position - 1].key)
      // "in Geneva" names the place; "Moscow said" the state.
      let choice =
        (afterPreposition
          ? match.value.first(where: { index.actor($0.actor).kind == .place }) : nil)
        ?? match.value.first(where: {
          index.actor($0.actor).kind != .place || match.value.count == 1
        })
        ?? match.value[0]
      let actor = index.actor(choice.actor)
      if choice.kind == .demonym {
        // An adjective names the state only before a collective noun or as a
        // plural noun ("the Russians"); otherwise it is not evidence of an actor.
        let next = range.upperBound < tokens.count ? tokens[range.upperBound].key : ""
        let plural = tokens[range.upperBound - 1].key.hasSuffix("s")
        if !(collectiveNouns.contains(next) || plural
          || index.titles.match(tokens, at: range.upperBound) != nil)
        {
          // Registered without evidence: it is written out only if a record names it.
          builder.actor(choice.actor, evidence: nil, alias: nil)
          paragraph.mentions.add(
            Mention(tokens: range, entity: actor.id, kind: .actor(.demonym), entityKind: actor.kind)
          )
          position = range.upperBound
          continue
        }
      }
      if actor.kind == .alliance { lastAlliance = actor.id }
      let written = text(paragraph, range)
      builder.actor(
        choice.actor, evidence: evidence(paragraph, range, "entity.lexicon-\(choice.kind)", 0.9),
        alias: choice.kind == .demonym ? nil : written)
      paragraph.mentions.add(
        Mention(tokens: range, entity: actor.id, kind: .actor(choice.kind), entityKind: actor.kind))
      position = range.upperBound
    }
    // 2. People after a title: "Deputy Foreign Minister Sergei Ryabkov".
    position = 0
    while position < tokens.count {
      guard !paragraph.mentions.covers(position),
        let title = index.titles.match(tokens, at: position)
      else {
        position += 1
        continue
      }
      var nameStart = position + title.length
      var of: String?
      var titleEnd = nameStart
      // "Deputy Foreign Minister of the Russian Federation Alexander Grushko",
      // "Deputy Minister of Defense of the Russian Federation Alexander Fomin"
      for _ in 0..<2 where nameStart < tokens.count && tokens[nameStart].key == "of" {
        var next = nameStart + 1
        if next < tokens.count, tokens[next].key == "the" { next += 1 }
        if let actor = paragraph.mentions.starting(at: next), actor.entityKind != .person {
          of = actor.entity
          nameStart = actor.tokens.upperBound
        } else if next < tokens.count, tokens[next].isCapitalized,
          next + 1 < tokens.count, tokens[next + 1].key == "of"
        {
          nameStart = next + 1
          titleEnd = nameStart
        } else {
          break
        }
      }
      guard let name = nameRun(tokens, from: nameStart, mentions: paragraph.mentions),
        name.count >= 2 || knownPerson(surname: tokens[name.lowerBound].text) != nil,
        !organizationHeads.contains(tokens[name.upperBound - 1].key)
      else {
        position += title.length
        continue
      }
      let start = titleStart(tokens, before: position, mentions: paragraph.mentions)
      of = of ?? start.of
      let id = person(
        paragraph, name,
        evidence: evidence(paragraph, start.token..<name.upperBound, "person.title-name", 0.9))
      builder.addRole(
        Role(title: capitalizedTitle(text(paragraph, position..<titleEnd)), of: of),
        to: id)
      paragraph.mentions.add(
        Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      position = name.upperBound
    }
    // 3. People in appositions: "Wendy Sherman, the deputy secretary of state".
    position = 0
    while position < tokens.count {
      guard !paragraph.mentions.covers(position),
        position == 0 || !tokens[position - 1].isCapitalized
          || tokens[position - 1].kind == .punctuation,
        let name = nameRun(tokens, from: position, mentions: paragraph.mentions), name.count >= 2,
        name.upperBound + 1 < tokens.count, tokens[name.upperBound].text == ","
      else {
        position += 1
        continue
      }
      if let apposition = appositionTitle(paragraph, after: name.upperBound + 1) {
        let id = person(
          paragraph, name,
          evidence: evidence(paragraph, name.lowerBound..<apposition.end, "person.apposition", 0.85)
        )
        builder.addRole(Role(title: apposition.title, of: apposition.of), to: id)
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      }
      position = name.upperBound
    }
    // 4. Known people by full name or surname; new people as speakers.
    position = 0
    while position < tokens.count {
      guard !paragraph.mentions.covers(position), tokens[position].isCapitalized,
        let name = nameRun(tokens, from: position, mentions: paragraph.mentions)
      else {
        position += 1
        continue
      }
      let words = tokens[name].filter(\.isWord).map(\.text)
      if let id = knownPerson(surname: words.last!),
        words.count == 1 || knownPerson(fullName: words) == id,
        name.upperBound < tokens.count,
        ["administration", "government", "cabinet"].contains(tokens[name.upperBound].key),
        let country = builder.entity(id)?.country, let state = builder.entity(country)
      {
        // "the Biden administration" is the United States government.
        let range = name.lowerBound..<name.upperBound + 1
        paragraph.mentions.add(
          Mention(tokens: range, entity: country, kind: .actor(.metonym), entityKind: state.kind))
      } else if let id = knownPerson(surname: words.last!),
        words.count == 1 || knownPerson(fullName: words) == id
      {
        paragraph.mentions.add(
          Mention(
            tokens: name, entity: id, kind: words.count == 1 ? .reference : .person,
            entityKind: .person))
        noteRecent(id)
      } else if name.count >= 2, isSpeaker(tokens, name) {
        let id = person(paragraph, name, evidence: evidence(paragraph, name, "person.speaker", 0.7))
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      } else if name.count == 1, isSpeaker(tokens, name),
        !index.titleWords.contains(tokens[position].key)
      {
        // "According to Peskov": a surname the article never introduced.
        let id = person(
          paragraph, name, evidence: evidence(paragraph, name, "person.surname-speaker", 0.5))
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      }
      position = name.upperBound
    }
    // 5. News outlets people talk to: "told The Moscow Times", "told ABC News".
    for position in tokens.indices where tokens[position].key == "told" {
      guard let run = outletRun(tokens, from: position + 1, mentions: paragraph.mentions) else {
        continue
      }
      let id = builder.other(
        name: text(paragraph, run), kind: .organization,
        evidence: evidence(paragraph, position..<run.upperBound, "organization.told-outlet", 0.6))
      paragraph.mentions.replace(
        Mention(tokens: run, entity: id, kind: .organization, entityKind: .organization))
    }
    // 6. "the ambassador", "the Russian leader", "a senior administration official", he, she.
    findReferences(&paragraph)
  }

  /// A run of capitalized name words starting at `start` (joined across
  /// hyphens without spaces, as in "Moon Jae-in"), at most four words.
  func nameRun(_ tokens: [Token], from start: Int, mentions: MentionTable) -> Range<Int>? {
    var end = start
    var words = 0
    while end < tokens.count, words < 4 {
      let token = tokens[end]
      if token.isWord, token.isCapitalized, !token.isAllCaps, !mentions.covers(end),
        !notNames.contains(token.key), DateRecognizer.months[token.key] == nil,
        DateRecognizer.weekdays[token.key] == nil, token.text.unicodeScalars.count > 1
      {
        end += 1
        words += 1
        // Hyphenated given names: Jae-in.
        if end + 1 < tokens.count, tokens[end].text == "-",
          tokens[end].range.lowerBound == tokens[end - 1].range.upperBound,
          tokens[end + 1].range.lowerBound == tokens[end].range.upperBound, tokens[end + 1].isWord
        {
          end += 2
        }
      } else {
        break
      }
    }
    return words > 0 ? start..<end : nil
  }

  /// A lexicon body named through its state's possessive: "Russia's foreign
  /// ministry" for "Russian Foreign Ministry".
  func possessiveBody(_ tokens: [Token], at position: Int, owner: LexiconIndex.ActorName) -> (
    actor: Int, range: Range<Int>
  )? {
    let state = index.actor(owner.actor)
    guard state.kind == .state, position + 2 < tokens.count, tokens[position + 1].key == "'s"
    else { return nil }
    for demonym in state.demonyms where !demonym.hasSuffix("s") {
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
    while end < tokens.count, end - start < 4, documentQualifiers.contains(tokens[end].key) {
      end += 1
    }
    guard end < tokens.count, documentNouns.contains(tokens[end].key), !tokens[end].isCapitalized
    else { return nil }
    // "the statement of the ministers" is fine; "statement by Russia" is somebody's statement.
    if end + 1 < tokens.count, tokens[end + 1].key == "by" { return nil }
    return start..<end + 1
  }

  /// The person a pronoun at `position` stands for: the subject of its own
  /// sentence if named before it, else of the nearest earlier sentence of the
  /// paragraph, else the last subject of earlier paragraphs, else the last
  /// person named.
  func antecedent(_ paragraph: Paragraph, before position: Int) -> String? {
    let people = paragraph.mentions.within(0..<position).filter {
      $0.entityKind == .person && $0.tokens.upperBound <= position
    }
    let sentence = sentenceIndex(of: position, in: paragraph)
    for number in stride(from: sentence, through: 0, by: -1) {
      let range = paragraph.sentences[number].tokens
      if let subject = people.first(where: { range.contains($0.tokens.lowerBound) }) {
        return subject.entity
      }
    }
    return lastSubject ?? recentPeople.last
  }

  /// Where a title's qualifiers start ("US President", "NATO Secretary General",
  /// "Russia's former ambassador") and the actor they name.
  func titleStart(_ tokens: [Token], before position: Int, mentions: MentionTable) -> (
    token: Int, of: String?
  ) {
    var start = position
    var of: String?
    while start > 0 {
      let previous = tokens[start - 1]
      if ["former", "top", "senior", "then", "acting", "chief", "new", "'s"].contains(previous.key)
      {
        start -= 1
      } else if let actor = mentions.ending(at: start - 1), actor.entityKind != .person {
        of = of ?? actor.entity
        start = actor.tokens.lowerBound
      } else {
        break
      }
    }
    return (start, of)
  }

  /// ", the deputy secretary of state," / ", head of the Russian International
  /// Affairs Council" / ", a former Russian diplomat": the title and what it is of.
  mutating func appositionTitle(_ paragraph: Paragraph, after comma: Int) -> (
    title: String, of: String?, end: Int
  )? {
    let tokens = paragraph.tokens
    var position = comma
    if position < tokens.count, ["the", "a", "an"].contains(tokens[position].key) { position += 1 }
    var of: String?
    let limit = min(tokens.count, position + 6)
    while position < limit {
      if let title = index.titles.match(tokens, at: position) {
        var end = position + title.length
        let titleText = text(paragraph, position..<end)
        // "of the Carnegie Moscow Center", "to the United States"
        if end + 1 < tokens.count, ["of", "to", "at"].contains(tokens[end].key) {
          var next = end + 1
          if next < tokens.count, tokens[next].key == "the" { next += 1 }
          let actor = paragraph.mentions.starting(at: next)
          let organization = organizationRun(tokens, from: next)
          if let actor, actor.tokens.count >= organization?.count ?? 0 {
            of = actor.entity
            end = actor.tokens.upperBound
          } else if let organization {
            of = builder.other(
              name: text(paragraph, organization), kind: .organization,
              evidence: evidence(paragraph, organization, "organization.apposition", 0.7))
            end = organization.upperBound
          }
        }
        return (capitalizedTitle(titleText), of, end)
      }
      if let actor = paragraph.mentions.starting(at: position) {
        of = actor.entity
        position = actor.tokens.upperBound
        continue
      }
      guard tokens[position].isWord, !tokens[position].isCapitalized else { return nil }
      position += 1
    }
    return nil
  }

  /// "Russian International Affairs Council": capitalized words ending in a
  /// word that names a body.
  func organizationRun(_ tokens: [Token], from start: Int) -> Range<Int>? {
    var end = start
    while end < tokens.count, tokens[end].isWord,
      tokens[end].isCapitalized
        || (end > start && ["of", "for", "and", "on"].contains(tokens[end].key))
    {
      end += 1
    }
    while end > start, !tokens[end - 1].isCapitalized { end -= 1 }
    guard end - start >= 2, organizationHeads.contains(tokens[end - 1].key) else { return nil }
    return start..<end
  }

  /// Capitalized words after "told" that end the clause and are nobody's
  /// name: a newspaper or broadcaster.
  func outletRun(_ tokens: [Token], from start: Int, mentions: MentionTable) -> Range<Int>? {
    var end = start
    // Place names inside are part of the outlet's name ("The Moscow Times").
    while end < tokens.count, end - start < 4, tokens[end].isWord,
      tokens[end].isCapitalized || tokens[end].isAllCaps
    {
      end += 1
    }
    guard end - start >= 2, end == tokens.count || tokens[end].kind == .punctuation,
      knownPerson(surname: tokens[end - 1].text) == nil,
      !(start..<end).contains(where: { mentions.covers($0) })
        || !(start..<end).allSatisfy({ mentions.covers($0) || tokens[$0].key == "the" })
    else { return nil }
    return start..<end
  }

  /// Whether the name is the subject or object of a speech verb: "X said",
  /// "said X", "X told", "according to X".
  func isSpeaker(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    if name.upperBound < tokens.count, index.speechVerbs.match(tokens, at: name.upperBound) != nil {
      return true
    }
    if name.lowerBound > 0, index.speechVerbs.match(tokens, at: name.lowerBound - 1)?.length == 1 {
      return true
    }
    if name.lowerBound >= 2, tokens[name.lowerBound - 2].key == "according",
      tokens[name.lowerBound - 1].key == "to"
    {
      return true
    }
    return false
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

  mutating func noteRecent(_ id: String) {
    recentPeople.removeAll { $0 == id }
    recentPeople.append(id)
  }

  /// The person this article (else any article) last named with this surname.
  func knownPerson(surname: String) -> String? {
    let key = folded(surname)
    if let local = recentPeople.last(where: { builder.surname(of: $0) == key }) { return local }
    let matches = builder.people(withSurname: key)
    if matches.count == 1 { return matches[0].id }
    if !matches.isEmpty { return nil }
    if let local = recentPeople.last(where: { builder.familyFirst(of: $0) == key }) {
      return local
    }
    let families = builder.people(withFamilyNameFirst: key)
    return families.count == 1 ? families[0].id : nil
  }

  func knownPerson(fullName words: [String]) -> String? {
    guard let id = knownPerson(surname: words.last!), let person = builder.entity(id) else {
      return nil
    }
    let initial = folded(words[0]).first
    return person.initial == nil || person.initial == initial ? id : nil
  }

  /// "the ambassador", "the Russian leader", "a senior Biden administration
  /// official", and subject pronouns.
  mutating func findReferences(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    var position = 0
    while position < tokens.count {
      defer { position += 1 }
      guard !paragraph.mentions.covers(position) else { continue }
      let key = tokens[position].key
      if key == "he" || key == "she", let id = antecedent(paragraph, before: position) {
        paragraph.mentions.add(
          Mention(
            tokens: position..<position + 1, entity: id, kind: .reference, entityKind: .person))
        continue
      }
      // "the statement says", "the joint declaration": the document last signed or named.
      if ["the", "a", "an", "this", "that"].contains(key),
        let document = documentDescriptor(tokens, at: position + 1)
      {
        let words = text(paragraph, position + 1..<document.upperBound)
        let id: String
        if key == "a" || key == "an" || descriptors["document"] == nil {
          guard document.count >= 2 || descriptors["document"] == nil else { continue }
          // The joint statement of a summit is the same text in every article.
          id = builder.other(
            name: words, kind: .document,
            evidence: evidence(
              paragraph, position..<document.upperBound, "document.descriptor", 0.6))
          descriptors["document"] = id
        } else {
          id = descriptors["document"]!
          builder.addAlias(words, to: id)
        }
        paragraph.mentions.add(
          Mention(
            tokens: position..<document.upperBound, entity: id, kind: .reference,
            entityKind: .document))
        continue
      }
      // "the allies", "its allies", "the alliance": the alliance last named.
      if ["the", "its", "western"].contains(key), position + 1 < tokens.count,
        ["allies", "alliance"].contains(tokens[position + 1].key), let alliance = lastAlliance
      {
        paragraph.mentions.add(
          Mention(
            tokens: position..<position + 2, entity: alliance, kind: .reference,
            entityKind: .alliance))
        continue
      }
      guard ["the", "a", "an"].contains(key) else { continue }
      // Up to four qualifiers, then a head noun.
      var end = position + 1
      var qualifier: String?
      while end < tokens.count, end - position <= 5, tokens[end].isWord {
        if let title = index.titles.match(tokens, at: end) {
          let titleText = text(paragraph, end..<end + title.length)
          let after = end + title.length
          // "the ambassador" but not "the Ambassador Anatoly Antonov" (handled) nor "the president's".
          if after < tokens.count, tokens[after].isCapitalized, tokens[after].isWord { break }
          if let id = recentPeople.last(where: { holder in
            builder.entity(holder)?.roles.contains {
              folded($0.title).hasSuffix(folded(titleText))
                && (qualifier == nil || $0.of == qualifier)
            } ?? false
          }) {
            paragraph.mentions.add(
              Mention(tokens: position..<after, entity: id, kind: .reference, entityKind: .person))
            noteRecent(id)
          }
          break
        }
        if tokens[end].key == "official" {
          // "the official said", not "the official Facebook page".
          if end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized { break }
          if tokens[position + 1..<end].contains(where: {
            $0.isWord && !$0.isCapitalized && ($0.key.hasSuffix("ed") || $0.key.hasSuffix("ing"))
          }) {
            break
          }
          let range = position..<end + 1
          let isNew = key != "the"
          let words = text(paragraph, position + 1..<end + 1)
          let id: String
          if !isNew, let known = descriptors["official"] {
            id = known
            builder.addAlias(words, to: known)
          } else if isNew || descriptors["official"] == nil, end - position >= 2 || isNew {
            id = builder.other(
              name: words, kind: .person, inArticle: articleNumber,
              evidence: evidence(paragraph, range, "person.unnamed-official", 0.6))
            descriptors["official"] = id
            // "a senior Biden administration official", "a Russian official": whose official.
            if let state = paragraph.mentions.within(position..<end).compactMap({ mention in
              builder.entity(mention.entity).flatMap { $0.kind == .state ? $0.id : $0.country }
            }).first {
              builder.addRole(Role(title: "Official", of: state), to: id)
            }
          } else {
            break
          }
          paragraph.mentions.add(
            Mention(tokens: range, entity: id, kind: .reference, entityKind: .person))
          break
        }
        if let actor = paragraph.mentions.starting(at: end) {
          qualifier = actor.entity
          end = actor.tokens.upperBound
          continue
        }
        end += 1
      }
    }
  }
}

/// Nouns for the texts talks produce.
private let documentNouns: Set<String> = [
  "statement", "declaration", "communique", "communiqué", "memorandum", "accord", "framework",
]

/// Words that may qualify a document noun: "a one-page joint statement".
private let documentQualifiers: Set<String> = [
  "joint", "final", "signed", "one-page", "two-page", "short", "brief", "written", "formal",
  "closing", "concluding", "-", "one", "page",
]

/// Words that end the name of a body.
let organizationHeads: Set<String> = [
  "council", "center", "centre", "institute", "ministry", "department", "agency", "committee",
  "commission", "office", "foundation", "university", "organization", "organisation", "party",
  "mission", "fund", "bank", "service", "union", "times", "news", "post", "network", "group",
  "program", "programme", "forum", "academy", "school", "society", "association", "assembly",
  "parliament", "court", "command", "staff", "corporation", "company", "journal", "review",
]

/// "deputy secretary of state" → "Deputy Secretary of State".
func capitalizedTitle(_ title: String) -> String {
  title.split(separator: " ").map { word in
    ["of", "the", "for", "and", "to", "on"].contains(word.lowercased())
      ? String(word).lowercased() : word.prefix(1).uppercased() + word.dropFirst()
  }.joined(separator: " ")
}
