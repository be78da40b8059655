import ParleyCore

/// Collects what the analyzers find in every article and merges it into one
/// draft dossier: the same actor, person, talk, statement, position or event
/// reported by several articles becomes one record carrying every source.
///
/// It is used from one thread, by one draft: its records are read and
/// changed without the runtime's exclusivity checks, which would cost more
/// than the reads themselves.
final class DraftBuilder {
  struct EntityDraft {
    var id: String
    var kind: Entity.Kind
    var name: String
    var aliases: [String] = []
    var roles: [Role] = []
    var country: String?
    var evidence: [Evidence] = []
    /// The articles ``evidence`` comes from: one piece each is enough, and
    /// finding whether an article has given one must not mean reading them
    /// all (an actor named in every one of 20,000 articles).
    var evidenceArticles: Set<Int> = []
    /// For people: the surname key and the given names' first letter.
    var surname: String?
    var initial: Character?
    /// The first name word when it is likely the family name: names of three
    /// words or with a hyphenated second word ("Kim Jong Un", "Moon Jae-in").
    var familyFirst: String?
    /// For a building, the city it stands in.
    var city: String?
    /// Names a person is also known by ("Timochenko"), as surname keys.
    var nicknames: [String] = []
  }

  struct TalkDraft {
    /// The place; `nil` for a call, and for a meeting the text names no
    /// place of ("since Putin met Trump in 2018").
    var venue: String?
    /// With no venue, the state it was held in, if the text says
    /// ("held talks in Saudi Arabia"): no call.
    var state: String?
    var date: EDTFDate?
    var name: String
    var kind: Talk.Kind
    var parties: [String] = []
    /// The parties that lead or host it for the sides ("UN-led talks"):
    /// none of "the two sides".
    var mediators: Set<String> = []
    var participants: [Participant] = []
    var issues: [String] = []
    var duration: ISODuration?
    var evidence: [Evidence] = []
    /// Only spoken of as a plan with no day fixed ("will meet again next month").
    var planned = false
    /// Spoken of as where a process began ("talks began in Havana in
    /// November 2012"): the start of a later talk at the same venue.
    var opening = false
    /// The day it opened, when an article gives it apart ("The talks opened
    /// on 25 October").
    var opened: EDTFDate?
    /// A body's own meeting ("a NATO summit in Madrid", "EU leaders met in
    /// Brussels"): its one side needs no other.
    var ofBody = false
    /// Told by a definite meeting noun opening its sentence ("The meeting
    /// in Brussels lasted four hours"): a meeting the article told of
    /// before, maybe with no place.
    var toldAgain = false
    /// The day of its article's lede, with its words, for a talk told in
    /// the lede's paragraphs with no date of its own: its day when no talk
    /// at its venue has one.
    var ledeDay: (date: EDTFDate, evidence: Evidence)?
    /// Told in the past perfect ("had previously met at the Dolmabahce
    /// Palace"): before the article's events, so no building of theirs.
    var pastPerfect = false

    /// A meeting in person the text gives no place of, not even a state
    /// ("since Putin met Trump in 2018").
    var isPlaceless: Bool { venue == nil && state == nil && kind != .call }
  }

  struct StatementDraft {
    var speaker: String
    var text: String
    var mode: Statement.Mode
    var date: EDTFDate?
    var talk: Int?
    var issues: [String] = []
    var evidence: [Evidence] = []
  }

  struct PositionDraft {
    var holder: String
    var issue: String
    var stance: Stance
    var date: EDTFDate?
    var talk: Int?
    var evidence: [Evidence] = []
  }

  struct EventDraft {
    var kind: Event.Kind
    var cameo: String?
    var date: EDTFDate
    var title: String
    var actors: [String]
    var targets: [String]
    var location: String?
    var issues: [String]
    var evidence: [Evidence] = []
  }

  let index: LexiconIndex
  let articles: [Article]
  @exclusivity(unchecked) private var entities = EntityTable()
  /// Every entity, in the order it was first named.
  var orderedEntities: [EntityDraft] { entities.records }
  @exclusivity(unchecked) var talks: [TalkDraft] = []
  @exclusivity(unchecked) var statements: [StatementDraft] = []
  @exclusivity(unchecked) var positions: [PositionDraft] = []
  @exclusivity(unchecked) var events: [EventDraft] = []
  /// The id of the placeholder speaker of quotes nobody could be found for.
  static let unknownSpeaker = "unknown-speaker"

  init(index: LexiconIndex, articles: [Article]) {
    self.index = index
    self.articles = articles
  }

  // MARK: - Entities

  /// The lexicon actor's entity, created on first mention.
  @discardableResult
  func actor(_ actorIndex: Int, evidence: Evidence?, alias: String?) -> String {
    if actorSlots.isEmpty { actorSlots = Array(repeating: -1, count: index.lexicon.actors.count) }
    if actorSlots[actorIndex] < 0 {
      let actor = index.actor(actorIndex)
      if entities.slot(of: actor.id) == nil {
        var draft = EntityDraft(id: actor.id, kind: actor.kind, name: actor.name)
        draft.country = actor.country
        add(draft)
      }
      if let country = actor.country, let countryIndex = index.actorIndex[country],
        entities.slot(of: country) == nil
      {
        self.actor(countryIndex, evidence: nil, alias: nil)
      }
      actorSlots[actorIndex] = entities.slot(of: actor.id)!
    }
    // (Once an actor has its entity, so has its country.)
    let slot = actorSlots[actorIndex]
    record(slot: slot, evidence: evidence, alias: alias)
    return entities[slot: slot].id
  }

  /// Where each lexicon actor's entity lies, by the actor's index; `-1`
  /// before it is named. (Sized on first use.)
  @exclusivity(unchecked) private var actorSlots: [Int] = []

