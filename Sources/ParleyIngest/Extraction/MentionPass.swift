import ParleyCore

/// Finds who and what a paragraph names: lexicon actors, people by title,
/// apposition and surname, outlets, documents, unnamed officials, and the
/// people that descriptions and pronouns refer to. What it learns about the
/// article's people is kept from paragraph to paragraph, so that "Ryabkov",
/// "the deputy minister" and "he" find the person named before.
struct MentionPass {
  let index: LexiconIndex
  let builder: DraftBuilder
  /// People mentioned so far in this article, most recent last.
  private(set) var recentPeople: [String] = []
  /// How many of the last ``recentPeople`` a speaker's title is looked
  /// for inside the roles of ("said the Special Envoy").
  static let recentSpeakers = 64
  /// Where each of ``recentPeople`` lies in the builder's table, so that
  /// their names are read without looking their ids up.
  private(set) var recentSlots: [Int] = []
  /// The first person named in the last sentence that named one, for pronouns.
  var lastSubject: String?
  /// The alliance last named, for "the allies" and "the alliance".
  var lastAlliance: String?
  /// The opposition the article last named, for "the opposition".
  var lastOpposition: String?
  /// The last ``recentSpeakers`` people named before the paragraph being
  /// read: a description there may refer to them wherever they stand, to
  /// the paragraph's own people only once they are named.
  var peopleBeforeParagraph: [String] = []
  /// Unnamed speakers ("a senior administration official") and documents, by
  /// head noun; under "named-official", the person an apposition called the
  /// official ("Saeb Erekat, a senior Palestinian official").
  var descriptors: [String: String] = [:]
  /// Whom each surname written alone has meant in this article, by its key:
  /// "Kim" stays Kim Jong Un after "Kim Yong Chol" is named in full.
  var shortNames: [String: String] = [:]

  init(index: LexiconIndex, builder: DraftBuilder) {
    (self.index, self.builder) = (index, builder)
  }

  /// Notes that the article names `id` now: it becomes the most recent.
  mutating func noteRecent(_ id: String) {
    if let known = recentPeople.firstIndex(of: id) {
      recentPeople.remove(at: known)
      recentSlots.remove(at: known)
    }
    recentPeople.append(id)
    recentSlots.append(builder.slot(of: id) ?? -1)
  }

  /// Adds an entity the lexicon does not list, named `name` as written,
  /// and its mention there.
  mutating func addUnlisted(
    _ paragraph: inout Paragraph, _ name: Range<Int>, kind: Entity.Kind,
    as mentionKind: Mention.Kind, evidence: Evidence
  ) {
    let id = builder.other(name: paragraph.text(name), kind: kind, evidence: evidence)
    paragraph.mentions.add(Mention(tokens: name, entity: id, kind: mentionKind, entityKind: kind))
  }

  /// Adds the body named `name`, with the state or its adjective just
  /// before it (`state`, its country) when there is one.
  private mutating func addStateBody(
    _ paragraph: inout Paragraph, _ name: Range<Int>, state: Mention?, rule: String
  ) {
    let from = state?.tokens.lowerBound ?? name.lowerBound
    let id = builder.other(
      name: paragraph.text(from..<name.upperBound), kind: .organization,
      evidence: paragraph.evidence(from..<name.upperBound, rule, 0.6))
    if let state { builder.setCountry(state.entity, of: id) }
    paragraph.mentions.replace(
      Mention(
        tokens: from..<name.upperBound, entity: id, kind: .organization,
        entityKind: .organization))
  }

  /// The state, or its adjective, written just before `name` with nothing
  /// between ("U.S. Forces Korea", "Ukrainian Navy"), when the name has one
  /// of `state-body-words` ("Israel Katz", "Ukrainian Oleg Nikolenko" are
  /// people) and the state ends no title ("Special Coordinator for Lebanon Joanna
  /// Wronecka": after a title word or one of `title-links` or
  /// `remit-links`).
  private func stateBefore(_ paragraph: Paragraph, _ name: Range<Int>) -> Mention? {
    let tokens = paragraph.tokens
    guard name.lowerBound > 0,
      let state = paragraph.mentions.ending(at: name.lowerBound - 1), state.entityKind == .state,
      index.words.stateBodyWords.containsAny(of: tokens, in: name)
    else { return nil }
    if state.tokens.lowerBound > 0 {
      let before = tokens[state.tokens.lowerBound - 1]
      guard
        !(index.words.titleLinks.contains(before) || index.words.remitLinks.contains(before)
          || index.titleWords.contains(before.key))
      else { return nil }
    }
    return state
  }

  /// The body a lexicon body's name `name`, which the lexicon gives to a
  /// body of `country`, names when written after another state, its
  /// adjective or possessive ("the Philippine Congress", "the Irish Foreign
  /// Office", "Brazil's Congress") or after two or three capitalized words
  /// no mention covers ("the African National Congress"; with a state before
  /// them, one is enough: "the Indian National Congress"): the whole name, and
  /// the state before it if any. (One word alone is a modifier, "the
  /// Republican Congress"; a day or month does not count: "On Tuesday
  /// Congress voted".)
  private func otherBody(_ paragraph: Paragraph, _ name: Range<Int>, country: String)
    -> (name: Range<Int>, state: Mention?)?
  {
    let tokens = paragraph.tokens
    var start = name.lowerBound
    while start > 0, name.lowerBound - start < 3, tokens[start - 1].isWord,
      tokens[start - 1].isCapitalized, !paragraph.mentions.covers(start - 1),
      !index.words.determiners.contains(tokens[start - 1]),
      !index.dateWords.isCalendarWord(tokens[start - 1])
    {
      start -= 1
    }
    // ("Chile's National Congress": past a possessive.)
    let stateEnd =
      start > 1 && index.words.possessiveMarkers.contains(tokens[start - 1]) ? start - 2 : start - 1
    let state = stateEnd >= 0 ? paragraph.mentions.ending(at: stateEnd) : nil
    // (A state's name, not its adjective or possessive, only with a word
    // between: "aid for Israel Congress approved" is the US Congress.)
    if let state, state.entityKind == .state,
      state.isDemonym || stateEnd < start - 1 || start < name.lowerBound
    {
      guard state.entity != country || start < name.lowerBound else { return nil }
      return (start..<name.upperBound, state)
    }
    guard name.lowerBound - start >= 2 else { return nil }
    return (start..<name.upperBound, nil)
  }

