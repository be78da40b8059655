import ParleyCore

/// The words dates are written with, from a lexicon: month and weekday names
/// and the words that make a bare year, month or weekday a date.
///
/// A class: its many sets would each be retained on every copy, and the
/// passes ask it about nearly every capitalized word.
final class DateWords: Sendable {
  /// Month names and abbreviations to their number, 1 to 12.
  let months: [String: Int]
  /// Weekday names to their number, Monday 0 to Sunday 6.
  let weekdays: [String: Int]
  /// Lower-case words that can start a relative date ("today", "last").
  let relativeStarts: Set<String>
  /// By vocabulary id, whether the word is one of ``relativeStarts``; empty
  /// without a vocabulary.
  private let relativeStartIDs: [Bool]
  /// By vocabulary id, the month's number, `-1` for none; empty without a
  /// vocabulary.
  private let monthIDs: [Int32]
  /// By vocabulary id, the weekday's number, `-1` for none; empty without
  /// a vocabulary.
  private let weekdayIDs: [Int32]
  /// Words before a bare year ("in 2014").
  let yearPrepositions: Set<String>
  /// Words before a bare month ("late December").
  let monthPrepositions: Set<String>
  /// Words that put a weekday in the future ("will meet on Friday").
  let futureCues: Set<String>
  /// Modals that, just after a weekday, put it ahead: "talks in Doha on
  /// Thursday would focus on …".
  let futureModals: Set<String>
  /// Words that open a relative clause: "talks that opened on Monday will
  /// resume" is Monday past, whatever follows.
  let relativePronouns: Set<String>
  /// Markers of the possessive: "Thursday's talks … would" is dated by the
  /// verb after the noun it owns.
  let possessiveMarkers: Set<String>
  /// Present-tense verbs that, before a weekday, put it ahead.
  let futurePresentVerbs: Set<String>
  /// Their plural, after a plural subject: one of `group-nouns`, one of
  /// `plural-pronouns` or a name ("the leaders meet on Friday", "Serbia and
  /// Kosovo meet on Friday"; not "agreed to meet on Friday", "tightened its
  /// hold on Friday").
  let futurePluralVerbs: Set<String>
  let pluralSubjects: Set<String>
  /// Past tenses without -ed ("met on Friday").
  let pastVerbs: Set<String>
  /// Words before a participle that leave the tense to the words before
  /// them ("will be followed").
  let passiveAuxiliaries: Set<String>
  /// Words before the first day of a range ("from", "between").
  let rangeStarts: Set<String>
  /// Words before a month and day that open a range joined by a word
  /// ("planned for October 8 to 12").
  let planRangeStarts: Set<String>
  /// Words between the days of a range ("to", "until", "and", "-").
  let rangeJoins: Set<String>
  /// Verbs that move a date, so that "from X to Y" is no range ("postponed").
  let dateChanges: Set<String>
  /// Markers of an infinitive: a verb in the past before one does not put
  /// a date after it in the past ("agreed to meet on July 7").
  let infinitiveMarkers: Set<String>
  /// Days relative to publication, by word: "yesterday" -1, "today" 0.
  let relativeDays: [String: Int]
  /// Steps relative to publication's week, month or year, by word: "last" -1.
  let relativeSteps: [String: Int]
  /// Units of a relative date by word: "week", "month", "year".
  let relativeUnits: [String: RelativeUnit]
  /// Words after a unit that make it no relative date ("last week of").
  let periodLinks: Set<String>
  /// Month names that are a month only before a day number ("May 9").
  let ambiguousMonths: Set<String>
  /// Words after which an ambiguous month after "in" is the month ("in May to").
  let ambiguousMonthLinks: Set<String>
  /// Endings of past tenses ("-ed").
  let pastSuffixes: WordSuffixes
  /// Parts of a day after a weekday that belong to its mention ("on
  /// Wednesday evening").
  let dayParts: Set<String>
  /// Words that open a clause ("that"): a verb before one is not the
  /// weekday's ("I would note that on Tuesday the envoy spoke").
  let complementizers: Set<String>
  /// Words after a length that count it from the last date the article
  /// wrote, by direction: "later" 1, "earlier" -1.
  let anchorDirections: [String: Int]
  /// Words after a length that count it back from the publication day:
  /// "two days ago".
  let agoWords: Set<String>
  /// The endings of a day written as an ordinal ("13th").
  let ordinalSuffixes: Set<String>
  /// Between an ordinal day and its month ("the 13th of December").
  let dayOfLinks: Set<String>
  /// A weekend, Saturday and Sunday ("over the weekend").
  let weekendWords: Set<String>
  /// Words that may follow such a weekend ("over the weekend in Geneva").
  let weekendFollowers: Set<String>
  /// Between "the day" and a relative day, a day further, by word: "the
  /// day before yesterday" -1, "the day after tomorrow" 1.
  let dayBeyondLinks: [String: Int]
  /// Units of such a length, by word ("days", "a week", "two months").
  let anchorUnits: [String: AnchorUnit]
  /// Counts before such a unit, by word: number words, and indefinite
  /// articles for one ("a day later").
  let anchorCounts: [String: Int]
  /// Days from the last date, by the word before "day": "the next day" 1,
  /// "the previous day" -1, "the same day" 0.
  let anchorDaySteps: [String: Int]
  /// Determiners before those words, or after "later" ("later that day").
  let anchorDeterminers: Set<String>
  /// The noun of one day in those phrases ("the next day"; not "the
  /// following days").
  let anchorDayNouns: Set<String>
  /// Words of a comparison around such a length: "from a year earlier",
  /// "a week earlier than planned".
  let anchorComparisons: Set<String>
  /// By vocabulary id, whether the word can end a date counted from the
  /// last one ("later", "day"); empty without a vocabulary.
  private let anchorEndIDs: [Bool]
  /// The words that can end such a date, for tokens without an id.
  private let anchorEnds: Set<String>

