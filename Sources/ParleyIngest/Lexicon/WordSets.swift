import ParleyCore

/// A lexicon's word lists, one property per list, for the rules.
///
/// A class: every pass holds the lexicon's index, and a value of some
/// eighty lists would be copied, each list retained, wherever Swift copies
/// the index.
final class WordSets: Sendable {
  /// Per vocabulary id, `stride` 64-bit words of bits: a bit per list the
  /// word is in.
  private let table: [UInt64]
  private let stride: Int

  /// Capitalised words that start sentences or stand in titles but are
  /// never part of a person's name.
  let notNames: WordSet
  /// Words after which a capital is a place ("in Geneva"), not a metonym.
  let placePrepositions: WordSet
  /// Before a place the lexicon does not know ("fighting in Tigray").
  let unknownPlacePrepositions: WordSet
  /// Prepositions before a talk's venue ("talks in Geneva", "at the palace").
  let venuePrepositions: WordSet
  /// Before such a preposition, what happens in the place after it: "met
  /// to discuss the situation in Idlib" names no venue.
  let placeTopicNouns: WordSet
  /// Adverbs that give a second venue the first one's meeting ("and again
  /// in Sofia").
  let repeatAdverbs: WordSet
  /// Nouns that make a demonym a collective actor ("Russian diplomats").
  let collectiveNouns: WordSet
  /// Nouns after a demonym that make it a position's holder.
  let collectiveSubjects: WordSet
  /// Nouns after a leader's name that make it the state ("the Biden administration").
  let governmentNouns: WordSet
  /// Words before a title that belong to it ("former", "senior").
  let titleQualifiers: WordSet
  /// Words that end an apposition before any title ("and", "with").
  let appositionBreaks: WordSet
  /// Nouns for the texts talks produce ("statement", "communique").
  let documentNouns: WordSet
  /// Words that name a text in a title ("Agreement", "Annex", "Protocol").
  let documentHeads: WordSet
  /// Small words inside a name in capitals ("of", "for", "the").
  let nameJoiners: WordSet
  /// Words that may qualify a document noun ("a one-page joint statement").
  let documentQualifiers: WordSet
  /// Words that end the name of a body ("council", "ministry").
  let organizationHeads: WordSet
  /// Nouns that name a meeting ("talks", "summit").
  let meetingNouns: WordSet
  /// Verbs that report a meeting ("met in Helsinki").
  let meetingVerbs: WordSet
  /// Continents and regions, never an unknown meeting place ("in Europe").
  let regions: WordSet
  /// Words before a meeting that make it a plan ("will", "due to resume").
  let plannedCues: WordSet
  /// Verbs of a plan before "to" in a meeting's clause ("plan to hold talks").
  let planVerbs: WordSet
  /// Units of a meeting's length in days ("three days of talks").
  let dayWords: WordSet
  /// Words for a length in weeks ("three weeks of talks").
  let weekLengthWords: WordSet
  /// Verbs in the past tense that do not end in -ed ("met", "said"), for weekdays.
  let pastVerbs: WordSet
  /// Verbs of a visit, before its place ("visited", "flew to").
  let visitVerbs: WordSet
  /// Verbs of a host, before its guest and place ("hosted Raisi in Beijing").
  let hostVerbs: WordSet
  /// Nouns of a call, after a qualifier ("telephone call").
  let callNouns: WordSet
  /// Words that make a call or a way of speaking remote ("phone", "video").
  let callQualifiers: WordSet
  /// Verbs of a call ("phoned").
  let callVerbs: WordSet
  /// Adverbs that make a meeting verb a call ("met virtually").
  let callAdverbs: WordSet
  /// Words that end a new issue's head ("timetable for the withdrawal").
  let issueHeadLinks: WordSet
  /// Bodies that stand against their state's government ("Syrian rebels").
  let oppositionBodies: WordSet
  /// Open a phrase set off by commas that adds sides (", including Russia,").
  let sideInclusionWords: WordSet
  /// Verbs whose words a quote after them may be: "said" ("X said … “…”").
  let reportingVerbs: WordSet
  /// Nouns of a proposal a stance refers back to ("rejected the proposal").
  let proposalNouns: WordSet
  /// Nouns of a demand a stance refers back to ("rejected the demand").
  let demandNouns: WordSet
  /// Verbs of speaking that make a call with "by phone" or "with" a person ("spoke").
  let speakVerbs: WordSet
  /// Words that end the name of a building a meeting is held in ("palace", "hotel").
  let buildingHeads: WordSet
  /// Words before a meeting noun that make it something else ("news conference").
  let notMeetings: WordSet
  /// Words that may stand in a meeting's name before the noun ("bilateral").
  let talkAdjectives: WordSet
  /// Words between a meeting's parties and its noun ("negotiators", "a round of").
  let talkPartyFillers: WordSet
  /// Numbers as words, one to twelve in order, for durations.
  let numberWords: WordSet
  /// Units of a duration in hours.
  let hourWords: WordSet
  /// Words between a subject and its stance cue ("has also").
  let subjectFillers: WordSet
  /// Nouns for the sides at a table ("both sides", "the two parties").
  let sidesNouns: WordSet
  /// Words before such a noun that make it the sides ("both", "the", "all").
  let sidesDeterminers: WordSet
  /// Of those, the words that say two ("both").
  let pairWords: WordSet
  /// Verbs that say talks began ("talks began in Havana", "opened talks").
  let openingVerbs: WordSet
  /// Words before "by" or "of" that name a talk's host or mediator.
  let mediationParticiples: WordSet
  /// Words after those before the mediators ("by", "of").
  let mediationPrepositions: WordSet
  /// Words between the actors of a list ("and", ",").
  let listJoiners: WordSet
  /// Verbs by which an agreement binds the sides after them ("commits … to").
  let bindingVerbs: WordSet
  /// Words before "to" that make an obligation ("Kiev is to regain").
  let obligationAuxiliaries: WordSet
  /// Verbs after such a "to" that make no obligation ("is to blame").
  let notObligations: WordSet
  /// Words that open a sentence about an agreement's terms ("Under").
  let agreementOpeners: WordSet
  /// Nouns for an agreement after such an opener ("deal", "text").
  let agreementNouns: WordSet
  /// Modals of an agreement's terms after such an opening ("will", "shall").
  let agreementModals: WordSet
  /// Nouns by which speakers refer to their own side ("his government").
  let selfReferences: WordSet
  /// Words before a self-reference ("his", "its").
  let selfReferenceDeterminers: WordSet
  /// Parts of titles whose holders state their government's position ("minister", "envoy").
  let officialTitles: WordSet
  /// Parts of titles whose holders speak for themselves ("prime", "general").
  let leaderTitles: WordSet
  /// Words between a stance cue and what it is about ("refuses to discuss its").
  let objectLeads: WordSet
  /// Pronouns after a stance cue: what it is about was said before ("demands that it").
  let objectPronouns: WordSet
  /// Words that end what a stance cue is about ("would", "if", "after").
  let objectStops: WordSet
  /// Nouns that point back to something said before ("the suggestion"):
  /// alone, they are no new issue.
  let objectGenerics: WordSet
  /// Words that never end what a stance cue is about ("of", "for").
  let objectTrims: WordSet
  /// Words that negate a cue just before it.
  let negations: WordSet
  /// Words between a speaker and a speech verb ("also", "later").
  let auxiliaries: WordSet
  /// Speech verbs that take an object, so report speech only with "that".
  let verbsNeedingThat: WordSet
  /// Lower-case words inside a name before the family name ("von der",
  /// "de", "bin", "al-").
  let nameParticles: WordSet
  /// Labels of a transcript's questions ("QUESTION:", "Q:").
  let questioners: WordSet
  /// A story's slugs before a colon, no speaker's label ("WATCH:", "UPDATE:").
  let slugLabels: WordSet
  /// Words whose full stop belongs to them, not to the sentence ("Dec.", "Gen.").
  let abbreviations: WordSet
  /// Lines and headings that open a page's furniture ("Related", "Read more").
  let furnitureHeadings: WordSet
  /// How cookie notices and newsletter calls begin ("we use cookies").
  let pageBanners: WordSet
  /// Words that mark a photo credit or caption line ("getty images").
  let creditMarkers: WordSet
  /// Honorifics before a surname ("Mr").
  let honorifics: WordSet
  /// Given names that open a person's name ("Paul Whelan").
  let givenNames: WordSet
  /// Words that make a name with a given name no person's ("Paul Street").
  let notPersonHeads: WordSet
  /// Marks that open an item of a list ("- a ceasefire;").
  let listItemMarks: WordSet
  /// Words for a place after its name ("Sentosa island").
  let featureHeads: WordSet
  /// Words for a place before its name ("Lake Prespa").
  let featureHeadsBefore: WordSet
  /// Words for a site after its name ("the Karish gas field").
  let siteHeads: WordSet
  /// Words between a site's name and its head ("gas", "nuclear").
  let siteModifiers: WordSet
  /// Nouns whose name after them is a place wherever they stand ("the village of Oteshevo").
  let namedPlaceNouns: WordSet
  /// Words of a body named after its state ("U.S. Forces Korea", "Ukrainian Navy").
  let stateBodyWords: WordSet
  /// Heads in lower case after a body's name ("the New Democracy party").
  let lowerCaseBodyHeads: WordSet
  /// Meeting verbs that tell a meeting with no place named ("since Putin met Trump in 2018").
  let placelessMeetingVerbs: WordSet
  /// Words after an agreement's noun that lead to what it is about ("a deal setting their maritime boundary").
  let agreementTopicLinks: WordSet
  /// Auxiliaries of a perfect tense before a meeting verb ("has met Trump several times").
  let perfectAuxiliaries: WordSet
  /// Before a date in a relative clause after a cue, the day a state
  /// began: no event's date ("since").
  let stateStartWords: WordSet
  /// Words that open a relative clause ("which", "that", "who").
  let relativePronouns: WordSet
  /// Before a title, a holder not in office ("the former foreign minister").
  let tenureWords: WordSet
  /// Before a title, a holder who held it once ("former President Álvaro Uribe").
  let pastTenureWords: WordSet
  /// After a comma, words that go on naming a cue's object ("including").
  let objectParticiples: WordSet
  /// Words that join a list's last item as an alternative ("or").
  let alternativeJoiners: WordSet
  /// Words of a contest: "met" in their sentence is no meeting ("a World Cup match").
  let contestWords: WordSet
  /// Nouns for an alliance after "X-led" ("the Saudi-led coalition").
  let coalitionNouns: WordSet
  /// Words after a state and a hyphen that make it an alliance's leader ("led").
  let ledWords: WordSet
  /// First-person words that make unmarked reported words direct speech.
  let firstPerson: WordSet
  /// First-person plural words: a speaker for their side ("we expect").
  let firstPersonPlural: WordSet
  /// Subject pronouns that stand for a person named before ("he", "she").
  let personPronouns: WordSet
  /// Articles and determiners before a description ("the", "a").
  let determiners: WordSet
  /// Nouns for an alliance's members ("the allies").
  let allianceNouns: WordSet
  /// Words before such a noun that make it the alliance last named ("its allies").
  let allianceDeterminers: WordSet
  /// Words that open a clause of another time ("a day after they signed").
  let clauseLinks: WordSet
  /// Nouns for a place before its name ("the Swiss city of Lausanne").
  let placeNouns: WordSet
  /// Words between such a noun and the name ("of").
  let placeNounLinks: WordSet
  /// Words after a meeting verb before those met ("signed agreements with Turkey").
  let partyPrepositions: WordSet
  /// Nouns for a ceremony: a meeting where something is signed.
  let ceremonyNouns: WordSet
  /// Words before such a noun that make it a signing ("a signing ceremony").
  let ceremonyQualifiers: WordSet
  /// Nouns after a demonym that make it an event's actor ("Russian forces").
  let eventCollectives: WordSet
  /// Words before a date inside an event cue, left out with it ("agreed on
  /// Friday to re-establish").
  let cueDatePrepositions: WordSet
  /// Verbs after a modal that say what a thing is to contain ("must include").
  let contentVerbs: WordSet
  /// Nouns that say little alone before what they aim at ("efforts to").
  let lightNouns: WordSet
  /// Words between a light noun and its aim ("to", "toward").
  let lightNounLinks: WordSet
  /// Words that join a second stance cue to the first ("and demanded").
  let cueCoordinators: WordSet
  /// Words before a holder that make its stance a claim or a question.
  let hedgeCues: WordSet
  /// Pronouns for one thing ("it").
  let singularThingPronouns: WordSet
  /// Titles whose unnamed holder is the voice of a body ("a Kremlin spokesman").
  let spokesTitles: WordSet
  /// Words between such a title and its body ("for", "of").
  let spokesPrepositions: WordSet
  /// Words before a document noun that make it a document ("the statement says").
  let descriptorDeterminers: WordSet
  /// Words that start a relative date ("today", "last").
  let relativeDateStarts: WordSet
  /// Words before a bare year that make it a date ("in 2014").
  let yearPrepositions: WordSet
  /// Words before a bare month that make it a date ("in March", "late December").
  let monthPrepositions: WordSet
  /// Words before a participle that leave the tense to the words before
  /// them ("will be followed").
  let passiveAuxiliaries: WordSet
  /// Words that put a sentence in the future, for weekdays.
  let futureCues: WordSet
  /// Words just before a meeting that say it was not held ("did not meet").
  let unheldCues: WordSet
  /// After a venue, words that name all the sides ("between").
  let venuePartyLinks: WordSet
  /// Words just after a meeting that say it was not held ("were postponed").
  let unheldAfterCues: WordSet
  /// Particles that, after their verb, say a meeting was not held ("off").
  let unheldParticles: WordSet
  /// Verbs before those particles ("called off").
  let unheldParticleVerbs: WordSet
  /// Forms of "be" before a predicate or a passive.
  let copulas: WordSet
  /// Words between a length and its meeting ("of").
  let lengthLinks: WordSet
  /// Nouns for the person across the table ("his Turkish counterpart").
  let counterpartNouns: WordSet
  /// Nouns for a summit's edges ("on the sidelines of").
  let sidelineNouns: WordSet
  /// Verbs that deny what follows ("denied that he spoke by phone").
  let denialVerbs: WordSet
  /// Nouns for a claim a denial verb denies ("rejected accusations").
  let claimNouns: WordSet
  /// Words linking a claim's subject to its content ("was behind").
  let claimLinks: WordSet
  /// Words saying what a claim claims ("accusations that").
  let claimContentLinks: WordSet
  /// Claims that may be to a right ("claims over the shelf").
  let rightClaimNouns: WordSet
  /// Title links to a posting's place ("ambassador to Israel").
  let postingLinks: WordSet
  /// Auxiliaries of the past perfect ("had met").
  let pastPerfectAuxiliaries: WordSet
  /// Nouns for a conference ("conference").
  let conferenceNouns: WordSet
  /// Words that make a conference a meeting ("peace conference").
  let conferenceQualifiers: WordSet
  /// Words for the dateline's place ("signed a ceasefire here").
  let datelineDeictics: WordSet
  /// The last word of a movement's name ("Patriotic Front").
  let movementHeads: WordSet
  /// After a call's noun, its sides ("a call between").
  let callPartyLinks: WordSet
  /// Before a length in hours ("for three hours").
  let durationLinks: WordSet
  /// After a comma, words that open a clause (", as thousands marched").
  let clauseOpeners: WordSet
  /// Titles for any leader of a state ("the French leader").
  let genericLeaderTitles: WordSet
  /// After a number, a meeting's sides ("the two men").
  let countedSideNouns: WordSet
  /// A range's opener before a month and day ("for October 8 to 12").
  let planRangeStarts: WordSet
  /// Call nouns before "between".
  let betweenCallNouns: WordSet
  /// Nouns for a state's capital ("the Egyptian capital").
  let capitalNouns: WordSet
  /// Present forms of "be" before a planned meeting ("are due to meet").
  let presentAuxiliaries: WordSet
  /// Words that end the words judging an agreement ("from", "for").
  let judgementStops: WordSet
  /// Verbs that praise an agreement ("hailed the deal").
  let praiseVerbs: WordSet
  /// Verbs that sign an agreement ("signed the deal").
  let signingVerbs: WordSet
  /// Verbs of intent before "to" and a cue ("vowed to oppose").
  let intentVerbs: WordSet
  /// Modals of a demand on another side ("Russia must pull back").
  let demandModals: WordSet
  /// Modals of possibility: "Serbia could reject the ceasefire" holds no
  /// stance.
  let hypotheticalModals: WordSet
  /// Plural nouns for groups of people: "Diplomats said" names no one.
  let groupNouns: WordSet
  /// Verbs that end a meeting on a day ("ended on Nov. 21").
  let closingVerbs: WordSet
  /// Determiners of a meeting its subjects share ("their summit").
  let sharedDeterminers: WordSet
  /// A judging word and a noun that are a quantity ("great deal").
  let quantityIdioms: WordSet
  /// Verbs that hold a meeting noun ("held their summit").
  let holdingVerbs: WordSet
  /// Words of titles that lead no state ("rebel").
  let nonStateTitles: WordSet
  /// First words of cues a negation drops ("reached").
  let outcomeCueHeads: WordSet
  /// Verbs that judge an agreement by the words after it ("called the deal").
  let evaluationVerbs: WordSet
  /// Nouns for the agreement an evaluation judges ("the deal").
  let evaluatedNouns: WordSet
  /// Words that judge an agreement well ("welcome").
  let approvalWords: WordSet
  /// Words that judge an agreement ill ("dangerous").
  let disapprovalWords: WordSet
  /// Pronouns for the last sentence's holders ("they").
  let pluralPronouns: WordSet
  /// Markers of the possessive ("'s").
  let possessiveMarkers: WordSet
  /// Definite articles ("the").
  let definiteArticles: WordSet
  /// Indefinite articles ("a", "an").
  let indefiniteArticles: WordSet
  /// Words that join two names of one list ("and").
  let coordinators: WordSet
  /// Words that open what a reported statement says ("said that").
  let complementizers: WordSet
  /// The mark of an infinitive ("to").
  let infinitiveMarkers: WordSet
  /// Pronouns that stand for a state or a body named before ("it", "they").
  let thingPronouns: WordSet
  /// Words after a title before the body it serves ("Minister of Defense").
  let titleLinks: WordSet
  /// Words after a title before what it is in charge of ("representative for").
  let remitLinks: WordSet
  /// Words between a title's parts that carry it on ("Minister of Defense of").
  let titleChainLinks: WordSet
  /// Words between a building's name and its city ("in Geneva").
  let buildingCityLinks: WordSet
  /// Words skipped between the visitors before a visit's verb ("and", "who").
  let visitorFillers: WordSet
  /// Verbs of speaking to an audience named after them ("told reporters").
  let audienceVerbs: WordSet
  /// Words that open an opening clause, never a report's words ("After").
  let adverbialOpeners: WordSet
  /// Words after an opposition noun that make it a stance ("opposition to").
  let oppositionStanceLinks: WordSet
  /// Nouns for the teams a talk brings together ("delegations").
  let delegationGroups: WordSet
  /// Words between such a noun and the sides ("from", "of").
  let delegationLinks: WordSet
  /// Nouns for a state's opposition ("the opposition").
  let oppositionNouns: WordSet
  /// Words that open where and when after a report's verb ("said on Friday").
  let reportTails: WordSet
  /// Words after a meeting word before its place ("talks opened in Lausanne").
  let meetingPlacePrepositions: WordSet
  /// Words after a title in an apposition before its body ("a fellow at").
  let affiliationLinks: WordSet
  /// Lower-case words inside a body's name ("Council on Foreign Relations").
  let organizationJoiners: WordSet
  /// Lower-case words inside a building's name ("Palace of Independence").
  let buildingJoiners: WordSet
  /// Words of a title that stay in lower case when it is written out.
  let titleLowerWords: WordSet
  /// Words between a person's name and their state ("Benitez of Cuba").
  let originLinks: WordSet
  /// Words after a meeting noun before the body that meets ("meeting of").
  let meetingBodyLinks: WordSet
  /// Words after a meeting noun before its parties ("talks between", "with").
  let partyLinks: WordSet
  /// Of those, the ones that name every party after them ("between").
  let mutualLinks: WordSet
  /// Words skipped between the actors of a list of parties ("and", "the").
  let actorListFillers: WordSet
  /// Words after a document noun that make it somebody's ("statement by").
  let agentPrepositions: WordSet
  /// Verbs after which a name is a news outlet ("told The Moscow Times").
  let outletVerbs: WordSet
  /// Words that make a name after such a verb an outlet ("Al Jazeera", "Fox News").
  let outletNames: WordSet
  /// Words that do so after an article ("the Financial Times").
  let outletNouns: WordSet
  /// Verbs by which a source reports a person's words ("quoted X as").
  let quotationVerbs: WordSet
  /// Words between such a verb's person and the words ("as").
  let quotationLinks: WordSet
  /// Nouns for an unnamed official ("the official said").
  let officialNouns: WordSet
  /// Words after a cue of agreement that make it a refusal ("agreed to neither").
  let correlativeNegations: WordSet
  /// Words that make an offer conditional ("if", "provided").
  let conditionWords: WordSet
  /// Verbs that give a meeting's length ("lasted").
  let durationVerbs: WordSet
  /// Nouns for a side's team at talks ("delegation").
  let delegationNouns: WordSet
  /// Verbs of leading a delegation ("heads", "led").
  let leadingVerbs: WordSet
  /// Words between a speech verb and a way of calling ("spoke by phone").
  let callLinks: WordSet
  /// Words between a speech verb and the person spoken to ("spoke with").
  let speechPartnerLinks: WordSet
  /// Words in a meeting's name that make it a summit.
  let summitWords: WordSet
  /// Phrases between a name and its other name ("known as").
  let aliasPhrases: WordPhrases
  /// Phrases before a source of reported words ("according to").
  let attributionPhrases: WordPhrases
  /// Words that say a person took part in talks ("took part", "attended").
  let attendancePhrases: WordPhrases
  /// Endings of verbs in the past tense ("-ed").
  let pastSuffixes: WordSuffixes
  /// Endings of present participles ("-ing").
  let progressiveSuffixes: WordSuffixes
  /// Endings of adverbs ("-ly").
  let adverbSuffixes: WordSuffixes
  /// Endings of contracted negations ("n't").
  let negationSuffixes: WordSuffixes
  /// Endings of plural nouns ("-s").
  let pluralSuffixes: WordSuffixes