  /// The body `name` ends in (one of `organization-heads`) with up to
  /// three capitalized words before it, owned by the state just before
  /// them, through a possessive or as an adjective: "Egypt's Foreign
  /// Ministry", "the Sudanese Information Ministry".
  private func possessedBody(_ paragraph: Paragraph, _ name: Range<Int>)
    -> (name: Range<Int>, state: Mention)?
  {
    let tokens = paragraph.tokens
    guard index.words.organizationHeads.contains(tokens[name.upperBound - 1]) else { return nil }
    var start = name.lowerBound
    while start > 0, name.lowerBound - start < 3, tokens[start - 1].isWord,
      tokens[start - 1].isCapitalized, !paragraph.mentions.covers(start - 1)
    {
      start -= 1
    }
    var end = start - 1
    if end > 0, index.words.possessiveMarkers.contains(tokens[end]) { end -= 1 }
    guard end >= 0, let state = paragraph.mentions.ending(at: end), state.entityKind == .state
    else { return nil }
    return (start..<name.upperBound, state)
  }

  /// Adds the paragraph's mentions to `paragraph.mentions`.
  mutating func run(_ paragraph: inout Paragraph) {
    findMentions(&paragraph)
    for sentence in paragraph.sentences.reversed() {
      if let subject = paragraph.mentions.first(
        in: sentence.tokens,
        where: {
          $0.entityKind == .person
        })
      {
        lastSubject = subject.entity
        break
      }
    }
  }
}

