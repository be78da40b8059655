extension Lexicon.WordList {
  /// How a list's entries are matched, which says how they are written.
  enum Matching: Sendable {
    /// One word of the text each: an entry the tokenizer splits (a hyphen,
    /// a space, a leading apostrophe) could never match.
    case word
    /// Phrases matched word by word ("according to").
    case phrase
    /// Endings of words ("ed", "-ly").
    case ending
    /// Text matched against a page's lines or a name, not word by word
    /// (furniture headings, cookie banners, summit words).
    case text
  }

  /// Groups of lists whose words have one meaning each: a word in two of
  /// them takes the first's.
  static let exclusiveGroups: [[Self]] = [
    [.dayBeforeWords, .sameDayWords, .dayAfterWords],
    [.previousWords, .currentWords, .followingWords],
    [.weekWords, .monthWords, .yearWords],
  ]

  /// How this list's entries are matched.
  var matching: Matching {
    switch self {
    case .aliasPhrases, .attributionPhrases, .attendancePhrases: .phrase
    case .pastSuffixes, .progressiveSuffixes, .adverbSuffixes, .pluralSuffixes, .negationSuffixes:
      .ending
    case .furnitureHeadings, .promotionLabels, .pageBanners, .copyrightMarks, .creditMarkers,
      .bylineWords,
      .agoWords, .commentWords,
      .summitWords, .officialTitles, .leaderTitles, .abbreviations, .quantityIdioms,
      .nonStateTitles:
      .text
    default: .word
    }
  }
}