  /// The lists of `words`; `vocabulary` gives each word its id, so that a
  /// token's membership is one read of a table.
  init(_ words: [Lexicon.WordList: [String]], vocabulary: Vocabulary) {
    // Each word has `stride` 64-bit words of bits, a bit per list.
    let stride = (Lexicon.WordList.allCases.count + 63) / 64
    var table: [UInt64] = Array(repeating: 0, count: vocabulary.count * stride)
    for (number, list) in Lexicon.WordList.allCases.enumerated() {
      for word in words[list] ?? [] {
        if let id = vocabulary.id(of: word) {
          table[Int(id) * stride + number / 64] |= 1 << UInt64(number % 64)
        }
      }
    }
    let shared = table
    (self.table, self.stride) = (table, stride)
    func set(_ list: Lexicon.WordList) -> WordSet {
      let number = Lexicon.WordList.allCases.firstIndex(of: list)!
      return WordSet(
        words: Set(words[list] ?? []), bit: 1 << UInt64(number % 64), slot: number / 64,
        stride: stride, table: shared)
    }
    notNames = set(.notNames)
    placePrepositions = set(.placePrepositions)
    venuePrepositions = set(.venuePrepositions)
    placeTopicNouns = set(.placeTopicNouns)
    repeatAdverbs = set(.repeatAdverbs)
    unknownPlacePrepositions = set(.unknownPlacePrepositions)
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
    regions = set(.regions)
    plannedCues = set(.plannedCues)
    planVerbs = set(.planVerbs)
    dayWords = set(.dayWords)
    weekLengthWords = set(.weekLengthWords)
    pastVerbs = set(.pastVerbs)
    visitVerbs = set(.visitVerbs)
    hostVerbs = set(.hostVerbs)
    callNouns = set(.callNouns)
    callQualifiers = set(.callQualifiers)
    callVerbs = set(.callVerbs)
    callAdverbs = set(.callAdverbs)
    issueHeadLinks = set(.issueHeadLinks)
    oppositionBodies = set(.oppositionBodies)
    sideInclusionWords = set(.sideInclusionWords)
    reportingVerbs = set(.reportingVerbs)
    proposalNouns = set(.proposalNouns)
    demandNouns = set(.demandNouns)
    speakVerbs = set(.speakVerbs)
    buildingHeads = set(.buildingHeads)
    notMeetings = set(.notMeetings)
    talkAdjectives = set(.talkAdjectives)
    talkPartyFillers = set(.talkPartyFillers)
    numberWords = set(.numberWords)
    hourWords = set(.hourWords)
    subjectFillers = set(.subjectFillers)
    sidesNouns = set(.sidesNouns)
    sidesDeterminers = set(.sidesDeterminers)
    pairWords = set(.pairWords)
    selfReferences = set(.selfReferences)
    openingVerbs = set(.openingVerbs)
    mediationParticiples = set(.mediationParticiples)
    mediationPrepositions = set(.mediationPrepositions)
    listJoiners = set(.listJoiners)
    bindingVerbs = set(.bindingVerbs)
    obligationAuxiliaries = set(.obligationAuxiliaries)
    notObligations = set(.notObligations)
    agreementOpeners = set(.agreementOpeners)
    agreementNouns = set(.agreementNouns)
    agreementModals = set(.agreementModals)
    selfReferenceDeterminers = set(.selfReferenceDeterminers)
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
    abbreviations = set(.abbreviations)
    furnitureHeadings = set(.furnitureHeadings)
    pageBanners = set(.pageBanners)
    creditMarkers = set(.creditMarkers)
    questioners = set(.questioners)
    slugLabels = set(.slugLabels)
    honorifics = set(.honorifics)
    givenNames = set(.givenNames)
    notPersonHeads = set(.notPersonHeads)
    listItemMarks = set(.listItemMarks)
    featureHeads = set(.featureHeads)
    featureHeadsBefore = set(.featureHeadsBefore)
    siteHeads = set(.siteHeads)
    siteModifiers = set(.siteModifiers)
    namedPlaceNouns = set(.namedPlaceNouns)
    stateBodyWords = set(.stateBodyWords)
    lowerCaseBodyHeads = set(.lowerCaseBodyHeads)
    coalitionNouns = set(.coalitionNouns)
    ledWords = set(.ledWords)
    placelessMeetingVerbs = set(.placelessMeetingVerbs)
    agreementTopicLinks = set(.agreementTopicLinks)
    perfectAuxiliaries = set(.perfectAuxiliaries)
    stateStartWords = set(.stateStartWords)
    relativePronouns = set(.relativePronouns)
    tenureWords = set(.tenureWords)
    pastTenureWords = set(.pastTenureWords)
    objectParticiples = set(.objectParticiples)
    alternativeJoiners = set(.alternativeJoiners)
    contestWords = set(.contestWords)
    firstPerson = set(.firstPerson)
    firstPersonPlural = set(.firstPersonPlural)
    personPronouns = set(.personPronouns)
    determiners = set(.determiners)
    allianceNouns = set(.allianceNouns)
    allianceDeterminers = set(.allianceDeterminers)
    clauseLinks = set(.clauseLinks)
    placeNouns = set(.placeNouns)
    placeNounLinks = set(.placeNounLinks)
    partyPrepositions = set(.partyPrepositions)
    ceremonyNouns = set(.ceremonyNouns)
    ceremonyQualifiers = set(.ceremonyQualifiers)
    eventCollectives = set(.eventCollectives)
    cueDatePrepositions = set(.cueDatePrepositions)
    spokesTitles = set(.spokesTitles)
    contentVerbs = set(.contentVerbs)
    lightNouns = set(.lightNouns)
    lightNounLinks = set(.lightNounLinks)
    cueCoordinators = set(.cueCoordinators)
    hedgeCues = set(.hedgeCues)
    singularThingPronouns = set(.singularThingPronouns)
    spokesPrepositions = set(.spokesPrepositions)
    descriptorDeterminers = set(.descriptorDeterminers)
    relativeDateStarts = set(.relativeDateStarts)
    yearPrepositions = set(.yearPrepositions)
    monthPrepositions = set(.monthPrepositions)
    passiveAuxiliaries = set(.passiveAuxiliaries)
    futureCues = set(.futureCues)
    unheldCues = set(.unheldCues)
    venuePartyLinks = set(.venuePartyLinks)
    unheldAfterCues = set(.unheldAfterCues)
    unheldParticles = set(.unheldParticles)
    unheldParticleVerbs = set(.unheldParticleVerbs)
    copulas = set(.copulas)
    lengthLinks = set(.lengthLinks)
    counterpartNouns = set(.counterpartNouns)
    sidelineNouns = set(.sidelineNouns)
    denialVerbs = set(.denialVerbs)
    claimNouns = set(.claimNouns)
    claimLinks = set(.claimLinks)
    claimContentLinks = set(.claimContentLinks)
    rightClaimNouns = set(.rightClaimNouns)
    postingLinks = set(.postingLinks)
    pastPerfectAuxiliaries = set(.pastPerfectAuxiliaries)
    conferenceNouns = set(.conferenceNouns)
    conferenceQualifiers = set(.conferenceQualifiers)
    datelineDeictics = set(.datelineDeictics)
    movementHeads = set(.movementHeads)
    callPartyLinks = set(.callPartyLinks)
    durationLinks = set(.durationLinks)
    clauseOpeners = set(.clauseOpeners)
    genericLeaderTitles = set(.genericLeaderTitles)
    countedSideNouns = set(.countedSideNouns)
    planRangeStarts = set(.planRangeStarts)
    betweenCallNouns = set(.betweenCallNouns)
    capitalNouns = set(.capitalNouns)
    presentAuxiliaries = set(.presentAuxiliaries)
    judgementStops = set(.judgementStops)
    praiseVerbs = set(.praiseVerbs)
    signingVerbs = set(.signingVerbs)
    intentVerbs = set(.intentVerbs)
    demandModals = set(.demandModals)
    hypotheticalModals = set(.hypotheticalModals)
    groupNouns = set(.groupNouns)
    closingVerbs = set(.closingVerbs)
    sharedDeterminers = set(.sharedDeterminers)
    quantityIdioms = set(.quantityIdioms)
    holdingVerbs = set(.holdingVerbs)
    nonStateTitles = set(.nonStateTitles)
    outcomeCueHeads = set(.outcomeCueHeads)
    evaluationVerbs = set(.evaluationVerbs)
    evaluatedNouns = set(.evaluatedNouns)
    approvalWords = set(.approvalWords)
    disapprovalWords = set(.disapprovalWords)
    pluralPronouns = set(.pluralPronouns)
    possessiveMarkers = set(.possessiveMarkers)
    definiteArticles = set(.definiteArticles)
    indefiniteArticles = set(.indefiniteArticles)
    coordinators = set(.coordinators)
    complementizers = set(.complementizers)
    infinitiveMarkers = set(.infinitiveMarkers)
    thingPronouns = set(.thingPronouns)
    titleLinks = set(.titleLinks)
    remitLinks = set(.remitLinks)
    meetingPlacePrepositions = set(.meetingPlacePrepositions)
    reportTails = set(.reportTails)
    oppositionNouns = set(.oppositionNouns)
    delegationGroups = set(.delegationGroups)
    oppositionStanceLinks = set(.oppositionStanceLinks)
    audienceVerbs = set(.audienceVerbs)
    adverbialOpeners = set(.adverbialOpeners)
    delegationLinks = set(.delegationLinks)
    titleChainLinks = set(.titleChainLinks)
    buildingCityLinks = set(.buildingCityLinks)
    visitorFillers = set(.visitorFillers)
    affiliationLinks = set(.affiliationLinks)
    organizationJoiners = set(.organizationJoiners)
    buildingJoiners = set(.buildingJoiners)
    titleLowerWords = set(.titleLowerWords)
    originLinks = set(.originLinks)
    meetingBodyLinks = set(.meetingBodyLinks)
    partyLinks = set(.partyLinks)
    mutualLinks = set(.mutualLinks)
    actorListFillers = set(.actorListFillers)
    agentPrepositions = set(.agentPrepositions)
    outletVerbs = set(.outletVerbs)
    outletNames = set(.outletNames)
    outletNouns = set(.outletNouns)
    quotationVerbs = set(.quotationVerbs)
    quotationLinks = set(.quotationLinks)
    officialNouns = set(.officialNouns)
    correlativeNegations = set(.correlativeNegations)
    conditionWords = set(.conditionWords)
    durationVerbs = set(.durationVerbs)
    delegationNouns = set(.delegationNouns)
    leadingVerbs = set(.leadingVerbs)
    callLinks = set(.callLinks)
    speechPartnerLinks = set(.speechPartnerLinks)
    summitWords = set(.summitWords)
    aliasPhrases = WordPhrases(words[.aliasPhrases] ?? [], vocabulary: vocabulary)
    attributionPhrases = WordPhrases(words[.attributionPhrases] ?? [], vocabulary: vocabulary)
    attendancePhrases = WordPhrases(words[.attendancePhrases] ?? [], vocabulary: vocabulary)
    pastSuffixes = WordSuffixes(words[.pastSuffixes] ?? [])
    progressiveSuffixes = WordSuffixes(words[.progressiveSuffixes] ?? [])
    adverbSuffixes = WordSuffixes(words[.adverbSuffixes] ?? [])
    negationSuffixes = WordSuffixes(words[.negationSuffixes] ?? [])
    pluralSuffixes = WordSuffixes(words[.pluralSuffixes] ?? [])
  }
}

