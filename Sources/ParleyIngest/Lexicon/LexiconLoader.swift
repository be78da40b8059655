import Foundation
import ParleyCore

extension Lexicon {
  /// The default lexicon for international security and diplomacy, shipped
  /// with Parley.
  package static let builtin: Lexicon = {
    do {
      return try Lexicon(
        yaml: String(decoding: PackageResources.default_lexicon_yaml, as: UTF8.self),
        file: "default-lexicon.yaml", checkingWords: false)
    } catch {
      preconditionFailure("the shipped lexicon is invalid: \(error)")
    }
  }()

  /// Reads a lexicon file (YAML); see docs/ingest.md for the format.
  ///
  /// - Throws: ``LoadingError`` when the file cannot be read, and
  ///   ``ValidationReport`` with every problem, each with its line and column.
  package init(contentsOf path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw LoadingError.unreadable(
        path: path, reason: "is a folder; give the lexicon's YAML file")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw LoadingError.unreadable(
        path: path, reason: "cannot read the lexicon (\(error.localizedDescription))")
    }
    try self.init(yaml: String(decoding: data, as: UTF8.self), file: path)
  }

  /// Reads a lexicon from YAML text; `file` names it in messages. With
  /// `checkingWords`, an entry of a list of single words that the tokenizer
  /// splits is a problem (the shipped lexicon, checked by its tests, skips
  /// the check at every start).
  ///
  /// - Throws: ``ValidationReport`` with every problem.
  package init(yaml: String, file: String, checkingWords: Bool = true) throws(ValidationReport) {
    let root = try SyntaxNode(yaml: yaml, file: file)
    let reader = LexiconReader(file: file, checkingWords: checkingWords)
    let lexicon = reader.lexicon(root)
    if !reader.problems.isEmpty { throw ValidationReport(reader.problems) }
    self = lexicon
  }
}

/// Turns the YAML tree into a ``Lexicon``, collecting every problem.
private final class LexiconReader {
  let file: String
  /// Whether an entry of a list of single words must be one word.
  let checkingWords: Bool
  var problems: [Diagnostic] = []

  init(file: String, checkingWords: Bool) {
    (self.file, self.checkingWords) = (file, checkingWords)
  }

