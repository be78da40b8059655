import ParleyCore

/// Finds talks: a meeting noun near a venue and a date, their parties,
/// participants and length. It tells which talk each paragraph speaks of, and
/// remembers the article's first talk: what "the talks" means by default.
struct TalkPass {
  let index: LexiconIndex
  let builder: DraftBuilder
  /// The talk this paragraph spoke of last, for participants named later;
  /// setting it also makes it the latest of ``spokenOf``.
  var currentTalk: Int? {
    didSet {
      if let currentTalk, spokenOf.last != currentTalk { spokenOf.append(currentTalk) }
    }
  }
  /// The talks the article spoke of, the latest last.
  /// (A talk spoken of again comes again.)
  private(set) var spokenOf: [Int] = []

  /// The talks the article spoke of last, the latest first: at most
  /// ``recentTalks``, so that a look among them costs the same in a long
  /// article as in a short one.
  var recentlySpokenOf: ArraySlice<Int> {
    ArraySlice(spokenOf.suffix(Self.recentTalks).reversed())
  }

  /// How many of the talks spoken of last ``recentlySpokenOf`` holds.
  static let recentTalks = 32
  /// The first talk the article spoke of.
  private(set) var firstTalk: Int?
  /// The article's publication day: talks dated after it are only planned.
  let published: CivilDate?

  init(index: LexiconIndex, builder: DraftBuilder, published: CivilDate?) {
    (self.index, self.builder, self.published) = (index, builder, published)
  }

  /// How many days before a talk's date "the talks opened on …" may put its
  /// start: longer, and the sentence is about other talks.
  static let openingDays = 90

  /// The parties named in the last sentence of the paragraph before.
  private var previousParties: [String] = []

  /// The place of the article's dateline, if its first paragraph has one.
  var datelinePlace: DatelinePlace?
  /// Whether the first sentence's meeting was placed at the dateline.
  var heldAtDateline = false
  /// Its entity, once a talk is held there.
  var datelineVenueID: String?

  /// How many of the article's first paragraphs with words were read for
  /// the lede's sides, and whether they were found.
  private var ledeParagraphsRead = 0
  private var ledeSidesFound = false
  /// The paragraph that holds the lede, and the lede's day, with its words.
  private var ledeParagraph: Int?
  private var ledeDay: (date: EDTFDate, evidence: Evidence)?
  /// How many first paragraphs may hold the lede: a standfirst ("No
  /// handshake, no joint ceremony – but the two enemies …") may come before
  /// it.
  static let ledeParagraphs = 2

  /// Finds the paragraph's talks; returns the talk it speaks of, if any.
  mutating func run(_ paragraph: Paragraph) -> Int? {
    currentTalk = nil
    if !ledeSidesFound, ledeParagraphsRead < Self.ledeParagraphs {
      ledeParagraphsRead += 1
      // (A first sentence that names one side is the lede all the same.)
      ledeSidesFound = noteLedeSides(paragraph) > 0
    }
    let before = builder.talks.count
    findTalks(paragraph)
    noteLedeDay(paragraph, added: before..<builder.talks.count)
    previousParties = paragraph.sentences.last.map { partiesNamed(paragraph, $0.tokens) } ?? []
    return currentTalk
  }

  /// Who `entity` sits at a table for (``DraftBuilder/party(of:)``).
  func party(of entity: String) -> String? {
    builder.party(of: entity)
  }

  /// Whether a mention names what can be a party: a state, an alliance or
  /// an organization, or a group the lexicon gives members ("six world
  /// powers"), which stands for them.
  func namesParty(_ mention: Mention) -> Bool {
    if case .body = mention.kind { return false }
    return partyKinds.contains(mention.entityKind)
      || mention.entityKind == .other && index.forumMembers[mention.entity] != nil
  }

  /// The states, alliances, organizations and groups `range` names, not as
  /// adjectives alone ("Ukrainian officials" names Ukraine).
  func partiesNamed(_ paragraph: Paragraph, _ range: Range<Int>) -> [String] {
    let named = paragraph.mentions.within(range).filter {
      namesParty($0) && standsForSide(paragraph, $0)
    }
    return united([], named.map(\.entity))
  }

  /// The sides the subject opening `range` names (``subjectActors(_:from:before:)``):
  /// its parties and the sides of its people, in order, and when it names
  /// one side, those of the object just after its verb ("Serbian President
  /// Aleksandar Vučić and Kosovo Prime Minister Albin Kurti traded
  /// accusations"; not those of "…, Egyptian officials said", nor of "The
  /// talks came as Russia and China deepened their ties").
  func sidesNamed(_ paragraph: Paragraph, _ range: Range<Int>) -> [String] {
    func sides(_ actors: [Mention]) -> [String] {
      actors.compactMap { mention in
        mention.entityKind == .person
          ? party(of: mention.entity) : namesParty(mention) ? mention.entity : nil
      }
    }
    let subject = subjectActors(paragraph, from: range.lowerBound, before: range.upperBound)
    var named = united([], sides(subject.actors))
    // ("Xi Jinping hosted Brazil's President Lula on Friday": one side
    // in the subject, the other the object just after its verb.)
    if named.count == 1, subject.end + 1 < range.upperBound, paragraph.tokens[subject.end].isWord,
      !paragraph.tokens[subject.end].isCapitalized
    {
      named = united(
        named,
        sides(subjectActors(paragraph, from: subject.end + 1, before: range.upperBound).actors))
    }
    return named
  }

  /// The sides the lede's first sentence names, two at least ("Greek and
  /// Turkish Cypriot leaders resumed …", "The presidents of Bosnia, Serbia
  /// and Croatia initialed …"), for the article's talks whose sentences and
  /// neighbours name fewer than two: a story's first sentence says who is
  /// negotiating, its later ones where and when ("The talks in New York
  /// ended on February 13"). Not a place or host after "in" or "at" ("at the
  /// United Nations"), nor an adjective alone ("Chilean wine"). When a
  /// standfirst names none, the next paragraph's first sentence is the
  /// lede. How many sides the first sentence names.
  private mutating func noteLedeSides(_ paragraph: Paragraph) -> Int {
    guard let first = paragraph.sentences.first?.tokens else { return 0 }
    let tokens = paragraph.tokens
    // An adjective names a side before those who speak or sit for it:
    // "Serbian and Kosovan negotiators", "Israeli and Palestinian leaders".
    func namesSide(_ mention: Mention) -> Bool {
      var before = mention.tokens.lowerBound - 1
      if before > first.lowerBound, index.words.determiners.contains(tokens[before]) { before -= 1 }
      if before >= first.lowerBound, index.words.venuePrepositions.contains(tokens[before]) {
        return false
      }
      guard mention.isDemonym else { return true }
      var position = mention.tokens.upperBound
      while position < min(first.upperBound, mention.tokens.upperBound + 6) {
        if let next = paragraph.mentions.starting(at: position), next.isDemonym {
          position = next.tokens.upperBound
        } else if index.words.listJoiners.contains(tokens[position]) || tokens[position].isMark(",")
          || tokens[position].isCapitalized && !index.titleWords.contains(tokens[position].key)
        {
          position += 1
        } else {
          break
        }
      }
      return position < first.upperBound
        && (index.words.collectiveSubjects.contains(tokens[position])
          || index.titleWords.contains(tokens[position].key))
    }
    // (Its people stand for their sides: "Rabin and Arafat shook hands".)
    let sides = united(
      [],
      paragraph.mentions.within(first).compactMap {
        $0.entityKind == .place || !namesSide($0)
          ? nil : $0.entityKind == .person ? party(of: $0.entity) : namesParty($0) ? $0.entity : nil
      })
    guard sides.count >= 2 else { return sides.count }
    builder.noteLedeSides(
      sides, evidence: paragraph.evidence(first, "talk.parties-from-lede", 0.4))
    ledeParagraph = paragraph.number
    // The lede's day: its first day, on or before publication.
    ledeDay = paragraph.dates[0].first(where: { mention in
      mention.date.map { date in
        date.precision == .day && !date.isInterval
          && daysAfterPublication(date).map { $0 <= 0 } ?? false
      } ?? false
    }).map { ($0.date!, paragraph.evidence($0.tokens, "talk.lede-day", 0.5)) }
    return sides.count
  }

  /// The undated talks paragraph `paragraph` added, in the lede's
  /// paragraph or the next, told in the past with no auxiliary of the past
  /// perfect or the perfect ("had met", "have hosted"), and with no side
  /// the lede does not name (but the venue's state), after the lede's
  /// first sentence, at the dateline's place or in a building in no other
  /// town or state: the lede's event told in detail ("The leaders of
  /// Russia, Ukraine, France and Germany agreed on Monday …", then "Macron
  /// and Merkel hosted Putin and Zelenskiy at the Elysee Palace for more
  /// than eight hours of talks"), take the lede's day when no talk at their
  /// venue has a date.
  private func noteLedeDay(_ paragraph: Paragraph, added: Range<Int>) {
    guard let ledeDay, let ledeParagraph, paragraph.number <= ledeParagraph + 1,
      let sides = builder.ledeSides(ofArticle: paragraph.article),
      let dateline = datelinePlace
    else { return }
    // (Only at the dateline's place, or in a building in no other town:
    // "The two leaders last met in Bali" under WOODSIDE is an older meeting.)
    let here = dateline.actor.map { index.actor($0).id } ?? slug(dateline.name)
    for number in added {
      let talk = builder.talks[number]
      guard let venue = talk.venue, isHere(venue, here, datelineState(dateline)) else { continue }
      guard talk.date == nil, !talk.planned, talk.kind != .call,
        !talk.parties.isEmpty,
        Set(talk.parties).subtracting(sides).allSatisfy({ $0 == country(of: talk.venue) }),
        let told = paragraph.sentences.firstIndex(where: { sentence in
          paragraph.mentions.contains(in: sentence.tokens) { $0.entity == talk.venue }
        }),
        // (Not in the lede's own sentence, whose day a rule found not the
        // meeting's: "Shells hit Donetsk on Saturday, hours after Russia and
        // Ukraine signed a truce in Geneva".)
        paragraph.number != ledeParagraph || told > 0,
        case let sentence = paragraph.sentences[told],
        !index.words.pastPerfectAuxiliaries.containsAny(
          of: paragraph.tokens, in: sentence.tokens),
        // (Nor the present perfect: "who have hosted Houthi negotiators in
        // Muscat for months".)
        !index.words.perfectAuxiliaries.containsAny(of: paragraph.tokens, in: sentence.tokens)
      else { continue }
      builder.talks[number].ledeDay = ledeDay
    }
  }

