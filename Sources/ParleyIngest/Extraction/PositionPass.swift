import ParleyCore

/// What may hold a position (the IR's rule).
let holderKinds: Set<Entity.Kind> = [.state, .alliance, .organization, .person]

/// What may be a party to talks (the IR's rule).
let partyKinds: Set<Entity.Kind> = [.state, .alliance, .organization]

/// Finds positions: a stance cue with its holder before it and the issue
/// it names. From one sentence to the next, across paragraphs, it keeps
/// only who held the last sentence's positions, when several did: what
/// "They agreed to" means.
struct PositionPass {
  let index: LexiconIndex
  let builder: DraftBuilder
  /// The holders of the last sentence's positions, when two or more
  /// actors held them ("Saudi Arabia and Iran agreed …").
  private var lastHolders: [(id: String, forState: Bool)] = []
  /// The new issues whose phrase names an agreement ("the final text of a
  /// U.S.-brokered deal"): what the sides accept there is no issue their
  /// agreement is about.
  private var agreementPhrases: Set<String> = []
  /// The cue that ended the last paragraph with a colon ("The parties have
  /// agreed on:"), whose objects are the list items that follow.
  private var listCue: ListCue?
  /// The issue of the article's last proposal and last demand: what "the
  /// proposal" and "the demand" are.
  private var proposals: [Proposal] = []
  private var demands: [Proposal] = []
  /// The article's last 32 new issues, with their labels' heads (the words
  /// before the first of `issue-head-links`: "binding timetable" of
  /// "binding timetable for the withdrawal"): what "the timetable" is.
  private var newIssueHeads: [(id: String, head: [String], holder: String?, paragraph: Int)] = []
  /// The talk the last paragraph reported, and its article: whose sides
  /// "both leaders" may be at the start of the next.
  private var lastParagraph: (article: Int, talk: Int?) = (-1, nil)

  /// An issue one holder proposed or demanded, and where.
  private struct Proposal {
    var holder: String
    var issue: String
    var paragraph: Int
    /// The first four letters of each word the proposal was told with
    /// ("prop" of "proposed"): "the offer" is one told with "offered".
    var stems: Set<Substring>
  }

  /// A cue whose objects are a list's items.
  private struct ListCue {
    /// Each holder, with the rule's ending for it (".leader-for-state").
    var holders: [(id: String, rule: String)]
    var stance: Stance
    var rule: String
    var article: Int
    var date: EDTFDate?
    var talk: Int?
  }

  init(index: LexiconIndex, builder: DraftBuilder) {
    (self.index, self.builder) = (index, builder)
  }

