import ParleyCore

/// A lexicon's word lists as sets, one property per list, for the rules.
struct WordSets: Sendable {
  /// Capitalised words that start sentences or stand in titles but are
  /// never part of a person's name.
  let notNames: Set<String>
  /// Words after which a capital is a place ("in Geneva"), not a metonym.
  let placePrepositions: Set<String>
  /// Prepositions before a talk's venue ("talks in Geneva", "at the palace").
  let venuePrepositions: Set<String>
  /// Nouns that make a demonym a collective actor ("Russian diplomats").
  let collectiveNouns: Set<String>
  /// Nouns after a demonym that make it a position's holder.
  let collectiveSubjects: Set<String>
  /// Nouns after a leader's name that make it the state ("the Biden administration").
  let governmentNouns: Set<String>
  /// Words before a title that belong to it ("former", "senior").
  let titleQualifiers: Set<String>
  /// Words that end an apposition before any title ("and", "with").
  let appositionBreaks: Set<String>
  /// Nouns for the texts talks produce ("statement", "communique").
  let documentNouns: Set<String>
  /// Words that name a text in a title ("Agreement", "Annex", "Protocol").
  let documentHeads: Set<String>
  /// Small words inside a name in capitals ("of", "for", "the").
  let nameJoiners: Set<String>
  /// Words that may qualify a document noun ("a one-page joint statement").
  let documentQualifiers: Set<String>
  /// Words that end the name of a body ("council", "ministry").
  let organizationHeads: Set<String>
  /// Nouns that name a meeting ("talks", "summit").
  let meetingNouns: Set<String>
  /// Verbs that report a meeting ("met in Helsinki").
  let meetingVerbs: Set<String>
  /// Words before a meeting that make it a plan ("will", "due to resume").
  let plannedCues: Set<String>
  /// Units of a meeting's length in days ("three days of talks").
  let dayWords: Set<String>
  /// Verbs in the past tense that do not end in -ed ("met", "said"), for weekdays.
  let pastVerbs: Set<String>
  /// Verbs of a visit, before its place ("visited", "flew to").
  let visitVerbs: Set<String>
  /// Verbs of a host, before its guest and place ("hosted Raisi in Beijing").
  let hostVerbs: Set<String>
  /// Nouns of a call, after a qualifier ("telephone call").
  let callNouns: Set<String>
  /// Words that make a call or a way of speaking remote ("phone", "video").
  let callQualifiers: Set<String>
  /// Verbs of a call ("phoned").
  let callVerbs: Set<String>
  /// Verbs of speaking that make a call with "by phone" or "with" a person ("spoke").
  let speakVerbs: Set<String>
  /// Words that end the name of a building a meeting is held in ("palace", "hotel").
  let buildingHeads: Set<String>
  /// Words before a meeting noun that make it something else ("news conference").
  let notMeetings: Set<String>
  /// Words that may stand in a meeting's name before the noun ("bilateral").
  let talkAdjectives: Set<String>
  /// Words between a meeting's parties and its noun ("negotiators", "a round of").
  let talkPartyFillers: Set<String>
  /// Numbers as words, one to twelve in order, for durations.
  let numberWords: Set<String>
  /// Units of a duration in hours.
  let hourWords: Set<String>
  /// Words between a subject and its stance cue ("has also").
  let subjectFillers: Set<String>
  /// Nouns for the sides at a table ("both sides", "the two parties").
  let sidesNouns: Set<String>
  /// Parts of titles whose holders state their government's position ("minister", "envoy").
  let officialTitles: Set<String>
  /// Parts of titles whose holders speak for themselves ("prime", "general").
  let leaderTitles: Set<String>
  /// Words between a stance cue and what it is about ("refuses to discuss its").
  let objectLeads: Set<String>
  /// Pronouns after a stance cue: what it is about was said before ("demands that it").
  let objectPronouns: Set<String>
  /// Words that end what a stance cue is about ("would", "if", "after").
  let objectStops: Set<String>
  /// Nouns that point back to something said before ("the suggestion"):
  /// alone, they are no new issue.
  let objectGenerics: Set<String>
  /// Words that never end what a stance cue is about ("of", "for").
  let objectTrims: Set<String>
  /// Words that negate a cue just before it.
  let negations: Set<String>
  /// Words between a speaker and a speech verb ("also", "later").
  let auxiliaries: Set<String>
  /// Speech verbs that take an object, so report speech only with "that".
  let verbsNeedingThat: Set<String>
  /// Lower-case words inside a name before the family name ("von der",
  /// "de", "bin", "al-").
  let nameParticles: Set<String>
  /// Labels of a transcript's questions ("QUESTION:", "Q:").
  let questioners: Set<String>
  /// Honorifics before a surname ("Mr").
  let honorifics: Set<String>
  /// First-person words that make unmarked reported words direct speech.
  let firstPerson: Set<String>
  /// Subject pronouns that stand for a person named before ("he", "she").
  let personPronouns: Set<String>
  /// Articles and determiners before a description ("the", "a").
  let determiners: Set<String>
  /// Nouns for an alliance's members ("the allies").
  let allianceNouns: Set<String>
  /// Words that start a relative date ("today", "last").
  let relativeDateStarts: Set<String>
  /// Words before a bare year that make it a date ("in 2014").
  let yearPrepositions: Set<String>
  /// Words before a bare month that make it a date ("in March", "late December").
  let monthPrepositions: Set<String>
  /// Words before a participle that leave the tense to the words before
  /// them ("will be followed").
  let passiveAuxiliaries: Set<String>
  /// Words that put a sentence in the future, for weekdays.
  let futureCues: Set<String>