  /// Whether the place `id` is the dateline's, `here`, or a building in it
  /// or in no other town or state (`building-heads`).
  private func isHere(_ id: String, _ here: String, _ state: String?) -> Bool {
    guard id != here else { return true }
    guard let place = builder.entity(id) else { return false }
    if let city = place.city { return city == here }
    return DraftBuilder.isBuilding(place.name, index)
      && (place.country == nil || place.country == state)
  }

  /// The state a place stands in, if known.
  private func country(of place: String?) -> String? {
    place.flatMap { builder.entity($0)?.country }
  }

  /// Meetings: a meeting noun near a venue ("talks in Geneva on Monday", "a
  /// special meeting of the NATO–Russia Council in Brussels on Wednesday"),
  /// with the date that goes with that venue and the actors named with it.
  mutating func findTalks(_ paragraph: Paragraph) {
    let tokens = paragraph.tokens
    for (number, sentence) in paragraph.sentences.enumerated() {
      let range = sentence.tokens
      // "talks in Geneva", and "met in Helsinki".
      // A ceremony is a meeting where something is signed: "signed … at a
      // ceremony in", "a signing ceremony"; not "a ceremony to mark".
      let signing = range.contains { index.words.meetingVerbs.contains(tokens[$0]) }
      // ("Iran met Spain in Kazan on Wednesday in a World Cup group match":
      // a contest, no meeting.)
      let contest =
        signing && index.words.contestWords.occurs(in: paragraph.lists)
        && index.words.contestWords.containsAny(of: tokens, in: range)
      let nouns = range.filter {
        (index.words.meetingNouns.contains(tokens[$0])
          || !contest && index.words.meetingVerbs.contains(tokens[$0])
          || index.words.ceremonyNouns.contains(tokens[$0])
            && (signing || $0 > 0 && index.words.ceremonyQualifiers.contains(tokens[$0 - 1]))
          // ("the Middle East peace conference opened in Madrid")
          || $0 > 0 && index.words.conferenceNouns.contains(tokens[$0])
            && index.words.conferenceQualifiers.contains(tokens[$0 - 1]))
          && !($0 > 0 && index.words.notMeetings.contains(tokens[$0 - 1]))
          && !isUnheld(tokens, $0, in: range)
      }
      findParticipants(paragraph, number)
      // After the sentence's own talk is found: "The summit in Helsinki on
      // July 16 lasted four hours" is that summit's length.
      defer {
        findDuration(paragraph, number)
        findDelegations(paragraph, number)
      }
      findVisits(paragraph, number)
      findCalls(paragraph, number)
      guard !nouns.isEmpty else { continue }
      // "in Geneva", "at the Palace of Independence"
      var venues = paragraph.mentions.within(range).filter { venue in
        // (Not a building that owns what follows: "at the White House's
        // request"; "in Cairo's eastern suburbs" is in Cairo.)
        guard venue.entityKind == .place, venue.tokens.lowerBound > range.lowerBound,
          !ownsWhatFollows(paragraph, venue)
        else {
          return false
        }
        var before = venue.tokens.lowerBound - 1
        if before > range.lowerBound, index.words.determiners.contains(tokens[before]) {
          before -= 1
        }
        // "in the Swiss city of Lausanne": the place a noun for one names,
        // a few words after the preposition.
        if before - 1 > range.lowerBound, index.words.placeNounLinks.contains(tokens[before]),
          index.words.placeNouns.contains(tokens[before - 1])
        {
          // (No other place between: not "talks in Geneva on the port of
          // Hodeidah".)
          // ("in the Black Sea port city of Odesa": two nouns, a place of
          // two words.)
          let preposition = (max(range.lowerBound, before - 8)..<before - 1).last {
            index.words.venuePrepositions.contains(tokens[$0])
          }
          return preposition.map { at in
            !paragraph.mentions.contains(in: at + 1..<before - 1) {
              $0.entityKind == .place && !namesPlaceNoun(paragraph.tokens, after: $0)
            }
          } ?? false
            || describedPlace(paragraph, range, noun: before - 1) != nil
        }
        // ("in the Red Sea resort of Sharm el-Sheikh": the sea says where
        // the resort is, which holds the talk.)
        if namesPlaceNoun(tokens, after: venue) { return false }
        // "the Geneva talks", "since the Anchorage meeting between …": a
        // town named just before the meeting.
        if namesMeeting(paragraph, venue) { return true }
        // ("met on Tuesday to discuss the situation in Idlib": the place of
        // the topic.)
        return index.words.venuePrepositions.contains(tokens[before])
          && !isTopicPlace(paragraph, sentence: number, preposition: before)
      }
      venues += capitalVenues(paragraph, number)
      venues += datelineHere(paragraph, number, nouns: nouns)
      venues.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
      // A place named by what it is does not hold the talk when it only
      // says where the place before it lies: "met in Arica, in the Tacna
      // region" is in Arica ("met at Lake Chungara" at the lake).
      venues = venues.enumerated().filter { offset, venue in
        guard offset > 0, !venue.isVenuePlace else { return true }
        let before = venues[offset - 1]
        return
          !(before.isVenuePlace && before.tokens.upperBound <= venue.tokens.lowerBound
          && venue.tokens.lowerBound - before.tokens.upperBound <= 3
          && tokens[before.tokens.upperBound..<venue.tokens.lowerBound].allSatisfy {
            !$0.isWord || index.words.venuePrepositions.contains($0)
              || index.words.determiners.contains($0)
          })
      }.map(\.element)
      // "at the Palace of Independence in Minsk": the building is the venue.
      // "at the Peace House in the truce village of Panmunjom": so is a
      // place named after a noun for one.
      venues = venues.enumerated().filter { offset, venue in
        guard offset > 0 else { return true }
        let building = venues[offset - 1]
        guard building.tokens.upperBound <= venue.tokens.lowerBound else { return true }
        let between = building.tokens.upperBound..<venue.tokens.lowerBound
        return between.count > 2
          && !(isBuilding(paragraph, building) && between.count <= 6
            && index.words.venuePrepositions.contains(tokens[between.lowerBound])
            && index.words.placeNounLinks.contains(tokens[between.upperBound - 1])
            && tokens[between.dropFirst()].allSatisfy { $0.isWord && !$0.isCapitalized })
      }.map(\.element)
      // "in Vienna on Monday at the Palais Coburg hotel": the building is
      // the venue, on the city's date, and stands in the city.
      // What does not part a meeting from its place, or a town from its
      // building: its day and how long it lasted ("met for more than three
      // hours on Monday at a luxury hotel in Nusa Dua").
      let asides = Asides(
        dated: datedTokens(paragraph, number), durations: durations(paragraph, range))
      venues = venues.enumerated().filter { offset, venue in
        guard offset + 1 < venues.count, !isBuilding(paragraph, venue) else { return true }
        let building = venues[offset + 1]
        guard isBuilding(paragraph, building),
          (venue.tokens.upperBound..<building.tokens.lowerBound).allSatisfy({
            asides.isDay($0) || index.words.venuePrepositions.contains(tokens[$0])
              || index.words.determiners.contains(tokens[$0])
          })
        else { return true }
        builder.setCity(venue.entity, of: building.entity)
        if let country = builder.entity(venue.entity)?.country {
          builder.setCountry(country, of: building.entity)
        }
        return false
      }.map(\.element)
      // Once per sentence, for each of its talks.
      let hosts = mediators(paragraph, range)
      if venues.isEmpty, let dateline = datelineLedeVenue(paragraph, number, nouns: nouns) {
        venues = [dateline]
      }
      if venues.isEmpty {
        // (Not when the day is that of a talk known: "the talks in Saudi
        // Arabia on Tuesday" are those in Jeddah.)
        if !dateOnlyTalk(paragraph, number, nouns: nouns) {
          findStateVenues(paragraph, number, nouns: nouns)
          findPlacelessMeeting(paragraph, number, nouns: nouns)
        }
        findOpening(paragraph, number, nouns: nouns)
        // "The talks were facilitated by the African Union": the talk the
        // article spoke of last. (Not a call: "UN-led talks … went nowhere
        // for years" after "a telephone call between" two leaders.)
        if !hosts.isEmpty, let talk = currentTalk ?? spokenOf.last,
          builder.talks[talk].kind != .call,
          !namesOtherPlace(paragraph, range, than: talk)
        {
          // (A mediator is none of the sides already named.)
          builder.talks[talk].mediators.formUnion(
            hosts.map(\.side).filter { !builder.talks[talk].parties.contains($0) })
          builder.talks[talk].parties = united(builder.talks[talk].parties, hosts.map(\.side))
          builder.talks[talk].evidence.append(paragraph.evidence(range, "talk.mediator", 0.6))
          builder.talks[talk].kind = builder.kind(of: builder.talks[talk])
        }
      }
      let sentenceIssues = index.issues(in: tokens, range).map { index.issueID($0.issue) }
      var sentenceBefore: [String]?
      // The meeting the last venue was found for: "met in Davos in January
      // and again in Sofia in May".
      var lastNoun: Int?
      let talkDated = talkDates(paragraph, number)
      for (venueNumber, venue) in venues.enumerated() {
        // A building named with no town stands in the dateline's town when
        // the first sentence placed its meeting there: "told reporters at
        // the Hotel Inter-Continental" under `GENEVA (AP) —`. (Not one
        // known in another state: "at the Kremlin" under PARIS; nor when
        // the first sentence named its own place: "met at the Filoli
        // Estate" under BEIJING.)
        if !venue.tokens.isEmpty, isBuilding(paragraph, venue),
          let building = builder.entity(venue.entity), building.city == nil,
          heldAtDateline, let place = datelinePlace,
          building.country == nil || building.country == datelineState(place),
          let city = datelineVenue(), city != venue.entity
        {
          builder.setCity(city, of: venue.entity)
          if let country = builder.entity(city)?.country {
            builder.setCountry(country, of: venue.entity)
          }
        }
        // The meeting noun must come shortly before the venue (or just after it).
        // (Nouns are in token order: found by halving.)
        let beforeVenue = nouns.partitionPoint { $0 >= venue.tokens.lowerBound } - 1
        // ("the Geneva talks": the noun may follow the venue at once.)
        let afterVenue = nouns.partitionPoint { $0 >= venue.tokens.upperBound }
        let reach = venue.tokens.lowerBound - range.lowerBound <= 4 ? 12 : 3
        // (One of `repeat-adverbs` just before the venue's preposition, and
        // one of `list-joiners` before it: "and again in", not "fighting
        // flared again in".)
        let repeated =
          venue.tokens.lowerBound - 3 >= range.lowerBound
            && index.words.listJoiners.contains(tokens[venue.tokens.lowerBound - 3])
            && index.words.repeatAdverbs.contains(tokens[venue.tokens.lowerBound - 2])
            && index.words.venuePrepositions.contains(tokens[venue.tokens.lowerBound - 1])
          ? lastNoun : nil
        guard
          var noun =
            repeated
            ?? (beforeVenue >= 0
              && isNear(paragraph, nouns[beforeVenue]..<venue.tokens.lowerBound, asides: asides)
              ? nouns[beforeVenue] : nil)
            ?? (afterVenue < nouns.count && nouns[afterVenue] - venue.tokens.upperBound <= reach
              // ("In Washington, Bush said the talks had failed": the place
              // is the speaker's.)
              && !(venue.tokens.upperBound..<nouns[afterVenue]).contains(where: {
                index.speechVerbs.match(tokens, at: $0) != nil
              })
              ? nouns[afterVenue] : nil)
        else { continue }
        // "Russia and the United States met on the sidelines of the G20
        // summit in Bali": the meeting is the one on the sidelines.
        let sideline = sidelines(paragraph, range, before: noun)
        // (Only with a side to it: "Biden and Xi met on the sidelines",
        // their sides unknown, leaves the summit.)
        if let sideline, let earlier = nouns.last(where: { $0 < sideline }),
          wordCount(paragraph, earlier..<sideline) <= 5,
          talkParties(paragraph, sentence: range, noun: earlier, venue: venue, until: sideline)
            .contains(where: { party(of: $0.entity) != nil })
        {
          noun = earlier
        }
        lastNoun = noun
        // The date between this venue and the next; for the first venue, else the one before it.
        let nextVenue =
          venueNumber + 1 < venues.count
          ? venues[venueNumber + 1].tokens.lowerBound : range.upperBound
        let dated = talkDated
        // Dates are in token order: found by halving, not by a scan per venue.
        let firstAfter = dated.partitionPoint { $0.tokens.lowerBound >= venue.tokens.upperBound }
        let lastBefore =
          dated.partitionPoint { $0.tokens.upperBound > venue.tokens.lowerBound } - 1
        // ("Missiles struck Odesa on Saturday, a day after Moscow and Kyiv
        // signed agreements in Istanbul": a date before "after" is another
        // clause's when a verb tells of the meeting; "agreed on Thursday,
        // after a week of talks in Lausanne" is the talks' last day.)
        // (A link counts with a meeting verb after it and no comma between
        // it and the venue: "On Friday, after months of deadlock, the two
        // sides met in Istanbul" is theirs; one look back from the venue.)
        var otherClause = false
        if lastBefore >= 0 {
          var (sawVerb, sawComma) = (false, false)
          for position in (dated[lastBefore].tokens.upperBound..<venue.tokens.lowerBound).reversed()
          {
            if tokens[position].isMark(",") { sawComma = true }
            if index.words.meetingVerbs.contains(tokens[position]) { sawVerb = true }
            if sawComma { break }
            if sawVerb, index.words.clauseLinks.contains(tokens[position]) {
              otherClause = true
              break
            }
          }
        }
        // ("signed an agreement on Tuesday in Bridgetown on conditions for
        // next year's election": a date that owns a noun is the noun's.)
        let before =
          venueNumber == 0 && lastBefore >= 0 && !otherClause
            && !ownsNoun(tokens, dated[lastBefore]) ? dated[lastBefore] : nil
        var after =
          firstAfter < dated.count && dated[firstAfter].tokens.lowerBound < nextVenue
            && !ownsNoun(tokens, dated[firstAfter]) ? dated[firstAfter] : nil
        // ("signed an agreement on Tuesday in Istanbul on a truce from
        // Friday": a date more than three words past the venue is another
        // phrase's when a day comes before it; "met in Istanbul in 2022" is
        // the meeting's.)
        if let far = after, let before, before.date?.precision == .day,
          wordCount(paragraph, venue.tokens.upperBound..<far.tokens.lowerBound) > 3
        {
          after = nil
        }
        let mention = after ?? before
        // "are due to resume in Oslo next month", "will meet again in Athens":
        // a plan, not a meeting that took place.
        // "agreed in a call last Sunday to meet in Minsk": the day is the
        // call's; the meeting is a plan.
        let infinitive =
          noun > range.lowerBound && index.words.infinitiveMarkers.contains(tokens[noun - 1])
          && index.words.meetingVerbs.contains(tokens[noun])
        // ("are due to meet in Istanbul on Tuesday", the next Tuesday: a
        // plan fixed for a day, kept as one with a future tense is.)
        let planned =
          infinitive
          && !(isFixedFutureDay(mention, after: noun) && isPresentPlan(tokens, noun, in: range))
          || isPlanned(
            paragraph, range, before: max(noun, venue.tokens.lowerBound), date: mention)
        let date =
          infinitive && (mention?.tokens.upperBound ?? 0) <= noun
          ? nil
          : mention.flatMap { mention in
            mention.date.map {
              lasting($0, paragraph, range, noun: noun, dateAt: mention.tokens.lowerBound)
            }
          }
        // "The talks in Lima on Thursday were postponed."
        // (And just after the venue: "The summit in Hanoi was cancelled on
        // Thursday".)
        if isUnheld(
          tokens, after: max(venue.tokens.upperBound, mention?.tokens.upperBound ?? 0) - 1,
          in: range) || isUnheld(tokens, after: venue.tokens.upperBound - 1, in: range)
          || noun < venue.tokens.lowerBound
            && deniesHolding(paragraph, noun + 1..<venue.tokens.lowerBound)
        {
          continue
        }
        let parties = talkParties(
          paragraph, sentence: range, noun: noun, venue: venue,
          until: sideline.flatMap { $0 > noun ? $0 : nil })
        // "met", "signed": a verb needs the sides as its subject ("the
        // protocol signed in Minsk" is no meeting): two or more, one of them
        // a party at least. A person whose side is unknown is one of them
        // ("Secretary of State Antony Blinken met Chinese Foreign Minister
        // Wang Yi in Anchorage": the talk is China's with Blinken's side
        // left for the reviewer).
        let isVerb = index.words.meetingVerbs.contains(tokens[noun])
        // "The two men met at the Capella hotel": the sides of the talk
        // the article spoke of with as many (`sides-nouns`, or a number and
        // one of `counted-side-nouns`).
        let told =
          isVerb && parties.isEmpty
          ? sidesSaid(
            tokens, range, before: noun, article: paragraph.article,
            dated: datedTokens(paragraph, number),
            sentenceBefore: {
              number > 0 ? sidesNamed(paragraph, paragraph.sentences[number - 1].tokens) : []
            }) : []
        // "SECRETARY BLINKEN: This morning I met Foreign Minister Qin Gang
        // here in Beijing": a transcript's speaker met as "I" or "we".
        let speakerSide =
          isVerb && noun > range.lowerBound
            && (index.words.firstPerson.contains(tokens[noun - 1])
              || index.words.firstPersonPlural.contains(tokens[noun - 1]))
          ? paragraph.turn?.speaker.flatMap { party(of: $0) } : nil
        if isVerb, told.count < 2 {
          let sides = Set(
            parties.compactMap { party(of: $0.entity) } + [speakerSide].compactMap { $0 })
          // (The person just before the verb, or its object before the venue.)
          let unknown = Set(
            ([paragraph.mentions.ending(at: noun - 1)].compactMap { $0 }
              + paragraph.mentions.within(noun + 1..<max(noun + 1, venue.tokens.lowerBound)))
              .filter { $0.entityKind == .person && party(of: $0.entity) == nil }.map(\.entity))
          if sides.isEmpty || sides.count + unknown.count < 2 { continue }
        }
        let talkIndex = builder.talk(venue: venue.entity, date: date, planned: planned)
        if index.words.pastPerfectAuxiliaries.containsAny(of: tokens, in: range) {
          builder.talks[talkIndex].pastPerfect = true
        }
        if noun == range.lowerBound + 1, index.words.definiteArticles.contains(tokens[noun - 1]),
          index.words.meetingNouns.contains(tokens[noun])
        {
          builder.talks[talkIndex].toldAgain = true
        }
        if venue.tokens.isEmpty { heldAtDateline = true }
        currentTalk = talkIndex
        if firstTalk == nil { firstTalk = talkIndex }
        var neighbours = told + [speakerSide].compactMap { $0 }
        // "At their meeting in Washington from January 28 to 31, 2020, the
        // three countries agreed": the sides a subject after the opening
        // phrase counts.
        if parties.isEmpty, !isVerb, noun < venue.tokens.lowerBound {
          let dated = datedTokens(paragraph, number)
          if let comma =
            (venue.tokens.upperBound..<min(range.upperBound, venue.tokens.upperBound + 12))
            .first(where: { tokens[$0].isMark(",") && !dated.contains($0) })
          {
            neighbours = sidesSaid(
              tokens, range, before: min(range.upperBound, comma + 5), article: paragraph.article,
              dated: dated)
          }
        }
        if parties.isEmpty, neighbours.isEmpty {
          // "Serbia and Kosovo sent negotiators to Brussels. The talks there …"
          // (Read once per sentence, however many venues it names.)
          if sentenceBefore == nil {
            sentenceBefore =
              number > 0
              ? partiesNamed(paragraph, paragraph.sentences[number - 1].tokens) : previousParties
          }
          neighbours = sentenceBefore!
          neighbours.removeAll { $0 == venue.entity }
        }
        // The evidence: from the first party or the meeting noun to the venue or its date.
        let phraseStart = min(
          noun, venue.tokens.lowerBound,
          parties.map(\.tokens.lowerBound).filter { range.contains($0) }.min() ?? noun)
        let phraseEnd = max(venue.tokens.upperBound, mention?.tokens.upperBound ?? 0, noun + 1)
        var talk = builder.takeTalk(talkIndex)
        if opens(paragraph, range, noun: noun, venue: venue.tokens.lowerBound) {
          talk.opening = true
        }
        // A meeting of the NATO-Russia Council is a meeting of NATO and Russia.
        let members = (parties.compactMap { party(of: $0.entity) } + neighbours).flatMap {
          index.forumMembers[$0] ?? [$0]
        }.filter {
          index.actorIndex[$0].map { partyKinds.contains(index.actorKind($0)) } ?? true
        }
        for member in members where member != venue.entity {
          if let actor = index.actorIndex[member] {
            builder.actor(actor, evidence: nil, alias: nil)
          }
        }
        // (A mediator named as a side apart is one: "Russia, Ukraine and
        // the United States held talks hosted by the United States".)
        talk.mediators.formUnion(
          hosts.filter { host in
            !parties.contains {
              party(of: $0.entity) == host.side && $0.tokens.lowerBound != host.at
            }
          }.map(\.side))
        talk.parties = united(talk.parties, members + hosts.map(\.side))
        // "A NATO summit in Madrid", "EU leaders met in Brussels": one body
        // before the meeting, no other side in the sentence or before it.
        // (A body of no state: not a movement, "RPF delegates held talks".)
        if parties.count == 1, hosts.isEmpty, neighbours.isEmpty,
          parties[0].tokens.upperBound <= noun,
          let side = party(of: parties[0].entity), let body = builder.entity(side),
          body.kind != .state, body.country == nil
        {
          talk.ofBody = true
        }
        if index.isNamedByVenue(talk.name), !isVerb,
          let named = talkName(paragraph, noun: noun, venue: venue)
        {
          talk.name = named
        }
        let phrase = phraseStart..<phraseEnd
        talk.issues = united(talk.issues, sentenceIssues)
        // (A place the dateline gives is not written in the sentence.)
        talk.evidence.append(
          venue.tokens.isEmpty
            ? paragraph.evidence(range, "talk.dateline-venue", mention?.date == nil ? 0.4 : 0.6)
            : paragraph.evidence(
              phrase, "talk.meeting-venue-date", mention?.date == nil ? 0.5 : 0.8))
        talk.kind = builder.kind(of: talk)
        builder.talks[talkIndex] = talk
      }
    }
  }