  /// The person with this full name, merging spellings that share a surname
  /// and the first letter of the given name ("Sergei"/"Sergey Ryabkov").
  func person(fullName: [String], evidence: Evidence?) -> String {
    let name = fullName.joined(separator: " ")
    let surname = folded(index.withoutParticle(fullName.last ?? name))
    let initial = fullName.count > 1 ? folded(fullName[0]).first : nil
    if let existing = people(withSurname: surname).first(where: {
      $0.initial == nil || initial == nil || $0.initial == initial
    }) {
      if existing.initial == nil, initial != nil, let slot = entities.slot(of: existing.id) {
        // A person first known by surname alone now has a full name.
        entities[slot: slot].aliases.append(existing.name)
        entities[slot: slot].name = name
        entities[slot: slot].initial = initial
      }
      indexPerson(existing.id)
      record(existing.id, evidence: evidence, alias: name)
      return existing.id
    }
    // "Kim Jong Un", "Moon Jae-in", "Qin Gang": later "Kim", "Moon", "Qin".
    // Not where a particle says the family name is last ("Ursula von der Leyen").
    let familyFirst =
      fullName.count >= 2 && !fullName.contains(where: index.isParticle)
      ? folded(fullName[0]) : nil
    // "Kim said" was read before "Kim Jong Un": the same person.
    if let familyFirst,
      let known = people(withSurname: familyFirst).first(where: { $0.initial == nil }),
      let slot = entities.slot(of: known.id)
    {
      entities[slot: slot].aliases.append(known.name)
      entities[slot: slot].name = name
      entities[slot: slot].surname = surname
      entities[slot: slot].initial = initial
      entities[slot: slot].familyFirst = familyFirst
      indexPerson(known.id)
      record(known.id, evidence: evidence, alias: nil)
      return known.id
    }
    var draft = EntityDraft(id: uniqueID(slug(name)), kind: .person, name: name)
    draft.surname = surname
    draft.initial = initial
    draft.familyFirst = familyFirst
    add(draft)
    indexPerson(draft.id)
    record(draft.id, evidence: evidence, alias: nil)
    return draft.id
  }

  func people(withSurname surname: String) -> [EntityDraft] {
    personIDs(withSurname: surname).compactMap { entities[$0] }
  }

  /// The ids of ``people(withSurname:)``, read without copying a record.
  func personIDs(withSurname surname: String) -> [String] {
    (peopleBySurname[surname] ?? []).filter { id in
      guard let slot = entities.slot(of: id) else { return false }
      return entities[slot: slot].surname == surname
        || entities[slot: slot].nicknames.contains(surname)
    }
  }

  /// The ids of people whose family name comes first and is `family` ("Kim").
  func personIDs(withFamilyNameFirst family: String) -> [String] {
    (peopleByFamilyFirst[family] ?? []).filter { id in
      entities.slot(of: id).map { entities[slot: $0].familyFirst == family } ?? false
    }
  }

  /// The city a building stands in, without copying the record.
  func city(of id: String) -> String? {
    entities.slot(of: id).flatMap { entities[slot: $0].city }
  }
  /// Where the entity with `id` lies: entities keep their place, so a
  /// caller may keep it and read names by it, with no lookup by id.
  func slot(of id: String) -> Int? { entities.slot(of: id) }
  /// The surname key of the person at `slot` (none for `-1`), without
  /// copying the record.
  func surname(atSlot slot: Int) -> String? {
    slot < 0 ? nil : entities[slot: slot].surname
  }
  /// The family-name-first key of the entity at `slot` (none for `-1`).
  func familyFirst(atSlot slot: Int) -> String? {
    slot < 0 ? nil : entities[slot: slot].familyFirst
  }

  @exclusivity(unchecked) private var peopleBySurname: [String: [String]] = [:]
  @exclusivity(unchecked) private var peopleByFamilyFirst: [String: [String]] = [:]

  /// Keeps the name indexes in step with a person's names.
  private func indexPerson(_ id: String) {
    guard let person = entities[id], person.kind == .person else { return }
    if let surname = person.surname, !(peopleBySurname[surname] ?? []).contains(id) {
      peopleBySurname[surname, default: []].append(id)
    }
    if let family = person.familyFirst, !(peopleByFamilyFirst[family] ?? []).contains(id) {
      peopleByFamilyFirst[family, default: []].append(id)
    }
  }

  /// An entity the lexicon does not list (an organization found in an
  /// apposition, an unnamed official), by name.
  ///
  /// A named body is the same in every article. With `inArticle`, the entity
  /// is one article's own: "a senior official" in two articles may be two people.
  func other(name: String, kind: Entity.Kind, inArticle: Int? = nil, evidence: Evidence?)
    -> String
  {
    let key = "\(inArticle.map(String.init) ?? "*")|\(kind.rawValue)|\(folded(name))"
    if let existing = others[key] {
      record(existing, evidence: evidence, alias: nil)
      return existing
    }
    // ("Singapore" the city, not the state's id with a number.)
    var base = slug(name)
    if kind == .place, let actor = index.actorIndex[base], index.actorKind(actor) == .state {
      base += "-city"
    }
    let draft = EntityDraft(id: uniqueID(base), kind: kind, name: name)
    add(draft)
    others[key] = draft.id
    record(draft.id, evidence: evidence, alias: nil)
    return draft.id
  }

  /// Entities made by ``other(name:kind:inArticle:evidence:)``, by scope, kind and name.
  @exclusivity(unchecked) private var others: [String: String] = [:]

  /// Buildings by their article and their names without the word for a
  /// building ("Metropole" for "the Metropole hotel"), folded: a chain's
  /// hotel in another story is another building.
  @exclusivity(unchecked) private var buildingsByShortName: [String: String] = [:]

  /// The first words of those shorter names, as tokens' keys: most
  /// capitalized words after "in" or "at" start none, and need no name.
  @exclusivity(unchecked) private var buildingShortNameStarts: Set<String> = []

  /// The articles that named a building a shorter name may stand for.
  @exclusivity(unchecked) private var articlesNamingBuildingsShort: Set<Int> = []

  /// Whether article `article` named a building that a shorter name may
  /// stand for.
  func namesBuildingsShort(inArticle article: Int) -> Bool {
    articlesNamingBuildingsShort.contains(article)
  }

  /// Notes that in article `article`, `shortName`, whose first token's key
  /// is `firstKey`, stands for the building `id` (the first named).
  func noteBuilding(_ id: String, shortName: String, firstKey: String, inArticle article: Int) {
    let key = "\(article)|\(folded(shortName))"
    if buildingsByShortName[key] == nil { buildingsByShortName[key] = id }
    buildingShortNameStarts.insert(firstKey)
    articlesNamingBuildingsShort.insert(article)
  }

  /// Whether a shorter name of a building may start with the token whose
  /// key is `key`.
  func mayNameBuildingShort(startingWith key: String) -> Bool {
    buildingShortNameStarts.contains(key)
  }

  /// The building a shorter name stands for in article `article`, if it
  /// named one.
  func building(shortName: String, inArticle article: Int) -> String? {
    buildingsByShortName["\(article)|\(folded(shortName))"]
  }

  /// Records that `id`, made before, is named again.
  func mentioned(_ id: String, evidence: Evidence) { record(id, evidence: evidence, alias: nil) }

  /// Bodies the lexicon does not know, by their acronyms ("RPF").
  @exclusivity(unchecked) var acronyms: [String: String] = [:]

  /// Places named by what they are, by their name and head ("karish
  /// field"): "the Karish oil field" after "the Karish gas field" is the
  /// same place.
  @exclusivity(unchecked) var features: [String: String] = [:]

