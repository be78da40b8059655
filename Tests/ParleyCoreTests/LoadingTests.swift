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
    #expect(
      messages == [
        #"test.yaml:1:1: (document): missing required field "title""#,
        #"test.yaml:4:5: talks[0]: missing required field "name""#,
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

  // MARK: - Versions

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

  // MARK: - Malformed text

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
        + "mapping (check the indentation and quoting there)")
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

  @Test("YAML that is not UTF-8 is refused")
  func notUTF8() throws {
    let data = Data("parley: \"1.0\"\nid: test\ntitle: ".utf8) + Data([0xFF, 0xFE, 0x0A])
    #expect {
      try DossierLoader().load(data: data, format: .yaml, name: "latin1.yaml")
    } throws: { error in
      guard let report = error as? ValidationReport else { return false }
      return report.diagnostics.map(\.description) == [
        "latin1.yaml: the file is not valid UTF-8 (save it as UTF-8)"
      ]
    }
  }

  @Test("a document that is not an object is refused", arguments: [InputFormat.json, .yaml])
  func notAnObject(_ format: InputFormat) {
    let diagnostics = Fixtures.diagnostics("[1, 2]", format: format, name: "list")
    #expect(diagnostics.map(\.message) == ["expected a dossier as an object, found a list"])
    #expect(diagnostics.first?.path == .root)
  }

  // MARK: - Files

  @Test("a missing file is an error that names it")
  func missingFile() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-missing-\(UUID().uuidString).yaml"
    ).path
    #expect {
      try DossierLoader().load(path: path)
    } throws: { error in
      guard let error = error as? LoadingError, case .unreadable(let failed, let reason) = error
      else { return false }
      return failed == path && reason == "no such file"
        && error.description == "\(path): no such file"
    }
  }

  @Test("a directory is not a readable file")
  func directoryIsNotAFile() {
    let path = FileManager.default.temporaryDirectory.path + "/parley-dir.yaml"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect {
      try DossierLoader().load(path: path)
    } throws: { error in
      guard let error = error as? LoadingError, case .unreadable(_, let reason) = error else {
        return false
      }
      return reason == "is a directory, not a file"
    }
  }

  @Test("a file is read with the format its extension implies")
  func loadFromPath() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-load-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let yaml = directory.appendingPathComponent("talks.parley.YML")
    let json = directory.appendingPathComponent("talks.json")
    try Data(Fixtures.fullYAML.utf8).write(to: yaml)
    try Data(Fixtures.fullJSON.utf8).write(to: json)
    #expect(try DossierLoader().load(path: yaml.path) == DossierLoader().load(path: json.path))
    // An explicit format wins over the extension.
    let odd = directory.appendingPathComponent("talks.txt")
    try Data(Fixtures.fullYAML.utf8).write(to: odd)
    #expect(try DossierLoader().load(path: odd.path, format: .yaml).id == "geneva-2022")
  }

  @Test(
    "an unknown extension or standard input without a format is an error that lists the formats")
  func formatNeeded() {
    #expect {
      try DossierLoader().load(path: "talks.txt")
    } throws: { error in
      error as? LoadingError
        == .formatNotKnown(
          path: "talks.txt", formats: [.json, .yaml], extensions: ["json", "yaml", "yml"])
        && "\(error)"
          == "cannot tell the format of talks.txt from its extension: name it .json, .yaml or "
          + ".yml, or give its format (json or yaml)"
    }
    #expect {
      try DossierLoader().load(path: "-")
    } throws: { error in
      error as? LoadingError
        == .formatNotKnown(
          path: "-", formats: [.json, .yaml], extensions: ["json", "yaml", "yml"])
        && "\(error)" == "standard input needs its format: json or yaml"
    }
  }

  @Test("input formats are inferred from extensions, case-insensitively")
  func inputFormatFromPath() {
    let loader = DossierLoader()
    #expect(loader.format(forPath: "a.json") == .json)
    #expect(loader.format(forPath: "a.JSON") == .json)
    #expect(loader.format(forPath: "a.parley.yaml") == .yaml)
    #expect(loader.format(forPath: "a.yml") == .yaml)
    #expect(loader.format(forPath: "a.xml") == nil)
    #expect(loader.format(forPath: "json") == nil)
    #expect(loader.format(forPath: "-") == nil)
  }

  @Test("a loader that does not validate accepts dangling references")
  func withoutValidation() throws {
    let yaml =
      Fixtures.header + "positions:\n  - {id: p1, holder: nobody, issue: none, stance: open}\n"
    let dossier = try DossierLoader(validates: false).load(
      data: Data(yaml.utf8), format: .yaml, name: "x.yaml")
    #expect(dossier.positions.first?.holder == "nobody")
    #expect(Fixtures.diagnostics(yaml).count == 2)
  }

  @Test("a report's description is one line per diagnostic")
  func errorDescriptions() {
    let report = ValidationReport([
      Diagnostic(file: "a.yaml", message: "one"), Diagnostic(file: "a.yaml", message: "two"),
    ])
    #expect(report.description == "a.yaml: one\na.yaml: two")
    #expect(LoadingError.unreadable(path: "p", reason: "r").description == "p: r")
    #expect(OutputError(path: "p", reason: "r").description == "p: r")
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