  /// Who a meeting verb's subject names by number, up to four words before
  /// `verb`: "both sides", "the four leaders" (`sides-nouns`), "the two men"
  /// (a number and one of `counted-side-nouns`, a title's word between them
  /// too: "the two prime ministers"): the sides of the last talk
  /// the article spoke of with as many, else the sides its lede names when
  /// they are as many ("Greek Prime Minister Alexis Tsipras and Macedonian
  /// Prime Minister Zoran Zaev …" then "The two prime ministers met in Davos
  /// in January"); none without a number or such sides.
  ///
  /// Or a plural pronoun up to three words before it, only lower-case words
  /// between, that opens its sentence ("The next day they met in Addis
  /// Ababa", "they had first met"; not "The families said they met"): the
  /// sides of the last talk the article spoke of, two at least.
  ///
  /// Before both, the sides the sentence before in the paragraph names,
  /// `sentenceBefore` (read only when asked), when they are as many (two
  /// for a pronoun): "Vučić
  /// and Kurti traded accusations on Monday. The two leaders had failed to
  /// agree when they met in Brussels" is Serbia's and Kosovo's meeting.
  func sidesSaid(
    _ tokens: [Token], _ sentence: Range<Int>, before verb: Int, article: Int, dated: Set<Int>,
    sentenceBefore: () -> [String] = { [] }
  ) -> [String] {
    if let pronoun = (max(sentence.lowerBound, verb - 3)..<verb).last(where: {
      index.words.pluralPronouns.contains(tokens[$0])
    }),
      (pronoun + 1..<verb).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
      opensSentence(tokens, sentence, before: pronoun, dated: dated)
    {
      let before = sentenceBefore()
      if before.count == 2 { return before }
      let sides = parties(saidToNumber: nil, orLast: true) ?? []
      return sides.count >= 2 ? sides : []
    }
    for position in max(sentence.lowerBound + 1, verb - 4)..<max(sentence.lowerBound + 1, verb) {
      var count: Int?
      if let sides = index.sides(tokens, noun: position, from: sentence.lowerBound) {
        count = sides.count
      } else if index.words.countedSideNouns.contains(tokens[position]),
        let number = index.numberWords[tokens[position - 1].key]
          // ("the two prime ministers": a word of a title between; not "two
          // opposition ministers", "two dozen ministers", "two former …".)
          ?? (position - 2 > sentence.lowerBound && tokens[position - 1].isWord
            && index.titleWords.contains(tokens[position - 1].key)
            && !index.words.titleQualifiers.contains(tokens[position - 1])
            && !index.words.nonStateTitles.contains(tokens[position - 1])
            ? index.numberWords[tokens[position - 2].key] : nil)
      {
        count = number
      } else {
        continue
      }
      return count.flatMap { count in
        Optional(sentenceBefore()).flatMap { $0.count == count ? $0 : nil }
          ?? parties(saidToNumber: count, orLast: false)
          ?? builder.ledeSides(ofArticle: article).flatMap { $0.count == count ? $0 : nil }
      } ?? []
    }
    return []
  }