extension MentionPass {
  mutating func findMentions(_ paragraph: inout Paragraph) {
    // (Copied, not hashed: most paragraphs never ask.)
    peopleBeforeParagraph = Array(recentPeople.suffix(Self.recentSpeakers))
    let tokens = paragraph.tokens
    // (Read once: asked at every token below.)
    let (actors, titles) = (index.actors, index.titles)
    // 0. A transcript's turn: "MS. ORTAGUS: …" is Morgan Ortagus speaking.
    if let label = TranscriptTurn.label(in: tokens, index: index) {
      var speaker: String?
      if !label.asking {
        let named = label.label.lowerBound..<label.label.upperBound - 1
        speaker =
          label.name.count == 1
          ? knownPerson(surname: label.name[0]) : knownPerson(fullName: label.name)
        if speaker == nil {
          speaker = builder.person(
            fullName: label.name,
            evidence: paragraph.evidence(named, "person.transcript-label", 0.7))
        }
        noteRecent(speaker!)
        paragraph.mentions.add(
          Mention(tokens: named, entity: speaker!, kind: .reference, entityKind: .person))
      }
      paragraph.turn = TranscriptTurn(
        speaker: speaker, label: label.label, words: label.label.upperBound..<tokens.count)
    }
    // 1. Lexicon actors, longest match first.
    var position = 0
    while position < tokens.count {
      guard let match = actors.match(tokens, at: position) else {
        position += 1
        continue
      }
      // "Foreign Minister Emilio Colombo said", "Foreign Minister Israel
      // Katz said": a place's one word is part of a person's name.
      if match.length == 1, isInTitledName(tokens, at: position) {
        position += 1
        continue
      }
      // "Russia's foreign ministry" is the Russian Foreign Ministry.
      if let owned = possessiveBody(tokens, at: position, owner: match.value[0]) {
        let actor = index.actor(owned.actor)
        builder.actor(
          owned.actor,
          evidence: paragraph.evidence(owned.range, "entity.lexicon-possessive", 0.85),
          alias: paragraph.text(owned.range))
        paragraph.mentions.add(
          Mention(
            tokens: owned.range, entity: actor.id, kind: .actor(.alias), entityKind: actor.kind))
        position = owned.range.upperBound
        continue
      }
      let range = position..<position + match.length
      // "in Geneva", "at the White House"
      var before = position - 1
      if before > 0, index.words.determiners.contains(tokens[before]) { before -= 1 }
      // ("Delegations from Moscow and Kyiv met": who sent them, not where;
      // only in a list of senders, so that "envoys from Moscow arrived in
      // Minsk" and "the delegation from Kabul" stay places.)
      let afterPreposition =
        before >= 0 && index.words.placePrepositions.contains(tokens[before])
        && !(before > 0 && index.words.delegationLinks.contains(tokens[before])
          && index.words.delegationGroups.contains(tokens[before - 1])
          && range.upperBound < tokens.count
          && index.words.listJoiners.contains(tokens[range.upperBound]))
      // "in Geneva" names the place; "Moscow said" the state.
      let place =
        afterPreposition ? match.value.first(where: { index.actorKind($0.actor) == .place }) : nil
      // "in Singapore": a capital named as its state is the state's metonym,
      // right after "in" or "at" and before no name of its own (not "from
      // Luxembourg", "the Singapore embassy", "the Luxembourg Palace").
      let namesake =
        afterPreposition && index.words.venuePrepositions.contains(tokens[position - 1])
          && !(range.upperBound < tokens.count && tokens[range.upperBound].isWord
            && (tokens[range.upperBound].isCapitalized
              || index.words.buildingHeads.contains(tokens[range.upperBound])))
        ? match.value.first(where: { metonym in
          metonym.kind == .metonym
            && match.value.contains { $0.actor == metonym.actor && $0.kind == .name }
        }) : nil
      let choice =
        place ?? namesake
        ?? match.value.first(where: {
          index.actorKind($0.actor) != .place || match.value.count == 1
        })
        ?? match.value[0]
      let actor = index.actor(choice.actor)
      // "the Philippine Congress", "the African National Congress": not the
      // body the lexicon gives the bare name to.
      if choice.kind == .name || choice.kind == .alias, actor.kind == .organization,
        let country = actor.country, let other = otherBody(paragraph, range, country: country)
      {
        // (In a longer name, "the Sudanese Congress Party", the name is
        // that body's, found below.)
        if range.upperBound >= tokens.count || !tokens[range.upperBound].isWord
          || !tokens[range.upperBound].isCapitalized
        {
          addStateBody(
            &paragraph, other.name, state: other.state, rule: "organization.state-namesake")
        }
        position = range.upperBound
        continue
      }
      if choice.kind == .demonym {
        // An adjective names the state only before a collective noun or as a
        // plural noun ("the Russians"); otherwise it is not evidence of an actor.
        let next = range.upperBound < tokens.count ? tokens[range.upperBound].key : ""
        let plural = index.words.pluralSuffixes.matches(tokens[range.upperBound - 1].key)
        if !(index.words.collectiveNouns.contains(next) || plural
          || titles.match(tokens, at: range.upperBound) != nil)
        {
          // Still a reference to the state ("a Pakistani prison"): it is
          // an entity of the article, with lower confidence.
          builder.actor(
            choice.actor,
            evidence: paragraph.evidence(range, "entity.lexicon-demonym-adjective", 0.5),
            alias: nil)
          paragraph.mentions.add(
            Mention(tokens: range, entity: actor.id, kind: .actor(.demonym), entityKind: actor.kind)
          )
          position = range.upperBound
          continue
        }
      }
      // "in Niamey", "at the White House": a capital or a building the
      // lexicon knows only as its state's metonym is, after a preposition,
      // the place itself.
      if choice.kind == .metonym, actor.kind != .place, afterPreposition {
        let id = builder.other(
          name: paragraph.text(range), kind: .place,
          evidence: paragraph.evidence(range, "place.metonym-as-place", 0.8))
        if let country = actor.kind == .state ? actor.id : actor.country {
          builder.actor(index.actorIndex[country] ?? choice.actor, evidence: nil, alias: nil)
          builder.setCountry(country, of: id)
        }
        paragraph.mentions.add(
          Mention(tokens: range, entity: id, kind: .organization, entityKind: .place))
        position = range.upperBound
        continue
      }
      if actor.kind == .alliance { lastAlliance = actor.id }
      let written = paragraph.text(range)
      builder.actor(
        choice.actor,
        evidence: paragraph.evidence(range, choice.kind.lexiconRule, 0.9),
        alias: choice.kind == .demonym ? nil : written)
      paragraph.mentions.add(
        Mention(tokens: range, entity: actor.id, kind: .actor(choice.kind), entityKind: actor.kind))
      position = range.upperBound
    }
    // 1b. Buildings talks are held in: "at the Palace of Independence in Minsk".
    findBuildings(&paragraph)
    // 1b'. Places named by a word for what they are: "Lake Prespa", "the Karish gas field".
    findFeatures(&paragraph)
    // 1c. Named texts: "the Implementation Annex", "the Minsk protocol".
    findNamedDocuments(&paragraph)
    // 1d. Places of meetings the lexicon does not know: "a meeting in Ohrid".
    findMeetingPlaces(&paragraph)
    // 1d'. Places a noun for one names: "the village of Oteshevo".
    findNamedPlaces(&paragraph)
    // 1e. Movements the lexicon does not know: "the Rwandan Patriotic Front (RPF)".
    findMovements(&paragraph)
    // 1f. Bodies the lexicon does not know: "the Redeployment Coordination Committee".
    findBodies(&paragraph)
    findBodiesBeforeLowerCaseHeads(&paragraph)
    findLedCoalitions(&paragraph)
    // 2. People after a title: "Deputy Foreign Minister Sergei Ryabkov".
    position = 0
    while position < tokens.count {
      guard !paragraph.mentions.covers(position),
        let title = titles.match(tokens, at: position)
      else {
        position += 1
        continue
      }
      var nameStart = position + title.length
      var of: String?
      // ("The U.S. ambassador to Israel": a post's place, not whose it is.)
      var posted = false
      var remit: String?
      var titleEnd = nameStart
      // "Deputy Foreign Minister of the Russian Federation Alexander Grushko",
      // "Deputy Minister of Defense of the Russian Federation Alexander Fomin"
      // "Russia's ambassador to Kiev Mikhail Zurabov": "to" as "of".
      for _ in 0..<2
      where nameStart < tokens.count && index.words.titleLinks.contains(tokens[nameStart]) {
        var next = nameStart + 1
        if next < tokens.count, index.words.definiteArticles.contains(tokens[next]) { next += 1 }
        if let actor = paragraph.mentions.starting(at: next), actor.entityKind != .person {
          posted = posted || index.words.postingLinks.contains(tokens[nameStart])
          of = actor.entity
          nameStart = actor.tokens.upperBound
        } else if next < tokens.count, tokens[next].isCapitalized,
          next + 1 < tokens.count, index.words.titleChainLinks.contains(tokens[next + 1])
        {
          nameStart = next + 1
          titleEnd = nameStart
        } else if let comma = bodyBeforeName(tokens, from: next, mentions: paragraph.mentions) {
          // "the chairman of the Senate Foreign Relations Committee, Bob
          // Corker, said": a body the lexicon lacks, then the name.
          nameStart = comma
          titleEnd = comma
          break
        } else {
          break
        }
      }
      // "the special representative for the dialogue, Miroslav Lajčák": a
      // few lower-case words, then the name set off by a comma; or a state
      // or place the lexicon or an earlier rule knows ("the UN envoy for
      // Syria, Staffan de Mistura,"). (Not a title inside another's: "the
      // Special Envoy of the Secretary-General for Yemen, Mr. Martin
      // Griffiths," is no Secretary-General.)
      let inner =
        position > 0 && index.words.titleLinks.contains(tokens[position - 1])
        || position > 1 && index.words.definiteArticles.contains(tokens[position - 1])
          && index.words.titleLinks.contains(tokens[position - 2])
      if !inner, nameStart < tokens.count, index.words.remitLinks.contains(tokens[nameStart]),
        // (After the link: the link itself may be a comma.)
        let comma = tokens[nameStart + 1..<min(tokens.count, nameStart + 6)].firstIndex(where: {
          $0.isMark(",")
        }),
        (nameStart + 1..<comma).allSatisfy({ at in
          tokens[at].isWord
            && (!tokens[at].isCapitalized
              || paragraph.mentions.covering(at).map { $0.entityKind != .person } ?? false)
        })
      {
        // ("the minister for Ireland, Simon Coveney,": Ireland's, when no
        // one else's is said.)
        remit =
          paragraph.mentions.first(in: nameStart + 1..<comma) {
            $0.entityKind == .state && !$0.isDemonym
          }?.entity
        nameStart = comma
      }
      // "the head of the UN mission in South Sudan, Nicholas Haysom,": more
      // of the remit after the actor, then the name set off by commas.
      if of != nil, nameStart < tokens.count, !tokens[nameStart].isMark(","),
        nameRun(tokens, from: nameStart, mentions: paragraph.mentions) == nil,
        let comma = bodyBeforeName(
          tokens, from: nameStart, mentions: paragraph.mentions, ofActor: true)
      {
        nameStart = comma
        titleEnd = comma
      }
      // "the President of Serbia, Aleksandar Vučić,": the name set off by commas.
      if nameStart + 1 < tokens.count, tokens[nameStart].isMark(","),
        let name = nameRun(tokens, from: nameStart + 1, mentions: paragraph.mentions),
        name.count >= 2, endsName(tokens, at: name.upperBound)
      {
        nameStart += 1
      }
      // "Prince Mohammed said" after "Crown Prince Mohammed bin Salman": a
      // given name after a title the person holds is that person.
      let run = nameRun(tokens, from: nameStart, mentions: paragraph.mentions)
      if let name = run, name.count == 1, name.lowerBound == nameStart,
        let id = knownPerson(
          givenName: folded(tokens[name.lowerBound].text), title: tokens[position..<nameStart])
      {
        paragraph.mentions.add(
          Mention(
            tokens: position..<name.upperBound, entity: id, kind: .reference, entityKind: .person))
        noteRecent(id)
        position = name.upperBound
        continue
      }
      // "Special Representative Khalilzad", "Secretary Pompeo said": a surname
      // alone after a title the article had not introduced.
      guard let name = run,
        name.count >= 2 || knownPerson(surname: tokens[name.lowerBound].text) != nil
          || (title.length >= 2 || endsName(tokens, at: name.upperBound))
            && !index.titleWords.contains(tokens[name.lowerBound].key),
        !index.words.organizationHeads.contains(tokens[name.upperBound - 1])
      else {
        position += title.length
        continue
      }
      let start = titleStart(tokens, before: position, mentions: paragraph.mentions)
      // ("The U.S. ambassador to Israel, Tom Nides" is the United States'.)
      of = posted ? start.of ?? of : of ?? start.of ?? remit
      let id = person(
        paragraph, name,
        evidence: paragraph.evidence(start.token..<name.upperBound, "person.title-name", 0.9))
      let titleText = capitalizedTitle(paragraph.text(position..<titleEnd))
      // "the separatist leaders Alexander Zakharchenko and Igor Plotnitsky":
      // the title is both's, each holding it once ("Separatist Leader").
      position = name.upperBound
      // (Not a person with a title of their own: "Secretary of State Antony
      // Blinken and National Security Adviser Jake Sullivan".)
      let other =
        position + 2 < tokens.count && index.words.coordinators.contains(tokens[position])
          && titles.match(tokens, at: position + 1) == nil
        ? nameRun(tokens, from: position + 1, mentions: paragraph.mentions).flatMap {
          $0.count >= 2 ? $0 : nil
        } : nil
      // (Not "Minister of Foreign Affairs": there the plural is not the title's head.)
      let headLast = !titleText.pieces(separatedBy: " ").contains {
        index.words.titleLowerWords.contains($0.lowercased())
      }
      let singular =
        other != nil && headLast ? index.words.pluralSuffixes.removed(from: titleText) : nil
      // "former President Álvaro Uribe", "ex-President": a past holder's
      // role. (The word may be one of the title's qualifiers.)
      var tenure = start.token - 1
      if tenure > 0, tokens.isJoiningHyphen(at: tenure) { tenure -= 1 }
      let pastWord = (max(0, tenure)..<position).first {
        index.words.pastTenureWords.contains(tokens[$0])
      }
      let past = pastWord.map { pastTenurePrefix(tokens, at: $0) } ?? ""
      builder.addRole(Role(title: past + (singular ?? titleText), of: of), to: id)
      paragraph.mentions.add(
        Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      if let other {
        let second = person(
          paragraph, other,
          evidence: paragraph.evidence(other, "person.title-name-coordinated", 0.8))
        if let singular { builder.addRole(Role(title: past + singular, of: of), to: second) }
        paragraph.mentions.add(
          Mention(tokens: other, entity: second, kind: .person, entityKind: .person))
        position = other.upperBound
      }
    }
    // 2b. "his Turkish counterpart Recep Tayyip Erdogan".
    findCounterparts(&paragraph)
    // 2c. "Rodolfo Benitez of Cuba", "Rodrigo Londono, known as Timochenko".
    findNamesWithOrigin(&paragraph)
    // 3. People in appositions: "Wendy Sherman, the deputy secretary of state".
    position = 0
    while position < tokens.count {
      guard !paragraph.mentions.covers(position),
        position == 0 || !tokens[position - 1].isCapitalized
          || tokens[position - 1].kind == .punctuation,
        let name = nameRun(tokens, from: position, mentions: paragraph.mentions), name.count >= 2,
        name.upperBound + 1 < tokens.count, tokens[name.upperBound].isMark(",")
      else {
        position += 1
        continue
      }
      if let apposition = appositionTitle(paragraph, after: name.upperBound + 1) {
        let id = person(
          paragraph, name,
          evidence: paragraph.evidence(name.lowerBound..<apposition.end, "person.apposition", 0.85)
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
      // A title is no name ("said Vice Adm. Brad Cooper": "Vice Adm.").
      if let title = titles.match(tokens, at: position), title.length >= name.count {
        position += title.length
        continue
      }
      var words = tokens[name].filter(\.isWord).map(\.text)
      // "Von der Leyen said": a surname with its particles.
      while words.count > 1, index.words.nameParticles.contains(words[0].lowercased()) {
        words.removeFirst()
      }
      if let id = knownPerson(surname: words.last!),
        words.count == 1 || knownPerson(fullName: words) == id,
        name.upperBound < tokens.count,
        index.words.governmentNouns.contains(tokens[name.upperBound]),
        let country = builder.entity(id)?.country, let state = builder.entity(country)
      {
        // "the Biden administration" is the United States government.
        let range = name.lowerBound..<name.upperBound + 1
        paragraph.mentions.add(
          Mention(tokens: range, entity: country, kind: .actor(.metonym), entityKind: state.kind))
      } else if let id = words.count == 1
        ? shortNames[tokens[name.lowerBound].key] ?? knownPerson(surname: words[0])
        : knownPerson(surname: words.last!),
        words.count == 1 || knownPerson(fullName: words) == id
      {
        // ("de Mistura said", "al-Assad said": the particles before a
        // surname in lower case are the reference's too.)
        let start =
          words.count == 1
          ? particlesBefore(tokens, name.lowerBound, mentions: paragraph.mentions)
          : name.lowerBound
        paragraph.mentions.add(
          Mention(
            tokens: start..<name.upperBound, entity: id,
            kind: words.count == 1 ? .reference : .person, entityKind: .person))
        if words.count == 1 { shortNames[tokens[name.lowerBound].key] = id }
        noteRecent(id)
      } else if let known = knownPersonEnding(paragraph, name),
        known != name || !(isSpeaker(tokens, name) && !isOutlet(tokens, name))
      {
        // "Rishi Sunak and Joe Biden met", "Foreign Ministers Sergei Lavrov
        // and …", "Foreign Ministers Sergei Lavrov said": a person the
        // lexicon knows, named without a title it knows. (A speaker named
        // just so is found as a speaker, below; one whose run has more
        // words than the name is the name.)
        let id = person(
          paragraph, known, evidence: paragraph.evidence(known, "person.lexicon-name", 0.8))
        paragraph.mentions.add(
          Mention(tokens: known, entity: id, kind: .person, entityKind: .person))
      } else if isSpeaker(tokens, name),
        index.words.outletNames.contains(tokens[name.upperBound - 1]),
        !isOutlet(tokens, name),
        !(name.count >= 2 && index.words.givenNames.contains(tokens[name.lowerBound]))
      {
        // "Xinhua said", "told Interfax", "Fox News said", "CBS News said":
        // a news outlet, not a person ("Ahmed Abu Wafa said" is one), and
        // no side of a talk it reports.
        let outlet = outletName(paragraph, ending: name)
        addUnlisted(
          &paragraph, outlet, kind: .organization, as: .body,
          evidence: paragraph.evidence(outlet, "organization.outlet", 0.6))
      } else if isSpeaker(tokens, name), let body = possessedBody(paragraph, name) {
        // "Egypt's Foreign Ministry said", "the Sudanese Information
        // Ministry said": a body of the state the lexicon lacks.
        addStateBody(&paragraph, body.name, state: body.state, rule: "organization.state-speaker")
      } else if isSpeaker(tokens, name), let state = stateBefore(paragraph, name) {
        // "U.S. Forces Korea said", "Ukrainian Navy said": a body of the state.
        addStateBody(&paragraph, name, state: state, rule: "organization.state-speaker")
      } else if name.count >= 2, isSpeaker(tokens, name), !isOutlet(tokens, name) {
        let id = person(paragraph, name, evidence: paragraph.evidence(name, "person.speaker", 0.7))
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      } else if let kind = stanceSubjectKind(tokens, name, mentions: paragraph.mentions) {
        if kind == .person {
          let id = person(
            paragraph, name, evidence: paragraph.evidence(name, "person.stance-subject", 0.6))
          paragraph.mentions.add(
            Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
        } else {
          // "the Libyan National Army": with the adjective of its state.
          let state = paragraph.mentions.ending(at: name.lowerBound - 1).flatMap {
            $0.isDemonym && $0.entityKind == .state ? $0 : nil
          }
          addStateBody(&paragraph, name, state: state, rule: "organization.stance-subject")
        }
      } else if isGivenName(tokens, name) {
        // "two Americans jailed in Russia, Paul Whelan and Trevor Reed".
        let id = person(
          paragraph, name, evidence: paragraph.evidence(name, "person.given-name", 0.6))
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      } else if name.count == 1, isSpeaker(tokens, name),
        !index.titleWords.contains(tokens[position].key),
        // ("Diplomats said", "Officials say": one of `group-nouns`, no
        // surname; "Ministry said": a body.)
        !index.words.groupNouns.contains(tokens[position]),
        !index.words.organizationHeads.contains(tokens[position])
      {
        // "According to Peskov": a surname the article never introduced.
        let id = person(
          paragraph, name, evidence: paragraph.evidence(name, "person.surname-speaker", 0.5))
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
      }
      position = name.upperBound
    }
    // 5. News outlets people talk to: "told The Moscow Times", "told ABC News".
    // (Only in a paragraph with one of the verbs.)
    let outletVerbs = index.words.outletVerbs
    if outletVerbs.occurs(in: paragraph.lists) {
      for position in tokens.indices where outletVerbs.contains(tokens[position]) {
        guard let run = outletRun(tokens, from: position + 1, mentions: paragraph.mentions) else {
          continue
        }
        let id = builder.other(
          name: paragraph.text(run), kind: .organization,
          evidence: paragraph.evidence(position..<run.upperBound, "organization.told-outlet", 0.6))
        paragraph.mentions.replace(
          Mention(tokens: run, entity: id, kind: .organization, entityKind: .organization))
      }
    }
    // 6. "the opposition": a party of its own.
    findOppositions(&paragraph)
    // 7. "the ambassador", "the Russian leader", "a senior administration official", he, she.
    findReferences(&paragraph)
  }
}

extension MentionPass {
  /// "at the Palace of Independence", "at Dolmabahce Palace", "at Castle
  /// Buildings": a building after "at" or "in", named in capitals with a word
  /// for a building in it, is a place; its country is that of the city named
  /// just after it.
  ///
  /// Later, the name without that word is the same building: "the
  /// Metropole hotel", then "a dinner at the Metropole".
  mutating func findBuildings(_ paragraph: inout Paragraph) {
    // (A building's name has a word for one, or is one named before.)
    let hasHeads = index.words.buildingHeads.occurs(in: paragraph.lists)
    guard hasHeads || builder.namesBuildingsShort(inArticle: paragraph.article) else { return }
    let tokens = paragraph.tokens
    for position in tokens.indices
    where index.words.venuePrepositions.contains(tokens[position]) {
      var start = position + 1
      if start < tokens.count, index.words.determiners.contains(tokens[start]) { start += 1 }
      // (Without a word for a building, only a shorter name can be one.)
      if !hasHeads,
        start >= tokens.count || !builder.mayNameBuildingShort(startingWith: tokens[start].key)
      {
        continue
      }
      // "in Istanbul's Dolmabahce Palace": the city owns the building.
      var owner: Mention?
      if let city = paragraph.mentions.starting(at: start), city.entityKind == .place,
        city.tokens.upperBound + 1 < tokens.count,
        index.words.possessiveMarkers.contains(tokens[city.tokens.upperBound])
      {
        owner = city
        start = city.tokens.upperBound + 1
      }
      var end = start
      while end < tokens.count, end - start < 6, !paragraph.mentions.covers(end),
        tokens[end].isWord && tokens[end].isCapitalized
          || (end > start && index.words.buildingJoiners.contains(tokens[end]))
      {
        end += 1
        // "the Hotel Inter-Continental": capitalized parts joined by a hyphen.
        if tokens.isJoiningHyphen(at: end), tokens[end + 1].isWord, tokens[end + 1].isCapitalized {
          end += 2
        }
      }
      while end > start, !tokens[end - 1].isCapitalized { end -= 1 }
      // "the Capella hotel": a lower-case building word after the name.
      if end > start, end < tokens.count, tokens[end].isWord,
        index.words.buildingHeads.contains(tokens[end])
      {
        end += 1
      }
      // (A head alone before a word of its name it cannot read is no name:
      // "the Palais" cut from "the Palais de l'Elysee" would be every
      // palace; "the Chancellery on March 4" is one.)
      guard end > start,
        end - start > 1 || !index.words.buildingHeads.contains(tokens[start])
          || end >= tokens.count || !index.words.nameParticles.contains(tokens[end])
      else { continue }
      let range = start..<end
      guard index.words.buildingHeads.containsAny(of: tokens, in: range) else {
        // (Not one in a town named after it that is not its own: "the
        // Intercontinental hotel in Geneva", then "the Intercontinental in
        // Amman".)
        let town =
          end + 1 < tokens.count && index.words.buildingCityLinks.contains(tokens[end])
          ? paragraph.mentions.starting(at: end + 1).flatMap { $0.entityKind == .place ? $0 : nil }
          : nil
        if owner == nil, builder.mayNameBuildingShort(startingWith: tokens[start].key),
          let id = builder.building(shortName: paragraph.text(range), inArticle: paragraph.article),
          town == nil || builder.entity(id)?.city == town?.entity
        {
          builder.mentioned(id, evidence: paragraph.evidence(range, "place.building", 0.6))
          paragraph.mentions.add(
            Mention(tokens: range, entity: id, kind: .organization, entityKind: .place))
        }
        continue
      }
      let id = builder.other(
        name: paragraph.text(range), kind: .place,
        evidence: paragraph.evidence(range, "place.building", 0.7))
      // ("the Metropole hotel", "the Hotel Metropole": "the Metropole".)
      // (A head in lower case at the end first: "the Palais Bolivar hotel".)
      let head =
        index.words.buildingHeads.contains(tokens[start])
          && (tokens[end - 1].isCapitalized || !index.words.buildingHeads.contains(tokens[end - 1]))
        ? start : end - 1
      let rest = head == start ? start + 1..<end : start..<end - 1
      // (Not a body's name: "the Foreign Ministry building" is no "Foreign
      // Ministry".)
      if index.words.buildingHeads.contains(tokens[head]), !rest.isEmpty, rest.count <= 3,
        rest.allSatisfy({ tokens[$0].isCapitalized || tokens.isJoiningHyphen(at: $0) }),
        !rest.contains(where: {
          index.words.organizationHeads.contains(tokens[$0])
            || index.titleWords.contains(tokens[$0].key)
        })
      {
        builder.noteBuilding(
          id, shortName: paragraph.text(rest), firstKey: tokens[rest.lowerBound].key,
          inArticle: paragraph.article)
        // (A head in lower case is no part of the name: "the Palais Coburg
        // hotel" is the Palais Coburg.)
        if !tokens[head].isCapitalized { builder.addAlias(paragraph.text(rest), to: id) }
      }
      // "… in Minsk", "Istanbul's …": the city says the country.
      if let city = owner
        ?? (end + 1 < tokens.count && index.words.buildingCityLinks.contains(tokens[end])
          ? paragraph.mentions.starting(at: end + 1) : nil),
        city.entityKind == .place, let country = builder.entity(city.entity)?.country
      {
        builder.setCountry(country, of: id)
        builder.setCity(city.entity, of: id)
      }
      // With its owner, the building stands where the city did, after the
      // preposition: the place a meeting there was held. (Without one, a
      // name another rule took stays that rule's: "the Grand Kremlin".)
      let building = Mention(
        tokens: (owner?.tokens.lowerBound ?? start)..<end, entity: id, kind: .organization,
        entityKind: .place)
      if owner != nil {
        paragraph.mentions.replace(building)
      } else {
        paragraph.mentions.add(building)
      }
    }
  }
}

extension MentionPass {
  /// The comma after a body the lexicon lacks, named from `start` ("the
  /// Senate Foreign Relations Committee, Bob Corker,"): up to five words,
  /// the first capitalized (after "the head of the consortium," the name
  /// may be the consortium's), none of them a name found before, a verb or
  /// an auxiliary; then a comma and a name of two words or more set off by
  /// a second comma.
  ///
  /// After an actor the title is of (`ofActor`), the words may go on in any
  /// case and past places and bodies, not people: "the head of the UN
  /// mission in South Sudan, Nicholas Haysom,".
  func bodyBeforeName(
    _ tokens: [Token], from start: Int, mentions: MentionTable, ofActor: Bool = false
  ) -> Int? {
    guard start < tokens.count, ofActor || tokens[start].isCapitalized else { return nil }
    var position = start
    while position < tokens.count, position - start < (ofActor ? 8 : 5), tokens[position].isWord,
      !index.words.auxiliaries.contains(tokens[position]),
      index.speechVerbs.match(tokens, at: position) == nil
    {
      if ofActor, let named = mentions.starting(at: position), named.entityKind != .person {
        position = named.tokens.upperBound
        continue
      }
      guard !mentions.covers(position) else { break }
      position += 1
    }
    guard position > start, position + 1 < tokens.count, tokens[position].isMark(","),
      let name = nameRun(tokens, from: position + 1, mentions: mentions), name.count >= 2,
      name.upperBound < tokens.count, tokens[name.upperBound].isMark(",")
    else { return nil }
    return position
  }

  /// The whole name of a speaking outlet whose name `name` ends with one of
  /// `outlet-names`: with up to three capitalized words, acronyms or
  /// numbers no mention covers before it ("CBS News", "Channel 12 News").
  private func outletName(_ paragraph: Paragraph, ending name: Range<Int>) -> Range<Int> {
    let tokens = paragraph.tokens
    var start = name.lowerBound
    while start > 0, name.upperBound - start < 4, !paragraph.mentions.covers(start - 1),
      tokens[start - 1].isWord && tokens[start - 1].isCapitalized
        || tokens[start - 1].kind == .number,
      !index.words.determiners.contains(tokens[start - 1]),
      !index.words.notNames.contains(tokens[start - 1]),
      !index.dateWords.isCalendarWord(tokens[start - 1])
    {
      start -= 1
    }
    return start..<name.upperBound
  }

  /// Whether the word at `position`, which names an actor, is the second
  /// word of a two-word name written just after a title ("Foreign Minister
  /// Emilio Colombo said") or the first ("Foreign Minister Israel Katz
  /// said"): the other word a capitalized one that names nothing, and the
  /// name ending there (``endsName(_:at:)``).
  func isInTitledName(_ tokens: [Token], at position: Int) -> Bool {
    let token = tokens[position]
    guard token.isWord, token.isCapitalized, !token.isAllCaps else { return false }
    func isNameWord(_ word: Int) -> Bool {
      word >= 0 && word < tokens.count && tokens[word].isWord && tokens[word].isCapitalized
        && !tokens[word].isAllCaps && !index.titleWords.contains(tokens[word].key)
        && !index.dateWords.isCalendarWord(tokens[word])
        && index.actors.match(tokens, at: word) == nil
    }
    // Whether a title's last word stands just before `end`.
    func titleEnds(at end: Int) -> Bool {
      (max(0, end - 6)..<end).contains { start in
        index.titles.match(tokens, at: start).map { start + $0.length == end } ?? false
      }
    }
    if isNameWord(position - 1), endsName(tokens, at: position + 1), titleEnds(at: position - 1) {
      return true
    }
    return isNameWord(position + 1) && endsName(tokens, at: position + 2) && titleEnds(at: position)
  }

  /// Whether a name ends at `end`: punctuation, "and", a speech verb or the
  /// end of the paragraph follows.
  func endsName(_ tokens: [Token], at end: Int) -> Bool {
    end >= tokens.count || tokens[end].kind == .punctuation
      || index.words.coordinators.contains(tokens[end])
      || index.speechVerbs.match(tokens, at: end) != nil
  }

  /// People named with where they come from or what they are called:
  /// "Rodolfo Benitez of Cuba and Dag Nylander of Norway", "Rodrigo
  /// Londono, known as Timochenko".
  mutating func findNamesWithOrigin(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    var position = 0
    while position < tokens.count {
      // A person a title found, or a name of two words or more.
      let known = paragraph.mentions.starting(at: position).flatMap {
        $0.entityKind == .person && $0.kind.isPersonName ? $0 : nil
      }
      guard known != nil || !paragraph.mentions.covers(position), tokens[position].isCapitalized,
        position == 0 || !tokens[position - 1].isCapitalized
          || tokens[position - 1].kind == .punctuation,
        let name = known?.tokens ?? nameRun(tokens, from: position, mentions: paragraph.mentions),
        name.count >= 2, name.upperBound + 2 < tokens.count
      else {
        position += 1
        continue
      }
      let after = name.upperBound
      if known == nil, index.words.originLinks.contains(tokens[after]),
        let state = paragraph.mentions.starting(at: after + 1),
        state.entityKind == .state,
        endsName(tokens, at: state.tokens.upperBound)
          || index.speechVerbs.match(tokens, at: state.tokens.upperBound) != nil
          || tokens[state.tokens.upperBound].isWord
            && !tokens[state.tokens.upperBound].isCapitalized
      {
        let id = person(
          paragraph, name,
          evidence: paragraph.evidence(
            name.lowerBound..<state.tokens.upperBound, "person.name-of-state", 0.7))
        builder.setCountry(state.entity, of: id)
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
        position = state.tokens.upperBound
        continue
      }
      if tokens[after].isMark(","),
        let alias = index.words.aliasPhrases.match(tokens, at: after + 1),
        after + 1 + alias < tokens.count,
        let nickname = nameRun(tokens, from: after + 1 + alias, mentions: paragraph.mentions),
        nickname.count == 1
      {
        let id =
          known?.entity
          ?? person(
            paragraph, name,
            evidence: paragraph.evidence(
              name.lowerBound..<nickname.upperBound, "person.known-as", 0.8))
        builder.addNickname(paragraph.text(nickname), to: id)
        paragraph.mentions.add(
          Mention(tokens: name, entity: id, kind: .person, entityKind: .person))
        paragraph.mentions.add(
          Mention(tokens: nickname, entity: id, kind: .reference, entityKind: .person))
        position = nickname.upperBound
        continue
      }
      position = name.upperBound
    }
  }
}

extension MentionPass {
  /// Texts named in capitals with a word for a text: "the Implementation
  /// Annex", "the Agreement for Lasting Peace through a Permanent Cessation
  /// of Hostilities", "the Panmunjom Declaration", and a capital before a
  /// lower-case one: "the Minsk protocol", "the Doha agreement".
  mutating func findNamedDocuments(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let heads = index.words.documentHeads
    // (A text's name has one of its heads.)
    guard heads.occurs(in: paragraph.lists) else { return }
    var position = 0
    while position < tokens.count {
      guard tokens[position].isWord, tokens[position].isCapitalized,
        position == 0 || !tokens[position - 1].isCapitalized
          || tokens[position - 1].kind == .punctuation
          || index.words.determiners.contains(tokens[position - 1]),
        !index.words.notNames.contains(tokens[position])
          || heads.contains(tokens[position])
      else {
        position += 1
        continue
      }
      // Capitals, with small joining words inside.
      var end = position
      var lastCapital = position
      while end < tokens.count, end - position < 12,
        tokens[end].isWord
          && (tokens[end].isCapitalized || index.words.nameJoiners.contains(tokens[end]))
          || tokens[end].isMark("-") || tokens[end].isMark("–")
      {
        if tokens[end].isCapitalized { lastCapital = end }
        end += 1
      }
      end = lastCapital + 1
      var range: Range<Int>
      if let head = (position..<end).first(where: {
        heads.contains(tokens[$0]) && tokens[$0].isCapitalized
      }) {
        // "Agreement for Lasting Peace through …": the head first, the rest
        // its title; "Implementation Annex (of …)": capitals up to the head.
        if head == position {
          range = position..<end
        } else if tokens[position..<head].allSatisfy({ $0.isCapitalized || $0.isMark("-") }) {
          range = position..<head + 1
        } else {
          position = end
          continue
        }
      } else if end < tokens.count, heads.contains(tokens[end]), tokens[end].isWord,
        tokens[position..<end].allSatisfy({ $0.isCapitalized || $0.isMark("-") })
      {
        // "the Minsk protocol": a lower-case head right after the capitals.
        range = position..<end + 1
      } else {
        position = max(end, position + 1)
        continue
      }
      // A text the lexicon or a rule already named, or a person's title.
      guard range.count >= 2,
        !paragraph.mentions.contains(
          in: range,
          where: {
            $0.entityKind == .person || $0.entityKind == .document
          })
      else {
        position = range.upperBound
        continue
      }
      let name = paragraph.text(range)
      if let known = index.actorNamed(folded(name)) {
        builder.actor(
          known, evidence: paragraph.evidence(range, "entity.lexicon-name", 0.9), alias: nil)
        paragraph.mentions.replace(
          Mention(
            tokens: range, entity: index.actor(known).id, kind: .actor(.name), entityKind: .document
          ))
        position = range.upperBound
        continue
      }
      let id = builder.other(
        name: paragraph.text(range), kind: .document,
        evidence: paragraph.evidence(range, "document.named", 0.7))
      paragraph.mentions.replace(
        Mention(tokens: range, entity: id, kind: .reference, entityKind: .document))
      position = range.upperBound
    }
  }
}