/// One word list: its words, and its bit in a table by vocabulary id, so
/// that asking about a token costs an array read rather than a hash.
struct WordSet: Sendable {
  /// The words, lower case.
  let words: Set<String>
  /// The list's bit, in the `slot`th of each word's `stride` entries.
  fileprivate let bit: UInt64
  fileprivate let slot: Int
  fileprivate let stride: Int
  fileprivate let table: [UInt64]

  /// Whether the list has this lower-case word.
  func contains(_ key: String) -> Bool { words.contains(key) }

  /// Whether the list has the token's word.
  ///
  /// Inlined, so that a caller asking about `tokens[i]` reads its word in
  /// place rather than copying the token (and retaining its strings).
  @inline(__always)
  func contains(_ token: Token) -> Bool {
    if token.word >= 0 { return table[Int(token.word) * stride + slot] & bit != 0 }
    return token.word == Token.unassignedWord && contains(token.key)
  }

  /// Whether a word of the list is among the tokens `presence` was read
  /// from; `false` only when none is.
  func occurs(in presence: WordListPresence) -> Bool {
    presence.unassigned || presence.bits[slot] & bit != 0
  }

  /// Whether the list has the word of any of `tokens[range]`, read in
  /// place (a closure over the slice would copy each token).
  func containsAny(of tokens: [Token], in range: Range<Int>) -> Bool {
    range.contains { contains(tokens[$0]) }
  }
}

extension WordSets {
  /// Which lists the words of `tokens` are in (``WordListPresence``).
  func presence(in tokens: [Token]) -> WordListPresence {
    var bits = [UInt64](repeating: 0, count: stride)
    var unassigned = false
    for token in tokens.indices {
      let word = Int(tokens[token].word)
      if word >= 0 {
        for offset in 0..<stride { bits[offset] |= table[word * stride + offset] }
      } else if tokens[token].word == Token.unassignedWord {
        unassigned = true
      }
    }
    return WordListPresence(bits: bits, unassigned: unassigned)
  }
}