  func addRole(_ role: Role, to id: String) {
    guard let slot = entities.slot(of: id) else { return }
    let title = folded(role.title)
    if !entities[slot: slot].roles.contains(where: { folded($0.title) == title }) {
      entities[slot: slot].roles.append(role)
    }
    if entities[slot: slot].country == nil, let of = role.of,
      index.actorIndex[of].map(index.actorKind) == .state
    {
      entities[slot: slot].country = of
    }
  }

  func entity(_ id: String) -> EntityDraft? { entities[id] }

  /// Another name a person goes by ("Rodrigo Londono, known as
  /// Timochenko"): an alias, and a surname later mentions are found by.
  func addNickname(_ nickname: String, to id: String) {
    let key = folded(nickname)
    guard let slot = entities.slot(of: id), entities[slot: slot].kind == .person,
      !entities[slot: slot].nicknames.contains(key)
    else {
      return
    }
    entities[slot: slot].nicknames.append(key)
    if !(peopleBySurname[key] ?? []).contains(id) { peopleBySurname[key, default: []].append(id) }
    record(id, evidence: nil, alias: nickname)
  }

  /// Records the city a building stands in.
  func setCity(_ city: String, of id: String) {
    if let slot = entities.slot(of: id), entities[slot: slot].city == nil {
      entities[slot: slot].city = city
    }
  }

  /// Gives each person the lexicon knows by name (``Lexicon/Person``) the
  /// side it stands for, where the articles gave none: no state and no
  /// role of a state or body. A person of a state gets it as their
  /// country; one of a body, a role of it.
  func applyKnownPeople() {
    guard !index.lexicon.people.isEmpty else { return }
    for slot in entities.records.indices where entities[slot: slot].kind == .person {
      let draft = entities[slot: slot]
      guard draft.country == nil,
        !draft.roles.contains(where: { $0.of.map(isSide) ?? false }),
        let known = ([draft.name] + draft.aliases).lazy.compactMap(index.knownPerson(named:)).first
      else { continue }
      guard let side = index.actorIndex[known.of] else { continue }
      actor(side, evidence: nil, alias: nil)
      if index.actorKind(side) == .state {
        entities[slot: slot].country = known.of
      } else {
        entities[slot: slot].roles.append(
          Role(title: known.title ?? index.label(.official), of: known.of))
      }
    }
  }

  /// Whether the entity `id` is a state, organization or alliance.
  private func isSide(_ id: String) -> Bool {
    guard let kind = entities[id]?.kind else { return false }
    return kind == .state || kind == .organization || kind == .alliance
  }

  /// Gives an entity the state it belongs to, if it has none.
  func setCountry(_ country: String, of id: String) {
    if let slot = entities.slot(of: id), entities[slot: slot].country == nil {
      entities[slot: slot].country = country
    }
  }

  /// Another name for an entity ("the administration official").
  func addAlias(_ alias: String, to id: String) { record(id, evidence: nil, alias: alias) }

  private func add(_ draft: EntityDraft) {
    entities.add(draft)
  }

  private func record(_ id: String, evidence: Evidence?, alias: String?) {
    guard let slot = entities.slot(of: id) else { return }
    record(slot: slot, evidence: evidence, alias: alias)
  }

  /// ``record(_:evidence:alias:)`` of the entity at `slot`.
  private func record(slot: Int, evidence: Evidence?, alias: String?) {
    if let alias, alias != entities[slot: slot].name,
      !entities[slot: slot].aliases.contains(alias)
    {
      let key = folded(alias)
      if key != folded(entities[slot: slot].name),
        !entities[slot: slot].aliases.contains(where: { folded($0) == key })
      {
        entities[slot: slot].aliases.append(alias)
      }
    }
    // One piece of evidence per article is enough to say where an entity is named.
    if let evidence, entities[slot: slot].evidenceArticles.insert(evidence.article).inserted {
      entities[slot: slot].evidence.append(evidence)
    }
  }

  @exclusivity(unchecked) private var usedIDs: Set<String> = [unknownSpeaker]

  func uniqueID(_ base: String) -> String {
    var candidate = base
    // Ids are never given back, so every number below the last one given
    // for this base is taken: start there, not at 2 (10,000 names that are
    // all "x" stay linear).
    var counter = nextCounter[base] ?? 2
    while usedIDs.contains(candidate) || index.actorIndex[candidate] != nil
      || index.issueIDs.contains(candidate)
    {
      candidate = "\(base)-\(counter)"
      counter += 1
    }
    if candidate != base { nextCounter[base] = counter }
    usedIDs.insert(candidate)
    return candidate
  }
  /// For each base with numbered ids, the number to try next.
  @exclusivity(unchecked) private var nextCounter: [String: Int] = [:]

  // MARK: - Records

  /// The talk at `venue` on `date`, created on first mention. A talk
  /// mentioned only as `planned` with no day fixed is kept only if
  /// ``settleTalks()`` can fold it into a meeting that took place.
  ///
  /// With a `state` and no venue, the talk was held in that state, at a
  /// place the text does not name ("held talks in Saudi Arabia"): no call.
  /// With neither and `inPerson`, a meeting whose place the text does not
  /// give ("since Putin met Trump in 2018"); else a call.
  func talk(
    venue: String?, date: EDTFDate?, planned: Bool = false, in state: String? = nil,
    inPerson: Bool = false
  ) -> Int {
    let meeting = inPerson && venue == nil && state == nil
    let key =
      "\(venue ?? "")|\(date?.description ?? "")\(state.map { "|" + $0 } ?? "")"
      + (meeting ? "|meeting" : "")
    if let found = talkByKey[key] {
      talks[found].planned = talks[found].planned && planned
      return found
    }
    let name =
      (venue ?? state).map { index.label(.talkAtVenue, ["venue": entities[$0]?.name ?? $0]) }
      ?? index.label(meeting ? .meeting : .call)
    talks.append(
      TalkDraft(
        venue: venue, state: state, date: date, name: name,
        kind: venue == nil && state == nil && !meeting ? .call : .other, planned: planned))
    talkByKey[key] = talks.count - 1
    if let date { talksByDate[date.description, default: []].append(talks.count - 1) }
    return talks.count - 1
  }

  /// Talk `index`, taken out to be changed and put back: what stays behind
  /// lets go of the talk's lists, so that changing them copies nothing.
  func takeTalk(_ index: Int) -> TalkDraft {
    let talk = talks[index]
    (talks[index].parties, talks[index].participants) = ([], [])
    (talks[index].issues, talks[index].evidence) = ([], [])
    return talk
  }

  /// Talks on `date`, in the order found.
  func talks(on date: EDTFDate) -> [Int] { talksByDate[date.description] ?? [] }
  @exclusivity(unchecked) private var talksByDate: [String: [Int]] = [:]

