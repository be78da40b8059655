import ParleyCore

/// A date found in a sentence.
struct DateMention: Sendable {
  /// Tokens of the mention, as indexes into the paragraph's tokens.
  var tokens: Range<Int>
  /// The EDTF date, or `nil` when a relative date could not be resolved.
  var date: EDTFDate?
  var rule: String
  var confidence: Double

  /// A week named relative to the publication ("next week"): seven days,
  /// of which the text fixes none.
  var isWeek: Bool { rule == DateRecognizer.weekRule }
}

/// Finds dates in news style and turns them into EDTF with the precision
/// written: absolute ("January 10, 2022", "Dec. 17", "10 January", "August
/// 2019", "in 2014"), relative to the publication date ("on Monday", "last
/// month", "next week"), and ranges of days ("from 6 to 20 May"). Without
/// a publication date a relative date stays unresolved; a day and month
/// without a year take the year of the publication date, else the last year
/// the article named.
struct DateRecognizer {
  /// The rule of a week named relative to the publication ("next week").
  static let weekRule = "date.relative-week"

  /// The article's publication day, if known.
  var published: CivilDate?
  /// The last year the article named explicitly, for "January 10" without one.
  var contextYear: Int?

  /// Month and weekday names and the words around dates.
  var words: DateWords = .builtin
  /// The last date the article wrote, that "two days later" counts from.
  var anchor: EDTFDate?

