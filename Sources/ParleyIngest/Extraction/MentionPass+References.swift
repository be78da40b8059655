import ParleyCore

/// Descriptions and pronouns that refer to someone named elsewhere.
extension MentionPass {
  /// "Asked whether he was ready, Kim replied": a pronoun in a sentence's
  /// opening clause (not its first word, with no comma and no mention
  /// before it) is the person named just after the clause's comma, past
  /// the capitalized words of a title ("…, Foreign Minister Ri said").
  func namedAfterOpeningClause(_ paragraph: Paragraph, pronoun: Int) -> String? {
    let tokens = paragraph.tokens
    let sentence = paragraph.sentences[paragraph.sentenceIndex(of: pronoun)].tokens
    guard pronoun > sentence.lowerBound,
      !(sentence.lowerBound..<pronoun).contains(where: {
        tokens[$0].isMark(",") || paragraph.mentions.covers($0)
      }),
      let comma = (pronoun + 1..<min(sentence.upperBound, pronoun + 16)).first(where: {
        tokens[$0].isMark(",")
      })
    else { return nil }
    var position = comma + 1
    while position < min(sentence.upperBound, comma + 6) {
      // (A person by name or surname, not another pronoun.)
      if let named = paragraph.mentions.starting(at: position) {
        return named.entityKind == .person
          && !index.words.personPronouns.contains(tokens[named.tokens.lowerBound])
          ? named.entity : nil
      }
      guard tokens[position].isWord, tokens[position].isCapitalized else { return nil }
      position += 1
    }
    return nil
  }