  /// Talks by venue and date.
  @exclusivity(unchecked) private var talkByKey: [String: Int] = [:]

  /// The sides each article's lede names, with the words that name them.
  @exclusivity(unchecked) private var ledeSides: [Int: (sides: [String], evidence: Evidence)] =
    [:]

  /// Notes the sides the lede of the article `evidence` is from names.
  func noteLedeSides(_ sides: [String], evidence: Evidence) {
    ledeSides[evidence.article] = (sides, evidence)
  }

  /// The sides the lede of article `article` names, two at least, if noted.
  func ledeSides(ofArticle article: Int) -> [String]? { ledeSides[article]?.sides }

  /// A talk its sentences name no side of, or one side that is the lede's
  /// or a body of no state (a mediator: "the UN"), takes those its first
  /// article's lede names too, but its venue, with the lede's words as
  /// evidence; not a body's own meeting.
  private func completeParties() {
    for number in talks.indices where talks[number].parties.count < 2 && !talks[number].ofBody {
      guard let article = talks[number].evidence.first?.article,
        let lede = ledeSides[article],
        talks[number].parties.allSatisfy({ side in
          lede.sides.contains(side)
            || entities[side].map { $0.kind != .state && $0.country == nil } ?? false
        })
      else { continue }
      let sides = united(talks[number].parties, lede.sides.filter { $0 != talks[number].venue })
      guard sides.count >= 2 else { continue }
      talks[number].parties = sides
      talks[number].evidence.append(lede.evidence)
      talks[number].kind = kind(of: talks[number])
    }
  }

