import Testing

@testable import ParleyYAML

@Suite("YAML scalars")
struct YAMLScalarTests {
  func value(_ text: String, indent: Int = 0) -> String {
    var bytes: [UInt8] = []
    YAMLScalar.appendValue(text, indent: indent, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(
    "words YAML 1.1 or 1.2 reads as null or booleans are quoted",
    arguments: [
      "no", "No", "NO", "yes", "Yes", "y", "n", "N", "Y", "on", "Off", "true", "False", "null",
      "Null", "NULL", "~", "<<", "=",
    ])
  func words(_ word: String) {
    #expect(value(word) == "\"\(word)\"")
  }

  @Test(
    "numbers, dates and times in either version's shapes are quoted",
    arguments: [
      "0x10", "0o17", "012", "0b101", "1e3", "1E-3", "1.5", ".5", "1.", "+1", "1_000", "190:20:30",
      "190:20:30.15", ".inf", "-.inf", ".NaN", "2022-01-10", "2001-12-14t21:59:43.10-05:00",
      "2001-12-14 21:59:43.10", "42", "0",
    ])
  func numbers(_ text: String) {
    #expect(value(text) == "\"\(text)\"")
  }

  @Test(
    "a leading indicator, ': ', ' #', a trailing ':' or space, a tab: quoted",
    arguments: [
      "@home", "-x", ":x", "#x", "&x", "*x", "!x", "%x", "`x", "[x", "]x", "{x", "}x", ",x", "?x",
      "|x", ">x", "'x", "\"x", "a: b", "a #b", "a:", " a", "a ", "a\tb", "",
    ])
  func indicators(_ text: String) {
    #expect(value(text).hasPrefix("\""))
  }

  @Test(
    "ordinary text stays plain",
    arguments: [
      "Russia", "state:ru", "a-b", "2021-12", "2022-01-10/2022-01-11", "2021-12~", "1985?",
      "NATO–Russia Council", "it's", "a#b", "a:b", "x@y", "10 days", "1st", "yesterday", "nope",
      "https://example.org/a?b=1#c", "🕊️ peace",
    ])
  func plain(_ text: String) {
    #expect(value(text) == text)
  }

  @Test("characters YAML must not hold raw are escaped in double quotes")
  func escapes() {
    #expect(
      value("a\u{0}b\u{7F}c\u{85}d\u{2028}e\u{FEFF}f\u{1B}") == #""a\0b\x7Fc\Nd\Le\uFEFFf\e""#)
    #expect(value("quote \" and \\ backslash: x") == #""quote \" and \\ backslash: x""#)
    #expect(value("tab\there") == #""tab\there""#)
  }

  @Test("multi-line text is a literal block with the right chomping")
  func literal() {
    #expect(value("one\ntwo", indent: 2) == "|-\n    one\n    two\n")
    #expect(value("one\n\ntwo\n", indent: 0) == "|\n  one\n\n  two\n")
    // `|+` would also keep the blank line that may follow the block.
    #expect(value("one\ntwo\n\n", indent: 0) == #""one\ntwo\n\n""#)
  }

  @Test("multi-line text a literal block cannot carry is double-quoted")
  func notLiteral() {
    #expect(value(" indented\nsecond") == #"" indented\nsecond""#)
    #expect(value("trailing \nspace") == #""trailing \nspace""#)
    #expect(value("cr\r\nlf") == #""cr\r\nlf""#)
    #expect(value("\n\n") == #""\n\n""#)
  }

  @Test("reals always have a point and a signed exponent")
  func reals() {
    #expect(YAMLScalar.number(0.9) == "0.9")
    #expect(YAMLScalar.number(1) == "1.0")
    #expect(YAMLScalar.number(1e-05) == "1.0e-05")
    #expect(YAMLScalar.number(2.5e20) == "2.5e+20")
    #expect(YAMLScalar.number(-.infinity) == "-.inf")
  }
}
