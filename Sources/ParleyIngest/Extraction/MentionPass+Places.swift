extension MentionPass {
  /// "a high-level meeting in Ohrid", "talks opened in Lausanne", "met in
  /// Sochi": a name in capitals just after "in", a few words after a meeting
  /// noun or verb, is the meeting's place even when the lexicon does not
  /// know it; after "in", "near" or "outside" elsewhere ("fighting in
  /// Tigray", "near Debaltseve") it is a place too, with less confidence.
  /// Months, weekdays, regions ("talks in Europe"), bodies ("in
  /// Parliament") and names the lexicon knows are left alone.
  mutating func findMeetingPlaces(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let words = index.words
    for sentence in paragraph.sentences {
      let range = sentence.tokens
      var lastMeeting: Int?
      for position in range {
        if words.meetingNouns.contains(tokens[position])
          || words.meetingVerbs.contains(tokens[position])
        {
          lastMeeting = position
          continue
        }
        // A lower-case "in": in a headline in title case ("Talks In Limbo")
        // every word has a capital. Without a meeting before it, any
        // place preposition ("fighting in Tigray", "near Debaltseve"), with
        // less confidence.
        let afterMeeting =
          lastMeeting.map { position - $0 <= 4 } ?? false
          && words.meetingPlacePrepositions.contains(tokens[position])
        guard !tokens[position].isCapitalized,
          afterMeeting || words.unknownPlacePrepositions.contains(tokens[position])
        else { continue }
        // "in the border town of Naqoura": the name after a noun for a place.
        let start = placeNamed(tokens, after: position + 1, in: range) ?? position + 1
        var end = start
        while end < range.upperBound, end - start < 3, !paragraph.mentions.covers(end),
          tokens[end].isWord, tokens[end].isCapitalized,
          !index.dateWords.isCalendarWord(tokens[end]),
          !words.regions.contains(tokens[end])
        {
          end += 1
          // "Crans-Montana", "Baden-Baden": a capitalized word joined by a
          // hyphen, with no space either side.
          if end + 1 < range.upperBound, tokens[end].isMark("-"),
            tokens[end].range.lowerBound == tokens[end - 1].range.upperBound,
            tokens[end + 1].range.lowerBound == tokens[end].range.upperBound,
            tokens[end + 1].isWord, tokens[end + 1].isCapitalized
          {
            end += 2
          }
          // "Ras al-Naqoura": a particle joined to the next word.
          if end + 2 < range.upperBound, !tokens[end].isCapitalized,
            index.words.nameParticles.contains(tokens[end]), tokens[end + 1].isMark("-"),
            tokens[end + 2].isCapitalized
          {
            end += 3
          }
        }
        // The whole name, and nothing the lexicon or an earlier rule named;
        // not a body ("in Parliament", also after a meeting when it is the
        // whole name) or a word that is never a name.
        // Nor a name that owns what follows ("the city of Boris Johnson's
        // childhood"), unless `owning` ("in Dar es Salaam's State House").
        func isName(ending end: Int, owning: Bool = false) -> Bool {
          end > start
            && (end == range.upperBound
              || !paragraph.mentions.covers(end)
                // (A weekday or month may follow: "met in Rio de Janeiro Monday".)
                && !(tokens[end].isWord && tokens[end].isCapitalized
                  && !index.dateWords.isCalendarWord(tokens[end]))
                && (owning || !words.possessiveMarkers.contains(tokens[end])))
            && (afterMeeting && end - start > 1
              || !tokens[start..<end].contains(where: {
                words.organizationHeads.contains($0) || words.notNames.contains($0)
              }))
        }
        // "Dar es Salaam", "Rio de Janeiro": a particle between words of the
        // name, when the name ends with the word after it, or, after a
        // meeting, owns what follows ("met in Rio de Janeiro's Copacabana
        // Palace"; not "in Charles de Gaulle's memoirs"); else the name
        // before the particle, as without one.
        let beyondParticle = end + 2
        let spans =
          end > start && end - start <= 2 && beyondParticle <= range.upperBound
          && !tokens[end].isCapitalized && words.nameParticles.contains(tokens[end])
          && isPlaceWord(tokens, beyondParticle - 1, paragraph)
          && isName(ending: beyondParticle, owning: afterMeeting)
          // ("talks in Bukavu de Mistura said": a speaker, not the place's.)
          && !(beyondParticle < range.upperBound
            && index.speechVerbs.match(tokens, at: beyondParticle) != nil)
        if spans { end = beyondParticle }
        guard isName(ending: end, owning: spans) else { continue }
        // After a preposition that names no unknown place elsewhere ("at"),
        // the name ends its phrase: "talks at Naqoura, which", not "talks at
        // Ministerial level".
        if !words.unknownPlacePrepositions.contains(tokens[position]), end < range.upperBound,
          tokens[end].isWord,
          !(words.venuePrepositions.contains(tokens[end])
            || words.cueDatePrepositions.contains(tokens[end]))
        {
          continue
        }
        let name = start..<end
        let evidence =
          afterMeeting
          ? paragraph.evidence(lastMeeting!..<end, "place.meeting-in", 0.6)
          : paragraph.evidence(position..<end, "place.after-preposition", 0.4)
        addUnlisted(&paragraph, name, kind: .place, as: .organization, evidence: evidence)
      }
    }
  }

  /// "the Macedonian village of Oteshevo", "through the village of
  /// Pisoderi", "the ports of Hodeidah, Salif and Ras Isa": a name in
  /// capitals after one of `named-place-nouns` and one of
  /// `place-noun-links` is a place wherever the phrase stands
  /// (`place.noun-of`), found by what it is (a ``Mention/Kind/feature``);
  /// after a plural noun, so is each name of the list that follows, joined
  /// by `list-joiners`, up to the one after a coordinator ("the cities of
  /// Kupiansk and Lozova, Oleh Syniehubov said": not Syniehubov). A name the
  /// lexicon or an earlier rule knows is left as it is, and the list goes on
  /// past it; not a name that owns what follows ("the city of Boris
  /// Johnson's childhood").
  mutating func findNamedPlaces(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let words = index.words
    guard words.namedPlaceNouns.occurs(in: paragraph.lists) else { return }
    for noun in tokens.indices.dropLast(2)
    where words.namedPlaceNouns.contains(tokens[noun])
      && words.placeNounLinks.contains(tokens[noun + 1])
    {
      let plural = words.pluralSuffixes.matches(tokens[noun].key)
      var position = noun + 2
      var last = false
      while position < tokens.count {
        if let known = paragraph.mentions.starting(at: position) {
          position = known.tokens.upperBound
        } else {
          var end = position
          while end < tokens.count, end - position < 3, isPlaceWord(tokens, end, paragraph) {
            end += 1
          }
          // (Not cut at a hyphen or a particle: "the village of
          // Al-Mughayyir", "the town of Deir al-Balah".)
          guard end > position,
            end == tokens.count
              || !(tokens[end].isWord && tokens[end].isCapitalized)
                && !words.possessiveMarkers.contains(tokens[end])
                && !tokens.isJoiningHyphen(at: end) && !words.nameParticles.contains(tokens[end])
          else { break }
          // (The first with its noun; the others alone, so that a long
          // list's evidence stays as long as the list.)
          let evidence = paragraph.evidence(
            position == noun + 2 ? noun..<end : position..<end, "place.noun-of", 0.6)
          addUnlisted(&paragraph, position..<end, kind: .place, as: .feature, evidence: evidence)
          position = end
        }
        // The list goes on: ", Salif and Ras Isa", and ends after "and".
        guard plural, !last else { break }
        var next = position
        while next < tokens.count, next - position < 2, words.listJoiners.contains(tokens[next]) {
          last = last || words.coordinators.contains(tokens[next])
          next += 1
        }
        guard next > position, next < tokens.count, tokens[next].isCapitalized else { break }
        position = next
      }
    }
  }

  /// Whether the word at `position`, after a particle, can be a place's:
  /// capitalized, named by no one before, and no date, region, body, title
  /// or person the article knows ("talks in Bukavu de Mistura said" is no
  /// place "Bukavu de Mistura").
  private func isPlaceWord(_ tokens: [Token], _ position: Int, _ paragraph: Paragraph) -> Bool {
    isUnnamedCapital(tokens, position, paragraph)
      && knownPerson(surname: tokens[position].text) == nil
  }

  /// Whether the word at `position` is capitalized, named by no one before,
  /// and no date, region, body's head, title word or word of `not-names`:
  /// a word a place the lexicon lacks may be named with.
  func isUnnamedCapital(_ tokens: [Token], _ position: Int, _ paragraph: Paragraph) -> Bool {
    let token = tokens[position]
    let words = index.words
    return token.isWord && token.isCapitalized && !paragraph.mentions.covers(position)
      && !index.dateWords.isCalendarWord(token) && !words.regions.contains(token)
      && !words.organizationHeads.contains(token) && !words.notNames.contains(token)
      && !index.titleWords.contains(token.key)
  }

  /// Where the name starts after a noun for a place that opens at `start`:
  /// "the Swiss city of Lausanne", "the border town of Naqoura", "a village
  /// of" — a determiner, up to two words, the noun and its link; `nil`
  /// when none opens there.
  func placeNamed(_ tokens: [Token], after start: Int, in range: Range<Int>) -> Int? {
    let words = index.words
    var position = start
    if position < range.upperBound, words.determiners.contains(tokens[position]) { position += 1 }
    for _ in 0..<3 where position + 1 < range.upperBound {
      if words.placeNouns.contains(tokens[position]),
        words.placeNounLinks.contains(tokens[position + 1])
      {
        return position + 2
      }
      guard tokens[position].isWord else { return nil }
      position += 1
    }
    return nil
  }
}