  /// Stance cues ("demanded", "rejected … as a non-starter", "open to
  /// discussing") with the actor before them as holder and the issue named
  /// in the same sentence.
  mutating func run(_ paragraph: Paragraph) {
    let priorParagraph =
      lastParagraph.article == paragraph.article ? lastParagraph : (article: -1, talk: nil)
    defer { lastParagraph = (paragraph.article, paragraph.talk) }
    // A reporter's question states nobody's position.
    if let turn = paragraph.turn, turn.speaker == nil {
      lastHolders = []
      return
    }
    // "The parties have agreed on:" and its items.
    if let list = listCue {
      if list.article == paragraph.article, isListItem(paragraph) {
        addListItem(paragraph, list)
        return
      }
      listCue = nil
    }
    let tokens = paragraph.tokens
    // Where the paragraph first speaks of an agreement, for its terms.
    let agreement = firstAgreement(paragraph)
    for (number, sentence) in paragraph.sentences.enumerated() {
      var position = sentence.tokens.lowerBound
      var found: Set<String> = []
      // (Who held this sentence's positions, for the next one's "they".)
      var sentenceHolders: [(id: String, forState: Bool)] = []
      // Who accepted which issue here, for the article's agreement.
      // (In the order found, for the same draft every time.)
      var accepted: [(issue: String, holders: Set<String>)] = []
      let theyHold = lastHolders
      // (Most sentences name no agreement: no word of theirs is asked
      // whether it judges one.)
      let namesAgreement = index.words.evaluatedNouns.containsAny(
        of: paragraph.tokens, in: sentence.tokens)
      defer {
        // ("agreed on the final text of the deal" is no issue of the deal's,
        // but an agreement all the same.)
        for (issue, holders) in accepted where holders.count >= 2 {
          if agreementPhrases.contains(issue) {
            builder.noteAgreement(inArticle: paragraph.article)
          } else {
            builder.noteAgreedIssue(issue, inArticle: paragraph.article)
          }
        }
        // (Most sentences hold no position: nothing to count.)
        lastHolders =
          sentenceHolders.count >= 2 && Set(sentenceHolders.map(\.id)).count >= 2
          ? sentenceHolders : []
      }
      // The last cue's holders and where it ended, for a cue joined to it.
      var previous: (named: [(holder: (id: String, forState: Bool), start: Int)], end: Int)?
      while position < sentence.tokens.upperBound {
        let matched = index.stances.match(tokens, at: position, limit: sentence.tokens.upperBound)
        // (Only a word that can start a term is looked at further.)
        let bound =
          matched == nil && agreement != nil && startsTerm(tokens[position])
          ? obligation(paragraph, sentence, at: position, agreementFrom: agreement) : nil
        // "called the deal a welcome first step": what the holder thinks of
        // the agreement.
        var evaluated =
          matched == nil && bound == nil && namesAgreement
          ? evaluation(paragraph, sentence, at: position) : nil
        // "“We have a good agreement,” Tsipras said": the speaker's judgement.
        let judged =
          matched == nil && bound == nil && evaluated == nil && namesAgreement
          ? speakerJudgement(paragraph, sentence, at: position) : nil
        if let judged {
          evaluated = (
            judged.stance, judged.noun + 1, nil, true, judged.noun, position..<judged.noun + 1
          )
        }
        // "Blinken said Russia must pull back its troops": the speaker's demand.
        let demanded =
          matched == nil && bound == nil && evaluated == nil
            && index.words.demandModals.contains(tokens[position])
          ? modalDemand(paragraph, sentence, at: position) : nil
        guard
          var cue = matched.map({ (length: $0.length, value: $0.value) })
            ?? bound.map({ (length: $0.length, value: Stance.accepts) })
            ?? evaluated.map({ (length: 1, value: $0.stance) })
            ?? demanded.map({ _ in (length: 1, value: Stance.demands) })
        else {
          position += 1
          continue
        }
        defer { position += cue.length }
        // "will not object to" accepts, "does not accept" rejects.
        var stance = cue.value
        var rule =
          bound?.rule ?? "position." + cue.value.rawValue + (demanded == nil ? "" : ".modal")
          + (judged == nil ? "" : ".speaker")
        let before = tokens[max(sentence.tokens.lowerBound, position - 3)..<position]
        // (Past a comma, an aside's: "Chile, not surprisingly, rejected".)
        let lead = before.lastIndex(where: { $0.isMark(",") }).map { before[($0 + 1)...] } ?? before
        // "could not agree on a ceasefire": no side rejected it, but they
        // are the sentence's holders ("They accepted …" next) and a cue
        // joined to it ("… but accepted a prisoner exchange") is theirs.
        var noStance = false
        // ("The deal does not require Iran to …" binds nobody.)
        if lead.contains(where: { index.words.negations.contains($0) }) {
          // ("have not reached agreement on" rejects nothing.)
          guard bound == nil, !index.words.outcomeCueHeads.contains(tokens[position]),
            let flipped = negated(stance)
          else { continue }
          noStance =
            stance == .accepts
            && (position + 1...min(position + cue.length, sentence.tokens.upperBound - 1))
              .contains(where: { index.words.agreementTopicLinks.contains(tokens[$0]) })
          (stance, rule) = (flipped, "position.negated-" + cue.value.rawValue)
        }
        // "agreed to neither autonomy nor federalisation"
        if [.accepts, .supports, .open].contains(stance), position + cue.length < tokens.count,
          index.words.correlativeNegations.contains(tokens[position + cue.length])
        {
          (stance, rule) = (.rejects, "position.neither-" + cue.value.rawValue)
        }
        // "rejected US accusations that Russia was behind the attacks",
        // "dismissed Kosovo's claims that …": a claim rejected is denied,
        // and what it claims is the object.
        if stance == .rejects, cue.length == 1, index.words.denialVerbs.contains(tokens[position]),
          let claim = claimNoun(tokens, after: position, before: sentence.tokens.upperBound)
        {
          cue.length =
            claimContent(tokens, after: claim, before: sentence.tokens.upperBound) - position
          (stance, rule) = (.denies, "position.denies.claim")
        }
        // "agreed that no further talks were needed", "agreed that no
        // hostages would be released until …": the clause's subject is
        // denied, no stance on what it names (not "agreed that no-fly
        // zones …").
        if position + cue.length + 1 < sentence.tokens.upperBound,
          index.words.complementizers.contains(tokens[position + cue.length - 1]),
          index.words.negations.contains(tokens[position + cue.length]),
          !tokens.isJoiningHyphen(at: position + cue.length + 1)
        {
          noStance = true
        }
        var named =
          (demanded.map { [(holder: positionHolder($0.speaker), start: $0.start)] }
            ?? judged.map { [(holder: positionHolder($0.speaker), start: $0.start)] })
          ?? (bound?.holders ?? holders(paragraph, sentence, before: position)).map {
            (holder: positionHolder($0.entity), start: $0.tokens.lowerBound)
          }
        // "Israel accused Hamas of rejecting", "unclear whether Iran would
        // accept": a claim about the holder, or a question, is no stance;
        // nor is one between the holder and the cue in its clause: "Kosovo
        // denied it had rejected", "Kosovo has been accused of rejecting".
        named.removeAll {
          isHedged(tokens, before: $0.start, in: sentence)
            || isHedged(tokens, between: $0.start, and: position, in: sentence)
        }
        // "Serbia might reject the ceasefire", "Lajcak said Serbia must
        // accept it": a possibility, or another side's demand, is not its
        // stance ("Lavrov said Moscow must oppose it" is Russia's).
        if bound == nil, demanded == nil {
          if before.contains(where: {
            !$0.isCapitalized && index.words.hypotheticalModals.contains($0)
          }) {
            continue
          }
          if before.contains(where: { index.words.demandModals.contains($0) }) {
            named.removeAll { holder in
              guard
                let verb = (sentence.tokens.lowerBound..<holder.start).first(where: {
                  index.speechVerbs.match(tokens, at: $0) != nil
                })
              else { return false }
              let speaker = paragraph.mentions.last(in: sentence.tokens.lowerBound..<verb) {
                holderKinds.contains($0.entityKind)
              }
              return speaker.map {
                ![positionHolder($0.entity).id, builder.entity($0.entity)?.country ?? $0.entity]
                  .contains(holder.holder.id)
              } ?? true
            }
          }
        }
        // "The two sides also committed to": the parties of the talk in
        // question, not its host; "both" and "two" are the first two.
        let sides = bound == nil ? sidesBefore(paragraph, sentence, before: position) : nil
        // "both leaders" (a filler, past which a speaker may stand: "Lajčák
        // said both leaders had agreed" is not his): the sides of a talk this
        // paragraph or the one before reports, else no one's. (Not the
        // people last named: a host, an aide or an analyst may be named
        // after the two who met.)
        let leaders =
          sides.map { index.words.subjectFillers.contains(tokens[$0.start + 1]) } ?? false
        if leaders { named = [] }
        if let sides,
          let talk = leaders ? paragraph.talk ?? priorParagraph.talk : paragraph.topicTalk
        {
          // (The host is a side too when there are only two; a mediator
          // is none while two others are.)
          let host = builder.talks[talk].venue.flatMap { builder.entity($0)?.country }
          var parties = builder.talks[talk].parties
          if parties.count > 2 { parties.removeAll { $0 == host } }
          let mediators = builder.talks[talk].mediators
          if parties.filter({ !mediators.contains($0) }).count >= 2 {
            parties.removeAll { mediators.contains($0) }
          }
          if let count = sides.count { parties = Array(parties.prefix(count)) }
          named = parties.map { ((id: $0, forState: false), sides.start) }
        }
        // "Saudi Arabia and Iran agreed … They agreed to": the sentence
        // before's holders.
        if named.isEmpty, bound == nil, !theyHold.isEmpty,
          pluralSubject(paragraph, sentence, before: position)
        {
          named = theyHold.map { ($0, sentence.tokens.lowerBound) }
          rule += ".they"
        }
        // "Baradar said his movement was committed to": the speaker's.
        if named.isEmpty, let speaker = speakerHolding(paragraph, sentence, cue: position) {
          named = [(positionHolder(speaker.entity), speaker.start)]
          rule += ".speaker"
        }
        // "Russia said NATO expansion was unacceptable": a cue after a
        // copula judges its subject, in the words of their speaker.
        if named.isEmpty,
          let speaker = predicateSpeaker(paragraph, sentence, cue: position..<position + cue.length)
        {
          named = [(positionHolder(speaker.entity), speaker.start)]
          rule += ".predicate"
        }
        // "Iran rejected the text and demanded sanctions relief": the
        // holder of the cue this one is joined to.
        if named.isEmpty, let previous, previous.end < position,
          (previous.end..<position).contains(where: {
            coordinatedCue(tokens, after: $0, before: sentence.tokens.upperBound) == position
          })
        {
          named = previous.named
          rule += ".coordinated"
        }
        // (A cue with no holder between, "rejected the proposal and
        // demanded", leaves the one before it.)
        if !named.isEmpty { previous = (named, position + cue.length) }
        sentenceHolders += named.map(\.holder)
        if noStance { continue }
        // What the cue says ends with its clause.
        let objectStart = position + cue.length
        let object = objectStart..<clauseEnd(paragraph, sentence, from: objectStart)
        // "The parties have agreed on:" at the paragraph's end: the items
        // that follow are what they agreed on.
        let listFollows =
          objectStart == tokens.count - 1 && tokens[objectStart].isMark(":") && bound == nil
          && evaluated == nil && demanded == nil
        var listHolders: [(id: String, rule: String)] = []
        defer {
          if listFollows, !listHolders.isEmpty {
            listCue = ListCue(
              holders: listHolders, stance: stance, rule: rule, article: paragraph.article,
              date: paragraph.date(sentence: number, near: position),
              talk: paragraph.talkMentioned(in: number))
          }
        }
        for (holder, holderStart) in named {
          var holderID = holder.id
          var forStateRule = holder.forState ? ".official-for-state" : ""
          // "Biden and Putin agreed to send their ambassadors back": terms
          // a leader accepts, their state accepts.
          if stance == .accepts, !holder.forState, let state = stateOf(person: holderID) {
            (holderID, forStateRule) = (state, ".leader-for-state")
          }
          if listFollows {
            listHolders.append((holderID, forStateRule))
            continue
          }
          let after = index.issues(in: paragraph.tokens, object)
          // The issue: a lexicon issue after the cue; else the thing the cue
          // is about ("demands a binding timetable"), a new issue; else a
          // lexicon issue before the cue; else the sentence before's.
          var chosen: [(id: String, range: Range<Int>)] = after.prefix(2).map {
            (index.issueID($0.issue), $0.at..<issueEnd(paragraph, $0.at))
          }
          var source = ""
          // An evaluation is of the agreement: the one issue the article's
          // sides agreed to, else the agreement as a whole.
          // (Unless it names its issue: "signed a deal on grain exports".)
          if let evaluated {
            let named = evaluated.naming.flatMap { index.issues(in: paragraph.tokens, $0).first }
            chosen =
              named.map { [(index.issueID($0.issue), position..<issueEnd(paragraph, $0.at))] }
              ?? (evaluated.definite
              ? agreementIssue(paragraph, noun: evaluated.noun, judgement: evaluated.judgement)
              : nil).map { [($0, position..<evaluated.end)] } ?? []
            source = ".evaluation"
            // "signed an agreement on the name": what it is on, a new issue.
            if chosen.isEmpty, let naming = evaluated.naming,
              let object = objectPhrase(paragraph, after: naming.lowerBound, in: naming)
            {
              chosen = [
                (builder.issue(label: object.label, keywords: object.keywords), object.range)
              ]
              source = ".evaluation.new-issue"
            }
          }
          // "Guterres welcomed the agreement", "Hungary criticised the
          // deal": a stance on the agreement as a whole.
          // (Not "the outcome of the election", nor a deal proposed.)
          if chosen.isEmpty, evaluated == nil, Self.judgingStances.contains(stance),
            let noun = agreementNoun(
              paragraph, sentence, after: position + cue.length - 1, pastClause: false),
            endsObject(paragraph, noun, sentence),
            let agreement = agreementIssue(paragraph, noun: noun, judgement: nil)
          {
            chosen = [(agreement, position..<noun + 1)]
            source = ".agreement"
          }
          // "Kosovo rejected the proposal": the issue the article last
          // had proposed (or demanded: "the demand").
          if chosen.isEmpty, evaluated == nil, stance != .proposes, stance != .demands,
            let reference = proposalReference(paragraph, sentence, after: objectStart),
            let issue = proposed(
              reference.isDemand ? demands : proposals, by: reference.owner, for: holderID,
              paragraph: paragraph.number, noun: tokens[reference.noun].key)
          {
            chosen = [(issue, objectStart..<reference.noun + 1)]
            source = ".proposal-reference"
          }
          if chosen.isEmpty, evaluated == nil,
            !isBareNoun(paragraph, cue: position..<position + cue.length, in: sentence),
            let object = objectPhrase(paragraph, after: position + cue.length, in: sentence.tokens)
          {
            chosen = [(newIssue(paragraph, object, holder: holderID), object.range)]
            source = ".new-issue"
          }
          if chosen.isEmpty {
            chosen = index.issues(in: paragraph.tokens, sentence.tokens.lowerBound..<position)
              .suffix(1).map { (index.issueID($0.issue), $0.at..<issueEnd(paragraph, $0.at)) }
          }
          // "Guterres welcomed the outcome": the issue of the sentence before.
          // (Not for an act the object names: "The four leaders agreed in a
          // telephone call to meet in Minsk", "which path Putin wants to
          // take" are of no plan named before.)
          if chosen.isEmpty, number > 0,
            !namesAnAct(tokens, cue: position..<position + cue.length, object: object)
          {
            chosen = index.issues(in: paragraph.tokens, paragraph.sentences[number - 1].tokens)
              .suffix(1).map { (index.issueID($0.issue), position..<position + cue.length) }
            source = ".issue-from-context"
          }
          // "agreed to send their ambassadors back and to open talks on arms
          // control": an infinitive joined to one that names a lexicon issue
          // is an issue too, a new one where it names none.
          var joined: [(id: String, range: Range<Int>)] = []
          if evaluated == nil, bound == nil, !after.isEmpty {
            for conjunct in infinitiveConjuncts(paragraph, object)
            where index.issues(in: tokens, conjunct).isEmpty {
              if let object = objectPhrase(paragraph, after: conjunct.lowerBound, in: conjunct) {
                joined.append((newIssue(paragraph, object, holder: holderID), object.range))
              }
            }
          }
          if chosen.isEmpty {
            builder.noteCueWithoutIssue(
              paragraph.evidence(
                holderStart..<position + cue.length, "position." + cue.value.rawValue, 0))
          }
          // "open to discussing X if Russia backs off": an offer with a condition.
          if [.open, .accepts, .proposes, .supports].contains(stance),
            index.words.conditionWords.containsAny(of: tokens, in: object)
          {
            stance = .conditional
            rule = "position.conditional-if"
          }
          for (issue, source) in chosen.map({ ($0, source) }) + joined.map({ ($0, ".new-issue") }) {
            let key = holderID + "|" + issue.id + "|" + stance.rawValue
            guard found.insert(key).inserted else { continue }
            if stance == .accepts {
              if let known = accepted.firstIndex(where: { $0.issue == issue.id }) {
                accepted[known].holders.insert(holderID)
              } else {
                accepted.append((issue.id, [holderID]))
              }
            }
            let span =
              min(
                holderStart, issue.range.lowerBound)..<max(
                position + cue.length, issue.range.upperBound)
            if stance == .proposes || stance == .demands {
              let made = Proposal(
                holder: holderID, issue: issue.id, paragraph: paragraph.number,
                stems: Set(tokens[span].filter(\.isWord).map { $0.key.prefix(4) }))
              if stance == .proposes { proposals = Array((proposals + [made]).suffix(32)) }
              if stance == .demands { demands = Array((demands + [made]).suffix(32)) }
            }
            builder.addPosition(
              DraftBuilder.PositionDraft(
                holder: holderID, issue: issue.id, stance: stance,
                date: paragraph.date(sentence: number, near: position),
                talk: paragraph.talkMentioned(in: number),
                evidence: [
                  paragraph.evidence(
                    span, rule + source + forStateRule,
                    source.isEmpty ? 0.6 : 0.4)
                ]))
          }
        }
      }
    }
  }

