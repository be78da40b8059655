import ParleyCore
import Testing

@testable import ParleyGraphML

/// Writing escaped text straight from its bytes gives exactly the escaped
/// string, replacements and their count included.
@Suite("XML text escaping")
struct XMLTextWritingTests {
  @Test(
    "bytes written equal the escaped string",
    arguments: [
      "plain", "", "a & b < c > d \"e\" 'f'", "line\nbreak\tand\rreturn",
      "\u{01}\u{08}\u{1F}\u{7F}",
      "\u{FFFE}\u{FFFF}\u{FFFD}\u{FEFF}", "ïï\u{EFFF}\u{F8FF}", "中文 👋🏽 Ωμέγα", "&amp;&#13;",
      "end with \u{FFFF}", "\u{FFFE}start", "x\u{EF}\u{BF}y",
    ])
  func same(_ text: String) throws {
    for inAttribute in [false, true] {
      var expectedCount = 0
      let expected = XMLText.escaped(text, inAttribute: inAttribute, replaced: &expectedCount)
      var count = 0
      let output = OutputWriter(inMemory: "test")
      try XMLText.write(text, inAttribute: inAttribute, replaced: &count, to: output)
      #expect(String(decoding: output.collected, as: UTF8.self) == expected)
      #expect(count == expectedCount)
    }
  }
}