  /// Folds talks that are one meeting into it, and drops plans:
  ///
  /// - an undated talk, or one only planned, joins the one dated talk at the
  ///   same venue, if there is exactly one and they share a side (or one
  ///   names none): "the talks in Geneva" in an undated article is the
  ///   Geneva meeting another article dates;
  /// - a day inside another talk's interval at the same venue joins it
  ///   ("three days of talks in Riyadh" and "talks in Riyadh on Friday");
  /// - a talk dated to a month or year joins the one talk of a day in it
  ///   its article tells at the same place, or in it, sharing a side;
  /// - a talk in a town on the day of a talk in one of its buildings, or the
  ///   day beside it, joins it (two days make an interval; on the same day,
  ///   when they share a side or one has none); an undated talk in a
  ///   building joins the one dated talk in its town, which moves there;
  /// - a plan that joins nothing is left out: it did not take place;
  /// - a talk said to have begun ("talks began in Havana in November 2012")
  ///   is the start of the last later talk at its venue between some of the
  ///   same sides, which then runs from that start to its own end;
  /// - a talk whose opening day is given apart runs from that day;
  /// - a talk its sentences name fewer than two sides of, after all that,
  ///   takes those of its article's lede too.
  func settleTalks() {
    defer { completeParties() }
    for number in talks.indices {
      if let opened = talks[number].opened, let date = talks[number].date,
        let interval = Self.interval(from: opened, to: date)
      {
        talks[number].date = interval
      }
    }
    var target: [Int: Int] = [:]
    var dropped = Set<Int>()
    var datedAtVenue: [String: [Int]] = [:]
    // Dated talks in buildings, by the city they stand in.
    var inBuildingsOf: [String: [Int]] = [:]
    // Dated talks over several days, by venue: what a day may fall inside
    // (few, so that many talks at one venue stay linear).
    var intervalsAtVenue: [String: [Int]] = [:]
    // Dated talks held in a state at a place not named, by state.
    var datedInState: [String: [Int]] = [:]
    // The articles each of them is told in.
    var articlesInState: [Int: Set<Int>] = [:]
    // Talks of one day, by the article first telling them.
    var daysInArticle: [Int: [Int]] = [:]
    // Talks with a place, by the article first telling them: where a
    // meeting with none may have been.
    var placedInArticle: [Int: [Int]] = [:]
    // Meetings with no place and a day, by article: what an undated talk
    // at a place may have been.
    var placelessInArticle: [Int: [Int]] = [:]
    for (number, talk) in talks.enumerated() where talk.date != nil && !talk.planned {
      if talk.isPlaceless, talk.date?.precision == .day, let article = talk.evidence.first?.article
      {
        placelessInArticle[article, default: []].append(number)
      }
      if talk.date?.precision == .day, talk.date?.isInterval == false,
        let article = talk.evidence.first?.article
      {
        daysInArticle[article, default: []].append(number)
      }
      if talk.venue != nil || talk.state != nil, let article = talk.evidence.first?.article {
        placedInArticle[article, default: []].append(number)
      }
      if let venue = talk.venue { datedAtVenue[venue, default: []].append(number) }
      if talk.venue == nil, let state = talk.state {
        datedInState[state, default: []].append(number)
        articlesInState[number] = Set(talk.evidence.map(\.article))
      }
      if let venue = talk.venue, talk.date?.isInterval == true {
        intervalsAtVenue[venue, default: []].append(number)
      }
      if let city = talk.venue.flatMap({ entities[$0]?.city }) {
        inBuildingsOf[city, default: []].append(number)
      }
    }
    placeBuildingsInTowns(&inBuildingsOf)
    for (number, talk) in talks.enumerated() {
      let dated = talk.venue.flatMap { datedAtVenue[$0] } ?? []
      var into: Int?
      if talk.isPlaceless, let date = talk.date, !talk.planned {
        // "Biden and Putin met in Geneva on Wednesday" … "when Biden met
        // Putin on Wednesday": the one talk of its article whose date
        // agrees and that has its sides. (The first few: linear.)
        let held = (talk.evidence.first.flatMap { placedInArticle[$0.article] } ?? [])
          .prefix(Self.openingCandidates).filter { other in
            talks[other].date.map { $0.holds(date) || date.holds($0) } ?? false
              && Set(talk.parties).isSubset(of: talks[other].parties)
          }
        into = held.count == 1 ? held[0] : nil
      } else if talk.date == nil || talk.planned {
        // (Sharing a side, or with none named: "Polish and Ukrainian
        // officials held talks in Berlin" is no visit Macron paid Scholz
        // there.)
        into =
          dated.count == 1 && dated[0] != number
            && (talk.parties.isEmpty || talks[dated[0]].parties.isEmpty
              || !Set(talk.parties).isDisjoint(with: talks[dated[0]].parties))
          ? dated[0] : nil
        // "held talks in Saudi Arabia on Tuesday" … "The meeting took place
        // at a hotel in Jeddah": the one talk in the state was there.
        // (The same article's, with no side the talk lacks but the host.)
        if into == nil, talk.date == nil, let venue = talk.venue,
          let state = country(ofPlace: venue), let inState = datedInState[state],
          inState.count == 1, dated.isEmpty,
          Set(talk.evidence.map(\.article)).isSubset(of: articlesInState[inState[0]] ?? []),
          Set(talk.parties).subtracting([state]).isSubset(of: talks[inState[0]].parties)
        {
          into = inState[0]
          talks[inState[0]].venue = venue
          // (The host state came with the place: it only hosts.)
          talks[number].parties.removeAll { $0 == state }
          if index.isNamedByVenue(talks[inState[0]].name) {
            talks[inState[0]].name = index.label(
              .talkAtVenue, ["venue": entities[venue]?.name ?? venue])
          }
          datedInState[state] = []
        }
        // "met in Geneva on Wednesday" … "at the Hotel Inter-Continental,
        // where the meeting took place": the one talk in the town was in
        // the building.
        if into == nil, talk.date == nil, !talk.planned, dated.isEmpty, let venue = talk.venue,
          let city = entities[venue]?.city, let atCity = datedAtVenue[city], atCity.count == 1,
          talks[atCity[0]].venue == city,
          Set(talk.parties).isSubset(of: talks[atCity[0]].parties)
        {
          into = atCity[0]
          talks[atCity[0]].venue = venue
          if index.isNamedByVenue(talks[atCity[0]].name) {
            talks[atCity[0]].name = index.label(
              .talkAtVenue, ["venue": entities[venue]?.name ?? venue])
          }
        }
      } else if let date = talk.date, !date.isInterval, date.precision != .day {
        // "travelled to Moscow earlier this month, meeting Putin at the
        // Kremlin on February 7": the month's talk is that day's, at its
        // place or in its state, told in the same article.
        let days = (talk.evidence.first.flatMap { daysInArticle[$0.article] } ?? []).filter {
          other in
          other != number && talks[other].date.map { contains(date, $0) } ?? false
            && isWithin(talks[other].venue, talk.venue)
            && (talk.parties.isEmpty || !Set(talks[other].parties).isDisjoint(with: talk.parties))
        }
        into = days.count == 1 ? days[0] : nil
      } else if let date = talk.date, !date.isInterval {
        into = (talk.venue.flatMap { intervalsAtVenue[$0] } ?? []).first {
          $0 != number && talks[$0].date.map { $0.isInterval && contains($0, date) } ?? false
        }
        // "sat down at the Palace of Independence in Minsk on Wednesday" and
        // "agreed in Minsk on Thursday after an all-night summit": one meeting
        // over the two days, in the building.
        if into == nil, let venue = talk.venue, let day = dayNumber(date),
          let building = (inBuildingsOf[venue] ?? []).first(where: { other in
            talks[other].date.flatMap(dayNumber).map { abs($0 - day) <= 1 } ?? false
          }), let other = talks[building].date.flatMap(dayNumber)
        {
          if other != day {
            into = building
            let (first, last) = (min(day, other), max(day, other))
            talks[building].date = try? EDTFDate(
              "\(CivilDate(dayNumber: first).edtf)/\(CivilDate(dayNumber: last).edtf)")
          } else if talk.parties.isEmpty || talks[building].parties.isEmpty
            || !Set(talk.parties).isDisjoint(with: talks[building].parties)
          {
            // "met in Geneva on Wednesday" … "at the Hotel Inter-Continental,
            // where the meeting took place": the same meeting, in the building.
            into = building
          }
        }
      }
      // "Serbia and Kosovo held talks on Monday. The meeting in Brussels
      // lasted four hours": the one meeting of the article with no place
      // and the same sides was this one, told again, on its day (not "A
      // previous meeting in Istanbul", "Earlier talks in Istanbul").
      if into == nil, talk.date == nil, !talk.planned, talk.toldAgain, talk.venue != nil,
        dated.isEmpty, let article = talk.evidence.first?.article
      {
        let same = (placelessInArticle[article] ?? []).prefix(Self.openingCandidates).filter {
          target[$0] == nil && Set(talks[$0].parties) == Set(talk.parties)
        }
        if same.count == 1 {
          target[same[0]] = number
          fold(same[0], into: number)
          talks[number].date = talks[same[0]].date
          continue
        }
      }
      // "The leaders … agreed on Monday", then "hosted Putin and Zelenskiy
      // at the Elysee Palace for more than eight hours of talks": the
      // lede's day, when no talk at the venue has one.
      if into == nil, talk.date == nil, !talk.planned, dated.isEmpty, let lede = talk.ledeDay {
        talks[number].date = lede.date
        talks[number].evidence.append(lede.evidence)
        continue
      }
      guard let into else {
        if talk.planned { dropped.insert(number) }
        continue
      }
      target[number] = into
      fold(number, into: into)
    }
    // "talks began in Havana in November 2012" … "reached a final
    // agreement in Havana on Wednesday": one negotiation from start to end.
    // Each venue's dated talks, the latest end first. An opening looks at
    // the first few only, so that many openings at one venue stay linear.
    var latestFirst: [String: [Int]] = [:]
    for (number, talk) in talks.enumerated()
    where talk.opening && target[number] == nil && !dropped.contains(number) {
      guard let venue = talk.venue, let date = talk.date, let start = date.start else { continue }
      if latestFirst[venue] == nil {
        latestFirst[venue] = (datedAtVenue[venue] ?? []).sorted {
          (talks[$0].date?.end ?? start, $0) > (talks[$1].date?.end ?? start, $1)
        }
      }
      // The last later talk at the venue between some of the same sides.
      let later = latestFirst[venue]!.prefix(Self.openingCandidates).first { other in
        other != number && target[other] == nil
          && (talks[other].date?.start).map { $0 > start } ?? false
          && !Set(talks[other].parties).isDisjoint(with: talk.parties)
      }
      guard let later, let end = talks[later].date,
        let interval = Self.interval(from: date, to: end)
      else { continue }
      talks[later].date = interval
      target[number] = later
      fold(number, into: later)
    }
    guard !target.isEmpty || !dropped.isEmpty else { return }
    var renumbered: [Int: Int] = [:]
    var kept: [TalkDraft] = []
    for (number, talk) in talks.enumerated()
    where target[number] == nil && !dropped.contains(number) {
      renumbered[number] = kept.count
      kept.append(talk)
    }
    // (A talk may fold into one that folds in turn: follow the chain.)
    func map(_ number: Int?) -> Int? {
      guard var number else { return nil }
      while let next = target[number] { number = next }
      return renumbered[number]
    }
    talks = kept
    talkByKey = [:]
    talksByDate = [:]
    for index in statements.indices { statements[index].talk = map(statements[index].talk) }
    for index in positions.indices { positions[index].talk = map(positions[index].talk) }
  }

