import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// Versions.
extension LoadingTests {

  @Test("an unknown major version is refused with one diagnostic, whatever else is wrong")
  func unknownMajorVersion() {
    let diagnostics = Fixtures.diagnostics(
      """
      parley: "2.0"
      id: test
      titel: Test
      gadgets: []
      """)
    #expect(
      diagnostics.map(\.description) == [
        "test.yaml:1:9: parley: IR version 2.0 is not supported: this Parley reads version 1.x "
          + "(upgrade Parley to read it)"
      ])
    #expect(diagnostics.first?.path == IRPath.root.appending("parley"))
    #expect(diagnostics.first?.location == ParleyCore.SourceLocation(line: 1, column: 9))
  }

  @Test("an older major version is refused with advice to convert")
  func olderMajorVersion() {
    let messages = Fixtures.messages("parley: \"0.9\"\nid: test\ntitle: Test\n")
    #expect(
      messages == [
        "test.yaml:1:9: parley: IR version 0.9 is not supported: this Parley reads version 1.x "
          + "(convert the file to version 1.0)"
      ])
  }

  @Test("a version that is not major.minor is reported")
  func malformedVersion() {
    let messages = Fixtures.messages("parley: \"1.0.0\"\nid: test\ntitle: Test\n")
    #expect(
      messages == [#"test.yaml:1:9: parley: "1.0.0" is not an IR version (write parley: "1.0")"#])
  }

  @Test(
    "a version of the wrong type is reported once",
    .bug(
      id: "version-twice",
      "DossierDecoder reads the parley field twice, so a wrong type is reported twice"))
  func versionOfWrongType() {
    let messages = Fixtures.messages(
      #"{"parley": 1, "id": "test", "title": "Test"}"#, format: .json)
    #expect(messages == ["test.json:1:12: parley: expected a string, found a number"])
  }

  @Test(
    "a version with signs is not an IR version",
    .bug(id: "version-signs", "IRVersion uses Int(_:), which accepts \"+1\" and \"-0\""))
  func versionWithSigns() {
    #expect(IRVersion("1.0") == IRVersion(major: 1, minor: 0))
    #expect(IRVersion("1") == nil)
    #expect(IRVersion("1.0.0") == nil)
    #expect(IRVersion("a.b") == nil)
    #expect(IRVersion(" 1.0") == nil)
    #expect(IRVersion("+1.0") == nil)
    #expect(IRVersion("1.-0") == nil)
  }

  @Test(
    "a YAML null in a list or an attribute is refused, as JSON's null is",
    .bug(
      id: "yaml-null-strings",
      "FieldReader.strings and .attributes read the plain scalars ~, null and nothing as text"))
  func yamlNullsAreNotStrings() {
    let json = Fixtures.messages(
      """
      {"parley": "1.0", "id": "test", "title": "Test", "entities": [
        {"id": "a", "kind": "other", "name": "A", "aliases": [null], "attributes": {"n": null}}]}
      """, format: .json)
    #expect(
      json == [
        "test.json:2:57: entities[0].aliases[0]: expected a string, found null "
          + "(remove the empty entry)",
        "test.json:2:84: entities[0].attributes.n: an attribute needs a value, found null "
          + "(leave the attribute out instead)",
      ])
    let yaml =
      Fixtures.header + """
        entities:
          - {id: a, kind: other, name: A, aliases: [~], attributes: {n: null}}
        """
    #expect(
      Fixtures.diagnostics(yaml).map(\.path?.description) == [
        "entities[0].aliases[0]", "entities[0].attributes.n",
      ])
  }

  @Test(
    "a duplicate key in JSON is refused, as in YAML",
    .bug(id: "json-duplicate-keys", "JSONDecoder keeps one of two equal keys silently"))
  func duplicateJSONKey() {
    let diagnostics = Fixtures.diagnostics(
      #"{"parley": "1.0", "id": "test", "title": "A", "title": "B"}"#, format: .json)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains(#"duplicate key "title""#) == true)
  }
}
