import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// Malformed text.
extension LoadingTests {

  @Test("malformed YAML is reported at its line and column")
  func malformedYAML() {
    let diagnostics = Fixtures.diagnostics(
      """
      parley: "1.0"
      id: test
      title: Test
      entities:
        - {id: russia, kind: state, name: Russia
        - {id: nato, kind: alliance, name: NATO}
      """)
    #expect(diagnostics.count == 1)
    #expect(
      diagnostics.first?.description
        == "test.yaml:6:5: malformed YAML: did not find expected ',' or '}' while parsing a flow "
        + "mapping that starts at line 5, column 5 (check the indentation and quoting there)")
  }

  @Test("a duplicate YAML key is reported")
  func duplicateYAMLKey() {
    let messages = Fixtures.messages("parley: \"1.0\"\nid: test\ntitle: A\ntitle: B\n")
    #expect(
      messages == [
        #"test.yaml:3:1: duplicate key "title" in a mapping (each field may appear once)"#
      ])
  }

  @Test("malformed JSON is reported at its line and column")
  func malformedJSON() {
    let messages = Fixtures.messages(
      """
      {
        "parley": "1.0",
        "id": "test"
        "title": "Test"
      }
      """, format: .json)
    #expect(
      messages == [
        "test.json:4:3: malformed JSON: expected ',' or '}' after a value in an object (check "
          + "the JSON syntax there: quotes, commas and brackets)"
      ])
  }

  @Test("malformed JSON after non-ASCII text counts columns in Unicode scalars")
  func malformedJSONColumnInScalars() {
    let diagnostics = Fixtures.diagnostics(
      "{\"parley\": \"1.0\", \"id\": \"test\",\n\"title\": \"Переговоры\" ]}",
      format: .json)
    #expect(diagnostics.first?.location == ParleyCore.SourceLocation(line: 2, column: 23))
  }

  @Test(
    "a trailing comma in JSON is malformed",
    .bug(id: "json-trailing-comma", "Foundation's JSONDecoder accepts trailing commas"))
  func trailingCommaJSON() {
    let messages = Fixtures.messages(
      "{\n  \"parley\": \"1.0\",\n  \"id\": \"test\",\n  \"title\": \"Test\",\n}\n",
      format: .json)
    #expect(messages.first?.hasPrefix("test.json:5:1: malformed JSON") == true)
  }

  @Test("a YAML alias bomb is refused before it expands")
  func aliasBomb() {
    let clock = ContinuousClock()
    let started = clock.now
    let diagnostics = Fixtures.diagnostics(
      Fixtures.header + """
        a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
        """)
    #expect(clock.now - started < .seconds(5))
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.file == "test.yaml")
    #expect(
      diagnostics.first?.message
        == "the YAML expands to far more values than its size allows (alias bomb?)")
    #expect(
      diagnostics.first?.hint == "write the values out instead of repeating them through aliases")
  }

  @Test("an empty YAML file is refused")
  func emptyYAML() {
    #expect(
      Fixtures.messages("") == [
        #"test.yaml: the file is empty (a dossier starts with parley: "1.0")"#
      ])
  }

  @Test("YAML that is not UTF-8 is refused at the first byte that is not")
  func notUTF8() throws {
    let data = Data("parley: \"1.0\"\nid: test\ntitle: ".utf8) + Data([0xFF, 0xFE, 0x0A])
    #expect {
      try DossierLoader().load(data: data, format: .yaml, name: "latin1.yaml")
    } throws: { error in
      guard let report = error as? ValidationReport else { return false }
      return report.diagnostics.map(\.description) == [
        "latin1.yaml:3:8: the file is not valid UTF-8 (save it as UTF-8)"
      ]
    }
  }

  @Test("a document that is not an object is refused", arguments: [InputFormat.json, .yaml])
  func notAnObject(_ format: InputFormat) {
    let diagnostics = Fixtures.diagnostics("[1, 2]", format: format, name: "list")
    #expect(diagnostics.map(\.message) == ["expected a dossier as an object, found a list"])
    #expect(diagnostics.first?.path == .root)
  }
}