  /// The kind a talk's parties and name make it: a summit by name, bilateral
  /// between two states, multilateral with three sides or a body; a call
  /// stays a call.
  func kind(of talk: TalkDraft) -> Talk.Kind {
    if talk.kind == .call { return .call }
    let kinds = talk.parties.compactMap { entity($0)?.kind }
    let name = talk.name.lowercased()
    if index.words.summitWords.words.contains(where: { name.containsLiteral($0) }) {
      return .summit
    }
    if kinds.count == 2 && kinds.allSatisfy({ $0 == .state }) { return .bilateral }
    if kinds.count >= 3 || kinds.contains(where: { $0 == .organization || $0 == .alliance }) {
      return .multilateral
    }
    return .other
  }

  /// Whether the place `inner` is the place `outer`, stands in it, or is a
  /// building of its state whose town is not known ("the Kremlin" for
  /// Moscow).
  private func isWithin(_ inner: String?, _ outer: String?) -> Bool {
    guard let inner, let outer else { return inner == outer }
    if inner == outer || entities[inner]?.city == outer { return true }
    guard entities[inner]?.city == nil, let state = country(ofPlace: inner) else { return false }
    return state == country(ofPlace: outer)
  }

  /// "held talks on Wednesday at Villa La Grange" and "the summit in Geneva"
  /// that day between the same sides: a building with no town or state
  /// stands in the town of the day's one other talk of those sides, and
  /// its talks join `inBuildingsOf` that town. So does an undated talk's
  /// building in the town of its article's one talk of a day with all its
  /// sides ("met in Istanbul on Saturday. Erdogan hosted Putin, Macron and
  /// Merkel at the Vahdettin Pavilion"), which it then joins.
  private func placeBuildingsInTowns(_ inBuildingsOf: inout [String: [Int]]) {
    func isBuilding(_ id: String) -> Bool {
      entities[id].map { Self.isBuilding($0.name, index) } ?? false
    }
    // Day talks at a known town, by day and sides.
    var inTowns: [String: [Int]] = [:]
    var inBuildings: [(talk: Int, key: String)] = []
    for (number, talk) in talks.enumerated()
    where !talk.planned && !talk.parties.isEmpty && talk.date?.precision == .day
      && talk.date?.isInterval == false
    {
      guard let venue = talk.venue, let date = talk.date, let place = entities[venue] else {
        continue
      }
      let key = "\(date)|\(talk.parties.sorted().joined(separator: ","))"
      if place.country != nil, place.city == nil, !isBuilding(venue) {
        inTowns[key, default: []].append(number)
      } else if place.country == nil, place.city == nil, isBuilding(venue) {
        inBuildings.append((number, key))
      }
    }
    for (number, key) in inBuildings {
      guard let towns = inTowns[key], towns.count == 1, let town = talks[towns[0]].venue,
        let building = talks[number].venue, entities[building]?.city == nil
      else { continue }
      setCity(town, of: building)
      if let country = entities[town]?.country { setCountry(country, of: building) }
      inBuildingsOf[town, default: []].append(number)
    }
    placeUndatedBuildings()
  }

  /// Sets the town of each building an undated talk was held in, with no
  /// town or state known, to that of the one talk of a day in a town its
  /// article tells with all its sides (not one told in the past perfect:
  /// "had previously met at the Dolmabahce Palace").
  private func placeUndatedBuildings() {
    var townsInArticle: [Int: [Int]] = [:]
    for (number, talk) in talks.enumerated()
    where !talk.planned && !talk.parties.isEmpty && talk.date?.precision == .day {
      guard let venue = talk.venue, let place = entities[venue], place.city == nil,
        !Self.isBuilding(place.name, index), let article = talk.evidence.first?.article
      else { continue }
      townsInArticle[article, default: []].append(number)
    }
    guard !townsInArticle.isEmpty else { return }
    for talk in talks
    where talk.date == nil && !talk.planned && !talk.pastPerfect && !talk.parties.isEmpty {
      guard let building = talk.venue, let place = entities[building], place.city == nil,
        place.country == nil, Self.isBuilding(place.name, index),
        let article = talk.evidence.first?.article
      else { continue }
      let towns = (townsInArticle[article] ?? []).filter {
        Set(talk.parties).isSubset(of: talks[$0].parties)
      }
      guard towns.count == 1, let town = talks[towns[0]].venue else { continue }
      setCity(town, of: building)
      if let country = entities[town]?.country { setCountry(country, of: building) }
    }
  }

  /// Whether a place's name has one of `building-heads` ("Vahdettin
  /// Pavilion").
  static func isBuilding(_ name: String, _ index: LexiconIndex) -> Bool {
    Tokenizer.tokens(of: name).contains { index.words.buildingHeads.contains($0.key) }
  }

  /// The state a place is in: its own country, else its city's.
  private func country(ofPlace id: String) -> String? {
    entities[id]?.country ?? entities[id]?.city.flatMap { entities[$0]?.country }
  }

  /// Talk `number`'s parties, issues, participants, evidence and name go
  /// into talk `into`, whose kind follows its new parties.
  private func fold(_ number: Int, into: Int) {
    let talk = talks[number]
    talks[into].evidence += talk.evidence.filter { !talks[into].evidence.contains($0) }
    talks[into].parties = united(talks[into].parties, talk.parties)
    talks[into].ofBody = talks[into].ofBody || talk.ofBody
    talks[into].issues = united(talks[into].issues, talk.issues)
    for participant in talk.participants
    where !talks[into].participants.contains(where: { $0.entity == participant.entity }) {
      talks[into].participants.append(participant)
    }
    // (A name the article gave it, not "Meeting", which names no talk.)
    if index.isNamedByVenue(talks[into].name), !index.isNamedByVenue(talk.name),
      !talk.isPlaceless
    {
      talks[into].name = talk.name
    }
    talks[into].kind = kind(of: talks[into])
  }

  /// How many of a venue's latest talks an opening looks at for the talk it
  /// starts.
  static let openingCandidates = 64

  /// The interval from the start of `first` to the end of `last`, when
  /// `first` starts earlier; `nil` otherwise.
  static func interval(from first: EDTFDate, to last: EDTFDate) -> EDTFDate? {
    guard let start = first.start, let lastStart = last.start, start < lastStart else { return nil }
    let opening = first.description.split(separator: "/").first.map(String.init) ?? ""
    let closing = last.description.split(separator: "/").last.map(String.init) ?? ""
    return try? EDTFDate("\(opening)/\(closing)")
  }

  /// The day number of a day-precise, single-day date.
  private func dayNumber(_ date: EDTFDate) -> Int? {
    guard date.precision == .day, !date.isInterval, let day = date.start else { return nil }
    return CivilDate(year: day.year, month: day.month, day: day.day).dayNumber
  }