  /// The proposal or demand a cue's object refers back to: one of
  /// `proposal-nouns` or `demand-nouns` after a definite article or a
  /// possessive (past a name or demonym: "the Serbian proposal",
  /// "Belgrade's offer"), ending what is said of it ("rejected the
  /// proposal", not "the proposal's second article"). With whether it is a
  /// demand, and the holder it names as its owner.
  func proposalReference(_ paragraph: Paragraph, _ sentence: Sentence, after start: Int)
    -> (noun: Int, isDemand: Bool, owner: String?)?
  {
    let tokens = paragraph.tokens
    let words = index.words
    let end = sentence.tokens.upperBound
    var noun = start
    var definite = false
    while noun < end, noun - start < 4 {
      let token = tokens[noun]
      if words.proposalNouns.contains(token) || words.demandNouns.contains(token) { break }
      if words.definiteArticles.contains(token) || words.possessiveMarkers.contains(token) {
        definite = true
      } else if !(token.isCapitalized || paragraph.mentions.covering(noun) != nil) {
        return nil
      }
      noun += 1
    }
    guard definite, noun < end, endsObject(paragraph, noun, sentence) else { return nil }
    // ("rejected the proposal, which the European Union had drafted": one
    // the clause after it tells of.)
    if noun + 2 < end, tokens[noun + 1].isMark(","),
      words.relativePronouns.contains(tokens[noun + 2])
    {
      return nil
    }
    // Whose it is: "the Serbian proposal", "Belgrade's offer".
    let owner = paragraph.mentions.within(start..<noun).last.map { positionHolder($0.entity).id }
    if words.proposalNouns.contains(tokens[noun]) { return (noun, false, owner) }
    return words.demandNouns.contains(tokens[noun]) ? (noun, true, owner) : nil
  }

  /// The issue of the latest of `made` in the last three paragraphs, told
  /// with a word of `noun`'s stem ("proposed" for "the proposal", "plan"
  /// for "the plan"), that `owner` made (itself or a person of its), else,
  /// with no owner named, that another than `holder` made; `nil` when there
  /// is none.
  private func proposed(
    _ made: [Proposal], by owner: String?, for holder: String, paragraph: Int, noun: String
  ) -> String? {
    func isOf(_ made: String, _ actor: String) -> Bool {
      made == actor || stateOf(person: made) == actor
    }
    return made.last { proposal in
      paragraph - proposal.paragraph <= 3 && proposal.stems.contains(noun.prefix(4))
        && (owner.map { isOf(proposal.holder, $0) }
          ?? !(isOf(proposal.holder, holder) || isOf(holder, proposal.holder)))
    }?.issue
  }

  /// Whether a paragraph is an item of a list: it opens with one of
  /// `list-item-marks`. (Not any paragraph in lower case: "de Mistura
  /// said …", "eBay listings …".)
  private func isListItem(_ paragraph: Paragraph) -> Bool {
    guard let first = paragraph.tokens.first else { return false }
    return index.words.listItemMarks.contains(first)
  }

  /// The positions of a list's item, after the cue that ended the paragraph
  /// before with a colon: the lexicon issues it names (four at most), else
  /// the thing it names, a new issue ("- the deposit of the port revenues in
  /// the central bank;").
  private mutating func addListItem(_ paragraph: Paragraph, _ list: ListCue) {
    let tokens = paragraph.tokens
    let words = index.words
    var start = 1
    let item = start..<tokens.count
    // "- permanently silence the guns": past an adverb.
    while start < item.upperBound, tokens[start].key.count > 4,
      words.adverbSuffixes.matches(tokens[start].key)
    {
      start += 1
    }
    // "- the systematic, orderly and coordinated disarmament of TPLF
    // combatants": the thing is named after the adjectives' series.
    var series = start
    while series < item.upperBound, words.determiners.contains(tokens[series]) { series += 1 }
    var commas = 0
    while series + 1 < item.upperBound, tokens[series].isWord, tokens[series + 1].isMark(",") {
      (series, commas) = (series + 2, commas + 1)
    }
    if commas > 0, series + 2 < item.upperBound, tokens[series].isWord,
      words.cueCoordinators.contains(tokens[series + 1])
    {
      start = series + 2
    }
    var chosen: [(id: String, range: Range<Int>)] = index.issues(in: tokens, item).prefix(4).map {
      (index.issueID($0.issue), $0.at..<issueEnd(paragraph, $0.at))
    }
    var source = ".list-item"
    if chosen.isEmpty,
      let object = objectPhrase(paragraph, after: start, in: start..<item.upperBound)
    {
      chosen = [(newIssue(paragraph, object, holder: nil), object.range)]
      source += ".new-issue"
    }
    for issue in chosen {
      for holder in list.holders {
        builder.addPosition(
          DraftBuilder.PositionDraft(
            holder: holder.id, issue: issue.id, stance: list.stance, date: list.date,
            talk: list.talk,
            evidence: [paragraph.evidence(issue.range, list.rule + source + holder.rule, 0.4)]))
      }
    }
  }

  /// The new issue a cue's object phrase names, noted when the phrase
  /// names an agreement. A definite phrase of one or two words is the
  /// issue another `holder` took a stance on in the last three paragraphs
  /// whose head it repeats ("Somalia rejected the timetable" after "Kenya
  /// demands a binding timetable for the withdrawal").
  mutating func newIssue(
    _ paragraph: Paragraph, _ object: (range: Range<Int>, label: String, keywords: [String]),
    holder: String?
  ) -> String {
    let start = object.range.lowerBound
    let words = folded(object.label).split(separator: " ").map(String.init)
    // (Another holder's, in the last three paragraphs: "Kosovo demanded a
    // decision on visas … Kosovo condemned the decision" is another.)
    if let holder, start > 0,
      index.words.definiteArticles.contains(paragraph.tokens[start - 1]),
      words.count <= 2, let last = words.last,
      let earlier = newIssueHeads.last(where: { issue in
        issue.head.last == last && words.allSatisfy { issue.head.contains($0) }
          && issue.holder != nil && issue.holder != holder
          && paragraph.number - issue.paragraph <= 3
      })
    {
      return earlier.id
    }
    let id = builder.issue(label: object.label, keywords: object.keywords)
    newIssueHeads.append(
      (
        id, Array(words.prefix { !index.words.issueHeadLinks.contains($0) }), holder,
        paragraph.number
      ))
    if newIssueHeads.count > 32 { newIssueHeads.removeFirst() }
    if index.words.agreementNouns.containsAny(of: paragraph.tokens, in: object.range)
      || isAgreementTopic(paragraph, object.range)
    {
      agreementPhrases.insert(id)
    }
    return id
  }

  /// Whether `range` is what an agreement just before it is about: "a deal
  /// setting their maritime boundary" (one of `agreement-nouns`, one of
  /// `agreement-topic-links`, the object's lead words). Its sides agree
  /// on the deal, which is no issue of theirs: what they later say of
  /// "the deal" is of the agreement as a whole.
  private func isAgreementTopic(_ paragraph: Paragraph, _ range: Range<Int>) -> Bool {
    let tokens = paragraph.tokens
    var link = range.lowerBound - 1
    while link > 0, range.lowerBound - link <= 3, index.words.objectLeads.contains(tokens[link]),
      !index.words.agreementTopicLinks.contains(tokens[link])
    {
      link -= 1
    }
    return link > 0 && index.words.agreementTopicLinks.contains(tokens[link])
      && index.words.agreementNouns.contains(tokens[link - 1])
  }