  /// Whether only an opening phrase of time stands before `position` in
  /// the sentence: its first word, dates (`dated`), marks and lower-case
  /// words, and no speech verb ("The next day they met", not "The families
  /// said they met").
  private func opensSentence(
    _ tokens: [Token], _ sentence: Range<Int>, before position: Int, dated: Set<Int>
  ) -> Bool {
    (sentence.lowerBound..<position).allSatisfy { at in
      at == sentence.lowerBound || dated.contains(at) || !tokens[at].isWord
        || !tokens[at].isCapitalized
    }
      && !(sentence.lowerBound..<position).contains {
        index.speechVerbs.match(tokens, at: $0) != nil
      }
  }

  /// Whether a meeting at the start of `range` reaches the place at its
  /// end: eight words at most; or, past its day and its length ("met for
  /// more than three hours on Monday at a luxury hotel in Nusa Dua", six
  /// words of them at most), with no clause of its own between (one of
  /// `clause-links` or `clause-openers`: "met on Tuesday, as thousands
  /// marched in", "met for hours on Sunday before fighting resumed in"; and
  /// at any length, one of `clause-openers` after a comma, its clause not
  /// closed by another before the place).
  /// A phrase set off by commas counts among those six words too: "Talks
  /// between Serbia and Kosovo, mediated by Austria, took place in".
  func isNear(_ paragraph: Paragraph, _ range: Range<Int>, asides: Asides) -> Bool {
    let words = wordCount(paragraph, range)
    let tokens = paragraph.tokens
    let setOff = setOffPhrases(paragraph, range, addingSides: true)
    func isSetOff(_ position: Int) -> Bool { setOff.contains { $0.contains(position) } }
    // ("met on Monday, as protesters marched in Vienna": a clause of its
    // own after a comma reaches the place; not one set off by another
    // comma, "talks, as expected, ended in Vienna", nor one with no subject
    // of its own, "met on Thursday, while in Brussels".)
    if let opener = range.last(where: {
      $0 > range.lowerBound && tokens[$0 - 1].isMark(",")
        && index.words.clauseOpeners.contains(tokens[$0])
    }), !isSetOff(opener),
      opener + 1 < range.upperBound,
      !index.words.venuePrepositions.contains(tokens[opener + 1])
    {
      return false
    }
    if words <= 8 { return true }
    let setOffWords = setOff.reduce(0) { $0 + wordCount(paragraph, $1) }
    return words - min(6, asides.count(in: range) + setOffWords) <= 8
      && !range.contains {
        !isSetOff($0)
          && (index.words.clauseLinks.contains(tokens[$0])
            || index.words.clauseOpeners.contains(tokens[$0]))
      }
  }

  /// The phrases of five words at most set off by two commas in `range`,
  /// commas included: ", mediated by Austria,", ", as usual,". Not a name
  /// alone, an item of a list or an apposition (", Sudan,", ", President
  /// Dina Boluarte,"), nor, unless `addingSides`, one that opens with one
  /// of `side-inclusion-words` (", including Russia,").
  func setOffPhrases(_ paragraph: Paragraph, _ range: Range<Int>, addingSides: Bool = false)
    -> [Range<Int>]
  {
    let tokens = paragraph.tokens
    var phrases: [Range<Int>] = []
    var open: Int?
    for position in range where tokens[position].isMark(",") {
      if let start = open, position > start + 1, wordCount(paragraph, start + 1..<position) <= 5,
        tokens[start + 1..<position].allSatisfy(\.isWord)
      {
        // (A name alone, with its title, is a list's item or an apposition:
        // ", Sudan,", ", President Dina Boluarte,".)
        let item =
          titledPerson(paragraph, at: start + 1) ?? paragraph.mentions.starting(at: start + 1)
        // (", including Russia,", ", joined by Russia,": more sides.)
        if item.map({ $0.tokens.upperBound == position }) != true,
          addingSides || !index.words.sideInclusionWords.contains(tokens[start + 1])
        {
          phrases.append(start..<position + 1)
          open = nil
          continue
        }
      }
      open = position
    }
    return phrases
  }

  /// The words of durations in `range`: "for more than three hours", one of
  /// `duration-links` up to four words before one of `hour-words`.
  func durations(_ paragraph: Paragraph, _ range: Range<Int>) -> Set<Int> {
    let tokens = paragraph.tokens
    var words = Set<Int>()
    for hour in range where index.words.hourWords.contains(tokens[hour]) {
      guard
        let link = (max(range.lowerBound, hour - 4)..<hour).last(where: {
          index.words.durationLinks.contains(tokens[$0])
        })
      else { continue }
      words.formUnion(link...hour)
    }
    return words
  }

  /// How many words `range` has, a name counted as one and the commas of a
  /// list not at all: "talks between Egypt, Sudan and Ethiopia ended in
  /// Kinshasa" is as near as "talks between Egypt and Sudan ended in
  /// Kinshasa". A person with the title and state before the name is one
  /// name ("North Korean leader Kim Jong Un"), and so is a state's body
  /// ("Yemen's government").
  func wordCount(_ paragraph: Paragraph, _ range: Range<Int>) -> Int {
    var count = 0
    var position = range.lowerBound
    while position < range.upperBound {
      position = nextWord(paragraph, at: position, before: range.upperBound)
      count += 1
    }
    return count
  }

  /// Where `words` words from `start` end, counted as ``wordCount(_:_:)``
  /// counts them, at `limit` at most: the reach of a verb that may have
  /// two guests with their titles before the place ("hosted Armenian Prime
  /// Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in
  /// Paris").
  func reach(_ paragraph: Paragraph, from start: Int, words: Int, before limit: Int) -> Int {
    var end = start
    for _ in 0..<words where end < limit {
      end = nextWord(paragraph, at: end, before: limit)
    }
    return end
  }

