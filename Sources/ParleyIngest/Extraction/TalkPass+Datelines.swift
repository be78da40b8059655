import ParleyCore

/// The place of a wire dateline (`LOME, July 7 (Reuters) -`): where the story
/// was filed, and so where a meeting it reports "here", or in its first
/// sentence with no place named, was held.
struct DatelinePlace {
  /// The lexicon's spelling of the place, or the dateline's in title case
  /// ("Addis Ababa" for `ADDIS ABABA`).
  var name: String
  /// The lexicon's place, when it has one by that name.
  var actor: Int?
  /// The state whose capital it is, when the lexicon knows the name only as
  /// the state's metonym.
  var country: String?
  /// The dateline's words.
  var evidence: Evidence
  /// The paragraph the dateline opens.
  var paragraph: Int
}

extension TalkPass {
  /// Notes the place of the dateline opening paragraph `paragraph`, whose
  /// words before the dateline's end are `tokens`: a place the lexicon has,
  /// a capital it knows as its state's metonym, or a name it does not know;
  /// not a state, body or person ("UNITED NATIONS (Reuters) -").
  mutating func noteDateline(
    _ dateline: Dateline, in tokens: [Token], paragraph: Int, source: ScalarText, article: Int
  ) {
    let span =
      tokens[dateline.place.lowerBound].range
      .lowerBound..<tokens[dateline.place.upperBound - 1]
      .range.upperBound
    let name = Self.titleCased(source.string(span))
    let text = ScalarText(name)
    let words = Tokenizer.tokens(
      text, in: 0..<text.count, abbreviations: index.words.abbreviations.words,
      vocabulary: index.vocabulary)
    var place = DatelinePlace(
      name: name,
      evidence: Evidence(article: article, span: span, rule: "place.dateline", confidence: 0.6),
      paragraph: paragraph)
    if let match = index.actors.match(words, at: 0), match.length == words.count {
      if let known = match.value.first(where: { index.actorKind($0.actor) == .place }) {
        place.actor = known.actor
      } else if let capital = match.value.first(where: {
        $0.kind == .metonym && index.actorKind($0.actor) == .state
      }) {
        place.country = index.actor(capital.actor).id
      } else {
        return
      }
    }
    datelinePlace = place
  }

  /// The state the dateline's place is in, when the lexicon knows it.
  func datelineState(_ place: DatelinePlace) -> String? {
    place.country ?? place.actor.flatMap { index.actor($0).country }
  }

  /// The dateline's place as an entity, made the first time a talk is held
  /// there.
  mutating func datelineVenue() -> String? {
    guard let place = datelinePlace else { return nil }
    if let datelineVenueID { return datelineVenueID }
    let id: String
    if let actor = place.actor {
      id = builder.actor(actor, evidence: place.evidence, alias: nil)
    } else {
      id = builder.other(name: place.name, kind: .place, evidence: place.evidence)
      if let country = place.country, let state = index.actorIndex[country] {
        builder.actor(state, evidence: nil, alias: nil)
        builder.setCountry(country, of: id)
      }
    }
    datelineVenueID = id
    return id
  }

  /// The dateline's place where sentence `number` says "here" just after a
  /// meeting: "Kabbah and Sankoh signed a ceasefire here on May 18"; each
  /// "here" once, however many meeting words come before it ("the summit
  /// meeting here"), and not in a quote, where "here" is the speaker's.
  mutating func datelineHere(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) -> [Mention] {
    guard datelinePlace != nil else { return [] }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    var found: [Mention] = []
    for noun in nouns {
      guard
        let here = (noun + 1..<min(range.upperBound, noun + 5)).first(where: {
          index.words.datelineDeictics.contains(tokens[$0])
        }), !paragraph.mentions.covers(here),
        found.last.map({ $0.tokens.lowerBound < here }) ?? true,
        !paragraph.quotes.contains(where: { $0.contents.contains(here) }),
        let venue = datelineVenue()
      else { continue }
      found.append(
        Mention(tokens: here..<here + 1, entity: venue, kind: .organization, entityKind: .place))
    }
    return found
  }

