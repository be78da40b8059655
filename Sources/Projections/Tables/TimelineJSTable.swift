import ParleyCore

/// The `timelinejs` flavour: Knight Lab TimelineJS's spreadsheet template,
/// its 18 columns in its order. The first row is the title slide (the
/// dossier's title and description); then one slide per talk, event,
/// statement and position that has a start, in timeline order.
///
/// A slide's date fills only the parts the EDTF date gives (`2021-12` →
/// Year 2021, Month 12, no Day); an interval fills the End columns too. A
/// date that TimelineJS cannot show as it is (qualified, with unspecified
/// digits, a season, an open end) is written as written in Display Date.
/// Records without a start, or whose year is not known (`201X`), are left
/// out: TimelineJS needs a year, and none is invented. Headline,
/// Text and Display Date are HTML, so `&`, `<`, `>` and `"` are escaped.
struct TimelineJSTable {
  /// The template's columns, in its order.
  static let columns = [
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
  ]

  /// The dossier.
  let dossier: Dossier
  /// Its lookups.
  let index: DossierIndex

  /// The title slide, then the slides.
  func rows() -> TableRows {
    let slides = TimelineItem.timeline(of: dossier, keepingUndated: false).compactMap {
      item -> (TimelineItem, EDTFDate, EDTFDate.Point)? in
      guard let date = item.date, let start = Self.startPoint(of: date) else { return nil }
      return (item, date, start)
    }
    return TableRows(count: slides.count + 1) { index in
      guard index > 0 else { return titleSlide() }
      let (item, date, start) = slides[index - 1]
      return slide(item, date: date, start: start)
    }
  }

  /// The first row: the dossier's title and description.
  private func titleSlide() -> [String] {
    var title = Array(repeating: "", count: Self.columns.count)
    title[9] = Self.html(dossier.title)
    title[10] = dossier.description.map { "<p>" + Self.html($0) + "</p>" } ?? ""
    title[15] = "title"
    return title
  }

  /// The text of a date's start and end as written; a single date is both.
  static func ends(of date: EDTFDate) -> (start: Substring, end: Substring) {
    let parts = date.description.split(separator: "/", omittingEmptySubsequences: false)
    return (parts[0], parts[parts.count - 1])
  }

  /// Whether the year of an EDTF date as written is known: not `201X` or `20XX`.
  static func hasKnownYear(_ text: Substring) -> Bool {
    let year = text.drop { $0 == "-" }.prefix(4)
    return !year.isEmpty && year != ".." && !year.contains("X")
  }

  /// The cells of one slide.
  private func slide(_ item: TimelineItem, date: EDTFDate, start: EDTFDate.Point) -> [String] {
    let (headline, text, provenance, group) = content(of: item)
    var cells = Self.dateParts(start)
    cells += Self.endPoint(of: date).map(Self.dateParts) ?? ["", "", "", ""]
    cells.append(Self.isPlain(date) ? "" : Self.html(date.description))
    cells.append(Self.html(headline))
    cells.append(paragraphs(text, provenance))
    cells += ["", "", "", "", "", group, ""]
    return cells
  }

  /// Headline, text, provenance and group of an item.
  private func content(of item: TimelineItem) -> (String, String?, [Provenance], String) {
    switch item.kind {
    case .talk:
      let talk = dossier.talks[item.offset]
      return (talk.name, talk.outcome, talk.sources, "Talks")
    case .event:
      let event = dossier.events[item.offset]
      return (event.title, event.summary, event.sources, "Events")
    case .statement:
      let statement = dossier.statements[item.offset]
      let mode = statement.mode == .direct ? "" : " (reported)"
      return (index.name(statement.speaker) + mode, statement.text, statement.sources, "Statements")
    case .position:
      let position = dossier.positions[item.offset]
      return (index.title(of: position), position.summary, position.sources, "Positions")
    }
  }

  /// The Text cell: the text as a paragraph, then the sources, linked where
  /// they have a URL.
  private func paragraphs(_ text: String?, _ provenance: [Provenance]) -> String {
    var html = text.map { "<p>" + Self.html($0) + "</p>" } ?? ""
    let cited = DossierIndex.sourceIDs(provenance).map { id -> String in
      guard let source = index.source(id) else { return Self.html(id) }
      let title = Self.html(source.title)
      guard let url = source.url else { return title }
      return "<a href=\"" + Self.html(url) + "\">" + title + "</a>"
    }
    if !cited.isEmpty { html += "<p>Sources: " + cited.joined(separator: "; ") + "</p>" }
    return html
  }

  /// Year, Month, Day and Time of a point: only the parts it gives.
  static func dateParts(_ point: EDTFDate.Point) -> [String] {
    let time = point.secondOfDay.map { seconds in
      [seconds / 3600, seconds / 60 % 60, seconds % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
        .joined(separator: ":")
    }
    return [
      String(point.year), point.month.map(String.init) ?? "", point.day.map(String.init) ?? "",
      time ?? "",
    ]
  }

  /// The date's start point, if it and its year are known.
  static func startPoint(of date: EDTFDate) -> EDTFDate.Point? {
    guard hasKnownYear(ends(of: date).start) else { return nil }
    switch date.value {
    case .date(let point): return point
    case .interval(.date(let point), _): return point
    case .interval: return nil
    }
  }

  /// An interval's end point, if it and its year are known; `nil` for a
  /// single date.
  static func endPoint(of date: EDTFDate) -> EDTFDate.Point? {
    guard hasKnownYear(ends(of: date).end) else { return nil }
    if case .interval(_, .date(let point)) = date.value { return point }
    return nil
  }

  /// Whether TimelineJS shows the date faithfully from its parts: a plain
  /// calendar value, or an interval of two.
  static func isPlain(_ date: EDTFDate) -> Bool {
    guard date.isInterval else { return date.calendarValue != nil }
    return date.description.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
      part in (try? EDTFDate(String(part)))?.calendarValue != nil
    }
  }

  /// `text` with `&`, `<`, `>` and `"` escaped for HTML.
  static func html(_ text: String) -> String {
    text.replacingScalars { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      default: nil
      }
    }
  }
}