  /// Whether a cue's object names an act of its own before its first
  /// comma, a verb after "to" (the cue's own "to" too: "agreed to meet in
  /// Cairo", "agreed in a telephone call to meet in Minsk"), that does not
  /// point back to what the sentence before named with a pronoun or one of
  /// `agreement-nouns`, `proposal-nouns` or `demand-nouns` ("refused to
  /// consider it", "refused to accept the U.S.-backed plan").
  func namesAnAct(_ tokens: [Token], cue: Range<Int>, object: Range<Int>) -> Bool {
    let words = index.words
    let act =
      object.lowerBound..<(object.first(where: { tokens[$0].isMark(",") }) ?? object.upperBound)
    // (The cue's last word and the act are one run of tokens.)
    guard
      (cue.upperBound - 1..<act.upperBound).contains(where: {
        opensInfinitive(tokens, at: $0, before: act.upperBound)
      })
    else { return false }
    return !act.contains {
      words.thingPronouns.contains(tokens[$0]) || words.agreementNouns.contains(tokens[$0])
        || words.proposalNouns.contains(tokens[$0]) || words.demandNouns.contains(tokens[$0])
    }
  }

  /// Whether `marker` is "to" and a verb before `end`: a lower-case word,
  /// no article, no "be" (one of `infinitive-markers`, not before
  /// `determiners`, `possessive-markers`, `passive-auxiliaries` or `copulas`).
  func opensInfinitive(_ tokens: [Token], at marker: Int, before end: Int) -> Bool {
    let words = index.words
    return marker + 1 < end && words.infinitiveMarkers.contains(tokens[marker])
      && tokens[marker + 1].isWord && !tokens[marker + 1].isCapitalized
      && !words.determiners.contains(tokens[marker + 1])
      && !words.possessiveMarkers.contains(tokens[marker + 1])
      && !words.passiveAuxiliaries.contains(tokens[marker + 1])
      && !words.copulas.contains(tokens[marker + 1])
  }

  /// The infinitives of a cue's object when two or more are joined: "to
  /// send their ambassadors back and to open talks" is two ranges, split at
  /// each word of `list-joiners` (not a comma) before a verb's infinitive.
  /// The object must open with an infinitive too (past a date). Empty when
  /// nothing is joined, and for a purpose or a comment ("to a ceasefire,
  /// to take effect at midnight", "to the surprise of many").
  func infinitiveConjuncts(_ paragraph: Paragraph, _ object: Range<Int>) -> [Range<Int>] {
    let tokens = paragraph.tokens
    let words = index.words
    let dated = Set(
      paragraph.dates[paragraph.sentenceIndex(of: object.lowerBound)].flatMap { Array($0.tokens) })
    func isInfinitive(_ marker: Int) -> Bool {
      opensInfinitive(tokens, at: marker, before: object.upperBound)
    }
    var first = object.lowerBound
    while first < object.upperBound,
      dated.contains(first)
        || words.cueDatePrepositions.contains(tokens[first]) && dated.contains(first + 1)
    {
      first += 1
    }
    guard isInfinitive(first) else { return [] }
    var conjuncts: [Range<Int>] = []
    var start = object.lowerBound
    for position in object.dropLast(2)
    where tokens[position].isWord && words.listJoiners.contains(tokens[position])
      && isInfinitive(position + 1)
    {
      if start < position { conjuncts.append(start..<position) }
      start = position + 1
    }
    guard !conjuncts.isEmpty else { return [] }
    return conjuncts + [start..<object.upperBound]
  }

  /// Where the clause of a cue's object ends: at a semicolon, or at a comma
  /// that opens a clause of its own, a subject and its verb ("rejected a
  /// halt to NATO expansion, Washington and NATO say they are ready to
  /// discuss arms control"); else at the sentence's end.
  func clauseEnd(_ paragraph: Paragraph, _ sentence: Sentence, from start: Int) -> Int {
    let tokens = paragraph.tokens
    let words = index.words
    let end = sentence.tokens.upperBound
    // (Past an aside set off right after the cue: "rejected, citing the
    // killing of its leader, the latest proposal".)
    var aside = start
    for position in start..<end where position >= aside {
      if tokens[position].isWord {
        if coordinatedCue(tokens, after: position, before: end) != nil { return position }
        continue
      }
      if tokens[position].isMark(";") { return position }
      guard tokens[position].isMark(","), position + 2 < end else { continue }
      // A participle's clause: "rejected a ceasefire, demanding sanctions
      // relief", ", saying", "denied responsibility for the shortages,
      // blaming Western sanctions" (a word with one of
      // `progressive-suffixes`, a cue or a speech verb, or one with an
      // object of its own: an article, a capitalized word or a pronoun; not
      // a list's next item, ", support for refugees", ", lifting of
      // sanctions", ", shipping or energy", nor one of `object-participles`,
      // ", including a ceasefire", ", following the collapse of the truce",
      // nor a speech tag set off, ", said Lavrov,").
      let participle = tokens[position + 1]
      if words.progressiveSuffixes.matches(participle.key),
        index.stances.match(tokens, at: position + 1) != nil
          || index.speechVerbs.match(tokens, at: position + 1) != nil
          || participle.isWord && !participle.isCapitalized
            && !words.objectParticiples.contains(participle)
            && opensParticipleClause(tokens, after: position + 1, objectStart: start, before: end)
      {
        guard position == start,
          let close = (position + 2..<end).first(where: { tokens[$0].isMark(",") })
        else { return position }
        aside = close + 1
        continue
      }
      // A condition's words: ", in exchange for the lifting of the
      // sanctions" (a cue of two words or more).
      if let condition = index.stances.match(tokens, at: position + 1), condition.length >= 2 {
        return position
      }
      // The subject: actors joined by "and", or a pronoun; after one of
      // `cue-coordinators` ("…, but Kosovo accepted").
      var next = position + 1
      if words.cueCoordinators.contains(tokens[next]) { next += 1 }
      if words.determiners.contains(tokens[next]) { next += 1 }
      if next < end,
        words.personPronouns.contains(tokens[next]) || words.thingPronouns.contains(tokens[next])
          || words.firstPersonPlural.contains(tokens[next])
      {
        next += 1
      } else {
        guard let subject = paragraph.mentions.starting(at: next),
          holderKinds.contains(subject.entityKind), !subject.isDemonym
        else { continue }
        next = subject.tokens.upperBound
        while next + 1 < end, words.listJoiners.contains(tokens[next]),
          let joined = paragraph.mentions.starting(at: next + 1),
          holderKinds.contains(joined.entityKind)
        {
          next = joined.tokens.upperBound
        }
      }
      while next < end, words.adverbSuffixes.matches(tokens[next].key) { next += 1 }
      guard next < end else { continue }
      // A parenthetical speech tag is passed over: "Russia opposes, Lavrov
      // said on Monday, any further expansion of NATO".
      if index.speechVerbs.match(tokens, at: next) != nil,
        tokens[next..<min(end, next + 8)].contains(where: { $0.isMark(",") })
      {
        continue
      }
      // Its verb.
      if words.auxiliaries.contains(tokens[next])
        || index.speechVerbs.match(tokens, at: next) != nil
        || index.stances.match(tokens, at: next) != nil
      {
        return position
      }
    }
    return end
  }

  /// Whether one of `hedge-cues` stands up to four words before a holder
  /// starting at `start`, in its clause (no comma or `cue-coordinators`
  /// word between: "Iran denied involvement and the United States rejected
  /// …" is the United States' stance).
  func isHedged(_ tokens: [Token], before start: Int, in sentence: Sentence) -> Bool {
    var position = start - 1
    while position >= sentence.tokens.lowerBound, start - position <= 4, tokens[position].isWord,
      !index.words.cueCoordinators.contains(tokens[position])
    {
      if index.words.hedgeCues.contains(tokens[position]) { return true }
      position -= 1
    }
    return false
  }

  /// Whether one of `hedge-cues` stands between a holder at `start` and its
  /// cue at `cue`, in the cue's clause (no mark or `cue-coordinators` word
  /// between it and the cue): "Kosovo denied it had rejected", not
  /// "Kosovo, which denied any role, rejected".
  func isHedged(_ tokens: [Token], between start: Int, and cue: Int, in sentence: Sentence)
    -> Bool
  {
    var position = cue - 1
    while position > max(start, sentence.tokens.lowerBound), cue - position <= 8,
      tokens[position].isWord, !index.words.cueCoordinators.contains(tokens[position])
    {
      if index.words.hedgeCues.contains(tokens[position]) { return true }
      position -= 1
    }
    return false
  }

  /// The stance cue that `coordinator` ("and", "but") joins to the one
  /// before it, past adverbs and auxiliaries: "rejected the text and
  /// demanded sanctions relief", "and has also called for".
  func coordinatedCue(_ tokens: [Token], after coordinator: Int, before end: Int) -> Int? {
    guard index.words.cueCoordinators.contains(tokens[coordinator]) else { return nil }
    var next = coordinator + 1
    while next < end, next - coordinator <= 3 {
      // A verb: in the past, or after an auxiliary ("and has called for");
      // not a noun ("sanctions and threats of force").
      if index.stances.match(tokens, at: next, limit: end) != nil {
        let word = tokens[next]
        let isVerb =
          next > coordinator + 1 || index.words.pastVerbs.contains(word)
          || index.words.pastSuffixes.matches(word.key)
        return isVerb ? next : nil
      }
      guard
        index.words.auxiliaries.contains(tokens[next])
          || index.words.adverbSuffixes.matches(tokens[next].key)
          || index.words.subjectFillers.contains(tokens[next])
      else { return nil }
      next += 1
    }
    return nil
  }