  /// "the ambassador", "the Russian leader", "Russia's foreign minister",
  /// "a senior Biden administration official", and subject pronouns.
  mutating func findReferences(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    let titles = index.titles  // (read once: asked after every determiner)
    var subjects = Subjects(paragraph)
    // Where the paragraph first names each of its people, looked up only
    // when a description is read.
    var firstNamed: [String: Int]?
    func isNamed(_ person: String, before position: Int) -> Bool {
      if firstNamed == nil {
        var found: [String: Int] = [:]
        for mention in paragraph.mentions.within(0..<tokens.count)
        where mention.entityKind == .person && found[mention.entity] == nil {
          found[mention.entity] = mention.tokens.lowerBound
        }
        firstNamed = found
      }
      return firstNamed![person].map { $0 < position } ?? false
    }
    var position = 0
    while position < tokens.count {
      defer { position += 1 }
      guard !paragraph.mentions.covers(position) else { continue }
      if index.words.personPronouns.contains(tokens[position]),
        let id = namedAfterOpeningClause(paragraph, pronoun: position)
          ?? subjects.antecedent(before: position, in: paragraph) ?? lastSubject
          ?? recentPeople.last
      {
        paragraph.mentions.add(
          Mention(
            tokens: position..<position + 1, entity: id, kind: .reference, entityKind: .person))
        subjects.note(id, at: position, in: paragraph)
        continue
      }
      // "the statement says", "the joint declaration": the document last signed or named.
      if index.words.descriptorDeterminers.contains(tokens[position]),
        let document = documentDescriptor(tokens, at: position + 1)
      {
        let words = paragraph.text(position + 1..<document.upperBound)
        let id: String
        if index.words.indefiniteArticles.contains(tokens[position])
          || descriptors["document"] == nil
        {
          guard document.count >= 2 || descriptors["document"] == nil else { continue }
          // The joint statement of a summit is the same text in every article.
          id = builder.other(
            name: words, kind: .document,
            evidence: paragraph.evidence(position..<document.upperBound, "document.descriptor", 0.6)
          )
          descriptors["document"] = id
        } else {
          id = descriptors["document"]!
          builder.addAlias(words, to: id)
        }
        paragraph.mentions.add(
          Mention(
            tokens: position..<document.upperBound, entity: id, kind: .reference,
            entityKind: .document))
        continue
      }
      // "the allies", "its allies", "the alliance": the alliance last named.
      if index.words.allianceDeterminers.contains(tokens[position]), position + 1 < tokens.count,
        index.words.allianceNouns.contains(tokens[position + 1]), let alliance = lastAlliance
      {
        paragraph.mentions.add(
          Mention(
            tokens: position..<position + 2, entity: alliance, kind: .reference,
            entityKind: .alliance))
        continue
      }
      // "Russia's foreign minister said": a state's or body's possessive is
      // a determiner with its qualifier. (Not a person's or a place's; and
      // only as a speaker's subject: not "an aide to Russia's foreign
      // minister said".)
      let owner =
        index.words.possessiveMarkers.contains(tokens[position])
        ? paragraph.mentions.ending(at: position - 1).flatMap {
          $0.entityKind == .person || $0.entityKind == .place
            || !opensSpeaker(tokens, at: $0.tokens.lowerBound) ? nil : $0
        } : nil
      guard owner != nil || index.words.determiners.contains(tokens[position]) else { continue }
      // Up to four qualifiers, then a head noun.
      var end = position + 1
      var qualifier = owner
      // "the former foreign minister", "Russia's new ambassador": someone
      // else than the holder the article named; after one of
      // `past-tenure-words`, someone who held the title once ("former
      // President Álvaro Uribe … the former president said").
      var tenured = false
      var past = false
      while end < tokens.count, end - position <= 5, tokens[end].isWord {
        if let title = titles.match(tokens, at: end) {
          if tenured, !past { break }
          let titleText = paragraph.text(end..<end + title.length)
          let after = end + title.length
          // "the ambassador" but not "the Ambassador Anatoly Antonov" (handled) nor "the president's".
          if after < tokens.count, tokens[after].isCapitalized, tokens[after].isWord { break }
          // (After a possessive, only just before a speech verb: not
          // "Russia's foreign minister's spokeswoman", "Russia's foreign
          // minister in 1999, Igor Ivanov, said".)
          if owner != nil, index.speechVerbs.match(tokens, at: after) == nil { break }
          // "the French leader": whoever of France the article named last,
          // whatever their title ("President Emmanuel Macron").
          let anyTitle =
            qualifier != nil && title.length == 1
            && index.words.genericLeaderTitles.contains(tokens[end])
          // "said the Special Envoy" of "the UN special envoy for Yemen":
          // a speaker's title may stand anywhere in the role, as its own
          // words. (Only a speaker's: elsewhere "the Special Envoy of the
          // Secretary-General, Mr. Martin Griffiths" names him itself.)
          func speaks() -> Bool {
            position > 0 && index.speechVerbs.match(tokens, at: position - 1) != nil
              || index.speechVerbs.match(tokens, at: after) != nil
          }
          let folding = folded(titleText)
          let words = " \(folding) "
          // Whether `holder` fits by a role held now (`current`) or by any,
          // one held once too ("former President").
          func fits(_ holder: String, inside: Bool) -> (current: Bool, any: Bool) {
            // (Not someone the paragraph names only after the description:
            // "The West was to blame, Russia's foreign minister said. His
            // predecessor, Russian Foreign Minister Igor Ivanov, …".)
            // (Or set off just after it: "the Houthi chief negotiator,
            // Mohammed Abdulsalam,".)
            guard
              peopleBeforeParagraph.contains(holder) || isNamed(holder, before: position)
                || after + 1 < tokens.count && tokens[after].isMark(",")
                  && isNamed(holder, before: after + 2),
              let person = builder.entity(holder)
            else { return (false, false) }
            var held = false
            for role in person.roles {
              let matches =
                anyTitle
                ? role.of == qualifier?.entity
                : (inside
                  ? headsRole(folded(role.title), words) : folded(role.title).hasSuffix(folding))
                  && (qualifier == nil || role.of == qualifier?.entity)
              guard matches else { continue }
              // (A past holder only, for "the former president".)
              if past { if isPastRole(role) { return (true, true) } else { continue } }
              if !isPastRole(role) { return (true, true) }
              held = true
            }
            // ("the French leader": whoever of France, whatever the title.)
            if anyTitle, !held, !past, person.country == qualifier?.entity {
              return person.roles.contains(where: isPastRole) ? (false, true) : (true, true)
            }
            return (false, held)
          }
          // The last of the recent people who fits by a role held now, and
          // the last who fits at all.
          func holder(inside: Bool) -> (current: String?, any: String?) {
            var any: String?
            for id in recentPeople.suffix(Self.recentSpeakers).reversed() {
              let fit = fits(id, inside: inside)
              if fit.current { return (id, any ?? id) }
              if fit.any, any == nil { any = id }
            }
            return (nil, any)
          }
          // (Inside a role only among the last few people: an article of
          // thousands of people does not fold every role for every title.)
          // Someone in office first ("the president" is not "former President
          // Álvaro Uribe" while another holds it), then someone who held the
          // title ("Former President Donald Trump was sworn in … The
          // president said").
          let outside = holder(inside: false)
          let within: (current: String?, any: String?) =
            outside.current == nil && speaks() ? holder(inside: true) : (nil, nil)
          if let id = outside.current ?? within.current ?? outside.any ?? within.any {
            // "the Turkish minister": in place of the demonym it holds.
            // ("Russia's foreign minister": in place of its owner too.)
            paragraph.mentions.replace(
              Mention(
                tokens: (owner?.tokens.lowerBound ?? position)..<after, entity: id,
                kind: .reference, entityKind: .person))
            subjects.note(id, at: position, in: paragraph)
            noteRecent(id)
          } else if !past, let body = spokenFor(paragraph, title: after - 1, qualifier: qualifier) {
            // "a spokeswoman for the African Union said", "a Kremlin
            // spokesman": no one named, the body speaks.
            paragraph.mentions.replace(
              Mention(
                tokens: (owner?.tokens.lowerBound ?? position)..<max(after, body.tokens.upperBound),
                entity: body.entity, kind: .reference, entityKind: body.entityKind))
          }
          break
        }
        if owner == nil, index.words.officialNouns.contains(tokens[end]) {
          // "the official said", not "the official Facebook page".
          if end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized { break }
          if tokens[position + 1..<end].contains(where: {
            $0.isWord && !$0.isCapitalized
              && (index.words.pastSuffixes.matches($0.key)
                || index.words.progressiveSuffixes.matches($0.key))
          }) {
            break
          }
          let range = position..<end + 1
          let isNew = !index.words.definiteArticles.contains(tokens[position])
          let words = paragraph.text(position + 1..<end + 1)
          // "Saeb Erekat, a senior Palestinian official, said": the person
          // just named is the official, set off by commas ("Ismail Haniyeh,
          // an Egyptian official said" is someone else); "the official" is
          // them from now on. (A role only for someone who has none yet, a
          // past one after "former".)
          if isNew, position >= 2, tokens[position - 1].isMark(","), end + 1 < tokens.count,
            tokens[end + 1].isMark(","),
            let named = paragraph.mentions.ending(at: position - 2), named.entityKind == .person
          {
            if let person = builder.entity(named.entity), person.roles.isEmpty,
              index.knownPerson(named: person.name) == nil,
              let state = officialState(paragraph, position..<end)
            {
              let past = (position..<end).first {
                index.words.pastTenureWords.contains(tokens[$0])
              }
              builder.addRole(
                Role(
                  title: past.map { pastTenurePrefix(tokens, at: $0) + index.label(.official) }
                    ?? index.label(.official), of: state), to: named.entity)
            }
            descriptors["official"] = named.entity
            descriptors["named-official"] = named.entity
            break
          }
          let id: String
          if !isNew, let known = descriptors["official"] {
            id = known
            // (A name needs no "official" beside it.)
            if known != descriptors["named-official"] { builder.addAlias(words, to: known) }
          } else if isNew || descriptors["official"] == nil, end - position >= 2 || isNew {
            id = builder.other(
              name: words, kind: .person, inArticle: paragraph.article,
              evidence: paragraph.evidence(range, "person.unnamed-official", 0.6))
            descriptors["official"] = id
            if let state = officialState(paragraph, position..<end) {
              builder.addRole(Role(title: index.label(.official), of: state), to: id)
            }
          } else {
            break
          }
          paragraph.mentions.add(
            Mention(tokens: range, entity: id, kind: .reference, entityKind: .person))
          subjects.note(id, at: range.lowerBound, in: paragraph)
          break
        }
        if let actor = paragraph.mentions.starting(at: end) {
          qualifier = actor
          end = actor.tokens.upperBound
          continue
        }
        if index.words.tenureWords.contains(tokens[end]) {
          tenured = true
          past = past || index.words.pastTenureWords.contains(tokens[end])
        }
        end += 1
      }
    }
  }