  /// Where a meeting the dateline's first sentence reports with no place
  /// was held: "LOME, July 7 (Reuters) - Sierra Leone's President … and
  /// rebel leader Foday Sankoh signed a peace accord on Wednesday". A
  /// meeting verb, or a meeting noun its subjects share and hold ("Trump and
  /// Kim cut short their second summit on Thursday": `shared-determiners`
  /// after `holding-verbs`), no
  /// name after "in" or "at" in the sentence ("the Persian Gulf crisis" is
  /// no place of the meeting);
  /// the venue stands, unwritten, at the first date after the verb (else
  /// just after it), so that the verb's sides and date are read as for a
  /// place written there.
  mutating func datelineLedeVenue(_ paragraph: Paragraph, _ number: Int, nouns: [Int]) -> Mention? {
    guard number == 0, let place = datelinePlace, place.paragraph == paragraph.number,
      place.evidence.article == paragraph.article
    else { return nil }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[number].tokens
    let words = index.words
    guard
      let verb = nouns.first(where: {
        words.meetingVerbs.contains(tokens[$0])
          && !($0 > range.lowerBound && words.infinitiveMarkers.contains(tokens[$0 - 1]))
      })
        ?? nouns.first(where: { heldShared(paragraph, range, noun: $0) }),
      // (Not a call or a meeting by video, on a summit's sidelines, hosted
      // by another, or one the sentence says someone else reported: "met
      // on Thursday, Iranian state media reported", which wires file from
      // elsewhere.)
      // (A call's own words: not "meeting" or "summit", which are call
      // nouns only after "video" or "virtual".)
      !range.contains(where: {
        words.betweenCallNouns.contains(tokens[$0]) || words.callQualifiers.contains(tokens[$0])
          || words.callVerbs.contains(tokens[$0]) || words.sidelineNouns.contains(tokens[$0])
          || words.mediationParticiples.contains(tokens[$0])
          || $0 > verb && index.speechVerbs.match(tokens, at: $0) != nil
      }),
      !range.contains(where: { position in
        index.words.venuePrepositions.contains(tokens[position])
          && position + 1 < range.upperBound
          && paragraph.mentions.starting(
            at: index.words.determiners.contains(tokens[position + 1]) ? position + 2 : position + 1
          )
            != nil
      })
    else { return nil }
    let at =
      paragraph.dates[number].first { $0.tokens.lowerBound > verb }?.tokens.lowerBound ?? verb + 1
    guard let venue = datelineVenue() else { return nil }
    return Mention(tokens: at..<at, entity: venue, kind: .organization, entityKind: .place)
  }

  /// Whether the meeting noun at `noun` is one the sentence's subjects share
  /// and hold: one of `shared-determiners` just before it, just after one of
  /// `holding-verbs` ("cut short their summit"; not "ahead of their summit"
  /// or "the collapse of their talks"), and no speech verb before it ("said
  /// that their talks would resume").
  private func heldShared(_ paragraph: Paragraph, _ range: Range<Int>, noun: Int) -> Bool {
    let tokens = paragraph.tokens
    let words = index.words
    guard words.meetingNouns.contains(tokens[noun]) else { return false }
    let held = (max(range.lowerBound, noun - 3)..<noun).contains { shared in
      words.sharedDeterminers.contains(tokens[shared])
        && (max(range.lowerBound, shared - 2)..<shared).contains {
          words.holdingVerbs.contains(tokens[$0])
        }
    }
    return held
      && !(range.lowerBound..<noun).contains { index.speechVerbs.match(tokens, at: $0) != nil }
  }

  /// `text` with each word's first letter upper case and the rest lower
  /// case: "ADDIS ABABA" → "Addis Ababa", "SANA'A" → "Sana'a" (a word
  /// starts after a space or a hyphen).
  static func titleCased(_ text: String) -> String {
    var result = ""
    var wordStart = true
    for character in text {
      result += wordStart ? character.uppercased() : character.lowercased()
      wordStart = character.isWhitespace || character == "-"
    }
    return result
  }
}