  /// An obligation an agreement puts on a side, where no stance cue is:
  /// "the agreement commits the United States to cut its forces" (the sides
  /// after a binding verb, up to "to"), "Ukrainian forces are to pull their
  /// weapons back" (the subject of "is/are to", in a paragraph that speaks
  /// of an agreement), "Under the deal, Iran will ship out its enriched
  /// uranium" (the subject of "will", "shall" or "must" after such an
  /// opening). The sides accept what follows: the cue's length, the sides
  /// and the rule.
  func obligation(
    _ paragraph: Paragraph, _ sentence: Sentence, at position: Int, agreementFrom: Int?
  ) -> (length: Int, holders: [Mention], rule: String)? {
    let tokens = paragraph.tokens
    let words = index.words
    let end = sentence.tokens.upperBound
    let token = tokens[position]
    // The subject of a binding verb is the agreement, not an actor
    // ("Russia requires Ukraine to withdraw" is Russia's demand).
    if words.bindingVerbs.contains(token), agreementFrom.map({ $0 < position }) ?? false,
      holders(paragraph, sentence, before: position).isEmpty
    {
      let (bound, next) = paragraph.listedActors(from: position + 1, before: end, index: index) {
        holderKinds.contains($0.entityKind) && !$0.isDemonym
      }
      guard !bound.isEmpty, next < end, index.words.infinitiveMarkers.contains(tokens[next]) else {
        return nil
      }
      return (next + 1 - position, bound, "position.accepts.bound-by")
    }
    // "is to be held" and "is to blame" are no obligation of the subject's,
    // and "Putin is to visit Beijing" is a plan unless the paragraph has
    // named an agreement before.
    if words.obligationAuxiliaries.contains(token), position + 2 < end,
      index.words.infinitiveMarkers.contains(tokens[position + 1]), tokens[position + 2].isWord,
      !words.passiveAuxiliaries.contains(tokens[position + 2]),
      !words.notObligations.contains(tokens[position + 2]),
      agreementFrom.map({ $0 < position }) ?? false
    {
      let bound = holders(paragraph, sentence, before: position)
      return bound.isEmpty ? nil : (2, bound, "position.accepts.obligation")
    }
    // "sanctions … will be lifted": the subject is not a side.
    if words.agreementModals.contains(token), position + 1 < end,
      !words.passiveAuxiliaries.contains(tokens[position + 1]),
      opensWithAgreement(paragraph, sentence, before: position)
    {
      let bound = holders(paragraph, sentence, before: position)
      return bound.isEmpty ? nil : (1, bound, "position.accepts.under-agreement")
    }
    return nil
  }

  /// The first token of the paragraph that names an agreement: an
  /// agreement noun ("the deal") or a named text ("the Minsk protocol").
  func firstAgreement(_ paragraph: Paragraph) -> Int? {
    let noun = paragraph.tokens.firstIndex { index.words.agreementNouns.contains($0) }
    let text = paragraph.mentions.first(in: 0..<paragraph.tokens.count) {
      $0.entityKind == .document
    }?.tokens.lowerBound
    return [noun, text].compactMap { $0 }.min()
  }

  /// Whether a word can start an agreement's term: a binding verb, an
  /// obligation auxiliary or an agreement modal.
  @inline(__always)  // (so that `tokens[i]` is read in place, not copied)
  func startsTerm(_ token: Token) -> Bool {
    index.words.bindingVerbs.contains(token) || index.words.obligationAuxiliaries.contains(token)
      || index.words.agreementModals.contains(token)
  }

  /// Whether the sentence opens "Under the agreement," (an opener, an
  /// agreement noun within six words, a comma) before `position`.
  func opensWithAgreement(_ paragraph: Paragraph, _ sentence: Sentence, before position: Int)
    -> Bool
  {
    let tokens = paragraph.tokens
    let start = sentence.tokens.lowerBound
    guard position > start + 1, index.words.agreementOpeners.contains(tokens[start]) else {
      return false
    }
    let opening = start + 1..<min(position, start + 8)
    guard let comma = opening.first(where: { tokens[$0].isMark(",") }) else { return false }
    return (start + 1..<comma).contains {
      index.words.agreementNouns.contains(tokens[$0])
        || paragraph.mentions.starting(at: $0)?.entityKind == .document
    }
  }

  /// The opening comma of an aside that the comma at `closing` ends: one
  /// filler (", however,"), or, right after a name that opens the sentence,
  /// up to four words in lower case that name no one who could hold a
  /// stance (", for its part,", ", in a statement,").
  private func setOffAside(
    _ paragraph: Paragraph, closing: Int, in sentence: Sentence, isFiller: (Token) -> Bool
  ) -> Int? {
    let tokens = paragraph.tokens
    if closing - 2 >= sentence.tokens.lowerBound, isFiller(tokens[closing - 1]),
      tokens[closing - 2].isMark(",")
    {
      return closing - 2
    }
    var opening = closing - 1
    while opening > sentence.tokens.lowerBound, closing - opening <= 5 {
      let token = tokens[opening]
      // (Right after a name that opens the sentence: "Peru, for its
      // part,"; not "all of them, with allied troops,", nor "with the
      // secretary of state, Mike Pompeo, looking on,".)
      if token.isMark(",") {
        guard closing - opening >= 2, let name = paragraph.mentions.ending(at: opening - 1)
        else { return nil }
        var start = name.tokens.lowerBound
        if start > sentence.tokens.lowerBound, index.words.determiners.contains(tokens[start - 1]) {
          start -= 1
        }
        return start == sentence.tokens.lowerBound ? opening : nil
      }
      // (A text may be named there: ", in a statement,".)
      guard token.isWord, !token.isCapitalized,
        paragraph.mentions.covering(opening).map({ !holderKinds.contains($0.entityKind) }) ?? true
      else {
        return nil
      }
      opening -= 1
    }
    return nil
  }

  /// The cue's subject: the actor or person just before it, past auxiliaries
  /// and adverbs ("Moscow has also demanded", "the allies firmly rejected"),
  /// a collective noun ("US officials said they are open to"), a possessor
  /// right before a nominal cue ("Moscow's proposals"), or the owner of a
  /// body ("Ethiopia's federal government"); "it" stands for the sentence's
  /// last actor. Coordinated subjects ("Washington and NATO say", "Ethiopia's
  /// federal government and the TPLF") all hold the position.
  func holders(_ paragraph: Paragraph, _ sentence: Sentence, before cue: Int) -> [Mention] {
    let tokens = paragraph.tokens
    // "Egypt's deputy foreign minister insisted": an unnamed official, the
    // owner's position.
    var title = cue - 1
    while title > sentence.tokens.lowerBound, cue - title <= 4, titleWord(tokens[title]) {
      title -= 1
    }
    if title < cue - 1, title > sentence.tokens.lowerBound,
      index.words.possessiveMarkers.contains(tokens[title]),
      let owner = paragraph.mentions.ending(at: title - 1), holderKinds.contains(owner.entityKind)
    {
      return [owner]
    }
    // "Israel on Monday rejected": a date and the word that leads into it
    // stand between the subject and the cue.
    var dated = Set<Int>()
    for date in paragraph.dates[paragraph.sentenceIndex(of: cue)]
    where date.tokens.upperBound <= cue {
      dated.formUnion(date.tokens)
      if date.tokens.lowerBound > sentence.tokens.lowerBound,
        index.words.cueDatePrepositions.contains(tokens[date.tokens.lowerBound - 1])
      {
        dated.insert(date.tokens.lowerBound - 1)
      }
    }
    func isFiller(_ token: Token) -> Bool {
      index.words.subjectFillers.contains(token) || index.words.adverbSuffixes.matches(token.key)
    }
    var position = cue - 1
    var pastDate = false
    while position >= sentence.tokens.lowerBound {
      let token = tokens[position]
      if dated.contains(position) {
        pastDate = true
        position -= 1
        continue
      }
      // "Israel, however, rejected": a filler set off by commas ("Russia,
      // a close ally of Armenia, however, rejected": the apposition's); or
      // up to four words in lower case, "Peru, for its part, rejected",
      // "Chile, in a statement, rejected".
      if token.isMark(","),
        let opening = setOffAside(paragraph, closing: position, in: sentence, isFiller: isFiller)
      {
        if let subject = appositionSubject(paragraph, sentence, closing: opening) {
          return coordinated(paragraph, sentence, subject)
        }
        position = opening - 1
        continue
      }
      if let mention = paragraph.mentions.ending(at: position) {
        // Past a date, only a subject that opens its clause: "Israel on
        // Monday rejected", not "a ceasefire proposed by Armenia on Monday
        // was rejected".
        if pastDate {
          var before = mention.tokens.lowerBound - 1
          if before >= sentence.tokens.lowerBound, index.words.determiners.contains(tokens[before])
          {
            before -= 1
          }
          guard before < sentence.tokens.lowerBound || tokens[before].isMark(",") else {
            return []
          }
        }
        guard holderKinds.contains(mention.entityKind),
          !mention.isDemonym || isCollective(tokens, mention)
        else {
          return []
        }
        return coordinated(paragraph, sentence, mention)
      }
      if index.words.possessiveMarkers.contains(token),
        let owner = paragraph.mentions.ending(at: position - 1),
        cue - position <= 3, holderKinds.contains(owner.entityKind)
      {
        return [owner]
      }
      // "Ethiopia's federal government and the TPLF agreed".
      if cue - position <= 3, let owner = bodyOwner(paragraph, sentence, head: position) {
        return coordinated(paragraph, sentence, owner)
      }
      // "Washington and NATO say they are ready": the subject is before the verb.
      let reported =
        position > sentence.tokens.lowerBound
        && index.speechVerbs.match(tokens, at: position - 1) != nil
      if index.words.thingPronouns.contains(token) && !reported {
        // The last actor named before the pronoun in this sentence, but
        // not the cue's object: in "Serbia would not recognise Kosovo and
        // that it would not allow Kosovo to join", "it" is Serbia (the first
        // actor in the three words after the cue's first; "China said … it
        // opposed any move to separate Taiwan from China" is still China's).
        let object = paragraph.mentions.first(
          in: cue + 1..<min(cue + 4, sentence.tokens.upperBound), where: { _ in true })
        if let antecedent = paragraph.mentions.last(
          in: sentence.tokens.lowerBound..<position,
          where: {
            holderKinds.contains($0.entityKind) && !$0.isDemonym && $0.entity != object?.entity
          })
        {
          return [antecedent]
        }
        // "Hamas issued a statement on Monday. It rejected a ceasefire.":
        // opening its sentence, the actor that opens the sentence before
        // (after an article at most: "The document requires NATO to …" is
        // no actor's).
        let number = paragraph.sentenceIndex(of: cue)
        // ("It is unacceptable that …" is nobody's.)
        if position == sentence.tokens.lowerBound, number > 0,
          index.words.singularThingPronouns.contains(token),
          !index.words.copulas.contains(tokens[position + 1])
        {
          let before = paragraph.sentences[number - 1].tokens
          var start = before.lowerBound
          if start < before.upperBound, index.words.determiners.contains(tokens[start]) {
            start += 1
          }
          guard let subject = paragraph.mentions.starting(at: start),
            holderKinds.contains(subject.entityKind), !subject.isDemonym,
            subject.entityKind != .person
          else { return [] }
          return [subject]
        }
        return []
      }
      // "Hezbollah, the Iran-backed group, said it opposed", "Ilham Aliyev,
      // the president of Azerbaijan, rejected": past the apposition to its
      // subject (only fillers, adverbs and speech verbs lie between it and
      // the cue, or the walk would have stopped).
      if token.isMark(","), position > sentence.tokens.lowerBound,
        let subject = setOffPerson(paragraph, sentence, closing: position)
          ?? appositionSubject(paragraph, sentence, closing: position)
      {
        return coordinated(paragraph, sentence, subject)
      }
      // "Israel vowed to oppose any deal": past the verb of intent.
      if index.words.infinitiveMarkers.contains(token), position > sentence.tokens.lowerBound,
        index.words.intentVerbs.contains(tokens[position - 1])
      {
        position -= 2
        continue
      }
      guard
        isFiller(token) || index.words.negations.contains(token)
          || index.speechVerbs.match(tokens, at: position) != nil
      else { return [] }
      position -= 1
    }
    return []
  }