  /// The dates in `tokens[sentence]`, left to right. Updates ``contextYear``
  /// and ``anchor``.
  mutating func dates(in tokens: [Token], sentence: Range<Int>) -> [DateMention] {
    var found: [DateMention] = []
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      if anchor != nil || published != nil, words.endsAnchoredDate(tokens, at: index),
        let mention = anchored(
          tokens, at: index, after: found.last?.tokens.upperBound ?? sentence.lowerBound,
          in: sentence)
      {
        found.append(mention)
        anchor = mention.date
        index = mention.tokens.upperBound
      } else if var mention = match(tokens, at: index, in: sentence) {
        if let range = range(ending: mention, after: found.last, in: tokens, sentence: sentence) {
          if range.tokens.lowerBound < mention.tokens.lowerBound,
            let last = found.last, last.tokens.upperBound > range.tokens.lowerBound
          {
            found.removeLast()
          }
          mention = range
        }
        found.append(mention)
        if let date = mention.date {
          // (A date to come counts nothing on: "“We will meet again on June
          // 21,” Borrell said. The next day …" is no day in June.)
          anchor = isAfterPublication(date) ? nil : date
        }
        index = mention.tokens.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  /// A date counted from ``anchor``, ending at `i` (or, for "later that
  /// day", starting there), no earlier than `floor`: "two days later", "a
  /// week earlier", "days later", "the next day", "the same day", "later
  /// that day". A day's shift keeps a day's precision, and a month stays
  /// itself ("In October … Days later" is October); months and years move
  /// the month or year. Nothing without an anchor, or with a length the
  /// anchor's precision cannot carry ("days later" after a day).
  private func anchored(_ t: [Token], at i: Int, after floor: Int, in s: Range<Int>)
    -> DateMention?
  {
    let key = t[i].key
    // "two days ago": from the publication day, not the last date.
    let ago = words.agoWords.contains(key)
    guard
      let anchor = ago
        ? published.flatMap({ try? EDTFDate($0.edtf) }) : anchor
    else { return nil }
    // (One day: not "in the following days".)
    func day(_ j: Int) -> Bool { j < s.upperBound && words.anchorDayNouns.contains(t[j].key) }
    // "the next day", "the same day", "that same day".
    if day(i), i - 2 >= floor,
      let step = words.anchorDaySteps[t[i - 1].key],
      words.anchorDeterminers.contains(t[i - 2].key)
    {
      return shifted(anchor, by: step, .day, i - 2..<i + 1, step < 0 ? -1 : 1)
    }
    guard let direction = ago ? -1 : words.anchorDirections[key],
      // (Not a comparison: "a week earlier than planned".)
      !(i + 1 < s.upperBound && words.anchorComparisons.contains(t[i + 1].key))
    else { return nil }
    // "later that day", "later the same day".
    if direction > 0, i + 2 < s.upperBound, words.anchorDeterminers.contains(t[i + 1].key) {
      if day(i + 2) { return shifted(anchor, by: 0, .day, i..<i + 3) }
      if words.anchorDaySteps[t[i + 2].key] == 0, day(i + 3) {
        return shifted(anchor, by: 0, .day, i..<i + 4)
      }
    }
    // "two days later", "a week earlier", "days later".
    guard i - 1 >= floor, let unit = words.anchorUnits[t[i - 1].key] else { return nil }
    var count: Int?
    if i - 2 >= floor {
      let before = t[i - 2]
      count =
        before.kind == .number && !before.text.utf8.contains(UInt8(ascii: ","))
        ? Int(before.text) : words.anchorCounts[before.key]
    }
    let start = count == nil ? i - 1 : i - 2
    // (Not a comparison: "up 20 percent from a year earlier". Nor a count
    // no calendar needs, which would overflow.)
    guard start == s.lowerBound || !words.anchorComparisons.contains(t[start - 1].key),
      (count ?? 0) <= Self.longestAnchoredCount
    else { return nil }
    return shifted(
      anchor, by: count.map { $0 * direction }, unit, start..<i + 1, direction,
      rule: ago ? "date.ago" : "date.anchored")
  }

  /// Whether the number at `number` counts what follows it: a lower-case
  /// word that opens no date's phrase ("30 civilians", not "28 in
  /// Washington").
  private func countsSomething(_ t: [Token], after number: Int, in s: Range<Int>) -> Bool {
    let next = number + 1
    return next < s.upperBound && t[next].isWord && !t[next].isCapitalized
      && !words.yearPrepositions.contains(t[next].key)
      && !words.monthPrepositions.contains(t[next].key)
  }

  /// The largest count of a length counted from the last date ("999 days
  /// later"): larger ones are no dates.
  static let longestAnchoredCount = 999

  /// Whether `date` starts after the publication day (never without one).
  private func isAfterPublication(_ date: EDTFDate) -> Bool {
    guard let published, let start = date.start else { return false }
    return CivilDate(year: start.year, month: start.month, day: start.day).dayNumber
      > published.dayNumber
  }

  /// `anchor` moved by `count` units (`nil`: some, uncounted) in
  /// `direction`, as a mention of `tokens`; none after the publication day
  /// (what is counted from a past date is past).
  private func shifted(
    _ anchor: EDTFDate, by count: Int?, _ unit: DateWords.AnchorUnit, _ tokens: Range<Int>,
    _ direction: Int = 1, rule: String = "date.anchored"
  ) -> DateMention? {
    guard let from = (direction < 0 ? anchor.start : anchor.end) else { return nil }
    let base = CivilDate(year: from.year, month: from.month, day: from.day)
    let month = "\(pad(base.year, 4))-\(pad(base.month, 2))"
    let edtf: String
    switch (unit, anchor.precision) {
    case (.hour, .day):
      guard abs(count ?? 0) < 24 else { return nil }
      edtf = base.edtf
    case (.day, .day):
      guard let count else { return nil }
      edtf = base.adding(days: count).edtf
    case (.hour, .month), (.day, .month):
      // (Days from a month: the month, unless they are many.)
      guard abs(count ?? 0) <= 7 else { return nil }
      edtf = month
    case (.week, .day):
      guard let count else { return nil }
      edtf = base.adding(days: 7 * count).edtf
    case (.month, .day), (.month, .month):
      guard let count else { return nil }
      let months = base.year * 12 + base.month - 1 + count
      edtf = "\(pad(months / 12, 4))-\(pad(months % 12 + 1, 2))"
    case (.year, _):
      guard let count else { return nil }
      edtf = pad(base.year + count, 4)
    default:
      return nil
    }
    let found = mention(tokens, edtf, rule, 0.6)
    if let date = found.date, isAfterPublication(date) { return nil }
    return found
  }

  /// A range of days that `last` ends: "from 6 May to 20 May", "between
  /// April 7 and April 10" (`first` the date before it), "from 6 to 20 May",
  /// "3-5 May" (a bare day before it, in its month), "on Wednesday and
  /// Thursday" (two days in a row): one interval. Not just after a verb
  /// that moves a date ("postponed from Monday to May 20").
  private func range(
    ending last: DateMention, after first: DateMention?, in tokens: [Token], sentence: Range<Int>
  ) -> DateMention? {
    guard let end = last.date, end.precision == .day, !end.isInterval, let day = end.start,
      last.tokens.lowerBound - 2 >= sentence.lowerBound,
      words.rangeJoins.contains(tokens[last.tokens.lowerBound - 1].key)
    else { return nil }
    let join = last.tokens.lowerBound - 1
    var start: (tokens: Range<Int>, date: EDTFDate)?
    if let first, first.tokens.upperBound == join, var date = first.date,
      date.precision == .day, !date.isInterval, let opening = date.start
    {
      // "between April 7 and April 10, 1998": the year written once, at the
      // end ("between December 28 and January 3, 1999": the year before).
      // ("between February 29 and March 3, 2025" names no day: no range.)
      if first.rule.hasPrefix("date.month-day."), opening.year != day.year {
        let year = (opening.month, opening.day) < (day.month, day.day) ? day.year : day.year - 1
        guard
          let inYear = try? EDTFDate(
            CivilDate(year: year, month: opening.month, day: opening.day).edtf)
        else { return nil }
        date = inYear
      }
      start = (first.tokens, date)
    } else if tokens[join - 1].kind == .number, let number = Int(tokens[join - 1].text),
      (1..<day.day).contains(number),
      let date = try? EDTFDate(CivilDate(year: day.year, month: day.month, day: number).edtf)
    {
      start = (join - 1..<join, date)
    }
    // A word join needs an opener before the first day ("from", "between":
    // not "on 6 May and 20 May"); a dash needs none ("3-5 May"). Nor is it
    // a range just after a verb that moves a date.
    guard let start, let opening = start.date.start, opening < day else { return nil }
    let opened =
      start.tokens.lowerBound > sentence.lowerBound
      && words.rangeStarts.contains(tokens[start.tokens.lowerBound - 1].key)
    let moved = max(sentence.lowerBound, start.tokens.lowerBound - 6)..<start.tokens.lowerBound
    // (Two days in a row need none: "on Wednesday and Thursday".)
    let inARow =
      CivilDate(year: opening.year, month: opening.month, day: opening.day).dayNumber + 1
      == CivilDate(year: day.year, month: day.month, day: day.day).dayNumber
    guard opened || !tokens[join].isWord || inARow,
      !tokens[moved].contains(where: { words.dateChanges.contains($0.key) }),
      let interval = try? EDTFDate("\(start.date)/\(end)")
    else { return nil }
    return DateMention(
      tokens: start.tokens.lowerBound - (opened ? 1 : 0)..<last.tokens.upperBound, date: interval,
      rule: "date.range", confidence: min(last.confidence, 0.8))
  }

  private mutating func match(_ t: [Token], at i: Int, in s: Range<Int>)
    -> DateMention?
  {
    guard s.contains(i) else { return nil }
    func key(_ j: Int) -> String? { s.contains(j) ? t[j].key : nil }
    func number(_ j: Int) -> Int? {
      guard j < s.upperBound, t[j].kind == .number, !t[j].text.utf8.contains(UInt8(ascii: ","))
      else { return nil }
      return Int(t[j].text)
    }
    // A day of a month: "13", or with an ordinal's ending, "13th".
    func day(_ j: Int) -> Int? {
      guard j < s.upperBound, t[j].kind == .number else { return nil }
      var text = Substring(t[j].text)
      if text.count == 4 || text.count == 3, words.ordinalSuffixes.contains(String(text.suffix(2)))
      {
        text = text.dropLast(2)
      }
      guard text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
      return value
    }
    func year(_ j: Int) -> Int? {
      guard let value = number(j), t[j].text.count == 4, (1000...2999).contains(value) else {
        return nil
      }
      return value
    }
    // Most tokens cannot start a date: say so before any lookup (and before
    // the token is copied).
    if t[i].kind == .punctuation { return nil }
    if t[i].kind == .word, !t[i].isCapitalized, !words.startsRelativeDate(t[i]) { return nil }
    let token = t[i]
    // ISO 8601 day: 2021-12-17 (tokens 2021 - 12 - 17).
    if let y = year(i), key(i + 1) == "-", let m = number(i + 2), key(i + 3) == "-",
      let d = number(i + 4), t[i + 2].text.count == 2, t[i + 4].text.count == 2
    {
      let day = CivilDate(year: y, month: m, day: d)
      if day.isValid {
        contextYear = y
        return mention(i..<i + 5, day.edtf, "date.iso", 0.95)
      }
    }
    // Day, month and year in figures, when the day cannot be the month:
    // "13/12/2018", "12/13/2018" (not "05/06/2018").
    if let first = number(i), key(i + 1) == "/", let second = number(i + 2), key(i + 3) == "/",
      let y = year(i + 4), t[i].text.count <= 2, t[i + 2].text.count <= 2,
      (first > 12) != (second > 12)
    {
      let day = CivilDate(year: y, month: min(first, second), day: max(first, second))
      if day.isValid {
        contextYear = y
        return mention(i..<i + 5, day.edtf, "date.figures", 0.85)
      }
    }
    // Month name: "January 10, 2022", "Dec. 17", "August 2019", "late December".
    // ("May" is the month before a number, or after a lower-case "in" and
    // before a mark, a year or a link: "met in May, where", not "since May
    // took office".)
    // (Or after one and a hyphen: "in mid-May".)
    func hyphenedPreposition() -> Bool {
      i - 2 >= s.lowerBound && t.isJoiningHyphen(at: i - 1)
        && words.monthPrepositions.contains(t[i - 2].key)
    }
    func monthAfterPreposition() -> Bool {
      (i > s.lowerBound && words.monthPrepositions.contains(t[i - 1].key)
        && !t[i - 1].isCapitalized || hyphenedPreposition())
        && (i + 1 >= s.upperBound
          || t[i + 1].kind == .punctuation
          || words.ambiguousMonthLinks.contains(t[i + 1].key))
    }
    if let m = words.month(of: token), token.isCapitalized,
      !words.ambiguousMonths.contains(token.key) || number(i + 1) != nil
        || monthAfterPreposition()
    {
      var end = i + 1
      if let d = day(end) {
        end += 1
        // "May 10-11": the last day after a dash, in the same month; "from
        // October 8 to 12", after a word, with an opener before the month.
        var last: Int?
        // (Not after a verb that moves a date: "postponed from October 8 to
        // 12" is two days.)
        // ("February 27 and 28, 2020": two days in a row need no opener; not
        // "March 29 and 30 civilians", a number of something.)
        if let dash = key(end), words.rangeJoins.contains(dash),
          let e = number(end + 1), e > d, e <= 31, t[end + 1].text.count <= 2,
          !t[end].isWord
            || (i > s.lowerBound
              && (words.rangeStarts.contains(t[i - 1].key)
                || words.planRangeStarts.contains(t[i - 1].key))
              || e == d + 1 && !countsSomething(t, after: end + 1, in: s))
              && !t[max(s.lowerBound, i - 6)..<i].contains(where: {
                words.dateChanges.contains($0.key)
              })
        {
          last = e
          end += 2
        }
        if key(end) == "," { end += 1 }
        if let y = year(end) {
          let day = CivilDate(year: y, month: m, day: d)
          guard day.isValid else { return nil }
          contextYear = y
          let found = mention(i..<end + 1, day.edtf, "date.month-day-year", 0.95)
          return last.map { through(found, day: $0) } ?? found
        }
        let stop = key(end - 1) == "," ? end - 1 : end
        guard let found = monthDay(m, d, i..<stop, t, s) else { return nil }
        return last.map { through(found, day: $0) } ?? found
      }
      if let y = year(end) {
        contextYear = y
        return mention(i..<end + 1, "\(pad(y, 4))-\(pad(m, 2))", "date.month-year", 0.9)
      }
      // A bare month: the nearest such month around the publication date.
      // (Or after a preposition and a hyphen: "in mid-November".)
      // (Not "mid-November of 2019", "mid-November, 2019": that year's.)
      if let published,
        words.monthPrepositions.contains(key(i - 1) ?? "") || hyphenedPreposition(),
        !(i + 1..<min(s.upperBound, i + 3)).contains(where: { year($0) != nil })
      {
        var y = published.year
        if m > published.month + 2 { y -= 1 }
        if m < published.month - 9 { y += 1 }
        return mention(i..<i + 1, "\(pad(y, 4))-\(pad(m, 2))", "date.month.publication-year", 0.7)
      }
      return nil
    }
    // Day first: "10 January", "12 June 2018", "13th of December" (an
    // ordinal may have one of `day-of-links` before its month).
    if let d = day(i),
      case let monthAt =
        t[i].text.count > 2 && key(i + 1).map(words.dayOfLinks.contains) == true ? i + 2 : i + 1,
      monthAt < s.upperBound, let m = words.month(of: t[monthAt]), t[monthAt].isCapitalized
    {
      if let y = year(monthAt + 1) {
        let day = CivilDate(year: y, month: m, day: d)
        guard day.isValid else { return nil }
        contextYear = y
        return mention(i..<monthAt + 2, day.edtf, "date.day-month-year", 0.95)
      }
      return monthDay(m, d, i..<monthAt + 1, t, s)
    }
    // A year after a preposition: "in 2014", "since 1997"; or after one
    // and a hyphen: "mid-2016", "late-2019".
    if let y = year(i), i > s.lowerBound, key(i + 1) != "-" {
      if words.yearPrepositions.contains(t[i - 1].key) {
        contextYear = y
        return mention(i..<i + 1, pad(y, 4), "date.year", 0.85)
      }
      if i - 1 > s.lowerBound, t.isJoiningHyphen(at: i - 1),
        words.yearPrepositions.contains(t[i - 2].key)
      {
        contextYear = y
        return mention(i - 2..<i + 1, pad(y, 4), "date.year", 0.85)
      }
    }
    // Relative days.
    if let w = words.weekday(of: token), token.isCapitalized {
      // "Tuesday, Dec. 14, 2021": the full date that follows says it all.
      if key(i + 1) == ",", let next = match(t, at: i + 2, in: s) {
        return DateMention(
          tokens: i..<next.tokens.upperBound, date: next.date, rule: next.rule,
          confidence: next.confidence)
      }
      guard let published else { return unresolved(i..<i + 1, "date.weekday") }
      let offset = (w - published.weekday + 7) % 7
      let lastOrToday = published.adding(days: offset == 0 ? 0 : offset - 7)
      let nextOrToday = published.adding(days: offset)
      let step = key(i - 1).flatMap { words.relativeSteps[$0] }
      let previous = step == -1
      let upcoming = step == 1
      // "last Tuesday" written on a Tuesday is a week before; "next
      // Tuesday", a week after.
      let day =
        previous
        ? published.adding(days: offset == 0 ? -7 : offset - 7)
        : upcoming
          ? published.adding(days: offset == 0 ? 7 : offset)
          : isFuture(t, at: i, in: s) ? nextOrToday : lastOrToday
      return mention(i..<withDayPart(i + 1, in: t, s), day.edtf, "date.weekday", 0.75)
    }
    // (A word the vocabulary lacks is in no list of date words: no lookup.)
    guard words.mayBeDateWord(token) else { return nil }
    if let shift = words.relativeDays[token.key] {
      // "the day before yesterday", "the day after tomorrow": a day further.
      let beyond =
        i - 3 >= s.lowerBound && words.anchorDayNouns.contains(t[i - 2].key)
          && words.anchorDeterminers.contains(t[i - 3].key)
        ? words.dayBeyondLinks[t[i - 1].key].flatMap { $0 == shift ? $0 : nil } : nil
      let start = beyond == nil ? i : i - 3
      guard let published else { return unresolved(start..<i + 1, "date.deictic") }
      return mention(
        start..<withDayPart(i + 1, in: t, s), published.adding(days: shift + (beyond ?? 0)).edtf,
        "date.deictic", 0.8)
    }
    // "over the weekend", "last weekend", "next weekend": its Saturday and
    // Sunday.
    // (Not "the weekend of 8-9 April", "the weekend before last", "the
    // weekend edition": a word after it, but a preposition of place or a
    // joiner.)
    if words.weekendWords.contains(token.key), i > s.lowerBound,
      words.relativeSteps[t[i - 1].key] != nil || words.anchorDeterminers.contains(t[i - 1].key),
      i + 1 >= s.upperBound || !t[i + 1].isWord
        || words.weekendFollowers.contains(t[i + 1].key)
    {
      guard let published else { return unresolved(i - 1..<i + 1, "date.weekend") }
      let step = words.relativeSteps[t[i - 1].key] ?? 0
      // (Weekdays count from Monday, 0: Saturday is 5.)
      let sinceSaturday = (published.weekday - 5 + 7) % 7
      let saturday =
        step > 0 || step == 0 && isFuture(t, at: i, in: s)
        ? published.adding(days: (7 - sinceSaturday) % 7)
        : published.adding(days: -(sinceSaturday == 0 ? 7 : sinceSaturday))
      return mention(
        i - 1..<i + 1, "\(saturday.edtf)/\(saturday.adding(days: 1).edtf)", "date.weekend", 0.7)
    }
    guard let step = words.relativeSteps[token.key] else { return nil }
    // "this morning" is the publication day, "last night" the day before
    // ("next evening" is no such day: the evening after another).
    if step <= 0, i + 1 < s.upperBound, words.dayParts.contains(t[i + 1].key) {
      guard let published else { return unresolved(i..<i + 2, "date.deictic") }
      return mention(i..<i + 2, published.adding(days: step).edtf, "date.deictic", 0.75)
    }
    // A month named relative to the publication: "last April" is the latest
    // April before the publication's month, "next March" the first after
    // it, "this September" the one of its year.
    // (Not before a day or a year: "next May 5", "last April 2022" are
    // read as written.)
    if i + 1 < s.upperBound, let m = words.month(of: t[i + 1]), t[i + 1].isCapitalized,
      number(i + 2) == nil
    {
      guard let published else { return unresolved(i..<i + 2, "date.relative-month-name") }
      var y = published.year
      if step < 0, m >= published.month { y -= 1 }
      if step > 0, m <= published.month { y += 1 }
      return mention(i..<i + 2, "\(pad(y, 4))-\(pad(m, 2))", "date.relative-month-name", 0.75)
    }
    guard let unit = key(i + 1).flatMap({ words.relativeUnits[$0] }),
      !(key(i + 2).map(words.periodLinks.contains) ?? false)
    else { return nil }
    let rule = "date.relative-\(unit.rawValue)"
    guard let published else { return unresolved(i..<i + 2, rule) }
    switch unit {
    case .week:
      let monday = published.adding(days: -published.weekday + 7 * step)
      return mention(
        i..<i + 2, "\(monday.edtf)/\(monday.adding(days: 6).edtf)", Self.weekRule, 0.7)
    case .month:
      var y = published.year
      var m = published.month + step
      if m == 0 {
        m = 12
        y -= 1
      } else if m == 13 {
        m = 1
        y += 1
      }
      return mention(i..<i + 2, "\(pad(y, 4))-\(pad(m, 2))", rule, 0.75)
    case .year:
      return mention(i..<i + 2, pad(published.year + step, 4), rule, 0.75)
    }
  }

  /// The end of a day's mention that ends at `end`, past a part of the day
  /// after it: "on Wednesday evening", "yesterday morning".
  private func withDayPart(_ end: Int, in t: [Token], _ s: Range<Int>) -> Int {
    end < s.upperBound && words.dayParts.contains(t[end].key) ? end + 1 : end
  }

  /// Whether the verb nearest before a weekday (else after it) speaks of
  /// the future: "will meet on Friday" is the next Friday, "met on Friday"
  /// and "said on Friday" the last one.
  private func isFuture(_ t: [Token], at i: Int, in s: Range<Int>) -> Bool {
    func tense(_ key: String) -> Bool? {
      if words.futureCues.contains(key) { return true }
      if words.pastVerbs.contains(key) || (key.count > 4 && words.pastSuffixes.matches(key)) {
        return false
      }
      return nil
    }
    // "will be followed": a participle after "be" says nothing of the tense.
    func participle(_ j: Int) -> Bool {
      j > s.lowerBound && words.passiveAuxiliaries.contains(t[j - 1].key)
    }
    let end = withDayPart(i + 1, in: t, s)
    // "Officials said Thursday's talks in Doha would focus on …": a weekday
    // that owns a noun is dated by that noun's verb, after it.
    if end < s.upperBound, words.possessiveMarkers.contains(t[end].key),
      let future = (end + 1..<s.upperBound).lazy.filter({ !participle($0) })
        .compactMap({ tense(t[$0].key) }).first
    {
      return future
    }
    // "said talks in Doha on Thursday would focus on …": the subject's day,
    // unless a relative clause's verb in the past comes first ("talks that
    // opened in Doha on Monday will resume"). (Also past a second weekday:
    // "on Thursday and Friday would".)
    var modal = end
    if modal + 1 < s.upperBound, words.rangeJoins.contains(t[modal].key),
      words.weekday(of: t[modal + 1]) != nil
    {
      modal = withDayPart(modal + 2, in: t, s)
    }
    if modal < s.upperBound, words.futureModals.contains(t[modal].key) {
      let verb = stride(from: i - 1, through: s.lowerBound, by: -1).first {
        !participle($0) && tense(t[$0].key) != nil
      }
      guard let verb, tense(t[verb].key) == false, verb > s.lowerBound,
        words.relativePronouns.contains(t[verb - 1].key)
      else { return true }
    }
    for j in stride(from: i - 1, through: s.lowerBound, by: -1) where !participle(j) {
      // ("I would also note that on Tuesday the envoy spoke": the verb
      // before "that" is another clause's.)
      if words.complementizers.contains(t[j].key) { break }
      // ("the summit opens on Tuesday", "the leaders meet on Friday": only
      // before the weekday.)
      if words.futurePresentVerbs.contains(t[j].key) { return true }
      // (Not after a verb in the past: "helped the negotiators meet in
      // Cairo on Saturday".)
      if words.futurePluralVerbs.contains(t[j].key), j > s.lowerBound, t[j - 1].isWord,
        t[j - 1].isCapitalized || words.pluralSubjects.contains(t[j - 1].key),
        !(max(s.lowerBound, j - 6)..<j - 1).contains(where: { tense(t[$0].key) == false })
      {
        return true
      }
      if let future = tense(t[j].key) { return future }
    }
    for j in i + 1..<s.upperBound where !participle(j) {
      if let future = tense(t[j].key) { return future }
    }
    return false
  }

  /// How many days a day and month may fall on the other side of the
  /// publication date from its verb's tense and still be the nearest.
  static let tenseSlack = 7

  /// Whether the verb nearest before `i` in `s` is in the past ("met",
  /// "signed"), not of the future or absent; not past an infinitive
  /// ("agreed to meet on July 7") or a verb that moves a date ("postponed
  /// the talks from October 8").
  private func isPast(_ t: [Token], before i: Int, in s: Range<Int>) -> Bool {
    for j in stride(from: i - 1, through: s.lowerBound, by: -1) {
      let key = t[j].key
      if words.futureCues.contains(key) || words.infinitiveMarkers.contains(key)
        || words.dateChanges.contains(key)
      {
        return false
      }
      if words.pastVerbs.contains(key) || (key.count > 4 && words.pastSuffixes.matches(key)) {
        return true
      }
    }
    return false
  }

  /// `found`, a day, extended to `day` of its month: "May 10-11" (`nil`
  /// dates and invalid days stay as they are).
  private func through(_ found: DateMention, day: Int) -> DateMention {
    guard let date = found.date, let start = date.start,
      CivilDate(year: start.year, month: start.month, day: day).isValid,
      let interval = try? EDTFDate(
        "\(date)/\(CivilDate(year: start.year, month: start.month, day: day).edtf)")
    else { return found }
    return DateMention(
      tokens: found.tokens, date: interval, rule: "date.range",
      confidence: min(found.confidence, 0.8))
  }

  /// A day and month without a year, in the sentence `s` of `t`.
  private func monthDay(
    _ m: Int, _ d: Int, _ tokens: Range<Int>, _ t: [Token], _ s: Range<Int>
  ) -> DateMention? {
    if let published {
      // The year that puts the day nearest the publication date; but a
      // verb in the past takes the last such day before it ("met in Astana
      // on July 7", published in March), one of the future the next ("will
      // meet on January 9", published in November), when the nearest is
      // more than a week on the other side.
      let candidates = [published.year - 1, published.year, published.year + 1]
        .map { CivilDate(year: $0, month: m, day: d) }.filter(\.isValid)
      guard
        var best = candidates.min(by: {
          abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber)
        })
      else { return nil }
      let days = best.dayNumber - published.dayNumber
      if days > Self.tenseSlack, !isFuture(t, at: tokens.lowerBound, in: s),
        isPast(t, before: tokens.lowerBound, in: s),
        let earlier = candidates.last(where: { $0.dayNumber <= published.dayNumber })
      {
        best = earlier
      } else if days < -Self.tenseSlack, isFuture(t, at: tokens.lowerBound, in: s),
        let later = candidates.first(where: { $0.dayNumber >= published.dayNumber })
      {
        best = later
      }
      return mention(tokens, best.edtf, "date.month-day.publication-year", 0.85)
    }
    if let contextYear {
      let day = CivilDate(year: contextYear, month: m, day: d)
      guard day.isValid else { return nil }
      return mention(tokens, day.edtf, "date.month-day.context-year", 0.6)
    }
    return unresolved(tokens, "date.month-day")
  }

  private func mention(_ tokens: Range<Int>, _ edtf: String, _ rule: String, _ confidence: Double)
    -> DateMention
  {
    DateMention(tokens: tokens, date: try? EDTFDate(edtf), rule: rule, confidence: confidence)
  }

  private func unresolved(_ tokens: Range<Int>, _ rule: String) -> DateMention {
    DateMention(tokens: tokens, date: nil, rule: rule + ".unresolved", confidence: 0)
  }
}

/// Publication dates as pages and feeds write them: `2022-01-10`,
/// `20220110`, `January 10, 2022`, `10 Jan 2022`, `2022-01-10T08:00:00Z`,
/// `date 2021-12-17 …`, `Published 12 June 2018 10:32 GMT`.
enum DateLine {
  /// The first full date in `line`, at day precision, or `nil`.
  static func parse(_ line: String) -> EDTFDate? {
    // 20220110
    let compact = line.trimmingWhitespace
    // 2022-01-10T08:00:00Z and other ISO 8601 timestamps: the day is enough.
    if compact.count > 10, compact.unicodeScalars.count > 10,
      let day = parse(String(compact.prefix(10))), compact.dropFirst(10).first == "T"
    {
      return day
    }
    if compact.count == 8, compact.allSatisfy(\.isNumber),
      let y = Int(compact.prefix(4)), let m = Int(compact.dropFirst(4).prefix(2)),
      let d = Int(compact.suffix(2))
    {
      let day = CivilDate(year: y, month: m, day: d)
      return day.isValid ? try? EDTFDate(day.edtf) : nil
    }
    // Each run of scalars between blanks is one token or more: a line of 40
    // runs is too long to be a date line, and is not tokenized at all.
    var runs = 0
    var inRun = false
    for scalar in line.unicodeScalars {
      let blank = Tokenizer.isBlank(scalar)
      if !blank && !inRun {
        runs += 1
        if runs >= 40 { return nil }
      }
      inRun = !blank
    }
    let tokens = Tokenizer.tokens(of: line)
    guard tokens.count < 40 else { return nil }
    var recognizer = DateRecognizer()
    for mention in recognizer.dates(in: tokens, sentence: 0..<tokens.count) {
      if let date = mention.date, date.precision == .day, !date.isInterval { return date }
    }
    return nil
  }
}