  /// Whether `role` is one held once: its title opens with one of
  /// `past-tenure-words` ("former President", "ex-President").
  private func isPastRole(_ role: Role) -> Bool {
    // (A title read from text opens with a capital; a past one with the
    // tenure word as its key.)
    guard role.title.first?.isLowercase == true else { return false }
    return index.words.pastTenureWords.contains(
      String(role.title.prefix { $0 != " " && $0 != "-" }))
  }

  /// Whether ` words ` (folded, set off by spaces) stand in the role
  /// `title` (folded) as its head: at its end or before one of
  /// `title-links` or `remit-links` ("special envoy" in "un special envoy
  /// for yemen"), not as a modifier ("chief" in "chief negotiator").
  private func headsRole(_ title: String, _ words: String) -> Bool {
    let role = " \(title) "
    var from = role.startIndex
    while let found = role.range(of: words, range: from..<role.endIndex) {
      let next = role[found.upperBound...].prefix { $0 != " " }
      if next.isEmpty || index.words.titleLinks.contains(String(next))
        || index.words.remitLinks.contains(String(next))
      {
        return true
      }
      from = role.index(before: found.upperBound)
    }
    return false
  }

  /// Whose official "a senior Biden administration official" or "a Russian
  /// official" is: the first state named among `words`, or its country.
  private func officialState(_ paragraph: Paragraph, _ words: Range<Int>) -> String? {
    paragraph.mentions.within(words).compactMap { mention in
      builder.entity(mention.entity).flatMap { $0.kind == .state ? $0.id : $0.country }
    }.first
  }