  /// A person named between commas, the second at `closing`: "his rival,
  /// Abdullah Abdullah, rejected".
  private func setOffPerson(_ paragraph: Paragraph, _ sentence: Sentence, closing: Int)
    -> Mention?
  {
    guard let named = paragraph.mentions.ending(at: closing - 1), named.entityKind == .person,
      named.tokens.lowerBound > sentence.tokens.lowerBound,
      paragraph.tokens[named.tokens.lowerBound - 1].isMark(",")
    else { return nil }
    return named
  }

  /// The holder named before an apposition whose closing comma is at
  /// `closing`: "Hezbollah, the powerful Iran-backed group,".
  private func appositionSubject(_ paragraph: Paragraph, _ sentence: Sentence, closing: Int)
    -> Mention?
  {
    let tokens = paragraph.tokens
    let from = max(sentence.tokens.lowerBound + 1, closing - 20)
    // The first comma after a holder that opens an apposition: "Hezbollah,
    // which is backed by Iran, Syria and Russia," is Hezbollah's.
    for opening in from..<closing where tokens[opening].isMark(",") {
      if let subject = paragraph.mentions.ending(at: opening - 1),
        holderKinds.contains(subject.entityKind), !subject.isDemonym,
        opening + 1 < closing,
        index.words.determiners.contains(tokens[opening + 1])
          || index.words.appositionBreaks.contains(tokens[opening + 1])
      {
        return subject
      }
    }
    return nil
  }

  /// A word of a title in lower case ("foreign", "minister"): part of an
  /// unnamed official between an owner and a cue.
  private func titleWord(_ token: Token) -> Bool {
    token.isWord && !token.isCapitalized && index.titleWords.contains(token.key)
  }

  /// Ministers, negotiators and spokespeople state their government's
  /// position: the holder is their state. Leaders and others speak for
  /// themselves.
  func positionHolder(_ entity: String) -> (id: String, forState: Bool) {
    guard let person = builder.entity(entity), person.kind == .person else {
      return (entity, false)
    }
    // "Foreign Minister", "spokeswoman", "envoy", not "Prime Minister" or
    // "Secretary-General": a leader speaks for themselves.
    let official = person.roles.first { role in
      let title = role.title.lowercased()
      return index.words.officialTitles.words.contains { title.containsLiteral($0) }
        && !index.words.leaderTitles.words.contains { title.containsLiteral($0) }
    }
    guard let official else { return (entity, false) }
    let state = [official.of, person.country].compactMap { $0 }.first {
      builder.entity($0)?.kind == .state
    }
    return state.map { ($0, true) } ?? (entity, false)
  }

  /// The state a person leads or speaks for: what a role of theirs is of,
  /// when that is a state, no role of theirs is of anything else and none
  /// has one of `non-state-titles` (a rebel or opposition leader accepts
  /// for their movement, not their country).
  func stateOf(person id: String) -> String? {
    guard let person = builder.entity(id), person.kind == .person else { return nil }
    let bodies = person.roles.compactMap(\.of)
    guard let state = bodies.first, bodies.allSatisfy({ $0 == state }),
      builder.entity(state)?.kind == .state,
      // ("Sierra Leonean rebel leader Foday Sankoh" leads no state.)
      !person.roles.contains(where: { role in
        let title = role.title.lowercased()
        return index.words.nonStateTitles.words.contains { title.containsLiteral($0) }
      })
    else { return nil }
    return state
  }

  /// The speaker whose stance a cue is when its subject points back at
  /// them: "we" or a self-reference ("his government", "its movement") in
  /// their own words ("Baradar said his movement was committed to", "“We
  /// expect the rebels to …,” the envoy said"), or a participle after what
  /// they said ("…,” Pompeo told the ceremony, urging the movement to").
  /// "He", "she", "it", "they" and "the movement" may be anyone, and stand
  /// for nobody here; nor do words the speaker reports from another.
  /// The speaker whose words a cue after a copula stands in, past adverbs
  /// ("said NATO expansion was totally unacceptable", "“Any expansion is
  /// unacceptable,” Lavrov said"), and where their words start; `nil`
  /// for a cue in no speaker's words, one that does not end its clause or
  /// judges no lexicon issue, after a subject that is a side or a person
  /// of its own, and in a question.
  func predicateSpeaker(_ paragraph: Paragraph, _ sentence: Sentence, cue range: Range<Int>) -> (
    entity: String, start: Int
  )? {
    let tokens = paragraph.tokens
    let cue = range.lowerBound
    // (Only a cue that ends its clause, "was unacceptable.", judging a
    // lexicon issue its subject names: not "was unacceptable to anyone",
    // "was ready to discuss …", "the delay was unacceptable".)
    guard range.upperBound < sentence.tokens.upperBound, !tokens[range.upperBound].isWord
    else { return nil }
    var position = cue - 1
    while position > sentence.tokens.lowerBound,
      index.words.adverbSuffixes.matches(tokens[position].key)
    {
      position -= 1
    }
    // (Not of someone else the words name: "whether Putin is willing",
    // "the Tigrayan leadership was ready", "they were ready"; nor a
    // question: "unclear whether it is acceptable".)
    guard position - 1 > sentence.tokens.lowerBound,
      index.words.copulas.contains(tokens[position]),
      paragraph.mentions.ending(at: position - 1) == nil,
      !index.words.collectiveNouns.contains(tokens[position - 1]),
      !index.words.personPronouns.contains(tokens[position - 1]),
      !isHedged(tokens, before: position, in: sentence),
      let speech = paragraph.speech(at: cue), speech.tokens.lowerBound < position,
      !index.issues(in: tokens, speech.tokens.lowerBound..<position).isEmpty
    else { return nil }
    return (speech.speaker, speech.tokens.lowerBound)
  }

  func speakerHolding(_ paragraph: Paragraph, _ sentence: Sentence, cue: Int) -> (
    entity: String, start: Int
  )? {
    let tokens = paragraph.tokens
    let words = index.words
    /// "his government" ends at `at` (a filler elsewhere: "US officials said").
    func selfReference(at position: Int) -> Bool {
      words.selfReferences.contains(tokens[position]) && position > sentence.tokens.lowerBound
        && words.selfReferenceDeterminers.contains(tokens[position - 1])
    }
    var position = cue - 1
    while position >= sentence.tokens.lowerBound {
      let token = tokens[position]
      if words.firstPersonPlural.contains(token) || selfReference(at: position) { break }
      if words.thingPronouns.contains(token) || words.personPronouns.contains(token) {
        return nil
      }
      guard
        words.subjectFillers.contains(token) || words.negations.contains(token)
          || words.adverbSuffixes.matches(token.key)
      else { break }
      position -= 1
    }
    guard position >= sentence.tokens.lowerBound else { return nil }
    let subject = tokens[position]
    if words.firstPersonPlural.contains(subject) || selfReference(at: position) {
      let start = words.firstPersonPlural.contains(subject) ? position : position - 1
      // Not words the speaker reports from someone else ("Lavrov said the
      // Ukrainians told him: we demand …").
      guard let speech = paragraph.speech(at: start), speech.tokens.contains(cue),
        !(speech.tokens.lowerBound..<start).contains(where: {
          index.speechVerbs.match(tokens, at: $0) != nil
        })
      else { return nil }
      return (speech.speaker, start)
    }
    // A participle after the speaker's verb: "Pompeo told the ceremony, urging".
    guard subject.isMark(","), index.words.progressiveSuffixes.matches(tokens[cue].key) else {
      return nil
    }
    let speaker = paragraph.mentions.last(in: sentence.tokens.lowerBound..<position) {
      holderKinds.contains($0.entityKind) && !$0.isDemonym
        && index.speechVerbs.match(tokens, at: $0.tokens.upperBound) != nil
    }
    return speaker.map { ($0.entity, $0.tokens.lowerBound) }
  }