  /// Where the word at `position` ends, as ``wordCount(_:_:)`` counts
  /// words before `limit`: a titled person or a name (with a state's body
  /// after it; or capitalized words no mention holds) is one, and a comma
  /// after either is none; so is a compound joined by hyphens.
  private func nextWord(_ paragraph: Paragraph, at position: Int, before limit: Int) -> Int {
    let tokens = paragraph.tokens
    var end: Int
    if let person = titledPerson(paragraph, at: position), person.tokens.upperBound <= limit {
      end = person.tokens.upperBound
    } else if let side = titledSide(paragraph, at: position), side.tokens.upperBound <= limit {
      end = side.tokens.upperBound
    } else if let mention = paragraph.mentions.starting(at: position)
      ?? (index.words.determiners.contains(tokens[position])
        ? paragraph.mentions.starting(at: position + 1) : nil),
      mention.tokens.upperBound <= limit
    {
      // ("the Houthis": with its article.)
      end = mention.tokens.upperBound
      // "Yemen's government"
      if end + 1 < limit, index.words.possessiveMarkers.contains(tokens[end]),
        index.words.collectiveNouns.contains(tokens[end + 1])
      {
        end += 2
      } else if end < limit, isSideBody(paragraph, at: end) {
        end += 1  // "the Yemeni government", "Houthi negotiators"
      }
    } else if tokens[position].isWord, tokens[position].isCapitalized, position + 1 < limit,
      tokens[position + 1].isWord, tokens[position + 1].isCapitalized,
      paragraph.mentions.starting(at: position + 1) == nil
    {
      // A name no mention holds is one word too: "on the sidelines of the
      // World Economic Forum in Davos".
      end = position + 1
      while end < limit, tokens[end].isWord, tokens[end].isCapitalized,
        paragraph.mentions.starting(at: end) == nil
      {
        end += 1
      }
    } else {
      // A compound is one word: "an interim land-for-security agreement".
      end = position + 1
      while end + 1 < limit, tokens.isJoiningHyphen(at: end), tokens[end - 1].isWord,
        tokens[end + 1].isWord
      {
        end += 2
      }
      return end
    }
    if end < limit, tokens[end].isMark(",") { end += 1 }
    return end
  }

  /// The side named after its office-holders at `position`: "the foreign
  /// ministers of Armenia", "the leaders of Serbia" (past a determiner, up
  /// to three title words, or their plurals, or `collective-subjects`,
  /// then one of `place-noun-links`): the side's mention, which counts as
  /// one word with them.
  private func titledSide(_ paragraph: Paragraph, at position: Int) -> Mention? {
    let tokens = paragraph.tokens
    // (Most words have no "of" within four words: asked by word id first,
    // with no hashing of their text.)
    guard
      (position + 1..<min(tokens.count, position + 5)).contains(where: {
        index.words.placeNounLinks.contains(tokens[$0])
      })
    else { return nil }
    var at = position
    if at < tokens.count, index.words.determiners.contains(tokens[at]) { at += 1 }
    let first = at
    func isTitle(_ token: Token) -> Bool {
      // (Not "of", a word of titles too: "Minister of Foreign Affairs"; nor
      // "the opposition leaders of Armenia", "the rebels of".)
      guard token.isWord, !index.words.placeNounLinks.contains(token),
        !index.words.oppositionBodies.contains(token)
      else { return false }
      return index.titleWords.contains(token.key)
        || token.key.hasSuffix("s") && index.titleWords.contains(String(token.key.dropLast()))
        || index.words.collectiveSubjects.contains(token)
    }
    while at < tokens.count, at - first < 3, isTitle(tokens[at]) { at += 1 }
    guard at > first, at + 1 < tokens.count, index.words.placeNounLinks.contains(tokens[at]),
      let side = paragraph.mentions.starting(at: at + 1), namesParty(side)
    else { return nil }
    return side
  }

  /// Whether `mention` names a side: not an adjective alone ("met Chinese
  /// students", "a Pakistani prison"), but one before its side's body
  /// ("Ukrainian officials", ``isSideBody(_:at:)``).
  func standsForSide(_ paragraph: Paragraph, _ mention: Mention) -> Bool {
    (!mention.isDemonym
      || mention.tokens.upperBound < paragraph.tokens.count
        && isSideBody(paragraph, at: mention.tokens.upperBound))
      && !isPosting(paragraph.tokens, mention)
  }

  /// Whether `mention` names where a title is held, after one of
  /// `posting-links`: "the U.S. ambassador to Israel" (Israel is no side).
  func isPosting(_ tokens: [Token], _ mention: Mention) -> Bool {
    var link = mention.tokens.lowerBound - 1
    if link > 0, index.words.definiteArticles.contains(tokens[link]) { link -= 1 }
    return link > 0 && index.words.postingLinks.contains(tokens[link])
      && tokens[link - 1].isWord && index.titleWords.contains(tokens[link - 1].key)
  }

  /// Whether the word at `position` is a side's body named by its side
  /// just before it: one of `collective-subjects` after a demonym or an
  /// actor the lexicon lists ("the Yemeni government", "Houthi rebels",
  /// "Kremlin officials"; not a place's or a person's) or a possessive
  /// ("Yemen's government"). Such a word belongs to the side, as its name
  /// does. Not one of `opposition-bodies` after a state's name ("Syrian
  /// rebels"), nor after one of `tenure-words` ("former Ethiopian
  /// officials").
  func isSideBody(_ paragraph: Paragraph, at position: Int) -> Bool {
    guard position > 0, index.words.collectiveSubjects.contains(paragraph.tokens[position]) else {
      return false
    }
    guard let side = paragraph.mentions.ending(at: position - 1) else {
      return index.words.possessiveMarkers.contains(paragraph.tokens[position - 1])
    }
    guard case .actor = side.kind else { return false }
    // ("Syrian rebels" fight Syria's government; "former Ethiopian
    // officials" are no longer Ethiopia's.)
    if side.entityKind == .state, index.words.oppositionBodies.contains(paragraph.tokens[position])
    {
      return false
    }
    if side.tokens.lowerBound > 0,
      index.words.tenureWords.contains(paragraph.tokens[side.tokens.lowerBound - 1])
    {
      return false
    }
    return side.entityKind != .place && side.entityKind != .person
  }

  /// The opening comma of the phrase that the comma at `comma` closes, when
  /// that phrase opens with a word in lower case other than one of
  /// `list-joiners` or `side-inclusion-words` and follows a name (not an item of a list): ",
  /// fresh from talks with Indian officials,", ", who met Blinken in Munich
  /// last month,". At most 24 tokens back.
  func describingPhrase(_ tokens: [Token], closedAt comma: Int, in sentence: Range<Int>) -> Int? {
    guard tokens[comma].isMark(",") else { return nil }
    for opening in stride(
      from: comma - 2, through: max(sentence.lowerBound + 1, comma - 24), by: -1)
    where tokens[opening].isMark(",") {
      let first = tokens[opening + 1]
      // (Not one that adds sides: ", along with Turkey and Iran,".)
      guard first.isWord, !first.isCapitalized, !index.words.listJoiners.contains(first),
        !index.words.sideInclusionWords.contains(first),
        tokens[opening - 1].isWord, tokens[opening - 1].isCapitalized
      else { return nil }
      return opening
    }
    return nil
  }

  /// Whether `venue` is a building: one of `building-heads` names it ("the
  /// Palais Coburg hotel", "Dolmabahce Palace").
  ///
  /// Not one that owns what follows ("at the White House's request").
  func isBuilding(_ paragraph: Paragraph, _ venue: Mention) -> Bool {
    hasBuildingHead(paragraph, venue) && !isPossessive(paragraph, venue)
  }

  /// Whether `venue` is a building followed by a possessive: "the White
  /// House's request", "the Kremlin's invitation".
  func ownsWhatFollows(_ paragraph: Paragraph, _ venue: Mention) -> Bool {
    isPossessive(paragraph, venue) && hasBuildingHead(paragraph, venue)
  }

  /// Whether one of `building-heads` is among `venue`'s words.
  private func hasBuildingHead(_ paragraph: Paragraph, _ venue: Mention) -> Bool {
    index.words.buildingHeads.containsAny(of: paragraph.tokens, in: venue.tokens)
  }

  /// Whether a possessive marker follows `venue`.
  private func isPossessive(_ paragraph: Paragraph, _ venue: Mention) -> Bool {
    let end = venue.tokens.upperBound
    return end < paragraph.tokens.count
      && index.words.possessiveMarkers.contains(paragraph.tokens[end])
  }

  /// The noun of a summit's edges ("on the sidelines of", "on the margins
  /// of") up to five words before the meeting at `noun`, a name counted as
  /// one ("the sidelines of the Group of 20 summit"), if any.
  func sidelines(_ paragraph: Paragraph, _ sentence: Range<Int>, before noun: Int) -> Int? {
    let tokens = paragraph.tokens
    var position = noun - 1
    while position >= sentence.lowerBound, wordCount(paragraph, position..<noun) <= 5 {
      if index.words.sidelineNouns.contains(tokens[position]), position + 1 < noun,
        index.words.placeNounLinks.contains(tokens[position + 1])
      {
        return position
      }
      position -= 1
    }
    return nil
  }

  /// Where the venue preposition before a place noun is, when only names
  /// and their possessives stand between them: "in Saudi Arabia's Red Sea
  /// city of Jeddah".
  func describedPlace(_ paragraph: Paragraph, _ sentence: Range<Int>, noun: Int) -> Int? {
    let tokens = paragraph.tokens
    var position = noun - 1
    while position >= max(sentence.lowerBound, noun - 8) {
      if index.words.venuePrepositions.contains(tokens[position]) { return position }
      guard
        tokens[position].isCapitalized || paragraph.mentions.covers(position)
          || index.words.possessiveMarkers.contains(tokens[position])
          || index.words.determiners.contains(tokens[position])
      else { return nil }
      position -= 1
    }
    return nil
  }

  /// The person named at `start` after a title and the actors before it:
  /// "U.S. President Donald Trump", "North Korean leader Kim Jong Un";
  /// `nil` for anything else.
  func titledPerson(_ paragraph: Paragraph, at start: Int) -> Mention? {
    var position = start
    var titled = false
    while position < paragraph.tokens.count, position - start < 8 {
      if let mention = paragraph.mentions.starting(at: position) {
        if mention.entityKind == .person { return titled ? mention : nil }
        position = mention.tokens.upperBound
      } else if let title = index.titles.match(paragraph.tokens, at: position) {
        titled = true
        position += title.length
      } else {
        return nil
      }
    }
    return nil
  }

  /// Whether the words next to the meeting at `noun` say it was not held:
  /// "did not meet", "postponed talks", "called off the summit", "could meet
  /// as early as Tuesday" (up to three words before it), "the talks were
  /// postponed" (up to three after it), within its clause.
  func isUnheld(_ tokens: [Token], _ noun: Int, in sentence: Range<Int>) -> Bool {
    let words = index.words
    var position = noun - 1
    while position >= sentence.lowerBound, noun - position <= 3, tokens[position].isWord {
      let token = tokens[position]
      // A negation up to two words before ("did not meet", "have never
      // held talks"; not "not the first meeting"); a particle after its
      // verb ("called off talks", not "kicked off talks"); no capital
      // inside the sentence ("the May talks").
      if words.negations.contains(token) || words.negationSuffixes.matches(token.key) {
        if noun - position <= 2 { return true }
      } else if words.unheldParticles.contains(token) {
        if position > sentence.lowerBound,
          words.unheldParticleVerbs.contains(tokens[position - 1])
        {
          return true
        }
      } else if !token.isCapitalized || position == sentence.lowerBound,
        words.unheldCues.contains(token)
      {
        return true
      }
      position -= 1
    }
    return isUnheld(tokens, after: noun, in: sentence)
  }

