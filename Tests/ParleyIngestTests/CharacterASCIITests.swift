import Testing

@testable import ParleyIngest

/// The ASCII shortcuts answer as Unicode's properties do, for every ASCII
/// character, CR LF, and characters beyond ASCII.
@Suite("Character classes")
struct CharacterASCIITests {
  private static let characters: [Character] =
    (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
    + ["\r\n", "é", "ж", "٣", "\u{A0}", "\u{85}", "\u{2003}", "\u{3000}", "e\u{301}", "😀", "Ⅻ"]

  @Test("a letter or a number, as isLetter || isNumber says")
  func letterOrNumber() {
    for character in Self.characters {
      #expect(
        character.isLetterOrNumber == (character.isLetter || character.isNumber),
        "\(character.unicodeScalars.map(\.value))")
    }
  }

  @Test("a space, as isWhitespace says")
  func space() {
    for character in Self.characters {
      #expect(
        character.isSpace == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
    }
  }
}