  private func isCollective(_ tokens: [Token], _ mention: Mention) -> Bool {
    mention.tokens.upperBound < tokens.count
      && index.words.collectiveSubjects.contains(tokens[mention.tokens.upperBound])
  }

  /// The subject and those joined to it by "and": "Washington and NATO",
  /// "Ethiopia's federal government and the TPLF".
  private func coordinated(_ paragraph: Paragraph, _ sentence: Sentence, _ last: Mention)
    -> [Mention]
  {
    let tokens = paragraph.tokens
    var result = [last]
    var position = last.tokens.lowerBound - 1
    func pastDeterminer() {
      if position > sentence.tokens.lowerBound, index.words.determiners.contains(tokens[position]) {
        position -= 1
      }
    }
    // "US President Joe Biden and Russian President Vladimir Putin": past a
    // person's title and the adjective of state before it.
    func pastTitle(of person: Mention) {
      guard person.entityKind == .person else { return }
      var back = position
      while back > sentence.tokens.lowerBound, person.tokens.lowerBound - back <= 5 {
        if index.titleWords.contains(tokens[back].key) {
          back -= 1
        } else if let adjective = paragraph.mentions.ending(at: back), adjective.isDemonym,
          back < position
        {
          back = adjective.tokens.lowerBound - 1
        } else {
          break
        }
      }
      position = back
    }
    pastTitle(of: last)
    pastDeterminer()
    while position > sentence.tokens.lowerBound, index.words.listJoiners.contains(tokens[position])
    {
      let end = position - 1
      let previous: Mention
      if let named = paragraph.mentions.ending(at: end) {
        // ("Russian and Ukrainian delegations": adjectives joined.)
        guard holderKinds.contains(named.entityKind), !named.isDemonym || last.isDemonym
        else { break }
        previous = named
      } else if let owner = bodyOwner(paragraph, sentence, head: end) {
        previous = owner
      } else {
        break
      }
      result.insert(previous, at: 0)
      position = previous.tokens.lowerBound - 1
      pastTitle(of: previous)
      pastDeterminer()
    }
    return result
  }

  /// The actor a body named by a collective noun at `head` belongs to:
  /// "Ethiopia's federal government", "the Sudanese army's", "the Ethiopian
  /// government" (at most two words between the owner and the noun).
  func bodyOwner(_ paragraph: Paragraph, _ sentence: Sentence, head: Int) -> Mention? {
    let tokens = paragraph.tokens
    guard head > sentence.tokens.lowerBound, index.words.collectiveNouns.contains(tokens[head])
    else { return nil }
    // Past at most two adjectives: not an article, a filler or a verb of
    // speech ("Blinken said the army rejected" is no body of Blinken's).
    var position = head - 1
    while position > sentence.tokens.lowerBound, head - position <= 2,
      paragraph.mentions.ending(at: position) == nil, tokens[position].isWord,
      !tokens[position].isCapitalized, !index.words.determiners.contains(tokens[position]),
      !index.words.subjectFillers.contains(tokens[position]),
      index.speechVerbs.match(tokens, at: position) == nil
    {
      position -= 1
    }
    if index.words.possessiveMarkers.contains(tokens[position]) { position -= 1 }
    guard position >= sentence.tokens.lowerBound,
      let owner = paragraph.mentions.ending(at: position), holderKinds.contains(owner.entityKind)
    else { return nil }
    return owner
  }

  /// The stance a negated cue takes: "will not object to" accepts, "has not
  /// rejected" is open (as "did not rule out" is), "does not accept" rejects;
  /// `nil` where a negation says nothing clear ("did not demand").
  func negated(_ stance: Stance) -> Stance? {
    switch stance {
    case .opposes: .accepts
    case .rejects: .open
    case .accepts, .supports, .open: .rejects
    default: nil
    }
  }

  /// Whether the word after the participle at `participle` opens its
  /// clause ("blaming Western sanctions", "signalling its readiness") rather
  /// than go on with a list (", lifting of sanctions", ", funding for
  /// reconstruction", ", shipping and energy", ", shipping or energy": one of
  /// `issue-head-links`, `list-joiners` or `alternative-joiners`; ",
  /// restoring the railway and establishing relations": another participle
  /// joined after it, in an object that opened with one at `objectStart`).
  func opensParticipleClause(
    _ tokens: [Token], after participle: Int, objectStart: Int, before end: Int
  ) -> Bool {
    let words = index.words
    let next = tokens[participle + 1]
    guard next.isWord, !words.listJoiners.contains(next), !words.alternativeJoiners.contains(next),
      !words.issueHeadLinks.contains(next)
    else { return false }
    // (", shipping insurance and the lifting of sanctions", ", training
    // programmes and new sanctions", ", fishing rights for its fleets": a
    // noun after it, then the list goes on.)
    if participle + 2 < end {
      let after = tokens[participle + 2]
      if after.isMark(",") || words.listJoiners.contains(after)
        || words.alternativeJoiners.contains(after) || words.issueHeadLinks.contains(after)
      {
        return false
      }
    }
    // (Only an object that opened with a participle is a list of them:
    // "proposed opening the border, restoring …"; "denied responsibility,
    // blaming Kyiv and accusing …" is a clause.)
    guard objectStart < participle, words.progressiveSuffixes.matches(tokens[objectStart].key)
    else { return true }
    return !(participle + 2..<max(participle + 2, end - 1)).contains {
      tokens[$0].isWord
        && (words.listJoiners.contains(tokens[$0]) || words.alternativeJoiners.contains(tokens[$0]))
        && words.progressiveSuffixes.matches(tokens[$0 + 1].key)
    }
  }

  /// Whether the cue in `cue` is a noun after a possessive that names no
  /// object: "found Russia's demands disturbing" (not "Russia's demands for
  /// security guarantees", through one of `issue-head-links` or
  /// `object-participles`, nor "Moscow's insistence that …", through one of
  /// `complementizers`). The owner is a
  /// name: "He's ready to discuss" is a verb's.
  func isBareNoun(_ paragraph: Paragraph, cue: Range<Int>, in sentence: Sentence) -> Bool {
    let tokens = paragraph.tokens
    guard cue.lowerBound > sentence.tokens.lowerBound + 1,
      index.words.possessiveMarkers.contains(tokens[cue.lowerBound - 1]),
      paragraph.mentions.ending(at: cue.lowerBound - 2) != nil
    else { return false }
    guard cue.upperBound < sentence.tokens.upperBound else { return true }
    let next = tokens[cue.upperBound]
    return !index.words.issueHeadLinks.contains(next) && !index.words.complementizers.contains(next)
      && !index.words.objectParticiples.contains(next) && !next.isMark(":")
  }

  /// "both sides", "the two parties", "the sides" just before the cue,
  /// past fillers: where the words start, and how many sides they say.
  func sidesBefore(_ paragraph: Paragraph, _ sentence: Sentence, before cue: Int) -> (
    start: Int, count: Int?
  )? {
    // ("both leaders had agreed": "leaders" is a filler too, as in "Serbian
    // leaders rejected", so the sides are looked for at each step.)
    var position = cue - 1
    while position > sentence.tokens.lowerBound {
      if let sides = index.sides(paragraph.tokens, noun: position, from: sentence.tokens.lowerBound)
      {
        return sides
      }
      guard index.words.subjectFillers.contains(paragraph.tokens[position]) else { return nil }
      position -= 1
    }
    return nil
  }

