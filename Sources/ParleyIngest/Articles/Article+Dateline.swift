import ParleyCore

extension Article {
  /// The article, dated by the dateline that opens its first paragraph when
  /// nothing else dated it: "LIMA, May 14, 2024 (Example Wire) —" was filed
  /// on May 14, 2024.
  ///
  /// The dateline is a place in capitals, a comma, a full date (after a
  /// country at most: "LIMA, Peru, May 14, 2024 —"), an agency in brackets
  /// at most, and a dash. A date without its year ("OSLO, March 3
  /// (Reuters) -") dates nothing: no year can be told from the text alone.
  func datedByDateline() -> Article {
    guard published == nil, let first = paragraphs.first else { return self }
    // (A dateline is short: only its first scalars are looked at.)
    let scalars = text.unicodeScalars
    guard
      let start = scalars.index(
        scalars.startIndex, offsetBy: first.lowerBound, limitedBy: scalars.endIndex)
    else { return self }
    var line = String.UnicodeScalarView()
    var position = start
    var taken = first.lowerBound
    while position < scalars.endIndex, taken < first.upperBound, line.count < 96 {
      line.append(scalars[position])
      position = scalars.index(after: position)
      taken += 1
    }
    guard let date = Self.datelineDate(String(line)) else { return self }
    var dated = self
    dated.published = date
    return dated
  }

  /// The full date in a paragraph's opening dateline, or `nil`.
  static func datelineDate(_ opening: String) -> EDTFDate? {
    let scalars = Array(opening.unicodeScalars)
    // The place: capitals, with the spaces, slashes, stops, hyphens and
    // apostrophes of "ST. JOHN'S" or "DUBAI/BEIJING"; two letters at least.
    guard let comma = scalars.firstIndex(of: ",") else { return nil }
    let place = scalars[..<comma]
    guard place.count(where: { $0.properties.isAlphabetic }) >= 2,
      place.allSatisfy({
        $0.properties.isUppercase
          || !$0.properties.isAlphabetic && " /.-'’".unicodeScalars.contains($0)
      })
    else { return nil }
    // The date runs to the agency's bracket or to the dash.
    var end = comma + 1
    while end < scalars.count {
      let scalar = scalars[end]
      if scalar == "(" || scalar == "—" || scalar == "–" { break }
      if scalar == "-", end > 0, scalars[end - 1] == " " { break }
      end += 1
    }
    // (A dash must close the dateline, after the agency if there is one.)
    guard end < scalars.count,
      scalars[end...].contains(where: { $0 == "—" || $0 == "–" || $0 == "-" })
    else { return nil }
    // Only a date, and a country or region before it: no word in lower case
    // ("NATO, which met on May 14, 2024 - …" is a sentence).
    let words = scalars[(comma + 1)..<end].split(whereSeparator: { $0 == " " || $0 == "," })
    guard
      words.allSatisfy({
        guard let first = $0.first else { return true }
        return first.properties.isUppercase || first.properties.numericType != nil
      })
    else { return nil }
    var segment = String.UnicodeScalarView()
    segment.append(contentsOf: scalars[(comma + 1)..<end])
    return DateLine.parse(String(segment))
  }
}
