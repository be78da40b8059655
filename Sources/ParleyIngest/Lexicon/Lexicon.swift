import ParleyCore

/// What the extractor knows before it reads: actors and their names, job
/// titles, issues and their keywords, stance cues, speech verbs and event cues.
///
/// The default lexicon (``Lexicon/builtin``) covers international security and
/// diplomacy; users add their own with `--lexicon FILE`, merged over it.
package struct Lexicon: Sendable {
  /// A state, organization, alliance, place or other actor.
  package struct Actor: Sendable, Equatable {
    /// The entity id drafts use.
    package var id: String
    /// The canonical name.
    package var name: String
    /// State, organization, alliance, place, document or other.
    package var kind: Entity.Kind
    /// Other proper names.
    package var aliases: [String]
    /// Places and buildings that stand for the actor ("the Kremlin").
    package var metonyms: [String]
    /// Adjectives and nationals ("Russian", "Russians").
    package var demonyms: [String]
    /// The state an organization or place belongs to.
    package var country: String?
    /// The actors a group stands for at a table ("P5+1": the United States,
    /// the United Kingdom, France, Russia, China and Germany): a talk it is
    /// a party to has them as parties.
    package var members: [String]
    /// For a place: whether it is a region, a territory or a body of water
    /// rather than a town, so that "the Gaza talks" are about it, not held
    /// in it.
    package var isRegion: Bool

    /// Creates an actor.
    package init(
      id: String, name: String, kind: Entity.Kind, aliases: [String] = [], metonyms: [String] = [],
      demonyms: [String] = [], country: String? = nil, members: [String] = [],
      isRegion: Bool = false
    ) {
      (self.id, self.name, self.kind, self.aliases, self.metonyms, self.demonyms, self.country) = (
        id, name, kind, aliases, metonyms, demonyms, country
      )
      (self.members, self.isRegion) = (members, isRegion)
    }
  }

  /// A well-known person and whom they sit at a table for: news often
  /// names leaders without their state ("President Vladimir Putin").
  package struct Person: Sendable, Equatable {
    /// The full name as news writes it.
    package var name: String
    /// Other spellings of the full name.
    package var aliases: [String]
    /// The state, organization or alliance the person stands for.
    package var of: String
    /// The post, for a person of an organization ("UN Secretary-General").
    package var title: String?

    /// Creates a person.
    package init(name: String, aliases: [String] = [], of: String, title: String? = nil) {
      (self.name, self.aliases, self.of, self.title) = (name, aliases, of, title)
    }
  }

  /// An issue and the phrases that signal it.
  package struct IssueEntry: Sendable, Equatable {
    /// The issue id drafts use.
    package var id: String
    /// A short label.
    package var label: String
    /// Phrases that signal the issue, matched ignoring case.
    package var keywords: [String]

    /// Creates an issue entry.
    package init(id: String, label: String, keywords: [String]) {
      (self.id, self.label, self.keywords) = (id, label, keywords)
    }
  }

  /// Cue phrases that code an event of a kind, with a CAMEO code where one
  /// clearly applies.
  package struct EventRule: Sendable, Equatable {
    /// The rule's id, cited in provenance as `event.ID`.
    package var id: String
    /// Phrases that mark the event, matched ignoring case.
    package var cues: [String]
    /// The kind of event coded.
    package var kind: Event.Kind
    /// The CAMEO code, only where one clearly applies.
    package var cameo: String?

    /// Creates an event rule.
    package init(id: String, cues: [String], kind: Event.Kind, cameo: String? = nil) {
      (self.id, self.cues, self.kind, self.cameo) = (id, cues, kind, cameo)
    }
  }

  /// The lexicon's name and version, as `name:version`; merged lexicons join
  /// theirs with `+`. Every extracted record's rule cites it.
  package var version: String
  /// States, organizations, alliances, places and other actors.
  package var actors: [Actor]
  /// Well-known people and whom they stand for.
  package var people: [Person]
  /// Job titles found before or after people's names.
  package var titles: [String]
  /// Issues and their keywords.
  package var issues: [IssueEntry]
  /// Cue phrases for each stance.
  package var stances: [Stance: [String]]
  /// Verbs that introduce quoted or reported speech.
  package var speechVerbs: [String]
  /// Event cue rules.
  package var events: [EventRule]
  /// The ordinary words the rules read, list by list.
  package var words: [WordList: [String]]
  /// Month names and abbreviations, January first: twelve lists.
  package var months: [[String]]
  /// Weekday names, Monday first: seven lists.
  package var weekdays: [[String]]
  /// The names drafts give what they make, by label.
  package var labels: [Label: String]

  /// Creates a lexicon.
  package init(
    version: String, actors: [Actor] = [], people: [Person] = [], titles: [String] = [],
    issues: [IssueEntry] = [],
    stances: [Stance: [String]] = [:], speechVerbs: [String] = [], events: [EventRule] = [],
    words: [WordList: [String]] = [:], months: [[String]] = [], weekdays: [[String]] = [],
    labels: [Label: String] = [:]
  ) {
    (
      self.version, self.actors, self.titles, self.issues, self.stances, self.speechVerbs,
      self.events
    ) = (version, actors, titles, issues, stances, speechVerbs, events)
    (self.words, self.months, self.weekdays, self.labels) = (words, months, weekdays, labels)
    self.people = people
  }

  /// Checks what only the merged lexicon can tell: every `country` names a
  /// state of the lexicon, every person is of a state or body of it, and no
  /// actor shares its id with an issue or with
  /// the `unknown-speaker` placeholder, for drafts use them all as ids.
  ///
  /// - Throws: ``ValidationReport`` listing every problem.
  package func check() throws(ValidationReport) {
    var problems: [Diagnostic] = []
    let kinds = Dictionary(actors.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
    let issueIDs = Set(issues.map(\.id))
    for actor in actors {
      if let country = actor.country, kinds[country] != .state {
        problems.append(
          Diagnostic(
            message:
              "actor \"\(actor.id)\" has country \"\(country)\", which is not a state of the lexicon",
            hint: "name a state's id, or add the state"))
      }
      for member in actor.members where kinds[member] == nil || member == actor.id {
        problems.append(
          Diagnostic(
            message:
              "actor \"\(actor.id)\" has member \"\(member)\", which is not another actor of the lexicon",
            hint: "name another actor's id, or add the actor"))
      }
      if issueIDs.contains(actor.id) || actor.id == "unknown-speaker" {
        problems.append(
          Diagnostic(
            message: "the id \"\(actor.id)\" is both an actor's and an issue's (or reserved)",
            hint: "rename one of them"))
      }
    }
    for person in people where ![.state, .organization, .alliance].contains(kinds[person.of]) {
      problems.append(
        Diagnostic(
          message:
            "person \"\(person.name)\" is of \"\(person.of)\", which is not a state, organization or alliance of the lexicon",
          hint: "name the id of the state or body the person stands for"))
    }
    if !problems.isEmpty { throw ValidationReport(problems) }
  }

  /// The word lists united with `extra`'s; where `extra` gives a word one
  /// meaning of a group of lists with one meaning each (yesterday, today
  /// or tomorrow; last, this or next; week, month or year), the word leaves
  /// the group's other lists.
  private func mergedWords(
    _ extra: [WordList: [String]], _ unite: ([String], [String]) -> [String]
  ) -> [WordList: [String]] {
    var merged = words.merging(extra) { unite($0, $1) }
    for group in WordList.exclusiveGroups {
      for list in group {
        for word in extra[list] ?? [] {
          // (Only the base's copies: a word the overlay lists twice keeps both.)
          for rival in group where rival != list && !(extra[rival] ?? []).contains(word) {
            merged[rival]?.removeAll { $0 == word }
          }
        }
      }
    }
    return merged
  }

  /// The people with `extra`'s laid over them: one of `extra` replaces any
  /// who shares a name or spelling with them (compared folded, as names are
  /// looked up), so that an overlay's "Sergey Lavrov" replaces the built-in
  /// "Sergei Lavrov" whose alias it is.
  private func mergedPeople(_ extra: [Person]) -> [Person] {
    func names(_ person: Person) -> Set<String> {
      Set(([person.name] + person.aliases).map(folded))
    }
    let replaced = extra.reduce(into: Set<String>()) { $0.formUnion(names($1)) }
    return people.filter { names($0).isDisjoint(with: replaced) } + extra
  }

  /// This lexicon with `other` laid over it: entries of `other` replace those
  /// with the same id (people: the same name or spelling), new ones are
  /// added, word lists are united, and its labels replace these.
  package func merging(_ other: Lexicon) -> Lexicon {
    func merge<T>(_ base: [T], _ extra: [T], id: (T) -> String) -> [T] {
      var result = base
      var positions = Dictionary(
        base.enumerated().map { (id($0.element), $0.offset) }, uniquingKeysWith: { a, _ in a })
      for item in extra {
        if let position = positions[id(item)] {
          result[position] = item
        } else {
          positions[id(item)] = result.count
          result.append(item)
        }
      }
      return result
    }
    func unite(_ a: [String], _ b: [String]) -> [String] {
      var seen = Set(a)
      return a + b.filter { seen.insert($0).inserted }
    }
    return Lexicon(
      version: "\(version)+\(other.version)",
      actors: merge(actors, other.actors, id: \.id),
      people: mergedPeople(other.people),
      titles: unite(titles, other.titles),
      issues: merge(issues, other.issues, id: \.id),
      stances: stances.merging(other.stances) { unite($0, $1) },
      speechVerbs: unite(speechVerbs, other.speechVerbs),
      events: merge(events, other.events, id: \.id),
      words: mergedWords(other.words, unite),
      months: zipLongest(months, other.months, unite),
      weekdays: zipLongest(weekdays, other.weekdays, unite),
      labels: labels.merging(other.labels) { $1 })
  }
}

/// `a` and `b` joined position by position; the longer one's extra lists kept.
private func zipLongest(
  _ a: [[String]], _ b: [[String]], _ join: ([String], [String]) -> [String]
) -> [[String]] {
  (0..<max(a.count, b.count)).map { position in
    join(position < a.count ? a[position] : [], position < b.count ? b[position] : [])
  }
}