  /// Whether a speaker's subject may start at `start`: its sentence's
  /// first word, or after a mark or a speech verb ("said Russia's foreign
  /// minister"); not after another word ("a source close to …", "critics
  /// of …").
  private func opensSpeaker(_ tokens: [Token], at start: Int) -> Bool {
    start == 0 || !tokens[start - 1].isWord || index.speechVerbs.match(tokens, at: start - 1) != nil
  }

  /// The body an unnamed spokesperson speaks for: named before the title
  /// ("a Kremlin spokesman"), else just after it ("a spokeswoman for the
  /// African Union"); not a person, and not for a title that is no voice
  /// of a body ("a Russian diplomat").
  private func spokenFor(_ paragraph: Paragraph, title: Int, qualifier: Mention?) -> Mention? {
    let tokens = paragraph.tokens
    guard index.words.spokesTitles.contains(tokens[title]) else { return nil }
    var body = qualifier
    if body == nil, title + 2 < tokens.count,
      index.words.spokesPrepositions.contains(tokens[title + 1])
    {
      var start = title + 2
      if index.words.determiners.contains(tokens[start]) { start += 1 }
      body = paragraph.mentions.starting(at: start)
    }
    guard let body, body.entityKind != .person, body.entityKind != .place else { return nil }
    return body
  }
}

extension MentionPass {
  /// "deputy secretary of state" → "Deputy Secretary of State".
  func capitalizedTitle(_ title: String) -> String {
    var result = ""
    result.reserveCapacity(title.utf8.count)
    let words = title.pieces(separatedBy: " ")
    for word in words {
      if !result.isEmpty { result += " " }
      let lower = word.lowercased()
      if index.words.titleLowerWords.contains(lower) {
        result += lower
      } else if let first = word.utf8.first, first < 0x80 {
        // An ASCII first letter is upper-cased alone, whatever follows it.
        let upper = first &- 0x61 < 26 ? first - 0x20 : first
        result.unicodeScalars.append(Unicode.Scalar(upper))
        result += Substring(word.unicodeScalars.dropFirst())
      } else {
        result += word.prefix(1).uppercased() + word.dropFirst()
      }
    }
    return result
  }
}

/// The people a pronoun can stand for, kept as a paragraph is read from left
/// to right, so that finding each pronoun's person costs the same however
/// long the paragraph is.
struct Subjects {
  /// Per sentence, the first person named in it: where, and who.
  private var first: [(start: Int, entity: String)?]
  /// The sentence the reading is in, and the subject of the nearest earlier
  /// sentence that has one.
  private var sentence = 0
  private var earlier: String?

  init(_ paragraph: Paragraph) {
    first = paragraph.sentences.map { sentence in
      paragraph.mentions.first(in: sentence.tokens) { $0.entityKind == .person }.map {
        ($0.tokens.lowerBound, $0.entity)
      }
    }
  }

  /// The person a pronoun at `position` stands for: the subject of its own
  /// sentence if named before it, else of the nearest earlier sentence of the
  /// paragraph; `nil` if the paragraph named nobody before it.
  mutating func antecedent(before position: Int, in paragraph: Paragraph) -> String? {
    advance(to: paragraph.sentenceIndex(of: position))
    if let subject = first[sentence], subject.start < position { return subject.entity }
    return earlier
  }

  /// A person named at `position` (a pronoun or description just resolved).
  mutating func note(_ entity: String, at position: Int, in paragraph: Paragraph) {
    let number = paragraph.sentenceIndex(of: position)
    advance(to: number)
    if first[number].map({ position < $0.start }) ?? true { first[number] = (position, entity) }
  }

  private mutating func advance(to number: Int) {
    while sentence < number {
      earlier = first[sentence]?.entity ?? earlier
      sentence += 1
    }
  }
}