  /// A unit of a relative date ("last week").
  enum RelativeUnit: String, Sendable {
    case week, month, year
  }

  /// A unit of a length counted from the last date ("two days later").
  enum AnchorUnit: Sendable {
    case hour, day, week, month, year
  }

  /// The date words of `lexicon`; with the `vocabulary` its words have ids
  /// in, tokens are asked about by id.
  init(_ lexicon: Lexicon, vocabulary: Vocabulary? = nil) {
    func numbered(_ lists: [[String]], from first: Int) -> [String: Int] {
      var table: [String: Int] = [:]
      for (offset, names) in lists.enumerated() {
        for name in names where table[name] == nil { table[name] = first + offset }
      }
      return table
    }
    months = numbered(lexicon.months, from: 1)
    weekdays = numbered(lexicon.weekdays, from: 0)
    func set(_ list: Lexicon.WordList) -> Set<String> { Set(lexicon.words[list] ?? []) }
    yearPrepositions = set(.yearPrepositions)
    monthPrepositions = set(.monthPrepositions)
    futureCues = set(.futureCues)
    futureModals = set(.futureModals)
    relativePronouns = set(.relativePronouns)
    possessiveMarkers = set(.possessiveMarkers)
    futurePresentVerbs = set(.futurePresentVerbs)
    futurePluralVerbs = set(.futurePluralVerbs)
    pluralSubjects = set(.pluralPronouns).union(set(.groupNouns))
    pastVerbs = set(.pastVerbs)
    passiveAuxiliaries = set(.passiveAuxiliaries)
    rangeStarts = set(.dateRangeStarts)
    planRangeStarts = set(.planRangeStarts)
    rangeJoins = set(.dateRangeJoins)
    dateChanges = set(.dateChangeVerbs)
    infinitiveMarkers = set(.infinitiveMarkers)
    complementizers = set(.complementizers)
    dayParts = set(.dayParts)
    func table<Value>(_ lists: [(Lexicon.WordList, Value)]) -> [String: Value] {
      var table: [String: Value] = [:]
      for (list, value) in lists {
        for word in lexicon.words[list] ?? [] where table[word] == nil { table[word] = value }
      }
      return table
    }
    relativeDays = table([(.dayBeforeWords, -1), (.sameDayWords, 0), (.dayAfterWords, 1)])
    relativeSteps = table([(.previousWords, -1), (.currentWords, 0), (.followingWords, 1)])
    relativeUnits = table([
      (.weekWords, RelativeUnit.week), (.monthWords, .month), (.yearWords, .year),
    ])
    // Every word that starts a relative date may start one.
    relativeStarts = set(.relativeDateStarts).union(relativeDays.keys).union(relativeSteps.keys)
      .union(set(.weekendWords))
    // By vocabulary id, whether the word is one of `words`.
    func flags(_ words: Set<String>) -> [Bool] {
      guard let vocabulary else { return [] }
      var flags = [Bool](repeating: false, count: vocabulary.count)
      for word in words {
        if let id = vocabulary.id(of: word) { flags[Int(id)] = true }
      }
      return flags
    }
    relativeStartIDs = flags(relativeStarts)
    anchorDirections = table([(.laterWords, 1), (.earlierWords, -1)])
    anchorUnits = table([
      (.hourWords, AnchorUnit.hour), (.dayWords, .day), (.weekLengthWords, .week),
      (.monthLengthWords, .month), (.yearLengthWords, .year),
    ])
    var counts: [String: Int] = [:]
    for (offset, word) in (lexicon.words[.numberWords] ?? []).enumerated() where counts[word] == nil
    {
      counts[word] = offset + 1
    }
    for word in lexicon.words[.indefiniteArticles] ?? [] where counts[word] == nil {
      counts[word] = 1
    }
    anchorCounts = counts
    anchorDaySteps = table([(.nextDayWords, 1), (.previousDayWords, -1), (.sameDayLinks, 0)])
    anchorDeterminers = set(.anchorDeterminers)
    anchorDayNouns = set(.anchorDayNouns)
    anchorComparisons = set(.anchorComparisons)
    agoWords = set(.agoWords)
    ordinalSuffixes = set(.ordinalSuffixes)
    dayOfLinks = set(.dayOfLinks)
    weekendWords = set(.weekendWords)
    weekendFollowers = set(.weekendFollowers)
    dayBeyondLinks = table([(.dayBeforeLinks, -1), (.dayAfterLinks, 1)])
    anchorEnds = Set(anchorDirections.keys).union(set(.dayWords)).union(agoWords)
    anchorEndIDs = flags(anchorEnds)
    func numbers(_ table: [String: Int]) -> [Int32] {
      guard let vocabulary else { return [] }
      var numbers = [Int32](repeating: -1, count: vocabulary.count)
      for (word, number) in table {
        if let id = vocabulary.id(of: word) { numbers[Int(id)] = Int32(number) }
      }
      return numbers
    }
    monthIDs = numbers(months)
    weekdayIDs = numbers(weekdays)
    ambiguousMonths = set(.ambiguousMonths)
    ambiguousMonthLinks = set(.ambiguousMonthLinks)
    periodLinks = set(.periodLinks)
    pastSuffixes = WordSuffixes(lexicon.words[.pastSuffixes] ?? [])
  }