  /// Whether the words between a meeting and its place, outside phrases
  /// set off by commas, say it was not held: one of `unheld-cues` (in lower
  /// case) or `unheld-after-cues`, a negation, or a particle after its verb
  /// ("Talks between Egypt and Ethiopia, without Sudan, were called off in
  /// Cairo"; not "Talks between Serbia and Kosovo, without Russia, took
  /// place in Vienna").
  func deniesHolding(_ paragraph: Paragraph, _ between: Range<Int>) -> Bool {
    let tokens = paragraph.tokens
    let words = index.words
    let setOff = setOffPhrases(paragraph, between, addingSides: true)
    return between.contains { position in
      guard !setOff.contains(where: { $0.contains(position) }) else { return false }
      let token = tokens[position]
      return words.unheldAfterCues.contains(token)
        || !token.isCapitalized && words.unheldCues.contains(token)
        || words.negations.contains(token) || words.negationSuffixes.matches(token.key)
        || words.unheldParticles.contains(token) && position > between.lowerBound
          && words.unheldParticleVerbs.contains(tokens[position - 1])
    }
  }

  /// Whether up to three words after `end` (a meeting, or its venue and
  /// date) say it was not held: "the talks in Lima on Thursday were
  /// postponed".
  func isUnheld(_ tokens: [Token], after end: Int, in sentence: Range<Int>) -> Bool {
    var position = end + 1
    while position < sentence.upperBound, position - end <= 3, tokens[position].isWord {
      if index.words.unheldAfterCues.contains(tokens[position]) { return true }
      position += 1
    }
    return false
  }

  /// Whether the meeting at `token` is only a plan with no day fixed: a
  /// word of the future before it ("will meet again in two weeks", "is due
  /// to resume next month"), or a date after publication. A meeting fixed
  /// for a day ("will be followed by a meeting in Brussels on Wednesday") is
  /// kept: it is on the calendar analysts follow.
  func isPlanned(
    _ paragraph: Paragraph, _ sentence: Range<Int>, before token: Int, date mention: DateMention?
  ) -> Bool {
    let date = mention?.date
    // A day, or days, fixed; not "next week", the seven days of which one
    // is meant (a meeting "last week" or "this week" took place).
    if let date, date.precision == .day, mention?.isWeek != true { return false }
    if let date, let days = daysAfterPublication(date), days > 0 { return true }
    if mention?.isWeek == true { return false }
    let before = max(sentence.lowerBound, token - 30)..<token
    return index.words.plannedCues.containsAny(of: paragraph.tokens, in: before)
      || isPlanVerbBefore(paragraph.tokens, before)
  }

  /// Whether one of `plan-verbs` before "to" stands in `before` with no
  /// comma after it: "Serbia and Kosovo plan to hold talks in"; not "who
  /// intend to finish by June, met in", nor "rejected the plan after".
  private func isPlanVerbBefore(_ tokens: [Token], _ before: Range<Int>) -> Bool {
    guard
      let verb = before.last(where: {
        index.words.planVerbs.contains(tokens[$0]) && $0 + 1 < before.upperBound
          && index.words.infinitiveMarkers.contains(tokens[$0 + 1])
      })
    else { return false }
    return !tokens[verb..<before.upperBound].contains { $0.isMark(",") }
  }

  /// Whether the meeting at `noun`, after an infinitive marker, is planned
  /// in the present and not denied: "are due to meet", not "were due to
  /// meet", "are not due to meet" or "are no longer due to meet".
  func isPresentPlan(_ tokens: [Token], _ noun: Int, in sentence: Range<Int>) -> Bool {
    let before = max(sentence.lowerBound, noun - 5)..<noun
    return index.words.presentAuxiliaries.containsAny(of: tokens, in: before)
      && !tokens[before].contains {
        index.words.negations.contains($0) || index.words.negationSuffixes.matches($0.key)
      }
  }

  /// The tokens of sentence `number`'s dates: with the word before each
  /// ("on Monday"), what may stand between a venue and what follows it.
  func datedTokens(_ paragraph: Paragraph, _ number: Int) -> Set<Int> {
    Set(paragraph.dates[number].flatMap { Array($0.tokens) })
  }

  /// Whether a date owns a noun after it other than a meeting's: "next
  /// year's election", "Tuesday's vote"; not "Friday's talks", "Monday's
  /// round of talks" (up to two words between), which it dates.
  func ownsNoun(_ tokens: [Token], _ mention: DateMention) -> Bool {
    let marker = mention.tokens.upperBound
    guard marker < tokens.count, index.words.possessiveMarkers.contains(tokens[marker]) else {
      return false
    }
    return !(marker + 1..<min(tokens.count, marker + 4)).contains { position in
      index.words.meetingNouns.contains(tokens[position])
        && (marker + 1..<position).allSatisfy { tokens[$0].isWord }
    }
  }

  /// Whether `mention`, after the meeting at `noun`, is a day after
  /// publication.
  func isFixedFutureDay(_ mention: DateMention?, after noun: Int) -> Bool {
    guard let mention, mention.tokens.lowerBound > noun, mention.isWeek != true,
      let date = mention.date, date.precision == .day, let days = daysAfterPublication(date)
    else { return false }
    return days >= 0
  }

  /// How many days after the publication day `date` starts; `nil` for an
  /// undated article or an open date.
  func daysAfterPublication(_ date: EDTFDate) -> Int? {
    guard let published, let start = date.start else { return nil }
    return CivilDate(year: start.year, month: start.month, day: start.day).dayNumber
      - published.dayNumber
  }

  /// A day that ends a meeting of several days ("ended three days of talks
  /// on Sunday", "a two-day summit"): the interval up to it; else the day.
  /// When an opening verb leads into the day ("a two-day summit that
  /// began on Wednesday"), the day starts the interval, which a later day
  /// of the sentence a closing verb leads into ends ("began on Nov. 1 and
  /// ended on Nov. 21").
  func lasting(
    _ date: EDTFDate, _ paragraph: Paragraph, _ sentence: Range<Int>, noun: Int, dateAt: Int
  ) -> EDTFDate {
    guard date.precision == .day, !date.isInterval, let start = date.start else { return date }
    let tokens = paragraph.tokens
    let day = CivilDate(year: start.year, month: start.month, day: start.day)
    // ("Talks began in Dayton on Nov. 1": from the meeting noun on.)
    if index.words.openingVerbs.containsAny(
      of: tokens, in: max(sentence.lowerBound, min(noun, dateAt - 3))..<dateAt),
      let end = closingDay(paragraph, sentence, after: dateAt)?.start,
      case let last = CivilDate(year: end.year, month: end.month, day: end.day),
      (1...61).contains(last.dayNumber - day.dayNumber),
      let interval = try? EDTFDate("\(day.edtf)/\(last.edtf)")
    {
      return interval
    }
    for position in max(sentence.lowerBound, noun - 5)..<noun {
      let unit =
        index.words.dayWords.contains(tokens[position])
        ? 1 : index.words.weekLengthWords.contains(tokens[position]) ? 7 : 0
      // The length of this meeting: "three weeks of talks", "a two-day
      // summit" (not "three weeks of fighting with talks").
      guard unit > 0,
        tokens[position + 1..<noun].allSatisfy({
          index.words.lengthLinks.contains($0) || index.words.talkAdjectives.contains($0)
        })
      else { continue }
      var count = position - 1
      if count >= sentence.lowerBound, tokens[count].isMark("-") { count -= 1 }
      guard count >= sentence.lowerBound else { continue }
      let word = tokens[count].key
      // Two days to about two months: longer is no one meeting.
      guard let number = Int(word) ?? index.numberWords[word], (2...62).contains(number * unit)
      else {
        continue
      }
      let days = number * unit
      let begins = index.words.openingVerbs.containsAny(
        of: tokens, in: max(sentence.lowerBound, dateAt - 3)..<dateAt)
      let (first, end) =
        begins ? (day, day.adding(days: days - 1)) : (day.adding(days: -(days - 1)), day)
      return (try? EDTFDate("\(first.edtf)/\(end.edtf)")) ?? date
    }
    return date
  }

  /// The first day after token `after` in `sentence` that one of
  /// `closing-verbs` leads into ("… and ended on Nov. 21").
  private func closingDay(_ paragraph: Paragraph, _ sentence: Range<Int>, after: Int) -> EDTFDate? {
    let tokens = paragraph.tokens
    let dates = paragraph.dates[paragraph.sentenceIndex(of: after)]
    // (In the same clause: "…; the war ended on Dec. 14" is another's.)
    let clause =
      (after..<sentence.upperBound).first { tokens[$0].isMark(";") } ?? sentence.upperBound
    // (The meeting's own verb, its subject left out: "began on Nov. 1 and
    // ended", "which began on Nov. 1, ended"; not "and the war ended".)
    let later = dates.first { mention in
      mention.tokens.lowerBound > after + 1 && mention.tokens.upperBound <= clause
        && mention.date?.precision == .day
        && (max(sentence.lowerBound + 1, mention.tokens.lowerBound - 3)..<mention.tokens.lowerBound)
          .contains {
            index.words.closingVerbs.contains(tokens[$0])
              && index.words.listJoiners.contains(tokens[$0 - 1])
          }
    }
    return later?.date
  }

  /// The sides that host or mediate the talks a sentence names: "hosted by
  /// Turkey", "brokered by China", "facilitated by the African Union and the
  /// United States", "under the auspices of the OSCE", "the AU-led talks".
  ///
  /// Only next to a meeting noun: the participle at most six words after one,
  /// a name counted as one ("talks in Almaty on Monday, brokered by", "Talks
  /// between Serbian officials and Kosovo, mediated by"), or, after a dash, just
  /// before one ("the AU-led peace talks"); "a delegation led by Lavrov" and
  /// "the US-led coalition" name no mediator.
  func mediators(_ paragraph: Paragraph, _ sentence: Range<Int>) -> [(side: String, at: Int)] {
    let tokens = paragraph.tokens
    let words = index.words
    var found: [(side: String, at: Int)] = []
    for position in sentence where words.mediationParticiples.contains(tokens[position]) {
      // "the AU-led talks", "the EU-facilitated Dialogue".
      if position - 2 >= sentence.lowerBound, tokens[position - 1].isMark("-"),
        (position + 1..<min(sentence.upperBound, position + 4)).contains(where: {
          words.meetingNouns.contains(tokens[$0])
        }),
        let mention = paragraph.mentions.ending(at: position - 2), !mention.isDemonym,
        let side = party(of: mention.entity)
      {
        found.append((side, mention.tokens.lowerBound))
        continue
      }
      guard position + 1 < sentence.upperBound,
        words.mediationPrepositions.contains(tokens[position + 1]),
        let noun = (max(sentence.lowerBound, position - 16)..<position).last(where: {
          words.meetingNouns.contains(tokens[$0])
        }), wordCount(paragraph, noun..<position) <= 6
      else { continue }
      let listed = paragraph.listedActors(
        from: position + 2, before: sentence.upperBound, index: index
      ) { !$0.isDemonym }
      found += listed.mentions.compactMap { mention in
        party(of: mention.entity).map { ($0, mention.tokens.lowerBound) }
      }
    }
    return found
  }