  init(_ words: [Lexicon.WordList: [String]]) {
    func set(_ list: Lexicon.WordList) -> Set<String> { Set(words[list] ?? []) }
    notNames = set(.notNames)
    placePrepositions = set(.placePrepositions)
    venuePrepositions = set(.venuePrepositions)
    collectiveNouns = set(.collectiveNouns)
    collectiveSubjects = set(.collectiveSubjects)
    governmentNouns = set(.governmentNouns)
    titleQualifiers = set(.titleQualifiers)
    appositionBreaks = set(.appositionBreaks)
    documentNouns = set(.documentNouns)
    documentHeads = set(.documentHeads)
    nameJoiners = set(.nameJoiners)
    documentQualifiers = set(.documentQualifiers)
    organizationHeads = set(.organizationHeads)
    meetingNouns = set(.meetingNouns)
    meetingVerbs = set(.meetingVerbs)
    plannedCues = set(.plannedCues)
    dayWords = set(.dayWords)
    pastVerbs = set(.pastVerbs)
    visitVerbs = set(.visitVerbs)
    hostVerbs = set(.hostVerbs)
    callNouns = set(.callNouns)
    callQualifiers = set(.callQualifiers)
    callVerbs = set(.callVerbs)
    speakVerbs = set(.speakVerbs)
    buildingHeads = set(.buildingHeads)
    notMeetings = set(.notMeetings)
    talkAdjectives = set(.talkAdjectives)
    talkPartyFillers = set(.talkPartyFillers)
    numberWords = set(.numberWords)
    hourWords = set(.hourWords)
    subjectFillers = set(.subjectFillers)
    sidesNouns = set(.sidesNouns)
    officialTitles = set(.officialTitles)
    leaderTitles = set(.leaderTitles)
    objectLeads = set(.objectLeads)
    objectPronouns = set(.objectPronouns)
    objectStops = set(.objectStops)
    objectTrims = set(.objectTrims)
    objectGenerics = set(.objectGenerics)
    negations = set(.negations)
    auxiliaries = set(.auxiliaries)
    verbsNeedingThat = set(.verbsNeedingThat)
    nameParticles = set(.nameParticles)
    questioners = set(.questioners)
    honorifics = set(.honorifics)
    firstPerson = set(.firstPerson)
    personPronouns = set(.personPronouns)
    determiners = set(.determiners)
    allianceNouns = set(.allianceNouns)
    relativeDateStarts = set(.relativeDateStarts)
    yearPrepositions = set(.yearPrepositions)
    monthPrepositions = set(.monthPrepositions)
    passiveAuxiliaries = set(.passiveAuxiliaries)
    futureCues = set(.futureCues)
  }
}
