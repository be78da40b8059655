import ParleyCore

/// Descriptions and pronouns that refer to someone named elsewhere.
extension MentionPass {
  /// "the ambassador", "the Russian leader", "a senior Biden administration
  /// official", and subject pronouns.
  mutating func findReferences(_ paragraph: inout Paragraph) {
    let tokens = paragraph.tokens
    var position = 0
    while position < tokens.count {
      defer { position += 1 }
      guard !paragraph.mentions.covers(position) else { continue }
      let key = tokens[position].key
      if index.words.personPronouns.contains(key), let id = antecedent(paragraph, before: position)
      {
        paragraph.mentions.add(
          Mention(
            tokens: position..<position + 1, entity: id, kind: .reference, entityKind: .person))
        continue
      }
      // "the statement says", "the joint declaration": the document last signed or named.
      if ["the", "a", "an", "this", "that"].contains(key),
        let document = documentDescriptor(tokens, at: position + 1)
      {
        let words = paragraph.text(position + 1..<document.upperBound)
        let id: String
        if key == "a" || key == "an" || descriptors["document"] == nil {
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
      if ["the", "its", "western"].contains(key), position + 1 < tokens.count,
        index.words.allianceNouns.contains(tokens[position + 1]), let alliance = lastAlliance
      {
        paragraph.mentions.add(
          Mention(
            tokens: position..<position + 2, entity: alliance, kind: .reference,
            entityKind: .alliance))
        continue
      }
      guard index.words.determiners.contains(key) else { continue }
      // Up to four qualifiers, then a head noun.
      var end = position + 1
      var qualifier: String?
      while end < tokens.count, end - position <= 5, tokens[end].isWord {
        if let title = index.titles.match(tokens, at: end) {
          let titleText = paragraph.text(end..<end + title.length)
          let after = end + title.length
          // "the ambassador" but not "the Ambassador Anatoly Antonov" (handled) nor "the president's".
          if after < tokens.count, tokens[after].isCapitalized, tokens[after].isWord { break }
          if let id = recentPeople.last(where: { holder in
            builder.entity(holder)?.roles.contains {
              folded($0.title).hasSuffix(folded(titleText))
                && (qualifier == nil || $0.of == qualifier)
            } ?? false
          }) {
            // "the Turkish minister": in place of the demonym it holds.
            paragraph.mentions.replace(
              Mention(tokens: position..<after, entity: id, kind: .reference, entityKind: .person))
            noteRecent(id)
          }
          break
        }
        if tokens[end].key == "official" {
          // "the official said", not "the official Facebook page".
          if end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized { break }
          if tokens[position + 1..<end].contains(where: {
            $0.isWord && !$0.isCapitalized && ($0.key.hasSuffix("ed") || $0.key.hasSuffix("ing"))
          }) {
            break
          }
          let range = position..<end + 1
          let isNew = key != "the"
          let words = paragraph.text(position + 1..<end + 1)
          let id: String
          if !isNew, let known = descriptors["official"] {
            id = known
            builder.addAlias(words, to: known)
          } else if isNew || descriptors["official"] == nil, end - position >= 2 || isNew {
            id = builder.other(
              name: words, kind: .person, inArticle: paragraph.article,
              evidence: paragraph.evidence(range, "person.unnamed-official", 0.6))
            descriptors["official"] = id
            // "a senior Biden administration official", "a Russian official": whose official.
            if let state = paragraph.mentions.within(position..<end).compactMap({ mention in
              builder.entity(mention.entity).flatMap { $0.kind == .state ? $0.id : $0.country }
            }).first {
              builder.addRole(Role(title: "Official", of: state), to: id)
            }
          } else {
            break
          }
          paragraph.mentions.add(
            Mention(tokens: range, entity: id, kind: .reference, entityKind: .person))
          break
        }
        if let actor = paragraph.mentions.starting(at: end) {
          qualifier = actor.entity
          end = actor.tokens.upperBound
          continue
        }
        end += 1
      }
    }
  }
}

/// "deputy secretary of state" → "Deputy Secretary of State".
func capitalizedTitle(_ title: String) -> String {
  title.split(separator: " ").map { word in
    ["of", "the", "for", "and", "to", "on"].contains(word.lowercased())
      ? String(word).lowercased() : word.prefix(1).uppercased() + word.dropFirst()
  }.joined(separator: " ")
}
