import ParleyCore

/// A dossier as a Markdown briefing: the title, the talks, a table of
/// positions per issue and, unless left out, the direct quotes. Every list is
/// sorted, so the same dossier always gives the same text.
struct Briefing {
  let dossier: Dossier
  let includesQuotes: Bool
  private let names: [String: String]

  init(_ dossier: Dossier, includesQuotes: Bool = true) {
    self.dossier = dossier
    self.includesQuotes = includesQuotes
    names = Dictionary(
      dossier.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  func markdown() -> String {
    var lines = ["# " + Self.inline(dossier.title)]
    if let description = dossier.description {
      lines += ["", Self.inline(description)]
    }
    lines += talks() + positions()
    if includesQuotes { lines += quotes() }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Sections

  private func talks() -> [String] {
    guard !dossier.talks.isEmpty else { return [] }
    var lines = ["", "## Talks"]
    let talks = dossier.talks.sorted { Self.before($0.date, $1.date) ?? ($0.id < $1.id) }
    for talk in talks {
      var facts: [String] = []
      if let date = talk.date { facts.append("- Date: " + Self.inline(date.description)) }
      if let venue = talk.venue { facts.append("- Venue: " + Self.inline(name(of: venue))) }
      if !talk.parties.isEmpty {
        let parties = talk.parties.map { Self.inline(name(of: $0)) }
        facts.append("- Parties: " + parties.joined(separator: ", "))
      }
      lines += ["", "### " + Self.inline(talk.name)] + (facts.isEmpty ? [] : [""] + facts)
    }
    return lines
  }

  private func positions() -> [String] {
    let byIssue = Dictionary(grouping: dossier.positions, by: \.issue)
    let issues = dossier.issues.filter { byIssue[$0.id] != nil }
      .sorted { ($0.label, $0.id) < ($1.label, $1.id) }
    guard !issues.isEmpty else { return [] }
    var lines = ["", "## Positions"]
    for issue in issues {
      lines += [
        "", "### " + Self.inline(issue.label), "",
        "| Holder | Stance | Date | Summary |",
        "| --- | --- | --- | --- |",
      ]
      let positions = byIssue[issue.id, default: []].sorted { a, b in
        Self.before(a.date, b.date) ?? ((name(of: a.holder), a.id) < (name(of: b.holder), b.id))
      }
      for position in positions {
        let cells = [
          name(of: position.holder), position.stance.rawValue,
          position.date?.description ?? "—", position.summary ?? "",
        ]
        lines.append("| " + cells.map(Self.inline).joined(separator: " | ") + " |")
      }
    }
    return lines
  }

  private func quotes() -> [String] {
    let direct = dossier.statements.filter { $0.mode == .direct }.sorted { a, b in
      Self.before(a.date, b.date) ?? ((name(of: a.speaker), a.id) < (name(of: b.speaker), b.id))
    }
    guard !direct.isEmpty else { return [] }
    var lines = ["", "## Quotes"]
    for statement in direct {
      let attribution = [name(of: statement.speaker), statement.date?.description]
        .compactMap { $0 }.map(Self.inline).joined(separator: ", ")
      lines += ["", "> “" + Self.inline(statement.text) + "”", ">", "> — " + attribution]
    }
    return lines
  }

  // MARK: - Helpers

  private func name(of id: String) -> String { names[id] ?? id }

  /// Chronological order: by the earliest instant a date can mean, undated
  /// last, then as written; `nil` when the dates give no order.
  static func before(_ lhs: EDTFDate?, _ rhs: EDTFDate?) -> Bool? {
    guard lhs != rhs else { return nil }
    switch (lhs?.start, rhs?.start) {
    case (let left?, let right?) where left != right: return left < right
    case (.some, .none): return true
    case (.none, .some): return false
    default: return (lhs?.description ?? "") < (rhs?.description ?? "")
    }
  }

  /// Text for one line of Markdown: line breaks become spaces, and what
  /// Markdown would read as markup is escaped.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}":
        result.append(" ")
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "~":
        result += "\\\(character)"
      default:
        result.append(character)
      }
    }
    // A leading - + = or "1." would start a list or underline a heading.
    let digits = result.prefix { $0.isASCII && $0.isNumber }
    let rest = result.dropFirst(digits.count)
    if let first = result.first, "-+=".contains(first) {
      result = "\\" + result
    } else if !digits.isEmpty, let next = rest.first, ".)".contains(next) {
      result = digits + "\\" + rest
    }
    return result
  }
}
