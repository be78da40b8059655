import ParleyCore

extension Lexicon {
  /// A named list of the ordinary words the rules read around names, cues and
  /// dates: which capitalised words are never names, which nouns name a
  /// meeting, which words may stand between a subject and its verb. The
  /// built-in lexicon lists them in English; a lexicon for another language
  /// or house style extends or replaces them under `words:`.
  package enum WordList: String, CaseIterable, Sendable, Hashable {
    /// Capitalised words that start sentences or stand in titles but are
    /// never part of a person's name.
    case notNames = "not-names"
    /// Words after which a capital is a place ("in Geneva"), not a metonym.
    case placePrepositions = "place-prepositions"
    /// Before a place the lexicon does not know ("fighting in Tigray").
    case unknownPlacePrepositions = "unknown-place-prepositions"
    /// Prepositions before a talk's venue ("talks in Geneva", "at the palace").
    case venuePrepositions = "venue-prepositions"
    /// Before such a preposition, what happens in the place named after it,
    /// which is then no venue: "talks on the war in Darfur".
    case placeTopicNouns = "place-topic-nouns"
    /// Nouns that make a demonym a collective actor ("Russian diplomats").
    case collectiveNouns = "collective-nouns"
    /// Nouns after a demonym that make it a position's holder.
    case collectiveSubjects = "collective-subjects"
    /// Nouns after a leader's name that make it the state ("the Biden administration").
    case governmentNouns = "government-nouns"
    /// Words before a title that belong to it ("former", "senior").
    case titleQualifiers = "title-qualifiers"
    /// Words that end an apposition before any title ("and", "with").
    case appositionBreaks = "apposition-breaks"
    /// Nouns for the texts talks produce ("statement", "communique").
    case documentNouns = "document-nouns"
    /// Words that name a text in a title ("Agreement", "Annex", "Protocol").
    case documentHeads = "document-heads"
    /// Small words inside a name in capitals ("of", "for", "the").
    case nameJoiners = "name-joiners"
    /// Words that may qualify a document noun ("a one-page joint statement").
    case documentQualifiers = "document-qualifiers"
    /// Words that end the name of a body ("council", "ministry").
    case organizationHeads = "organization-heads"
    /// Nouns that name a meeting ("talks", "summit").
    case meetingNouns = "meeting-nouns"
    /// Verbs that report a meeting ("met in Helsinki").
    case meetingVerbs = "meeting-verbs"
    /// Continents and regions: never the place of a meeting the lexicon does
    /// not know ("talks in Europe this week").
    case regions = "regions"
    /// Words before a meeting that make it a plan ("will", "due to resume").
    case plannedCues = "planned-cues"
    /// Verbs of a plan before "to" in a meeting's clause ("plan to hold talks").
    case planVerbs = "plan-verbs"
    /// Units of a meeting's length in days ("three days of talks").
    case dayWords = "day-words"
    /// Words for a length in weeks: "ended three weeks of talks".
    case weekLengthWords = "week-length-words"
    /// Verbs in the past tense that do not end in -ed ("met", "said"), for weekdays.
    case pastVerbs = "past-verbs"
    /// Verbs of a visit, before its place ("visited", "flew to").
    case visitVerbs = "visit-verbs"
    /// Verbs of a host, before its guest and place ("hosted Raisi in Beijing").
    case hostVerbs = "host-verbs"
    /// Nouns of a call, after a qualifier ("telephone call").
    case callNouns = "call-nouns"
    /// Words that make a call or a way of speaking remote ("phone", "video").
    case callQualifiers = "call-qualifiers"
    /// Verbs of a call ("phoned").
    case callVerbs = "call-verbs"
    /// Adverbs that make a meeting verb a call ("met virtually").
    case callAdverbs = "call-adverbs"
    /// Open a phrase set off by commas that adds sides (", including Russia,").
    case sideInclusionWords = "side-inclusion-words"
    /// Verbs whose words a quote after them may be: "said" ("X said … “…”").
    case reportingVerbs = "reporting-verbs"
    /// Bodies that stand against their state's government ("Syrian rebels").
    case oppositionBodies = "opposition-bodies"
    /// Words that end a new issue's head ("timetable for the withdrawal").
    case issueHeadLinks = "issue-head-links"
    /// Nouns of a proposal a stance refers back to ("rejected the proposal").
    case proposalNouns = "proposal-nouns"
    /// Nouns of a demand a stance refers back to ("rejected the demand").
    case demandNouns = "demand-nouns"
    /// Verbs of speaking that make a call with "by phone" or "with" a person ("spoke").
    case speakVerbs = "speak-verbs"
    /// Words that end the name of a building a meeting is held in ("palace", "hotel").
    case buildingHeads = "building-heads"
    /// Words before a meeting noun that make it something else ("news conference").
    case notMeetings = "not-meetings"
    /// Words that may stand in a meeting's name before the noun ("bilateral").
    case talkAdjectives = "talk-adjectives"
    /// Words between a meeting's parties and its noun ("negotiators", "a round of").
    case talkPartyFillers = "talk-party-fillers"
    /// Numbers as words, one to twelve in order, for durations.
    case numberWords = "number-words"
    /// Units of a duration in hours.
    case hourWords = "hour-words"
    /// Words between a subject and its stance cue ("has also").
    case subjectFillers = "subject-fillers"
    /// Nouns for the sides at a table ("both sides", "the two parties").
    case sidesNouns = "sides-nouns"
    /// Words before such a noun that make it the sides ("both", "the", "all").
    case sidesDeterminers = "sides-determiners"
    /// Of those, the words that say two ("both").
    case pairWords = "pair-words"
    /// Verbs that say talks began ("talks began in Havana", "opened talks").
    case openingVerbs = "opening-verbs"
    /// Words before "by" or "of" that name a talk's host or mediator
    /// ("hosted by Turkey", "under the auspices of the OSCE").
    case mediationParticiples = "mediation-participles"
    /// Words after those before the mediators ("by", "of").
    case mediationPrepositions = "mediation-prepositions"
    /// Words between the actors of a list ("and", ",").
    case listJoiners = "list-joiners"
    /// Verbs by which an agreement binds the sides after them ("commits the
    /// United States to").
    case bindingVerbs = "binding-verbs"
    /// Words before "to" that make an obligation ("Kiev is to regain").
    case obligationAuxiliaries = "obligation-auxiliaries"
    /// Verbs after such a "to" that make no obligation ("is to blame").
    case notObligations = "not-obligations"
    /// Words that open a sentence about an agreement's terms ("Under the deal,").
    case agreementOpeners = "agreement-openers"
    /// Nouns for an agreement after such an opener ("deal", "text").
    case agreementNouns = "agreement-nouns"
    /// Modals of an agreement's terms after such an opening ("will", "shall").
    case agreementModals = "agreement-modals"
    /// Nouns by which speakers refer to their own side ("his government",
    /// "its movement"): a stance cue after one is the speaker's.
    case selfReferences = "self-references"
    /// Words before a self-reference ("his", "its").
    case selfReferenceDeterminers = "self-reference-determiners"
    /// Parts of titles whose holders state their government's position ("minister", "envoy").
    case officialTitles = "official-titles"
    /// Parts of titles whose holders speak for themselves ("prime", "general").
    case leaderTitles = "leader-titles"
    /// Words between a stance cue and what it is about ("refuses to discuss its").
    case objectLeads = "object-leads"
    /// Pronouns after a stance cue: what it is about was said before ("demands that it").
    case objectPronouns = "object-pronouns"
    /// Words that end what a stance cue is about ("would", "if", "after").
    case objectStops = "object-stops"
    /// Nouns that point back to something said before ("the suggestion"):
    /// alone, they are no new issue.
    case objectGenerics = "object-generics"
    /// Words that never end what a stance cue is about ("of", "for").
    case objectTrims = "object-trims"
    /// Words that negate a cue just before it.
    case negations = "negations"
    /// Words between a speaker and a speech verb ("also", "later").
    case auxiliaries = "auxiliaries"
    /// Speech verbs that take an object, so report speech only with "that".
    case verbsNeedingThat = "verbs-needing-that"
    /// Lower-case words inside a name before the family name ("von der",
    /// "de", "bin", "al-").
    case nameParticles = "name-particles"
    /// Labels of a transcript's questions ("QUESTION:", "Q:").
    case questioners = "questioners"
    /// A story's slugs before a colon, no speaker's label ("WATCH:", "UPDATE:").
    case slugLabels = "slug-labels"
    /// Labels of a link to a video or other story in the body ("Watch:").
    case promotionLabels = "promotion-labels"
    /// Words whose full stop belongs to them, not to the sentence ("Dec.", "Gen.").
    case abbreviations = "abbreviations"
    /// Lines and headings that open a page's furniture ("Related", "Read more").
    case furnitureHeadings = "furniture-headings"
    /// How cookie notices and newsletter calls begin ("we use cookies").
    case pageBanners = "page-banners"
    /// How a copyright line begins ("©", "copyright ").
    case copyrightMarks = "copyright-marks"
    /// Words that mark a photo credit or caption line ("getty images").
    case creditMarkers = "credit-markers"
    /// Honorifics before a surname ("Mr").
    case honorifics = "honorifics"
    /// Given names that open a person's name of two or three capitalized
    /// words: "Paul Whelan", "John Sullivan".
    case givenNames = "given-names"
    /// Words in or just after such a name that make it a place's, a
    /// building's or a body's: "Paul Street", "Simon Bolivar Bridge".
    case notPersonHeads = "not-person-heads"
    /// First-person words that make unmarked reported words direct speech.
    case firstPerson = "first-person"
    /// First-person plural words: a speaker for their side ("we expect").
    case firstPersonPlural = "first-person-plural"
    /// Subject pronouns that stand for a person named before ("he", "she").
    case personPronouns = "person-pronouns"
    /// Articles and determiners before a description ("the", "a").
    case determiners = "determiners"
    /// Nouns for an alliance's members ("the allies").
    case allianceNouns = "alliance-nouns"
    /// Verbs after a modal that say what a thing is to contain ("any deal
    /// must include guarantees"): the stance is about what follows them.
    case contentVerbs = "content-verbs"
    /// Nouns that say little alone before what they aim at: "welcomed any
    /// effort to ease tensions in the region" is about easing tensions.
    case lightNouns = "light-nouns"
    /// Words between a light noun and its aim ("efforts to", "a push for").
    case lightNounLinks = "light-noun-links"
    /// Words that join a second stance cue to the first: "Iran rejected the
    /// text and demanded sanctions relief" (its object ends there, and the
    /// second cue has the first's holder).
    case cueCoordinators = "cue-coordinators"
    /// Words just before a cue's holder that make the stance another's
    /// claim or a question: "accused Hamas of rejecting", "denied that North
    /// Korea had sought", "unclear whether Iran would accept".
    case hedgeCues = "hedge-cues"
    /// Pronouns for one thing ("it"): opening a sentence, the subject of
    /// the sentence before ("Hamas issued a statement. It rejected …").
    case singularThingPronouns = "singular-thing-pronouns"
    /// Titles whose unnamed holder is the voice of a body ("a Kremlin
    /// spokesman", "a spokeswoman for the African Union").
    case spokesTitles = "spokes-titles"
    /// Words between such a title and its body ("for", "of").
    case spokesPrepositions = "spokes-prepositions"
    /// Nouns for a place before its name ("the Swiss city of Lausanne").
    case placeNouns = "place-nouns"
    /// Words between such a noun and the name ("of").
    case placeNounLinks = "place-noun-links"
    /// Words after a meeting verb before those met ("signed agreements with Turkey").
    case partyPrepositions = "party-prepositions"
    /// Nouns for a ceremony: a meeting where something is signed.
    case ceremonyNouns = "ceremony-nouns"
    /// Words before such a noun that make it a signing ("a signing ceremony").
    case ceremonyQualifiers = "ceremony-qualifiers"
    /// Nouns after a demonym that make it an event's actor ("Russian forces").
    case eventCollectives = "event-collectives"
    /// Words before a date inside an event cue, left out with it ("agreed on
    /// Friday to re-establish").
    case cueDatePrepositions = "cue-date-prepositions"
    /// Words that open a clause of another time ("a day after they signed"):
    /// a date before them is not a meeting's after them.
    case clauseLinks = "clause-links"
    /// Words before such a noun that make it the alliance last named ("its allies").
    case allianceDeterminers = "alliance-determiners"
    /// Words before a document noun that make it the document last named or
    /// a new one ("the statement says", "a joint declaration").
    case descriptorDeterminers = "descriptor-determiners"
    /// Words that start a relative date ("today", "last").
    case relativeDateStarts = "relative-date-starts"
    /// Words before a bare year that make it a date ("in 2014").
    case yearPrepositions = "year-prepositions"
    /// Words before a bare month that make it a date ("in March", "late December").
    case monthPrepositions = "month-prepositions"
    /// Words before a participle that leave the tense to the words before
    /// them ("will be followed").
    case passiveAuxiliaries = "passive-auxiliaries"
    /// Words that put a sentence in the future, for weekdays.
    case futureCues = "future-cues"
    /// Just after a weekday, put it in the future: the weekday is a
    /// subject's whose verb follows ("talks on Thursday would focus on").
    case futureModals = "future-modals"
    /// Words just before a meeting that say it did not, or may not, take
    /// place: "did not meet", "postponed talks", "called off the summit",
    /// "could meet as early as Tuesday".
    case unheldCues = "unheld-cues"
    /// After a meeting's venue, words that name all its sides: "talks in
    /// Doha between Israel and Egypt".
    case venuePartyLinks = "venue-party-links"
    /// The same just after the meeting: "the talks were postponed".
    case unheldAfterCues = "unheld-after-cues"
    /// Particles that, after one of ``unheldParticleVerbs``, say a meeting
    /// was not held: "called off talks" (not "kicked off talks").
    case unheldParticles = "unheld-particles"
    /// Verbs before one of ``unheldParticles`` ("called off").
    case unheldParticleVerbs = "unheld-particle-verbs"
    /// Endings of contracted negations: "didn't", "won't".
    case negationSuffixes = "negation-suffixes"
    /// Forms of "be" that make what follows a predicate: "It is unacceptable"
    /// (no actor's stance), "was rejected" (a passive, its holder after it).
    case copulas = "copulas"
    /// Words between a length and the meeting it is of: "three weeks of talks".
    case lengthLinks = "length-links"
    /// Present-tense verbs that announce a meeting: before a weekday, they
    /// put it ahead ("the summit opens on Tuesday").
    case futurePresentVerbs = "future-present-verbs"
    /// Their plural: before a weekday, after a plural subject, they put it
    /// ahead too ("the leaders meet in Brussels on Friday").
    case futurePluralVerbs = "future-plural-verbs"
    /// Plural nouns for groups of people: a plural subject ("the leaders
    /// meet on Friday"), and no one's name opening a sentence ("Diplomats
    /// said").
    case groupNouns = "group-nouns"
    /// Nouns for the person across the table, after an adjective of state
    /// or a state's possessive: "his Turkish counterpart Recep Tayyip
    /// Erdogan" is a person of Turkey.
    case counterpartNouns = "counterpart-nouns"
    /// Nouns for a summit's edges, before "of": a meeting "on the sidelines
    /// of the G20 summit" is another meeting, at the summit's venue.
    case sidelineNouns = "sideline-nouns"
    /// Verbs that deny what follows, before a call's word: "denied on
    /// Thursday that he spoke by phone with …" is no call.
    case denialVerbs = "denial-verbs"
    /// Nouns for a claim a denial verb rejects, which it then denies:
    /// "rejected US accusations that …", "dismissed Kosovo's claims" (not
    /// "dismissed the suggestion", a proposal).
    case claimNouns = "claim-nouns"
    /// Words that link a claim's subject to what it is said to have done:
    /// "accusations that its navy was behind the blockade".
    case claimLinks = "claim-links"
    /// Words after a claim that say what it claims, for it to be denied
    /// ("accusations that", "allegations of"; not "claims over the shelf").
    case claimContentLinks = "claim-content-links"
    /// Of `claim-nouns`, those that may claim a right, denied only before
    /// one of `claim-content-links` or no word ("claims over the shelf").
    case rightClaimNouns = "right-claim-nouns"
    /// Of `title-links`, those that name where a title is held, not whose
    /// it is: "the U.S. ambassador to Israel" is the United States'.
    case postingLinks = "posting-links"
    /// Auxiliaries of the past perfect: a meeting told with one ("had met")
    /// is before the lede's event, not its detail.
    case pastPerfectAuxiliaries = "past-perfect-auxiliaries"
    /// Nouns for a conference, a meeting only after one of
    /// `conference-qualifiers`: "the Middle East peace conference opened in
    /// Madrid", not "the Labour Party conference in Liverpool".
    case conferenceNouns = "conference-nouns"
    /// Words that make a conference a meeting of sides ("peace").
    case conferenceQualifiers = "conference-qualifiers"
    /// Words for the place a wire dateline names, after a meeting: "signed
    /// a ceasefire here on May 18" under `LOME, July 7 (Reuters) -`.
    case datelineDeictics = "dateline-deictics"
    /// The last word of a movement's or armed force's name: "the Rwandan
    /// Patriotic Front", "the Free Aceh Movement" are sides the lexicon
    /// need not list.
    case movementHeads = "movement-heads"
    /// After a call's noun, the list of its sides: "a call between Trump,
    /// Netanyahu and Mohamed bin Zayed".
    case callPartyLinks = "call-party-links"
    /// Before a length in hours: "met for more than three hours on Monday
    /// at a hotel in Nusa Dua" (the length does not part the meeting from
    /// its place).
    case durationLinks = "duration-links"
    /// After a comma, words that open a clause of their own: "met on
    /// Tuesday, as thousands marched in the Egyptian capital" (the place is
    /// the marchers').
    case clauseOpeners = "clause-openers"
    /// Titles that stand for whatever a state's leader is titled, after its
    /// adjective: "the French leader" is President Emmanuel Macron.
    case genericLeaderTitles = "generic-leader-titles"
    /// After a number, the sides of a meeting: "The two men met at the
    /// Capella hotel" (not stance holders, as `sides-nouns` are).
    case countedSideNouns = "counted-side-nouns"
    /// Before a month and day, an opener of a range joined by a word:
    /// "planned for October 8 to 12".
    case planRangeStarts = "plan-range-starts"
    /// Call nouns before one of `call-party-links`: "a call between Trump
    /// and Netanyahu" (not "a link between Iran and the Houthis").
    case betweenCallNouns = "between-call-nouns"
    /// Nouns for a state's capital after its adjective: "talks in the
    /// Egyptian capital on Tuesday" were in Cairo.
    case capitalNouns = "capital-nouns"
    /// Present forms of "be" that make a plan of an infinitive meeting:
    /// "are due to meet in Istanbul on Tuesday" (not "were due to meet").
    case presentAuxiliaries = "present-auxiliaries"
    /// Words that end the words judging an agreement: "said the deal was
    /// far from a success" (no approval), "a victory for dialogue".
    case judgementStops = "judgement-stops"
    /// Verbs that praise what follows: "hailed the deal" supports the agreement.
    case praiseVerbs = "praise-verbs"
    /// Verbs that sign what follows: "Russia and Ukraine signed the deal" accept the agreement.
    case signingVerbs = "signing-verbs"
    /// Verbs of intent whose "to" leads to a stance cue: "Israel vowed to oppose any deal".
    case intentVerbs = "intent-verbs"
    /// Modals by which a speaker says what another side is to do: "Blinken said Russia must pull back".
    /// Modals of possibility before a stance cue: "Serbia could reject the
    /// ceasefire" is no stance.
    case hypotheticalModals = "hypothetical-modals"
    case demandModals = "demand-modals"
    /// Verbs that end a meeting on a day: "began on Nov. 1 and ended on Nov. 21".
    case closingVerbs = "closing-verbs"
    /// Determiners of a meeting its subjects share: "Trump and Kim cut short their second summit".
    case sharedDeterminers = "shared-determiners"
    /// A judging word and an agreement noun that together are a quantity: "We talked a great deal".
    case quantityIdioms = "quantity-idioms"
    /// Verbs by which a dateline's sides hold a meeting noun they share: "held their summit", "cut short their talks".
    case holdingVerbs = "holding-verbs"
    /// Words of a title that leads no state: "rebel leader", "opposition leader".
    case nonStateTitles = "non-state-titles"
    /// First words of stance cues a negation drops rather than turns over: "have not reached agreement on" rejects nothing.
    case outcomeCueHeads = "outcome-cue-heads"
    /// Verbs that judge what follows by the words after it: "called the deal a welcome first step".
    case evaluationVerbs = "evaluation-verbs"
    /// Nouns for the agreement an evaluation judges: "the deal", "the signing".
    case evaluatedNouns = "evaluated-nouns"
    /// Words that judge an agreement well: "a welcome first step", "a victory for dialogue".
    case approvalWords = "approval-words"
    /// Words that judge an agreement ill: "a serious and dangerous development", "a betrayal".
    case disapprovalWords = "disapproval-words"
    /// Pronouns that, opening a sentence before a cue, stand for the actors who held the sentence before's positions: "They agreed to".
    case pluralPronouns = "plural-pronouns"
    /// Words before the first day of a range ("from 6 May to 20 May").
    case dateRangeStarts = "date-range-starts"
    /// Words between the days of a range ("to", "until", "and").
    case dateRangeJoins = "date-range-joins"
    /// Verbs that move a date: "postponed the talks from Monday to May 20" is no range.
    case dateChangeVerbs = "date-change-verbs"
    /// Words for the day of publication ("today", "tonight").
    case sameDayWords = "same-day-words"
    /// Words for the day before publication ("yesterday").
    case dayBeforeWords = "day-before-words"
    /// Words for the day after publication ("tomorrow").
    case dayAfterWords = "day-after-words"
    /// Words before a unit for the one before publication's ("last week").
    case previousWords = "previous-words"
    /// Words before a unit for the one after publication's ("next month").
    case followingWords = "following-words"
    /// Words before a unit for publication's own ("this year").
    case currentWords = "current-words"
    /// Units of a relative date: a week.
    case weekWords = "week-words"
    /// Units of a relative date: a month.
    case monthWords = "month-words"
    /// Units of a relative date: a year.
    case yearWords = "year-words"
    /// Words after a unit that make it part of a longer phrase: "the last
    /// week of January" is no relative date.
    case periodLinks = "period-links"
    /// Words after a length that count it on from the last date the article
    /// wrote: "two days later", "a week afterwards".
    case laterWords = "later-words"
    /// Words after a length that count it back from the last date the
    /// article wrote: "three days earlier".
    case earlierWords = "earlier-words"
    /// Units of such a length: months ("two months later").
    case monthLengthWords = "month-length-words"
    /// Units of such a length: years ("a year later").
    case yearLengthWords = "year-length-words"
    /// Words between a determiner and "day" for the day after the last date
    /// the article wrote: "the next day", "the following day".
    case nextDayWords = "next-day-words"
    /// The same for the day before it: "the previous day".
    case previousDayWords = "previous-day-words"
    /// The same for that day itself: "the same day", "later that same day".
    case sameDayLinks = "same-day-links"
    /// Determiners before those words, or after "later": "the next day",
    /// "later that day".
    case anchorDeterminers = "anchor-determiners"
    /// The noun of one day after those words: "the next *day*" (not "the
    /// following days").
    case anchorDayNouns = "anchor-day-nouns"
    /// Words of a comparison before or after a length counted from the
    /// last date, which make it none: "up 20 percent *from* a year
    /// earlier", "a week earlier *than* planned".
    case anchorComparisons = "anchor-comparisons"
    /// Adverbs before a second venue's preposition that give it the first
    /// one's meeting: "met in Davos in January and *again* in Sofia in May".
    case repeatAdverbs = "repeat-adverbs"
    /// Parts of a day that belong to the weekday or relative day before
    /// them: "on Wednesday evening", "yesterday morning".
    case dayParts = "day-parts"
    /// Month names that are also common words, a month only before a day
    /// number ("May 9", not "may meet").
    case ambiguousMonths = "ambiguous-months"
    /// Words after which such a month, after a lower-case month preposition,
    /// is the month: "met in May, where", "in May to discuss" (not "since
    /// May took office").
    case ambiguousMonthLinks = "ambiguous-month-links"
    /// Endings of verbs in the past tense or past participle ("-ed").
    case pastSuffixes = "past-suffixes"
    /// Endings of present participles ("-ing").
    case progressiveSuffixes = "progressive-suffixes"
    /// Endings of adverbs ("-ly").
    case adverbSuffixes = "adverb-suffixes"
    /// Endings of plural nouns ("-s").
    case pluralSuffixes = "plural-suffixes"
    /// Markers of the possessive ("'s").
    case possessiveMarkers = "possessive-markers"
    /// Definite articles ("the").
    case definiteArticles = "definite-articles"
    /// Indefinite articles ("a", "an").
    case indefiniteArticles = "indefinite-articles"
    /// Words that join two names of one list ("and").
    case coordinators = "coordinators"
    /// Words that open what a reported statement says ("said that").
    case complementizers = "complementizers"
    /// The mark of an infinitive ("to").
    case infinitiveMarkers = "infinitive-markers"
    /// Pronouns that stand for a state or a body named before ("it", "they").
    case thingPronouns = "thing-pronouns"
    /// Words after a title before the body it serves ("Minister of Defense",
    /// "ambassador to Kiev").
    case titleLinks = "title-links"
    /// Words after a title before what it is in charge of, then the name
    /// after a comma ("the special representative for the dialogue, Miroslav
    /// Lajčák").
    case remitLinks = "remit-links"
    /// Words a few words after a meeting noun or verb before its place, even
    /// one the lexicon does not know ("talks opened in Lausanne").
    case meetingPlacePrepositions = "meeting-place-prepositions"
    /// Words after a title in an apposition before the body it serves
    /// ("a fellow at the Carnegie Moscow Center").
    case affiliationLinks = "affiliation-links"
    /// Lower-case words inside a body's name ("Council on Foreign Relations").
    case organizationJoiners = "organization-joiners"
    /// Lower-case words inside a building's name ("Palace of Independence").
    case buildingJoiners = "building-joiners"
    /// Words of a title that stay in lower case when it is written out
    /// ("Deputy Secretary of State").
    case titleLowerWords = "title-lower-words"
    /// Words between a person's name and their state ("Rodolfo Benitez of Cuba").
    case originLinks = "origin-links"
    /// Words after a meeting noun before the body that meets ("meeting of
    /// the NATO-Russia Council").
    case meetingBodyLinks = "meeting-body-links"
    /// Words after a meeting noun before its parties ("talks between", "with").
    case partyLinks = "party-links"
    /// Of those, the ones that name every party after them ("between").
    case mutualLinks = "mutual-links"
    /// Words skipped between the actors of a list of parties ("and", "the").
    case actorListFillers = "actor-list-fillers"
    /// Words after a document noun that make it somebody's ("statement by Russia").
    case agentPrepositions = "agent-prepositions"
    /// Verbs after which a name is a news outlet ("told The Moscow Times").
    case outletVerbs = "outlet-verbs"
    /// Words that make a name after such a verb an outlet, whatever follows
    /// it ("told Al Jazeera that", "told Fox News on Monday").
    case outletNames = "outlet-names"
    /// Words that do so after an article only ("told the Financial Times
    /// that"; "told Emily Post that" is a person).
    case outletNouns = "outlet-nouns"
    /// Phrases between a name and its other name ("Rodrigo Londono, known as
    /// Timochenko").
    case aliasPhrases = "alias-phrases"
    /// Phrases before a source of reported words ("according to").
    case attributionPhrases = "attribution-phrases"
    /// Verbs by which a source reports a person's words ("quoted X as").
    case quotationVerbs = "quotation-verbs"
    /// Words between such a verb's person and the words ("as").
    case quotationLinks = "quotation-links"
    /// Nouns for an unnamed official ("the official said").
    case officialNouns = "official-nouns"
    /// Words after a cue of agreement that turn it into a refusal ("agreed
    /// to neither autonomy nor …").
    case correlativeNegations = "correlative-negations"
    /// Words that make an offer conditional ("if", "provided").
    case conditionWords = "condition-words"
    /// Verbs that give a meeting's length ("lasted").
    case durationVerbs = "duration-verbs"
    /// Nouns for a side's team at talks ("delegation").
    case delegationNouns = "delegation-nouns"
    /// Verbs of leading a delegation ("heads", "led").
    case leadingVerbs = "leading-verbs"
    /// Words that say a person took part in talks; a phrase counts when all
    /// its words are in the sentence ("took part", "attended").
    case attendancePhrases = "attendance-phrases"
    /// Words between a speech verb and a way of calling ("spoke by phone").
    case callLinks = "call-links"
    /// Words between a speech verb and the person spoken to ("spoke with").
    case speechPartnerLinks = "speech-partner-links"
    /// Words in a meeting's name that make it a summit.
    case summitWords = "summit-words"
    /// Words between two titles' parts that carry the title on ("Deputy
    /// Minister *of* Defense *of* the Russian Federation").
    case titleChainLinks = "title-chain-links"
    /// Words between a building's name and its city ("Palace of the
    /// Nations *in* Geneva").
    case buildingCityLinks = "building-city-links"
    /// Words skipped between the visitors before a visit's verb ("Putin
    /// *and* Xi, *who* met …").
    case visitorFillers = "visitor-fillers"
    /// Verbs of speaking to an audience named after them ("…, Wang told
    /// reporters.").
    case audienceVerbs = "audience-verbs"
    /// Words that open a sentence's opening clause, never what a report
    /// says ("After the strike, Egypt accused …").
    case adverbialOpeners = "adverbial-openers"
    /// Words after an opposition noun that make it a stance ("opposition
    /// to the deal").
    case oppositionStanceLinks = "opposition-stance-links"
    /// Nouns for the teams a talk brings together ("delegations from
    /// Britain, China and France").
    case delegationGroups = "delegation-groups"
    /// Words between such a noun and the sides ("from", "of").
    case delegationLinks = "delegation-links"
    /// Nouns for a state's opposition, a party to talks with its government
    /// ("the opposition").
    case oppositionNouns = "opposition-nouns"
    /// Words that open what may follow a report's speech verb at the end of
    /// its sentence: where and when ("…, the Kremlin said on Friday").
    case reportTails = "report-tails"
    /// Words that open a byline ("By Jane Doe").
    case bylineWords = "byline-words"
    /// Words that end a line of relative time ("2 hours ago"), and after a
    /// length in a sentence count it back from the publication day ("two
    /// days ago").
    case agoWords = "ago-words"
    /// Before a date in a relative clause after an event's cue, make it the
    /// day a state began, no event's: "which has been cut off since
    /// mid-2021".
    case stateStartWords = "state-start-words"
    /// Open a relative clause: "the region, which has been cut off".
    case relativePronouns = "relative-pronouns"
    /// Before a title, say its holder is not the one in office: "the former
    /// foreign minister".
    case tenureWords = "tenure-words"
    /// Before a title, say its holder held it once and no longer: "former
    /// President Álvaro Uribe" (the role is "former President").
    case pastTenureWords = "past-tenure-words"
    /// After a comma, go on naming a cue's object rather than open a
    /// participle's clause: "agreed on a package, including a ceasefire".
    case objectParticiples = "object-participles"
    /// Join a list's last item as an alternative: "shipping or energy".
    case alternativeJoiners = "alternative-joiners"
    /// In a sentence, make "met" a contest, no meeting: "met Spain in a
    /// World Cup match".
    case contestWords = "contest-words"
    /// The endings of a day written as an ordinal: "13th", "1st".
    case ordinalSuffixes = "ordinal-suffixes"
    /// Between an ordinal day and its month: "the 13th of December".
    case dayOfLinks = "day-of-links"
    /// A weekend, Saturday and Sunday: "over the weekend".
    case weekendWords = "weekend-words"
    /// Words that may follow such a weekend: "over the weekend in Geneva".
    case weekendFollowers = "weekend-followers"
    /// After "the day" and before "yesterday": "the day before yesterday".
    case dayBeforeLinks = "day-before-links"
    /// After "the day" and before "tomorrow": "the day after tomorrow".
    case dayAfterLinks = "day-after-links"
    /// Words for a page's comments ("Comments (3)", "12 comments").
    case commentWords = "comment-words"
    /// Marks that open an item of a list ("- a ceasefire in Hodeidah;").
    case listItemMarks = "list-item-marks"
    /// Words for a place after its name ("Sentosa island", "the Rostov region").
    case featureHeads = "feature-heads"
    /// Words for a place before its name ("Lake Prespa").
    case featureHeadsBefore = "feature-heads-before"
    /// Words for a site after its name ("the Karish gas field").
    case siteHeads = "site-heads"
    /// Words between a site's name and its head ("gas", "nuclear").
    case siteModifiers = "site-modifiers"
    /// Nouns whose name after them is a place wherever they stand ("the village of Oteshevo").
    case namedPlaceNouns = "named-place-nouns"
    /// Words of a body named after its state ("U.S. Forces Korea", "Ukrainian Navy").
    case stateBodyWords = "state-body-words"
    /// Heads in lower case after a body's name ("the New Democracy party").
    case lowerCaseBodyHeads = "lower-case-body-heads"
    /// Nouns for an alliance after "X-led" ("the Saudi-led coalition").
    case coalitionNouns = "coalition-nouns"
    /// Words after a state and a hyphen that make it an alliance's leader ("led").
    case ledWords = "led-words"
    /// Meeting verbs that tell a meeting with no place named, between the
    /// sides before and after them ("since Putin *met* Trump in 2018").
    case placelessMeetingVerbs = "placeless-meeting-verbs"
    /// Words after an agreement's noun that lead to what it is about ("a
    /// deal *setting* their maritime boundary", "an agreement *on* the
    /// filling of the dam").
    case agreementTopicLinks = "agreement-topic-links"
    /// Auxiliaries of a perfect tense before a meeting verb, which tell
    /// of meetings over time, not one: "has met Trump several times".
    case perfectAuxiliaries = "perfect-auxiliaries"
  }
}