  /// Whether the interval `outer` holds the day `day`.
  private func contains(_ outer: EDTFDate, _ day: EDTFDate) -> Bool {
    guard let first = outer.start, let last = outer.end, let instant = day.start else {
      return false
    }
    func number(_ i: EDTFInstant) -> Int {
      CivilDate(year: i.year, month: i.month, day: i.day).dayNumber
    }
    return number(first) <= number(instant) && number(instant) <= number(last)
  }

  /// Issues the lexicon does not list, made from what a stance cue is about,
  /// in the order first found.
  @exclusivity(unchecked) private(set) var newIssues: [Issue] = []
  @exclusivity(unchecked) private var newIssueByLabel: [String: Int] = [:]

  /// The issue labelled `label` ("binding timetable for the withdrawal"),
  /// made on first mention; the same label in any article is the same issue.
  func issue(label: String, keywords: [String]) -> String {
    let key = folded(label)
    if let found = newIssueByLabel[key] {
      newIssues[found].keywords = united(newIssues[found].keywords, keywords)
      return newIssues[found].id
    }
    let id = uniqueID(String(slug(label).prefix(60)))
    newIssueByLabel[key] = newIssues.count
    newIssues.append(Issue(id: id, label: label, keywords: keywords))
    return id
  }

  /// Stance cues that found no issue, for the warnings.
  @exclusivity(unchecked) private(set) var cuesWithoutIssue: [Evidence] = []

  /// Notes a stance cue (its holder to the cue) that found no issue.
  func noteCueWithoutIssue(_ evidence: Evidence) {
    // Once per cue, however many hold it.
    if notedCues.insert(evidence).inserted { cuesWithoutIssue.append(evidence) }
  }
  @exclusivity(unchecked) private var notedCues: Set<Evidence> = []

  /// The ids of each of ``statements``' words, sorted, kept alongside for
  /// merging.
  @exclusivity(unchecked) private var statementWords: [[Int32]] = []
  /// The ids of statements' words.
  @exclusivity(unchecked) private var wordIDs = StatementWords()
  /// Each statement's evidence, to find a piece given again.
  @exclusivity(unchecked) private var statementEvidence: [Set<Evidence>] = []
  /// Statements by speaker and mode, and within those by word: where to
  /// look for the same statement reported again, without a scan of all.
  @exclusivity(unchecked) private var statementsBySpeaker: [String: [Int]] = [:]
  /// By speaker and mode, then by word, the statements whose words had it
  /// when they were added; only for speakers with more statements than
  /// ``wholeSearch``, built when one first has (most never do).
  @exclusivity(unchecked) private var statementsByWord: [String: [Int32: [Int]]] = [:]
  /// ``statementWords`` as each statement was added (a quote extended
  /// later keeps its first words here), for ``statementsByWord``.
  @exclusivity(unchecked) private var addedWords: [[Int32]] = []
  /// The most statements of one speaker searched whole; also the most
  /// statements a word may be in to narrow the search.
  private static let wholeSearch = 64

  /// Adds a statement, or merges it into the same statement another article
  /// reported. Returns the new statement's index; `nil` when merged.
  @discardableResult
  func addStatement(_ statement: StatementDraft) -> Int? {
    let words = wordIDs.ids(of: statement.text)
    let speaker = statement.speaker + "|" + statement.mode.rawValue
    // The same statement shares most of its words: look among the speaker's
    // statements that share a word with it, leaving out words so common in
    // the speaker's statements that they tell none apart. A speaker with
    // few statements is searched whole.
    let all = statementsBySpeaker[speaker] ?? []
    var candidates = all
    if all.count > Self.wholeSearch {
      if statementsByWord[speaker] == nil {
        var postings: [Int32: [Int]] = [:]
        for number in all {
          for word in addedWords[number] { postings[word, default: []].append(number) }
        }
        statementsByWord[speaker] = postings
      }
      var found = Set<Int>()
      let postingsByWord = statementsByWord[speaker] ?? [:]
      for word in words {
        guard let postings = postingsByWord[word], postings.count <= Self.wholeSearch else {
          continue
        }
        found.formUnion(postings)
      }
      candidates = found.sorted()
    }
    if let found = candidates.first(where: {
      StatementWords.overlap(statementWords[$0], words) >= 0.8
    }) {
      // (A set of each statement's evidence: a statement reported again and
      // again stays linear.)
      for evidence in statement.evidence where statementEvidence[found].insert(evidence).inserted {
        statements[found].evidence.append(evidence)
      }
      if statements[found].date == nil { statements[found].date = statement.date }
      if statements[found].talk == nil { statements[found].talk = statement.talk }
      statements[found].issues = united(statements[found].issues, statement.issues)
      return nil
    }
    statements.append(statement)
    statementWords.append(words)
    addedWords.append(words)
    statementEvidence.append(Set(statement.evidence))
    let number = statements.count - 1
    statementsBySpeaker[speaker, default: []].append(number)
    if statementsByWord[speaker] != nil {
      for word in words { statementsByWord[speaker]![word, default: []].append(number) }
    }
    return number
  }

  /// A quote that runs on into the next paragraph.
  func extendStatement(_ index: Int, with text: String, evidence: Evidence) {
    statements[index].text += " " + text
    statements[index].evidence.append(evidence)
    statementEvidence[index].insert(evidence)
    statementWords[index] = wordIDs.ids(of: statements[index].text)
  }

  /// Positions by holder, issue, stance and date.
  @exclusivity(unchecked) private var positionByKey: [String: Int] = [:]

  func addPosition(_ position: PositionDraft) {
    let key =
      "\(position.holder)|\(position.issue)|\(position.stance.rawValue)|\(position.date?.description ?? "")"
    if let found = positionByKey[key] {
      // (Told apart by a set: a position reported on every line of a long
      // article stays linear.)
      for evidence in position.evidence where positionEvidence[found].insert(evidence).inserted {
        positions[found].evidence.append(evidence)
      }
      if positions[found].talk == nil { positions[found].talk = position.talk }
      return
    }
    positionByKey[key] = positions.count
    positionEvidence.append(Set(position.evidence))
    positions.append(position)
  }

  /// Who `entity` sits at a table for: a state, alliance or organization
  /// itself; a group with members ("six world powers"), which stands for
  /// them; for a person, what their role is of, else their country.
  func party(of entity: String) -> String? {
    guard let draft = self.entity(entity) else { return entity }
    if draft.kind == .other, index.forumMembers[entity] != nil { return entity }
    guard draft.kind == .person else { return partyKinds.contains(draft.kind) ? entity : nil }
    let of = draft.roles.lazy.compactMap(\.of).first {
      self.entity($0).map { partyKinds.contains($0.kind) } ?? false
    }
    return of ?? draft.country
  }