  /// The number of the month the token names (1 to 12), if it names one.
  func month(of token: Token) -> Int? { number(of: token, monthIDs, months) }

  /// The number of the weekday the token names (Monday 0), if it names one.
  func weekday(of token: Token) -> Int? { number(of: token, weekdayIDs, weekdays) }

  /// A token's number in `table`, read by its word's id when it has one
  /// (every name in the table has an id, so a word without one is none).
  private func number(of token: Token, _ ids: [Int32], _ table: [String: Int]) -> Int? {
    if token.word >= 0, Int(token.word) < ids.count {
      let number = ids[Int(token.word)]
      return number < 0 ? nil : Int(number)
    }
    // (A word this vocabulary lacks is no calendar name; without one, only
    // the names themselves can tell.)
    if token.word == Token.unknownWord, !ids.isEmpty { return nil }
    return table[token.key]
  }

  /// Whether the token's word can start a relative date ("today", "last").
  /// (Inlined, so that the token is read in place.)
  @inline(__always)
  func startsRelativeDate(_ token: Token) -> Bool {
    if token.word >= 0, Int(token.word) < relativeStartIDs.count {
      return relativeStartIDs[Int(token.word)]
    }
    return token.mayBeLexiconWord && relativeStarts.contains(token.key)
  }

  /// Whether the word of `tokens[index]` can end a date counted from the
  /// last one ("later", "earlier", "day"). (Inlined, and given the array,
  /// so that only the token's word is read.)
  @inline(__always)
  func endsAnchoredDate(_ tokens: [Token], at index: Int) -> Bool {
    let word = tokens[index].word
    if word >= 0, Int(word) < anchorEndIDs.count { return anchorEndIDs[Int(word)] }
    return word != Token.unknownWord && anchorEnds.contains(tokens[index].key)
  }

  /// Whether the token's word may be in a list of date words: `false` only
  /// when these words have ids (they were read with a vocabulary) and the
  /// vocabulary lacks it, so that most words need no lookup by text.
  func mayBeDateWord(_ token: Token) -> Bool {
    relativeStartIDs.isEmpty || token.mayBeLexiconWord
  }

  /// Whether a token names a month or a weekday.
  func isCalendarWord(_ token: Token) -> Bool {
    token.mayBeLexiconWord && (month(of: token) != nil || weekday(of: token) != nil)
  }

  /// The built-in lexicon's date words, for metadata lines read before any
  /// lexicon is chosen.
  static let builtin = DateWords(Lexicon.builtin)
}