  /// Whether the meeting at `noun` is said to begin: "talks began", "the
  /// negotiations have opened", "launched peace talks". With the token of a
  /// `venue` after the noun, a verb anywhere between them counts too: "talks
  /// between Peru and Chile began in Geneva".
  func opens(_ paragraph: Paragraph, _ sentence: Range<Int>, noun: Int, venue: Int? = nil) -> Bool {
    let tokens = paragraph.tokens
    let words = index.words
    if let venue, noun < venue,
      (noun + 1..<venue).contains(where: { words.openingVerbs.contains(tokens[$0]) })
    {
      return true
    }
    var after = noun + 1
    while after < sentence.upperBound, after - noun <= 3,
      words.subjectFillers.contains(tokens[after])
    {
      after += 1
    }
    if after < sentence.upperBound, words.openingVerbs.contains(tokens[after]) { return true }
    var before = noun - 1
    while before > sentence.lowerBound, noun - before <= 2,
      words.talkAdjectives.contains(tokens[before])
    {
      before -= 1
    }
    return before >= sentence.lowerBound && words.openingVerbs.contains(tokens[before])
  }

  /// "The talks opened on 25 October": with no venue, the opening day of
  /// the last talk the article spoke of that is dated after it, by at most
  /// ``openingDays``, when the sentence names no place and no sides before
  /// the meeting noun other than the talk's.
  mutating func findOpening(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) {
    let range = paragraph.sentences[number].tokens
    guard
      let noun = nouns.first(where: {
        index.words.meetingNouns.contains(paragraph.tokens[$0]) && opens(paragraph, range, noun: $0)
      }),
      let day = paragraph.dates[number].compactMap(\.date).first(where: {
        $0.precision == .day && !$0.isInterval
      }),
      let opened = day.start,
      // Not about another meeting: no place named ("The Minsk talks
      // opened …"), and any sides naming it are the talk's ("an emergency
      // NATO summit opened …"; a chair named after it may be anyone).
      !paragraph.mentions.contains(in: range, where: \.isVenuePlace)
    else { return }
    let named = Set(partiesNamed(paragraph, range.lowerBound..<noun))
    let openedDay = CivilDate(year: opened.year, month: opened.month, day: opened.day).dayNumber
    guard
      let talk = recentlySpokenOf.first(where: { talk in
        guard let start = builder.talks[talk].date?.start, opened < start else { return false }
        let startDay = CivilDate(year: start.year, month: start.month, day: start.day).dayNumber
        return startDay - openedDay <= Self.openingDays
          && (named.isEmpty || !named.isDisjoint(with: builder.talks[talk].parties))
      })
    else { return }
    builder.talks[talk].opened = day
    builder.talks[talk].evidence.append(paragraph.evidence(range, "talk.opened", 0.6))
  }

  /// "The negotiations were held between the delegations of Russia and NATO
  /// on January 12": no venue, but a date only one known talk has.
  ///
  /// Returns whether the sentence is about such a talk.
  @discardableResult
  mutating func dateOnlyTalk(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) -> Bool {
    let dates = paragraph.dates[number].compactMap(\.date)
    guard dates.count == 1 else { return false }
    let candidates = builder.talks(on: dates[0])
    guard candidates.count == 1, let noun = nouns.first else { return false }
    currentTalk = candidates[0]
    let sentence = paragraph.sentences[number].tokens
    let after = noun + 1..<sentence.upperBound
    let parties = paragraph.mentions.within(after).filter {
      partyKinds.contains($0.entityKind) && standsForSide(paragraph, $0)
    }
    guard let first = after.first(where: { index.words.mutualLinks.contains(paragraph.tokens[$0]) })
    else { return true }
    let named = parties.filter { $0.tokens.lowerBound > first }
    guard !named.isEmpty else { return true }
    builder.talks[candidates[0]].parties = united(
      builder.talks[candidates[0]].parties, named.map(\.entity))
    builder.talks[candidates[0]].evidence.append(
      paragraph.evidence(sentence, "talk.date-parties", 0.6))
    return true
  }

  /// "The talks … brought together delegations from Britain, China, France,
  /// Germany and Russia": the sides of the talk the paragraph speaks of.
  mutating func findDelegations(_ paragraph: Paragraph, _ number: Int) {
    guard let talkIndex = currentTalk ?? firstTalk else { return }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    guard range.contains(where: { index.words.meetingNouns.contains(tokens[$0]) }),
      !namesOtherPlace(paragraph, range, than: talkIndex)
    else { return }
    for group in range.dropLast(2)
    where index.words.delegationGroups.contains(tokens[group])
      && index.words.delegationLinks.contains(tokens[group + 1])
    {
      let (listed, _) = paragraph.listedActors(
        from: group + 2, before: range.upperBound, index: index
      ) { partyKinds.contains($0.entityKind) && standsForSide(paragraph, $0) }
      let sides = listed.compactMap { party(of: $0.entity) }
      // (Only sides the talk did not have yet: evidence of something new.)
      guard sides.contains(where: { !builder.talks[talkIndex].parties.contains($0) }) else {
        continue
      }
      builder.talks[talkIndex].parties = united(builder.talks[talkIndex].parties, sides)
      builder.talks[talkIndex].evidence.append(
        paragraph.evidence(group..<listed.last!.tokens.upperBound, "talk.delegations-from", 0.6))
      builder.talks[talkIndex].kind = builder.kind(of: builder.talks[talkIndex])
    }
  }

  /// Whether `range` speaks of a meeting somewhere else than `talk`'s venue:
  /// a place, or an actor after a venue preposition ("in Barbados"), that is
  /// neither the venue nor its country. ("Envoys from Sudan's warring
  /// parties gathered in Jeddah" adds no sides to talks in Almaty.)
  func namesOtherPlace(_ paragraph: Paragraph, _ range: Range<Int>, than talk: Int) -> Bool {
    let venue = builder.talks[talk].venue
    let country = venue.flatMap { builder.entity($0)?.country }
    return paragraph.mentions.contains(in: range) { mention in
      guard mention.entity != venue, mention.entity != country, !mention.isDemonym else {
        return false
      }
      let start = mention.tokens.lowerBound
      return mention.isVenuePlace
        || start > range.lowerBound
          && index.words.venuePrepositions.contains(paragraph.tokens[start - 1])
    }
  }

  /// "They lasted for about 7.5 hours", "a seven-hour meeting", "nearly eight
  /// hours of talks": the length of the talk the paragraph speaks of.
  mutating func findDuration(_ paragraph: Paragraph, _ number: Int) {
    guard let talkIndex = currentTalk ?? firstTalk, builder.talks[talkIndex].duration == nil
    else { return }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    guard
      index.words.meetingNouns.containsAny(of: tokens, in: range)
        || index.words.durationVerbs.containsAny(of: tokens, in: range)
    else { return }
    for position in range where index.words.hourWords.contains(tokens[position]) {
      var count = position - 1
      if count >= range.lowerBound, tokens[count].isMark("-") { count -= 1 }
      guard count >= range.lowerBound else { continue }
      let word = tokens[count].key
      let hours = Double(word) ?? index.numberWords[word].map(Double.init)
      guard let hours, hours > 0, hours < 48 else { continue }
      let minutes = Int((hours * 60).rounded())
      let text = minutes % 60 == 0 ? "PT\(minutes / 60)H" : "PT\(minutes / 60)H\(minutes % 60)M"
      guard let duration = try? ISODuration(text) else { continue }
      builder.talks[talkIndex].duration = duration
      builder.talks[talkIndex].evidence.append(
        paragraph.evidence(count..<position + 1, "talk.duration", 0.6))
      return
    }
  }