  func lexicon(_ root: SyntaxNode) -> Lexicon {
    let fields = object(
      root, at: .root,
      known: [
        "lexicon", "version", "actors", "people", "titles", "issues", "stances", "speech-verbs",
        "events", "words", "months", "weekdays", "labels",
      ])
    let name = fields["lexicon"].flatMap { string($0, at: .root.appending("lexicon")) }
    let version = fields["version"].flatMap { string($0, at: .root.appending("version")) }
    if name == nil { problem(root, .root, "the lexicon has no name", "add lexicon: NAME") }
    if version == nil { problem(root, .root, "the lexicon has no version", "add version: \"1.0\"") }
    var lexicon = Lexicon(version: "\(name ?? "?"):\(version ?? "?")")
    lexicon.actors = list(fields["actors"], at: .root.appending("actors")) { node, path in
      actor(node, at: path)
    }
    var names: Set<String> = []
    lexicon.people = list(fields["people"], at: .root.appending("people")) { node, path in
      let fields = object(node, at: path, known: ["name", "aliases", "of", "title"])
      guard let name = required(fields, "name", node, path),
        let of = required(fields, "of", node, path)
      else { return nil }
      let aliases = strings(fields["aliases"], at: path.appending("aliases"))
      // (A person's own spellings may fold alike: "Mevlüt", "Mevlut".)
      var own: Set<String> = []
      for (offset, spelling) in ([name] + aliases).enumerated() {
        let key = folded(spelling)
        guard own.insert(key).inserted, !names.insert(key).inserted else { continue }
        let at =
          offset == 0 ? path.appending("name") : path.appending("aliases").appending(offset - 1)
        problem(
          fields[offset == 0 ? "name" : "aliases"] ?? node, at,
          "\"\(spelling)\" is a name of another person of the lexicon too",
          "a name two people share would give one the other's side: keep it for one, or leave both out"
        )
      }
      return Lexicon.Person(
        name: name, aliases: aliases, of: of,
        title: fields["title"].flatMap { string($0, at: path.appending("title")) })
    }
    var ids: Set<String> = []
    lexicon.titles = strings(fields["titles"], at: .root.appending("titles"))
    lexicon.issues = list(fields["issues"], at: .root.appending("issues")) { node, path in
      let fields = object(node, at: path, known: ["id", "label", "keywords"])
      guard let id = required(fields, "id", node, path),
        let label = required(fields, "label", node, path)
      else { return nil }
      checkID(id, fields["id"] ?? node, path.appending("id"), &ids)
      return Lexicon.IssueEntry(
        id: id, label: label, keywords: strings(fields["keywords"], at: path.appending("keywords")))
    }
    if let stances = fields["stances"] {
      let path = IRPath.root.appending("stances")
      for (key, value) in orderedObject(
        stances, at: path, known: Set(Stance.allCases.map(\.rawValue)))
      {
        if let stance = Stance(rawValue: key) {
          lexicon.stances[stance] = strings(value, at: path.appending(key))
        }
      }
    }
    lexicon.speechVerbs = strings(fields["speech-verbs"], at: .root.appending("speech-verbs"))
    lexicon.events = list(fields["events"], at: .root.appending("events")) { node, path in
      let fields = object(node, at: path, known: ["id", "cues", "kind", "cameo"])
      guard let id = required(fields, "id", node, path),
        let kindName = required(fields, "kind", node, path)
      else { return nil }
      checkID(id, fields["id"] ?? node, path.appending("id"), &eventIDs)
      guard let kind = Event.Kind(rawValue: kindName) else {
        problem(
          fields["kind"] ?? node, path.appending("kind"), "unknown event kind \"\(kindName)\"",
          "one of: \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
      }
      let cameo = fields["cameo"].flatMap { string($0, at: path.appending("cameo")) }
      if let cameo, CAMEO.label(of: cameo) == nil {
        problem(
          fields["cameo"] ?? node, path.appending("cameo"), "\"\(cameo)\" is not a CAMEO code",
          "see the CAMEO table (\(CAMEO.version)) in docs/ingest.md, or leave cameo out")
      }
      return Lexicon.EventRule(
        id: id, cues: strings(fields["cues"], at: path.appending("cues")), kind: kind,
        cameo: cameo)
    }
    if let words = fields["words"] {
      let path = IRPath.root.appending("words")
      for (key, value) in orderedObject(
        words, at: path, known: Set(Lexicon.WordList.allCases.map(\.rawValue)))
      {
        if let list = Lexicon.WordList(rawValue: key) {
          lexicon.words[list] = wordList(list, value, at: path.appending(key))
        }
      }
    }
    if let labels = fields["labels"] {
      lexicon.labels = self.labels(labels)
    }
    lexicon.months = calendarNames(fields["months"], "months", count: 12)
    lexicon.weekdays = calendarNames(fields["weekdays"], "weekdays", count: 7)
    return lexicon
  }

  /// `labels:`: the names drafts give what they make, each with its placeholders.
  private func labels(_ node: SyntaxNode) -> [Lexicon.Label: String] {
    let path = IRPath.root.appending("labels")
    var labels: [Lexicon.Label: String] = [:]
    for (key, value) in orderedObject(
      node, at: path, known: Set(Lexicon.Label.allCases.map(\.rawValue)))
    {
      guard let label = Lexicon.Label(rawValue: key),
        let text = string(value, at: path.appending(key), numbers: false)
      else { continue }
      let missing = label.placeholders.filter { !text.contains($0) }
      let unknown = placeholders(in: text).filter { !label.placeholders.contains($0) }
      if !missing.isEmpty {
        problem(
          value, path.appending(key),
          "the label \"\(key)\" has no \(missing.joined(separator: " or "))",
          "write \(label.placeholders.joined(separator: " and ")) where the name goes")
      } else if let first = unknown.first {
        problem(
          value, path.appending(key), "the label \"\(key)\" cannot fill \(first)",
          label.placeholders.isEmpty
            ? "this label takes no placeholder: write the words alone"
            : "it takes only \(label.placeholders.joined(separator: " and "))")
      } else if label == .talkAtVenue, text == "{venue}" {
        problem(
          value, path.appending(key), "the label \"\(key)\" is the venue alone",
          "add words around {venue}, such as \"Talks in {venue}\": a talk is not its place")
      } else {
        labels[label] = text
      }
    }
    return labels
  }

  /// The placeholders a label's text holds: every `{name}`.
  private func placeholders(in text: String) -> [String] {
    var found: [String] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      found.append(String(rest[open...close]))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  /// `months:` or `weekdays:`: one list of names per month or day, in order.
  private func calendarNames(_ node: SyntaxNode?, _ key: String, count: Int) -> [[String]] {
    guard let node else { return [] }
    let path = IRPath.root.appending(key)
    let names = list(node, at: path) { item, itemPath in
      // (Keyed as the text's words are: "Décembre" in either Unicode form.)
      strings(item, at: itemPath).map(Token.key)
    }
    if names.count != count {
      problem(
        node, path, "\(key) has \(names.count) lists, not \(count)",
        "give one list of names per \(key == "months" ? "month, January" : "day, Monday") first")
    }
    return names
  }

  private func actor(_ node: SyntaxNode, at path: IRPath) -> Lexicon.Actor? {
    let fields = object(
      node, at: path,
      known: [
        "id", "name", "kind", "aliases", "metonyms", "demonyms", "country", "members", "region",
      ])
    guard let id = required(fields, "id", node, path),
      let name = required(fields, "name", node, path),
      let kindName = required(fields, "kind", node, path)
    else { return nil }
    checkID(id, fields["id"] ?? node, path.appending("id"), &actorIDs)
    guard let kind = Entity.Kind(rawValue: kindName), kind != .person else {
      problem(
        fields["kind"] ?? node, path.appending("kind"), "unknown actor kind \"\(kindName)\"",
        "one of: state, organization, alliance, place, document, other (people are found in the text)"
      )
      return nil
    }
    return Lexicon.Actor(
      id: id, name: name, kind: kind,
      aliases: strings(fields["aliases"], at: path.appending("aliases")),
      metonyms: strings(fields["metonyms"], at: path.appending("metonyms")),
      demonyms: strings(fields["demonyms"], at: path.appending("demonyms")),
      country: fields["country"].flatMap { string($0, at: path.appending("country")) },
      members: strings(fields["members"], at: path.appending("members")),
      isRegion: fields["region"].map { flag($0, at: path.appending("region")) } ?? false)
  }

  /// A true or false (YAML's unquoted `true`, `false`).
  private func flag(_ node: SyntaxNode, at path: IRPath) -> Bool {
    switch node.value {
    case .bool(let flag): return flag
    case .plain("true"): return true
    case .plain("false"): return false
    default:
      problem(node, path, "expected true or false, found \(node.typeName)", "write true or false")
      return false
    }
  }

  private var actorIDs: Set<String> = []
  private var eventIDs: Set<String> = []

  /// Ids become IR ids: they must follow the IR's syntax and be unique.
  func checkID(_ id: String, _ node: SyntaxNode, _ path: IRPath, _ seen: inout Set<String>) {
    if !IRIdentifier.isValid(id) {
      problem(
        node, path, "\"\(id)\" is not a valid id",
        "ids start with a letter or digit and use only letters, digits, '-', '_', '.' and ':'")
    } else if !seen.insert(id).inserted {
      problem(node, path, "the id \"\(id)\" is used twice", "give each entry its own id")
    }
  }

  // MARK: - Reading nodes

  private func object(_ node: SyntaxNode, at path: IRPath, known: Set<String>)
    -> [String: SyntaxNode]
  {
    guard case .object(let members) = node.value else {
      problem(node, path, "expected a mapping", nil)
      return [:]
    }
    var result: [String: SyntaxNode] = [:]
    for (key, value) in members {
      if known.contains(key) {
        result[key] = value
      } else {
        problem(
          value, path.appending(key), "unknown field \"\(key)\"",
          Suggestions.didYouMean(key, in: known.sorted())
            ?? "known fields: \(known.sorted().joined(separator: ", "))")
      }
    }
    return result
  }

  /// The known fields of a mapping, in document order.
  private func orderedObject(_ node: SyntaxNode, at path: IRPath, known: Set<String>)
    -> [(key: String, value: SyntaxNode)]
  {
    let fields = object(node, at: path, known: known)
    guard case .object(let members) = node.value else { return [] }
    return members.filter { fields[$0.key] != nil }
  }

  private func list<T>(
    _ node: SyntaxNode?, at path: IRPath, _ element: (SyntaxNode, IRPath) -> T?
  ) -> [T] {
    guard let node else { return [] }
    guard case .array(let items) = node.value else {
      problem(node, path, "expected a list", nil)
      return []
    }
    return items.enumerated().compactMap { element($0.element, path.appending($0.offset)) }
  }

  /// A word list's entries, lower case. Those matched on the text's words
  /// are folded as the words are (typographic apostrophes and dashes), and
  /// an entry of a list of single words must be one word to the tokenizer.
  private func wordList(_ wordList: Lexicon.WordList, _ node: SyntaxNode, at path: IRPath)
    -> [String]
  {
    list(node, at: path) { item, itemPath -> String? in
      guard let entry = string(item, at: itemPath) else { return nil }
      switch wordList.matching {
      case .text: return entry.lowercased()
      case .ending: return Token.key(entry)
      case .phrase:
        // Split as the text is: "a.k.a." and "so-called" as their words are.
        let words = Tokenizer.tokens(of: Token.key(entry), abbreviations: [])
        return words.map(\.key).joined(separator: " ")
      case .word:
        let key = Token.key(entry)
        guard checkingWords else { return key }
        let words = Tokenizer.tokens(of: key, abbreviations: [])
        // (Letters and full stops are one word as an abbreviation or an
        // initialism is: "mr.", "h.e."; "'s" is one after a word.)
        let clitic = Tokenizer.tokens(of: "x" + key, abbreviations: []).map(\.key)
        if words.count == 1 { return words[0].key }
        guard
          key.allSatisfy({ $0.isLetter || $0 == "." }) && key.contains(where: \.isLetter)
            || clitic == ["x", key]
        else {
          problem(
            item, itemPath,
            "\"\(entry)\" is \(words.count) words to the tokenizer "
              + "(\(words.map(\.text).joined(separator: " "))), and `\(wordList.rawValue)` matches one word at a time",
            "list each word form alone")
          return nil
        }
        return key
      }
    }
  }

  private func strings(_ node: SyntaxNode?, at path: IRPath) -> [String] {
    list(node, at: path) { item, itemPath in string(item, at: itemPath) }
  }

  /// The text of `node`; a number is its digits, unless `numbers` is
  /// false (a label is words, never a number).
  private func string(_ node: SyntaxNode, at path: IRPath, numbers: Bool = true) -> String? {
    if node.isNull {
      problem(node, path, "expected text, found null", "write the text, or leave the entry out")
      return nil
    }
    switch node.value {
    // (YAML reads 42 and true unquoted as a number and a boolean.)
    case .plain(let text)
    where !numbers && (SyntaxNode.plainIsNumber(text) || ["true", "false"].contains(text)):
      problem(node, path, "expected text, found \(text)", "write the text in quotes")
      return nil
    case .string(let text), .plain(let text):
      if text.trimmingWhitespace.isEmpty {
        problem(node, path, "empty text", nil)
        return nil
      }
      return text
    case .integer(let number) where numbers: return String(number)
    default:
      problem(node, path, "expected text, found \(node.typeName)", "write the text in quotes")
      return nil
    }
  }

  private func required(
    _ fields: [String: SyntaxNode], _ key: String, _ node: SyntaxNode, _ path: IRPath
  ) -> String? {
    guard let value = fields[key] else {
      problem(node, path, "missing \"\(key)\"", nil)
      return nil
    }
    return string(value, at: path.appending(key))
  }

  private func problem(_ node: SyntaxNode, _ path: IRPath, _ message: String, _ hint: String?) {
    problems.append(
      Diagnostic(file: file, path: path, location: node.location, message: message, hint: hint))
  }
}