  /// Notes that two or more sides accepted `issue` together in `article`
  /// ("Saudi Arabia and Iran agreed to restore diplomatic relations").
  func noteAgreedIssue(_ issue: String, inArticle article: Int) {
    let known = index.issueIDs.contains(issue)
    agreedIssues[article, default: AgreedIssues()].insert(issue, known: known)
    runAgreedIssues.insert(issue, known: known)
  }

  /// Notes that two or more sides of `article` accepted an agreement whose
  /// words name no issue ("agreed on the final text of the deal").
  func noteAgreement(inArticle article: Int) {
    if agreedIssues[article] == nil { agreedIssues[article] = AgreedIssues() }
  }

  /// Whether the sides of `article` accepted anything together.
  func agreedAnything(inArticle article: Int) -> Bool {
    agreedIssues[article] != nil
  }

  /// What "the agreement" and "the deal" of an article are about: the one
  /// issue its sides accepted together, counting issues of the lexicon
  /// only when there are any ("agreed to a permanent cessation of
  /// hostilities" before "senior military commanders agreed to meet");
  /// when they accepted none, the one issue the run's articles agreed on (a
  /// comment on a deal another article reported). `nil` when there are
  /// several or none: the agreement is then judged as a whole.
  func agreedIssue(inArticle article: Int) -> String? {
    (agreedIssues[article] ?? runAgreedIssues).single
  }
  /// The issues the sides of each article agreed on.
  @exclusivity(unchecked) private var agreedIssues: [Int: AgreedIssues] = [:]
  /// The issues the sides of any article agreed on.
  @exclusivity(unchecked) private var runAgreedIssues = AgreedIssues()

  /// Issues sides agreed on, those of the lexicon apart, so that the one
  /// agreed issue is known at once however many there are.
  struct AgreedIssues {
    private var known: Set<String> = []
    private var found: Set<String> = []

    mutating func insert(_ issue: String, known isKnown: Bool) {
      if isKnown { known.insert(issue) } else { found.insert(issue) }
    }

    /// The one issue of the lexicon, else, with none, the one found in the
    /// text; `nil` when there are several.
    var single: String? {
      let agreed = known.isEmpty ? found : known
      return agreed.count == 1 ? agreed.first : nil
    }
  }

  /// Each position's evidence, to find a piece given again.
  @exclusivity(unchecked) private var positionEvidence: [Set<Evidence>] = []

  /// Events by kind, date and code.
  @exclusivity(unchecked) private var eventsByKey: [String: [Int]] = [:]
  /// Events by kind and date.
  @exclusivity(unchecked) private var eventsByDay: [String: [Int]] = [:]
  /// Each event's evidence, to find a piece given again.
  @exclusivity(unchecked) private var eventEvidence: [Set<Evidence>] = []
  /// How many of a day's events of a kind an event with or without a code
  /// is compared with.
  static let dayCandidates = 16

  /// Adds `event`, or its evidence to the event it is: one of the same
  /// kind, date and code with an actor in common (or when neither names
  /// one); or, on a day, the only one of them, when one of the two names no
  /// actor ("The agreement signed today") and they name no different places;
  /// or, on a day, one of the same kind and the same actors (two at least
  /// in common, or all of both) where only one of the two has a code
  /// ("reached agreement" and "signed the agreement" the same day: one
  /// agreement, with the code; not Peru and Chile's and Peru and Bolivia's).
  func addEvent(_ event: EventDraft) {
    let day = "\(event.kind.rawValue)|\(event.date.description)"
    let key = day + "|" + (event.cameo ?? "")
    let candidates = eventsByKey[key] ?? []
    var found =
      candidates.first {
        Set(events[$0].actors).intersection(event.actors).count > 0
          || (events[$0].actors.isEmpty && event.actors.isEmpty)
      }
      ?? (candidates.count == 1 && event.date.precision == .day
        && (events[candidates[0]].actors.isEmpty || event.actors.isEmpty)
        && (events[candidates[0]].location == nil || event.location == nil
          || events[candidates[0]].location == event.location)
        ? candidates[0] : nil)
    // (Among the day's first few only, so that a day of many events stays
    // linear; the same sides, two at least, or all of both.)
    if found == nil, event.date.precision == .day {
      let actors = Set(event.actors)
      found = eventsByDay[day]?.prefix(Self.dayCandidates).first {
        (events[$0].cameo == nil) != (event.cameo == nil)
          && (Set(events[$0].actors) == actors && !actors.isEmpty
            || actors.intersection(events[$0].actors).count >= 2)
      }
      if let coded = found, events[coded].cameo == nil, let cameo = event.cameo {
        eventsByKey[day + "|", default: []].removeAll { $0 == coded }
        events[coded].cameo = cameo
        eventsByKey[key, default: []].append(coded)
      }
    }
    if let found {
      // (Told apart by a set: an event reported many times stays linear.)
      for evidence in event.evidence where eventEvidence[found].insert(evidence).inserted {
        events[found].evidence.append(evidence)
      }
      events[found].actors = united(events[found].actors, event.actors)
      events[found].targets = united(events[found].targets, event.targets).filter {
        !events[found].actors.contains($0)
      }
      if events[found].location == nil { events[found].location = event.location }
      return
    }
    eventsByKey[key, default: []].append(events.count)
    eventsByDay[day, default: []].append(events.count)
    eventEvidence.append(Set(event.evidence))
    events.append(event)
  }
}

/// The lower-cased words of a text, for comparing quotes.
func wordSet(_ text: String) -> Set<String> {
  var ascii = text
  if let words = ascii.withUTF8(asciiWordSet) { return words }
  let text = folded(text)
  return Set(
    text.splitByScalars(where: { !$0.isLetterOrNumber })
      ?? text.split(whereSeparator: { !$0.isLetterOrNumber }).map(String.init))
}

/// ``wordSet(_:)`` of ASCII text (``ASCIIWords``); `nil` for other text.
private func asciiWordSet(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String>? {
  var words = Set<String>(minimumCapacity: bytes.count / 6)
  guard ASCIIWords.forEach(in: bytes, { words.insert(String(decoding: $0, as: UTF8.self)) })
  else { return nil }
  return words
}

/// |a ∩ b| / min(|a|, |b|): 1 when one text contains the other's words.
func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
  guard !a.isEmpty, !b.isEmpty else { return 0 }
  // Counted, not built: the smaller set's words looked up in the other.
  let (small, large) = a.count <= b.count ? (a, b) : (b, a)
  var shared = 0
  for word in small where large.contains(word) { shared += 1 }
  return Double(shared) / Double(small.count)
}

func united(_ a: [String], _ b: [String]) -> [String] {
  var seen = Set(a)
  return a + b.filter { seen.insert($0).inserted }
}