  /// "Russia-US bilateral talks in Geneva", "Special meeting of the NATO-Russia Council in Brussels".
  func talkName(_ paragraph: Paragraph, noun: Int, venue: Mention) -> String? {
    let tokens = paragraph.tokens
    var start = noun
    while start > 0, noun - start < 5 {
      let previous = tokens[start - 1]
      guard
        previous.isMark("-")
          || (previous.isWord && previous.isCapitalized
            && !index.words.determiners.contains(previous))
          || index.words.talkAdjectives.contains(previous)
      else { break }
      start -= 1
    }
    var name = paragraph.text(start..<noun + 1)
    if noun + 2 < tokens.count, index.words.meetingBodyLinks.contains(tokens[noun + 1]) {
      let next = index.words.definiteArticles.contains(tokens[noun + 2]) ? noun + 3 : noun + 2
      if let body = paragraph.mentions.starting(at: next), body.entityKind != .place {
        name = index.label(.talkOfBody, ["talk": name, "body": paragraph.text(body.tokens)])
      }
    }
    // ("The Geneva summit", not "Geneva summit in Geneva".)
    if venue.tokens.lowerBound >= start, venue.tokens.upperBound <= noun {
      return name.prefix(1).uppercased() + name.dropFirst()
    }
    // (A capital named by its state's adjective is named as itself: "Talks
    // in Cairo", not "in Egyptian capital".)
    let venueName =
      paragraph.mentions.starting(at: venue.tokens.lowerBound)?.entity == venue.entity
      ? paragraph.text(venue.tokens) : builder.entity(venue.entity)?.name ?? venue.entity
    name = index.label(.namedTalkAtVenue, ["talk": name, "venue": venueName])
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  /// Who a meeting is between: the actors naming it ("Russia-NATO talks",
  /// "Russian and US negotiators"), after it ("talks between/with X and Y",
  /// "a meeting of the OSCE"), else the sentence's subject ("Russia and the
  /// United States gave no sign … in talks in Geneva"), also after an
  /// opening phrase ("After two years of talks in Havana, Colombia's
  /// government and the FARC announced"), else the actors before the noun.
  /// (Mediators are added by the caller: ``mediators(_:_:)``.)
  ///
  /// With `until`, the sides named after the noun end there ("met on the
  /// sidelines of the G20 summit": not the G20).
  func talkParties(
    _ paragraph: Paragraph, sentence: Range<Int>, noun: Int, venue: Mention, until: Int? = nil
  ) -> [Mention] {
    let tokens = paragraph.tokens
    // (Not where a title is held: "The U.S. ambassador to Israel, Tom Nides, met".)
    func isParty(_ mention: Mention) -> Bool {
      namesParty(mention) && !isPosting(tokens, mention)
        || (mention.entityKind == .person && party(of: mention.entity) != nil)
    }
    var parties: [Mention] = []
    // Before the noun: a run of actors, joined by -, and, commas and adjectives.
    // "Russian President Vladimir Putin, …, and French President Francois
    // Hollande sat down": past titles, a long list.
    var position = noun - 1
    var gap = 0
    // At most forty words back, so that a sentence of many meetings stays linear.
    while position >= max(sentence.lowerBound, noun - 40), gap <= 8 {
      if let mention = paragraph.mentions.ending(at: position) {
        if isParty(mention) { parties.insert(mention, at: 0) }
        position = mention.tokens.lowerBound - 1
        gap = 0
      } else if let opening = describingPhrase(tokens, closedAt: position, in: sentence) {
        // "Sergei Lavrov, fresh from talks with Indian officials, met": a
        // phrase set off by commas that opens in lower case describes the
        // side before it; it names none.
        position = opening - 1
        gap += 1
      } else if index.words.talkPartyFillers.contains(tokens[position])
        || index.words.talkAdjectives.contains(tokens[position])
        || index.titleWords.contains(tokens[position].key)
        || isSideBody(paragraph, at: position)
      {
        gap += 1
        position -= 1
      } else {
        break
      }
    }
    // After the noun: "between …", "with …", "of the …", up to the venue;
    // after a meeting verb, its object too ("Blinken met Chinese Foreign
    // Minister Wang Yi in Beijing").
    if noun + 1 < venue.tokens.lowerBound || noun > venue.tokens.lowerBound {
      // (Up to the venue when it follows: "met in the Egyptian capital,
      // Cairo," names no side after it.)
      let after =
        noun
        + 1..<min(
          until ?? sentence.upperBound, sentence.upperBound,
          noun < venue.tokens.lowerBound ? venue.tokens.lowerBound : noun + 8)
      // (Not in a phrase set off by commas: "Talks between Serbia and
      // Kosovo, without Russia, took place in".)
      let setOff = setOffPhrases(paragraph, after)
      func isSetOff(_ mention: Mention) -> Bool {
        setOff.contains { $0.contains(mention.tokens.lowerBound) }
      }
      if let first = after.first, index.words.partyLinks.contains(tokens[first]) {
        parties += paragraph.mentions.within(after).filter { isParty($0) && !isSetOff($0) }
      } else if index.words.meetingVerbs.contains(tokens[noun]) {
        // (Not an adjective alone: "met Russian resistance", "met Chinese
        // students" meet no state.)
        // ("met Ukrainian officials", "met the Yemeni delegation": the
        // state's body.)
        parties += paragraph.mentions.within(after).filter {
          isParty($0) && standsForSide(paragraph, $0) && !isSetOff($0)
        }
      }
    }
    // "Two days of talks in Doha between Israel and Egypt": after the venue.
    if parties.isEmpty, noun < venue.tokens.lowerBound,
      venue.tokens.upperBound + 1 < sentence.upperBound,
      index.words.venuePartyLinks.contains(tokens[venue.tokens.upperBound])
    {
      let from = venue.tokens.upperBound + 1
      parties = subjectActors(paragraph, from: from, before: min(sentence.upperBound, from + 12))
        .actors.filter(isParty)
    }
    // "The agreement was signed in Oslo on Monday by Israel and the PLO":
    // the agents of a meeting verb in the passive.
    if parties.isEmpty, index.words.meetingVerbs.contains(tokens[noun]),
      noun > sentence.lowerBound, index.words.copulas.contains(tokens[noun - 1]),
      let by = (noun + 1..<min(sentence.upperBound, noun + 14)).first(where: {
        index.words.agentPrepositions.contains(tokens[$0])
      }),
      // (Its own: "signed in Oslo, and praised by Egypt" is another verb's;
      // `list-joiners` has the comma.)
      !(noun + 1..<by).contains(where: { index.words.listJoiners.contains(tokens[$0]) })
    {
      parties = subjectActors(paragraph, from: by + 1, before: min(sentence.upperBound, by + 13))
        .actors.filter(isParty)
    }
    if parties.isEmpty {
      // The subject: actors at the start of the sentence, joined by "and".
      let subject = subjectActors(
        paragraph, from: sentence.lowerBound, before: min(noun, sentence.lowerBound + 40))
      parties = subject.actors.filter(isParty)
      // "Russia and Ukraine signed agreements with Turkey and the United
      // Nations at a ceremony in Istanbul": those they met with, after a
      // meeting verb right after the subject.
      if !parties.isEmpty, subject.end < noun,
        index.words.meetingVerbs.contains(tokens[subject.end]),
        let with = (subject.end + 1..<min(noun, subject.end + 5)).first(where: {
          index.words.partyPrepositions.contains(tokens[$0])
        })
      {
        let first = index.words.determiners.contains(tokens[with + 1]) ? with + 2 : with + 1
        let others = subjectActors(paragraph, from: first, before: noun).actors.filter {
          isParty($0) && !parties.map(\.entity).contains($0.entity)
        }
        parties += others
      }
    }
    if parties.isEmpty, noun < venue.tokens.lowerBound {
      // "After two years of talks in Havana, Colombia's government and the
      // FARC announced …": the subject after the opening phrase.
      let dated = datedTokens(paragraph, paragraph.sentenceIndex(of: noun))
      // Past the date and the word before it ("in Havana on Wednesday,").
      var comma = venue.tokens.upperBound
      while comma < sentence.upperBound, comma - venue.tokens.upperBound < 6,
        dated.contains(comma) || dated.contains(comma + 1)
      {
        comma += 1
      }
      // (Not "talks in Pretoria, South Africa.": the subject is followed by
      // its verb, and is not the venue's country.)
      let country = builder.entity(venue.entity)?.country
      let subject = subjectActors(
        paragraph, from: comma + 1, before: min(sentence.upperBound, comma + 41))
      if comma < sentence.upperBound, tokens[comma].isMark(","), !subject.actors.isEmpty,
        subject.end < sentence.upperBound, tokens[subject.end].isWord,
        !tokens[subject.end].isCapitalized
      {
        // ("talks in Pretoria, South Africa, Ethiopia and …": the country is
        // an apposition when a comma follows it; "South Africa and the AU
        // announced" is a subject.)
        parties = subject.actors.filter { mention in
          isParty(mention)
            && !(mention.entity == country && mention.tokens.upperBound < sentence.upperBound
              && tokens[mention.tokens.upperBound].isMark(","))
        }
      }
    }
    if parties.isEmpty {
      // "Delegations from Yemen and Saudi Arabia ended three days of talks":
      // the actors named before the meeting.
      parties = paragraph.mentions.within(max(sentence.lowerBound, noun - 40)..<noun).filter {
        isParty($0) && $0.entity != venue.entity && standsForSide(paragraph, $0)
      }
    }
    return parties
  }

  /// The actors of a subject starting at `start`, joined by "and", commas
  /// and articles: "Russia and the United States", "Colombia's government
  /// and the FARC"; and where the subject ends.
  func subjectActors(_ paragraph: Paragraph, from start: Int, before limit: Int) -> (
    actors: [Mention], end: Int
  ) {
    let tokens = paragraph.tokens
    var actors: [Mention] = []
    var position = start
    // "The Ethiopian government and …": past the article.
    if position + 1 < limit, index.words.determiners.contains(tokens[position]),
      paragraph.mentions.starting(at: position + 1) != nil
    {
      position += 1
    }
    while position < limit,
      let mention = titledPerson(paragraph, at: position)
        ?? paragraph.mentions.starting(at: position)
    {
      // ("U.S. President Bill Clinton and Israeli Prime Minister Ehud Barak":
      // the people, past their titles.)
      guard mention.tokens.upperBound <= limit else { break }
      actors.append(mention)
      position = mention.tokens.upperBound
      // "the Ethiopian government", "Serbian and Kosovar negotiators": the
      // state's body.
      if mention.isDemonym, position < limit, index.words.collectiveNouns.contains(tokens[position])
      {
        position += 1
        // ("The Ethiopian government's critics": not the government.)
        if position < limit, index.words.possessiveMarkers.contains(tokens[position]) {
          return ([], start)
        }
      }
      // "the Revolutionary Armed Forces of Colombia (FARC)"
      if position < limit, tokens[position].isMark("("),
        let close = tokens[position..<min(limit, position + 5)].firstIndex(where: {
          $0.isMark(")")
        })
      {
        position = close + 1
      }
      // "'s federal government": the body is its owner.
      if position < limit, index.words.possessiveMarkers.contains(tokens[position]) {
        var head = position + 1
        while head < limit, head - position <= 2, tokens[head].isWord,
          !index.words.collectiveNouns.contains(tokens[head])
        {
          head += 1
        }
        if head < limit, index.words.collectiveNouns.contains(tokens[head]) { position = head + 1 }
      }
      while position < limit, index.words.actorListFillers.contains(tokens[position]) {
        position += 1
      }
    }
    return (actors, position)
  }

  /// "Ryabkov, who heads the Russian delegation", "the head of the Russian
  /// delegation, Sergey Ryabkov", "Stoltenberg … took part in the talks".
  mutating func findParticipants(_ paragraph: Paragraph, _ number: Int) {
    guard let talkIndex = currentTalk ?? firstTalk else { return }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let noun = range.first { index.words.delegationNouns.contains(tokens[$0]) }
    let heads =
      noun != nil && index.words.leadingVerbs.containsAny(of: tokens, in: range)
    let tookPart = index.words.attendancePhrases.isScattered(in: tokens, range)
    guard heads || tookPart else { return }
    let people = paragraph.mentions.within(range).filter {
      $0.entityKind == .person && !$0.isDemonym
    }
    var delegation: String?
    if heads, let noun, noun > range.lowerBound,
      let actor = paragraph.mentions.ending(at: noun - 1),
      partyKinds.contains(actor.entityKind)
    {
      delegation = actor.entity
    }
    var talk = builder.takeTalk(talkIndex)
    for person in people where !talk.participants.contains(where: { $0.entity == person.entity }) {
      let party = delegation ?? builder.entity(person.entity)?.country
      talk.participants.append(
        Participant(
          entity: person.entity, role: heads ? index.label(.headOfDelegation) : nil, party: party))
      if let party, !talk.parties.contains(party) { talk.parties.append(party) }
      talk.evidence.append(
        paragraph.evidence(range, heads ? "talk.head-of-delegation" : "talk.took-part", 0.7))
    }
    builder.talks[talkIndex] = talk
  }
}
