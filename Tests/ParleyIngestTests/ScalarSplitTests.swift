import Testing

@testable import ParleyIngest

/// Splitting scalar by scalar gives what splitting by characters gives,
/// wherever it answers, and declines where scalars join into characters.
@Suite("Splitting by scalars")
struct ScalarSplitTests {
  /// Every scalar the fast path reads as a character of its own.
  private static let alone: [Unicode.Scalar] = [
    0..<0x300, 0x370..<0x483, 0x2000..<0x2070, 0x20A0..<0x20D0,
  ]
  .joined().compactMap { Unicode.Scalar(UInt32($0)) }.filter(\.standsAlone)

  @Test("each scalar that stands alone is one character, with the same classes")
  func scalarsAreCharacters() {
    for scalar in Self.alone {
      let character = Character(scalar)
      #expect(String(character).count == 1)
      #expect(scalar.isLetterOrNumber == character.isLetterOrNumber, "\(scalar.value)")
      #expect(scalar.isSpace == character.isSpace, "\(scalar.value)")
    }
    #expect(!Unicode.Scalar(0x200D)!.standsAlone)
    #expect(!Unicode.Scalar(0x301)!.standsAlone)
  }

  @Test(
    "the pieces are the character split's",
    arguments: [
      "", "   ", "one", "  Russia’s  envoy,\u{A0}Sergei\u{2009}Ryabkov — said: “no”.  ",
      "line\r\nbreak\r\n", "Ελλάδα και Κύπρος", "Россия и США", "tab\tand\u{85}next",
      "1,000 and 7.5%", "€5 and ¥6",
    ])
  func samePieces(_ text: String) {
    for (name, isSeparator, characterTest) in [
      ("space", { (s: Unicode.Scalar) in s.isSpace }, { (c: Character) in c.isSpace }),
      (
        "not a letter or number", { (s: Unicode.Scalar) in !s.isLetterOrNumber },
        { (c: Character) in !c.isLetterOrNumber }
      ),
    ] {
      let expected = text.split(whereSeparator: characterTest).map(String.init)
      #expect(text.splitByScalars(where: isSeparator) == expected, "\(name): \(text)")
    }
  }

  @Test(
    "scalars that join a character are left to the character split",
    arguments: [
      "cafe\u{301}", "a \u{301}b", "🇫🇷", "👩\u{200D}💻", "한국어 \u{1100}\u{1161}",
    ])
  func declines(_ text: String) {
    #expect(text.splitByScalars(where: \.isSpace) == nil)
  }
}

extension ScalarSplitTests {
  @Test("counting pieces stops at the limit and agrees with the split")
  func pieceCount() {
    for line in ["", " a ", "By Jane Doe", "one two three four five six seven eight nine ten"] {
      let pieces = line.split(separator: " ").count
      #expect(line.pieceCountByScalars(upTo: 9, where: { $0 == " " }) == min(pieces, 9), "\(line)")
    }
    #expect("Ελλάδα  και\u{A0}Κύπρος".pieceCountByScalars(upTo: 9, where: \.isSpace) == 3)
    #expect("e\u{301} e".pieceCountByScalars(upTo: 9, where: { $0 == " " }) == nil)
  }
}

extension ScalarSplitTests {
  @Test(
    "a quote's words read byte by byte are those of the fold and the character split",
    arguments: [
      "", "  ", "We will NOT accept it.", "Russia's 1,000 troops -- and 7.5% of U.S. aid",
      "tab\tand\r\nline_break_under_score", "ALL CAPS all caps", "Ελλάδα και Κύπρος",
      "café and CAFÉ",
    ])
  func quoteWords(_ text: String) {
    let expected = Set(
      folded(text).split(whereSeparator: { !$0.isLetterOrNumber }).map(String.init))
    #expect(wordSet(text) == expected, "\(text)")
  }
}
