import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@Suite("Loading JSON and YAML")
struct LoadingTests {
  // MARK: - The two syntaxes

  @Test("YAML and JSON of the same dossier decode to equal values")
  func yamlAndJSONAgree() throws {
    let fromYAML = try Fixtures.load(yaml: Fixtures.fullYAML)
    let fromJSON = try Fixtures.load(json: Fixtures.fullJSON)
    #expect(fromYAML == fromJSON)
    #expect(fromYAML.recordCount == 13)
  }

  @Test("every field is decoded")
  func fieldsAreDecoded() throws {
    let dossier = try Fixtures.load(yaml: Fixtures.fullYAML)
    #expect(dossier.version == "1.0")
    #expect(dossier.id == "geneva-2022")
    #expect(dossier.title == "Russia–US security talks")
    #expect(dossier.description == "Talks in Geneva, January 2022.")

    let source = try #require(dossier.sources.first)
    #expect(source.published == (try EDTFDate("2022-01-10")))
    #expect(source.text == "Ryabkov said the talks were difficult but useful.")

    let ryabkov = try #require(dossier.entities.last)
    #expect(ryabkov.kind == .person)
    #expect(ryabkov.country == "russia")
    #expect(
      ryabkov.roles == [
        Role(
          title: "Deputy Foreign Minister", of: "russia", from: try EDTFDate("2008-08"),
          until: try EDTFDate("2022~"))
      ])
    #expect(
      ryabkov.attributes == [
        "born": .integer(1960), "tenure": .number(14.5), "active": .boolean(true),
        "note": .string("diplomat"),
      ])
    #expect(dossier.entities[0].aliases == ["Moscow", "the Kremlin"])

    let talk = try #require(dossier.talks.first)
    #expect(talk.kind == .bilateral)
    #expect(talk.duration == (try ISODuration("PT7H30M")))
    #expect(talk.duration?.seconds == 27_000)
    #expect(talk.parties == ["russia", "united-states"])
    #expect(
      talk.participants == [
        Participant(entity: "ryabkov", role: "head of delegation", party: "russia")
      ])
    #expect(
      talk.sources == [
        Provenance(
          source: "src-1", span: TextSpan(start: 13, end: 48),
          quote: "the talks were difficult but useful", confidence: 0.9, method: .extracted,
          rule: "talk-outcome")
      ])

    #expect(dossier.positions.first?.stance == .demands)
    #expect(dossier.positions.first?.evidence == ["st-ryabkov"])
    #expect(dossier.statements.first?.mode == .indirect)
    #expect(dossier.events.first?.cameo == "036")
    #expect(dossier.events.first?.kind == .meeting)
    #expect(dossier.relations.first?.kind == .represents)
    #expect(dossier.relations.first?.until == (try EDTFDate("/2022-12")))
  }

  @Test("unquoted YAML scalars are read as text where the IR wants a string")
  func plainScalarsAreStrings() throws {
    let dossier = try Fixtures.load(
      yaml: Fixtures.header + """
        description: 1.50
        entities:
          - {id: 007, kind: person, name: true, aliases: [1, yes, 2022-01-10]}
        events:
          - {id: e1, kind: other, title: 2022, cameo: 036, date: 2022-01-10}
          - {id: e2, kind: other, title: 3.0, cameo: 0101}
        """)
    #expect(dossier.description == "1.50")
    #expect(dossier.entities[0].id == "007")
    #expect(dossier.entities[0].name == "true")
    #expect(dossier.entities[0].aliases == ["1", "yes", "2022-01-10"])
    #expect(dossier.events[0].title == "2022")
    #expect(dossier.events[0].cameo == "036")
    #expect(dossier.events[0].date == (try EDTFDate("2022-01-10")))
    #expect(dossier.events[1].title == "3.0")
    #expect(dossier.events[1].cameo == "0101")
  }

  @Test("null and omitted optional fields are absent; empty collections may be omitted")
  func nullsAndOmissions() throws {
    let dossier = try Fixtures.load(
      yaml: Fixtures.header + """
        description: ~
        issues:
          - {id: i1, label: Issue, description: null, keywords: []}
        """)
    #expect(dossier.description == nil)
    #expect(dossier.issues == [Issue(id: "i1", label: "Issue")])
    #expect(dossier.entities.isEmpty && dossier.talks.isEmpty)
  }

  @Test("YAML anchors and aliases of honest size are accepted")
  func smallAliases() throws {
    let dossier = try Fixtures.load(
      yaml: Fixtures.header + """
        issues:
          - {id: i1, label: One, keywords: &words [arms control, missiles]}
          - {id: i2, label: Two, keywords: *words}
        """)
    #expect(dossier.issues[1].keywords == ["arms control", "missiles"])
  }

  @Test("a newer minor version is read")
  func newerMinorVersion() throws {
    let dossier = try Fixtures.load(yaml: "parley: \"1.7\"\nid: test\ntitle: Test\n")
    #expect(dossier.version == "1.7")
  }

  // MARK: - Structural problems

  @Test("an unknown field is an error with the nearest valid name")
  func unknownFieldDidYouMean() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        entities:
          - id: russia
            kind: state
            nmae: Russia
        """)
    #expect(
      messages == [
        #"test.yaml:7:11: entities[0].nmae: unknown field "nmae" (did you mean "name"?)"#,
        #"test.yaml:5:5: entities[0]: missing required field "name""#,
      ])
  }

  @Test("an unknown field with no near name lists the valid fields")
  func unknownFieldListsFields() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        issues:
          - {id: i1, label: Issue, colour: red}
        """)
    #expect(
      messages == [
        #"test.yaml:5:36: issues[0].colour: unknown field "colour" (the fields of an issue are: "#
          + "id, label, description, keywords)"
      ])
  }

  @Test("an unknown top-level field is an error")
  func unknownTopLevelField() {
    let messages = Fixtures.messages(Fixtures.header + "tittle: Other\n")
    #expect(messages == [#"test.yaml:4:9: tittle: unknown field "tittle" (did you mean "title"?)"#])
  }

  @Test("a value of the wrong type is reported with what was found, in the decoder's order")
  func wrongType() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        entities:
          - id: russia
            kind: state
            name: [Russia]
            aliases: Moscow
            sources:
              - {source: s1, confidence: high, span: [1]}
        """)
    #expect(
      messages == [
        "test.yaml:7:11: entities[0].name: expected a string, found a list",
        #"test.yaml:8:14: entities[0].aliases: expected a list, found "Moscow""#,
        #"test.yaml:10:46: entities[0].sources[0].span: expected a span [start, end] of two "#
          + "whole numbers, found a list",
        #"test.yaml:10:34: entities[0].sources[0].confidence: expected a number, found "high""#,
        // Structural problems do not stop validation.
        #"test.yaml:10:18: entities[0].sources[0].source: unknown source "s1" (add it to "#
          + "sources or correct the id)",
      ])
  }

  @Test("a missing required field names the field and the record")
  func missingRequiredField() {
    let messages = Fixtures.messages(
      """
      parley: "1.0"
      id: test
      talks:
        - {id: t1, kind: bilateral}
      """)
    // Records are decoded as they are read, then the dossier's own fields,
    // in YAML as in JSON and XML.
    #expect(
      messages == [
        #"test.yaml:4:5: talks[0]: missing required field "name""#,
        #"test.yaml:1:1: (document): missing required field "title""#,
      ])
  }

  @Test("a null required field counts as missing")
  func nullRequiredField() {
    let messages = Fixtures.messages("parley: \"1.0\"\nid: test\ntitle: null\n")
    #expect(messages == [#"test.yaml:1:1: (document): missing required field "title""#])
  }

  @Test("a bad enumeration value suggests the nearest valid one")
  func badEnumSuggestion() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        entities:
          - {id: russia, kind: stat, name: Russia}
        statements:
          - {id: s1, speaker: russia, text: No, mode: direkt}
        """)
    #expect(
      messages == [
        #"test.yaml:5:24: entities[0].kind: "stat" is not a valid kind (did you mean "state"?)"#,
        #"test.yaml:7:47: statements[0].mode: "direkt" is not a valid mode (did you mean "#
          + #""direct"?)"#,
      ])
  }

  @Test("a bad enumeration value far from every valid one lists them")
  func badEnumListsChoices() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        entities:
          - {id: russia, kind: state, name: Russia}
        issues:
          - {id: i1, label: Issue}
        positions:
          - {id: p1, holder: russia, issue: i1, stance: maybe}
        """)
    #expect(
      messages == [
        #"test.yaml:9:49: positions[0].stance: "maybe" is not a valid stance (use one of: "#
          + "demands, proposes, supports, accepts, open, conditional, rejects, opposes, warns, "
          + "denies)"
      ])
  }

  @Test("an invalid id is reported")
  func invalidID() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        issues:
          - {id: "nato enlargement", label: Issue}
          - {id: -leading-dash, label: Issue}
        """)
    let hint =
      "ids start with a letter or digit and use only letters, digits, '-', '_', '.' and ':'"
    #expect(
      messages == [
        #"test.yaml:5:10: issues[0].id: "nato enlargement" is not a valid id ("# + hint + ")",
        #"test.yaml:6:10: issues[1].id: "-leading-dash" is not a valid id ("# + hint + ")",
      ])
  }

  @Test("an invalid date or duration is reported with the reason")
  func invalidDateAndDuration() {
    let messages = Fixtures.messages(
      Fixtures.header + """
        talks:
          - id: t1
            name: Talk
            kind: call
            date: "2022-13-01"
            duration: 7 hours
        """)
    #expect(
      messages == [
        #"test.yaml:8:11: talks[0].date: invalid EDTF date "2022-13-01": month 13 is out of "#
          + "range (01–12, or 21–24 for a season) (leave the field out when the date is "
          + "unknown)",
        #"test.yaml:9:15: talks[0].duration: "7 hours" is not an ISO 8601 duration; write e.g. "#
          + "PT7H30M (7 hours 30 minutes) or P1D",
      ])
  }

  @Test("a cameo code given as a JSON number is refused with a hint")
  func cameoAsJSONNumber() {
    let messages = Fixtures.messages(
      """
      {"parley": "1.0", "id": "test", "title": "Test",
       "events": [{"id": "e1", "kind": "other", "title": "E", "cameo": 36}]}
      """, format: .json)
    #expect(
      messages == [
        #"test.json:2:66: events[0].cameo: expected a string, found a number (write CAMEO codes as "#
          + #"strings, e.g. "036": leading zeros matter)"#
      ])
  }

}