  /// What a stance cue is about when the lexicon names no issue: the noun
  /// phrase after it, past the words that lead up to one ("refuses to
  /// discuss its missile programme", "demands a binding timetable for the
  /// withdrawal", "open to cooperation on migration"). Its label is the
  /// phrase; its keywords, the phrase and its longer words.
  func objectPhrase(_ paragraph: Paragraph, after start: Int, in sentence: Range<Int>) -> (
    range: Range<Int>, label: String, keywords: [String]
  )? {
    let tokens = paragraph.tokens
    let words = index.words
    let dated = Set(
      paragraph.dates[paragraph.sentenceIndex(of: start)].flatMap { Array($0.tokens) })
    var position = start
    // Past the lead words and a date ("agreed on Wednesday to a …"), and an
    // adverb that splits an infinitive ("agreed to quickly disengage"; not
    // "to early elections" or "to supply": seven letters or more).
    func splitsInfinitive(_ position: Int) -> Bool {
      position > sentence.lowerBound && words.infinitiveMarkers.contains(tokens[position - 1])
        && !tokens[position].isCapitalized && tokens[position].key.count >= 7
        && words.adverbSuffixes.matches(tokens[position].key)
    }
    // (A quotation mark may open what is quoted: called for "free and fair"
    // elections.)
    func opensQuote(_ position: Int) -> Bool {
      Quotation.isQuotationMark(tokens, position) && position + 1 < sentence.upperBound
        && tokens[position + 1].isWord
    }
    func pastLeads() {
      while position < sentence.upperBound,
        tokens[position].isWord && words.objectLeads.contains(tokens[position])
          || dated.contains(position) || splitsInfinitive(position) || opensQuote(position)
      {
        position += 1
      }
    }
    pastLeads()
    // (Leads may run to the sentence's end: "demanded of New at Saudi".)
    guard position < sentence.upperBound else { return nil }
    // "expects Cameroon to withdraw its troops", "called on the Macedonian
    // side to carry out the changes": what the actor is asked to do (an
    // actor's adjective and one of `collective-nouns` name an actor too;
    // not "the American offer to ease restrictions").
    let named = words.determiners.contains(tokens[position]) ? position + 1 : position
    if let asked = paragraph.mentions.starting(at: named) {
      var end = asked.tokens.upperBound
      if asked.isDemonym, end + 1 < sentence.upperBound,
        index.words.collectiveNouns.contains(tokens[end]),
        index.words.infinitiveMarkers.contains(tokens[end + 1])
      {
        end += 1
      }
      if end + 1 < sentence.upperBound, index.words.infinitiveMarkers.contains(tokens[end]),
        named == position || asked.isDemonym
      {
        position = end + 1
        pastLeads()
      } else if let verb = clauseVerb(paragraph, subject: asked, after: start, in: sentence) {
        position = verb
      }
    }
    // "endorsed Morocco's autonomy plan": the thing, past its owner (but
    // "insist that NATO's doors …" is a clause, below). (An adjective of
    // state stays: "Russian withdrawal" and "Israeli withdrawal" are two
    // issues.)
    let clause = words.complementizers.containsAny(of: tokens, in: start..<position)
    if !clause, let owner = paragraph.mentions.starting(at: position), owner.entityKind != .person,
      owner.tokens.upperBound + 1 < sentence.upperBound
    {
      let next = owner.tokens.upperBound
      if words.possessiveMarkers.contains(tokens[next]) {
        position = next + 1
      }
    }
    var first = position
    // "insist that NATO's doors …": a clause with its own subject, not a
    // thing; "demands that it be …", "insists it doesn't": a word that
    // points back. (An adjective of state before a noun is part of the
    // thing, "dismissed Egyptian warnings about the dam", but after "that"
    // the subject of a clause: "insists that Russian troops withdraw".)
    func startsAThing() -> Bool {
      guard first < sentence.upperBound, !index.words.objectPronouns.contains(tokens[first])
      else { return false }
      guard let named = paragraph.mentions.starting(at: first) else { return true }
      // ("agreed on the Karish gas field": a place named by what it is.)
      if case .feature = named.kind { return true }
      let next = named.tokens.upperBound
      // ("rejected a U.S. call to …", "the EU proposal": a state's name
      // before a noun, after a determiner, is the thing's owner.)
      if !clause, first > start, words.determiners.contains(tokens[first - 1]),
        named.entityKind == .state, next < sentence.upperBound, tokens[next].isWord,
        !tokens[next].isCapitalized, !words.objectStops.contains(tokens[next])
      {
        return true
      }
      return !clause && named.isDemonym && next < sentence.upperBound && tokens[next].isWord
        && !tokens[next].isCapitalized
    }
    guard startsAThing() else { return nil }
    func pastPhrase() {
      // Inside a quotation that opened the phrase, its words are the
      // phrase's ("free and fair"), up to its closing mark.
      var quoted = first > start && opensQuote(first - 1)
      // (Seven words at most; hyphens are no words: "free-and-fair".)
      var counted = 0
      while position < sentence.upperBound, counted < 7,
        tokens[position].isWord || words.possessiveMarkers.contains(tokens[position])
          || tokens[position].isMark("-")
          || position > first && Quotation.isQuotationMark(tokens, position),
        quoted || !words.objectStops.contains(tokens[position]), !dated.contains(position),
        !(words.adverbSuffixes.matches(tokens[position].key) && tokens[position].key.count > 4),
        !(paragraph.mentions.starting(at: position)?.isVenuePlace ?? false)
      {
        if position > first, Quotation.isQuotationMark(tokens, position) {
          quoted = false
        }
        if tokens[position].isWord { counted += 1 }
        // ("the Karish gas field": a place named by what it is, whole.)
        if let feature = paragraph.mentions.starting(at: position), case .feature = feature.kind {
          position = feature.tokens.upperBound
        } else {
          position += 1
        }
      }
    }
    pastPhrase()
    // "insisted that any agreement must include a dispute mechanism": what
    // the clause's subject is to contain is what the stance is about.
    if position + 2 < sentence.upperBound, words.objectStops.contains(tokens[position]),
      words.contentVerbs.contains(tokens[position + 1])
    {
      position += 2
      pastLeads()
      first = position
      guard startsAThing() else { return nil }
      pastPhrase()
    }
    // "welcomed any effort to ease tensions in the region": what the light
    // noun aims at, when that is a phrase of its own. "agreed on the final
    // text of a deal setting their maritime boundary": what the agreement
    // is about. (The phrase's last word may be the link: "a lengthy
    // agreement on".)
    if position - 1 > first, position < sentence.upperBound,
      words.agreementTopicLinks.contains(tokens[position - 1]),
      words.agreementNouns.contains(tokens[position - 2])
    {
      position -= 1
    }
    // ("rejected a U.S. call not to start filling the dam": to reject
    // what a call asks not be done is no stance on doing it, nor on the
    // call's owner.)
    if position > first, position < sentence.upperBound,
      words.lightNouns.contains(tokens[position - 1]), words.negations.contains(tokens[position])
    {
      return nil
    }
    if position > first, position + 1 < sentence.upperBound,
      words.lightNouns.contains(tokens[position - 1])
        && words.lightNounLinks.contains(tokens[position])
        || words.agreementNouns.contains(tokens[position - 1])
          && words.agreementTopicLinks.contains(tokens[position])
    {
      let (lightFirst, lightEnd) = (first, position)
      position += 1
      pastLeads()
      first = position
      if startsAThing() {
        pastPhrase()
      }
      if position <= first { (first, position) = (lightFirst, lightEnd) }
    }
    // Not ending on "of", "the", "'s".
    while position > first,
      words.objectLeads.contains(tokens[position - 1])
        || words.objectStops.contains(tokens[position - 1])
        || words.objectTrims.contains(tokens[position - 1])
    {
      position -= 1
    }
    guard position > first else { return nil }
    let range = first..<position
    let keywords = tokens[range].filter {
      $0.isWord && $0.key.count >= 3 && !words.objectLeads.contains($0)
        && !words.objectTrims.contains($0)
    }.map(\.key)
    // A pronoun, a bare function word or a word that points back ("the
    // suggestion", "such a development") is about nothing the reader can see.
    guard keywords.contains(where: { !words.objectGenerics.contains($0) }) else { return nil }
    var label = paragraph.text(range)
    // Without its quotation marks, the rest as written ("free-and-fair").
    let quoted = range.filter { Quotation.isQuotationMark(tokens, $0) }
    if !quoted.isEmpty {
      var pieces: [String] = []
      var from = range.lowerBound
      for mark in quoted + [range.upperBound] {
        if from < mark { pieces.append(paragraph.text(from..<mark)) }
        from = mark + 1
      }
      label = pieces.joined(separator: " ")
    }
    return (range, label, united([label.lowercased()], keywords))
  }

  /// "demanded that NATO halt its expansion", "insists that the Ukrainian
  /// government must withdraw its troops": where the verb of a clause
  /// opened by one of `complementizers` starts, past its subject (`subject`,
  /// with the side's body after it: `collective-nouns` after an adjective of
  /// state, which needs one, else `collective-subjects`) and one of
  /// `demand-modals`, when it is a
  /// word in lower case with a word after it (what is asked has an object);
  /// `nil` for other clauses ("insist that NATO's doors …", "that Russia
  /// withdraw").
  func clauseVerb(
    _ paragraph: Paragraph, subject: Mention, after start: Int, in sentence: Range<Int>
  ) -> Int? {
    let tokens = paragraph.tokens
    let words = index.words
    guard words.complementizers.containsAny(of: tokens, in: start..<subject.tokens.lowerBound)
    else { return nil }
    var verb = subject.tokens.upperBound
    // (An adjective of state only with its body: "Russian troops".)
    if verb < sentence.upperBound,
      (subject.isDemonym ? words.collectiveNouns : words.collectiveSubjects).contains(tokens[verb])
    {
      verb += 1
    } else if subject.isDemonym {
      return nil
    }
    if verb < sentence.upperBound, words.demandModals.contains(tokens[verb]) { verb += 1 }
    // (A verb in its plain form, not past or an auxiliary: "that Russia did
    // more", "that Russia released prisoners" report, they do not ask; with
    // an object of common words: "return Crimea" would leave "return".)
    guard verb + 1 < sentence.upperBound, tokens[verb].isWord, !tokens[verb].isCapitalized,
      tokens[verb + 1].isWord, !words.objectStops.contains(tokens[verb]),
      !words.objectStops.contains(tokens[verb + 1]),
      !words.possessiveMarkers.contains(tokens[verb]),
      !words.objectPronouns.contains(tokens[verb]),
      !words.subjectFillers.contains(tokens[verb]),
      !words.pastSuffixes.matches(tokens[verb].key),
      !paragraph.mentions.covers(verb + 1)
    else { return nil }
    return verb
  }

  func issueEnd(_ paragraph: Paragraph, _ start: Int) -> Int {
    start + (index.issues.match(paragraph.tokens, at: start)?.length ?? 1)
  }
}