/// JSON records are decoded as the parser meets them, without keeping the
/// whole tree; every problem must still come with its line and column.
@Suite struct StreamingJSONTests {
  @Test("problems in streamed JSON records and from the validator keep their places")
  func streamedRecordsKeepLocations() {
    let diagnostics = Fixtures.diagnostics(
      """
      {"parley": "1.0", "id": "test", "title": "Test",
       "entities": [
        {"id": "russia", "kind": "state", "name": "Russia"},
        {"id": "nato", "kind": "alliance", "nmae": "NATO"}],
       "positions": [
        {"id": "p1", "holder": "rusia", "issue": "i1", "stance": "demands"}],
       "issues": [{"id": "i1", "label": "Enlargement"}]}
      """, format: .json)
    let byMessage = Dictionary(
      diagnostics.map { ($0.message, $0.location) }, uniquingKeysWith: { a, _ in a })
    #expect(byMessage["unknown field \"nmae\""] == ParleyCore.SourceLocation(line: 4, column: 46))
    let unresolved = diagnostics.first { $0.path?.description == "positions[0].holder" }
    #expect(unresolved?.location?.line == 6)
    #expect(diagnostics.count == 3)  // the typo, the missing name, the unknown holder
  }

  @Test("records of a streamed list and of YAML decode alike, in document order")
  func streamedEqualsTree() throws {
    #expect(try Fixtures.load(json: Fixtures.fullJSON) == Fixtures.load(yaml: Fixtures.fullYAML))
  }
}
