import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// YAML read from libyaml's events, record by record.
extension LoadingTests {

  @Test("YAML nested deeper than the limit is refused in Parley's words, without a crash")
  func deeplyNestedYAML() {
    // Block mappings 3,000 deep, then flow lists 100,000 deep.
    let block = (0..<3000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + "v\n"
    let flow =
      "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    for (text, line) in [(block, 1001), (flow, 1)] {
      let messages = Fixtures.messages(text)
      #expect(messages.count == 1)
      #expect(messages.first?.hasPrefix("test.yaml:\(line):") == true)
      #expect(messages.first?.contains("nested too deep") == true)
    }
  }

  @Test("a problem of the YAML itself is reported before a tag or merge key above it")
  func syntaxBeforeRefusal() {
    // Read whole, the text is not YAML: the unclosed list on line 4 is the
    // problem, not the tag on line 2 that a dossier may not hold.
    let messages = Fixtures.messages(
      "parley: \"1.0\"\nid: !!python/object x\ntitle: T\nentities: [a, b\n")
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("test.yaml:5:1: malformed YAML:") == true)
    // Without it, the tag is reported at its place.
    #expect(
      Fixtures.messages("parley: \"1.0\"\nid: !!python/object x\ntitle: T\n") == [
        "test.yaml:2:5: the YAML tag !!python/object is not allowed in a dossier "
          + "(remove it: a dossier holds plain strings, numbers, lists and mappings)"
      ])
  }

  @Test("keys repeated in a record of a streamed list are named, at the first place of the first")
  func duplicateKeyInARecord() {
    let messages = Fixtures.messages(
      """
      parley: "1.0"
      id: test
      title: T
      entities:
        - id: a
          name: A
          kind: state
          name: B
          kind: state
      """)
    #expect(
      messages == [
        #"test.yaml:7:5: duplicate key "kind", "name" in a mapping (each field may appear once)"#
      ])
  }

  @Test("a second YAML document is refused where it starts")
  func secondDocument() {
    let messages = Fixtures.messages("parley: \"1.0\"\nid: a\ntitle: A\n---\nid: b\n")
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("test.yaml:4:1: a second YAML document starts here") == true)
  }

  @Test("an alias repeats a value anchored in an earlier record of a streamed list")
  func aliasAcrossRecords() throws {
    let dossier = try Fixtures.load(
      yaml: """
        parley: "1.0"
        id: test
        title: T
        entities:
          - id: a
            kind: state
            name: &shared "Republic of A"
            aliases: &names [A, The A]
          - id: b
            kind: state
            name: *shared
            aliases: *names
        """)
    #expect(dossier.entities.map(\.name) == ["Republic of A", "Republic of A"])
    #expect(dossier.entities[1].aliases == ["A", "The A"])
  }

  @Test("an alias to no anchor names the alias and its place")
  func undefinedAlias() {
    #expect(
      Fixtures.messages("parley: \"1.0\"\nid: x\ntitle: *nothing\n") == [
        "test.yaml:3:8: the alias *nothing repeats no anchor: none is named so before it "
          + "(mark the value to repeat with &nothing before this point)"
      ])
  }

  @Test("a U+FEFF that starts a quoted scalar is kept as content")
  func leadingByteOrderMarkInAScalar() throws {
    let dossier = try Fixtures.load(
      yaml: "parley: \"1.0\"\nid: bom\ntitle: \"\\ufeffT\"\ndescription: \"\u{FEFF}d\"\n")
    #expect(dossier.title == "\u{FEFF}T")
    #expect(dossier.description == "\u{FEFF}d")
  }

  @Test("a YAML file is read in pages handed back as it goes, and its problems keep their places")
  func mappedYAMLFile() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // Over a few MiB, so that pages are handed back while reading.
    let text = Self.bigDossier
    let good = directory.appendingPathComponent("good.yaml")
    try Data(text.utf8).write(to: good)
    #expect(try DossierLoader().load(path: good.path).entities.count == 40_000)
    // A reference to nothing at the very end is placed by parsing again.
    let bad = directory.appendingPathComponent("bad.yaml")
    try Data((text + "  - {id: last, kind: person, name: L, country: nowhere}\n").utf8)
      .write(to: bad)
    #expect {
      try DossierLoader().load(path: bad.path)
    } throws: { error in
      (error as? ValidationReport)?.diagnostics.map(\.description) == [
        "\(bad.path):40005:48: entities[40000].country: unknown entity \"nowhere\" "
          + "(add it to entities or correct the id)"
      ]
    }
    let late = directory.appendingPathComponent("late.yaml")
    // A NUL, and then a tab, on line 40,005: over 2 MiB in.
    for (tail, message) in [
      ("  - {id: z, kind: person, name: \"a\u{0}b\"}\n", "40005:35: unreadable YAML: a NUL"),
      ("\t- {id: z, kind: person, name: Z}\n", "40005:1: a tab here"),
    ] {
      try Data((text + tail).utf8).write(to: late)
      #expect {
        try DossierLoader().load(path: late.path)
      } throws: { error in
        (error as? ValidationReport)?.diagnostics.first?.description
          .hasPrefix("\(late.path):\(message)") == true
      }
    }
  }

  @Test("a byte order mark before a block dossier is skipped, and not counted in columns")
  func byteOrderMarkAtTheStart() throws {
    let bom = "\u{FEFF}"
    #expect(try Fixtures.load(yaml: bom + "parley: \"1.0\"\nid: x\ntitle: T\n").id == "x")
    #expect(
      Fixtures.messages(bom + "parley: [\"1.0\"\nid: x\n").first?.contains(
        "flow sequence that starts at line 1, column 9") == true)
    let messages = Fixtures.messages(bom + "parley: \"1.0\"\nid: x\ntitle: T\ncolour: red\n")
    #expect(messages.first?.hasPrefix("test.yaml:4:9: colour: unknown field") == true)
  }

  @Test("lists and mappings nested deep through aliases are refused, not overflowing the stack")
  func deepThroughAliases() {
    // Each anchor holds 600 levels and the next repeats it 600 levels down.
    var text = "parley: \"1.0\"\nid: x\ntitle: T\n"
    text +=
      "a: &a " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "\n"
    text += "b: " + String(repeating: "[", count: 600) + "*a" + String(repeating: "]", count: 600)
    let messages = Fixtures.messages(text + "\n")
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("test.yaml:5:604:") == true)
    #expect(messages.first?.contains("nested too deep") == true)
  }

  @Test("a top-level list with an anchor is read whole, so that an alias repeats all of it")
  func anchoredTopLevelList() {
    let messages = Fixtures.messages(
      "parley: \"1.0\"\nid: x\ntitle: T\nsources: &s\n  - {id: s, title: S}\n"
        + "entities:\n  - {id: p, kind: person, name: P, aliases: *s}\n")
    #expect(
      messages.first == "test.yaml:5:5: entities[0].aliases[0]: expected a string, found an object")
  }

  @Test("the non-specific tag ! and !!str make a plain scalar a string")
  func stringTags() throws {
    let dossier = try Fixtures.load(
      yaml: """
        parley: "1.0"
        id: x
        title: T
        description: ! null
        entities:
          - {id: e, kind: state, name: E, attributes: {a: ! 123, b: !!str 123, c: 123, d: !!str true}}
        """)
    #expect(dossier.description == "null")
    let attributes = try #require(dossier.entities.first?.attributes)
    #expect(attributes["a"] == .string("123"))
    #expect(attributes["b"] == .string("123"))
    #expect(attributes["c"] == .integer(123))
    #expect(attributes["d"] == .string("true"))
  }

  @Test("lines end as libyaml ends them: CR alone, CR LF and LF, for the places of problems")
  func lineEndings() {
    // A NUL on the fourth line, lines ended by CR alone.
    #expect(
      Fixtures.messages("parley: \"1.0\"\rid: x\rtitle: T\rdescription: a\u{0}b\r").first?
        .hasPrefix("test.yaml:4:15: unreadable YAML: a NUL character") == true)
    #expect(
      Fixtures.messages("parley: \"1.0\"\r\nid: x\r\ntitle: T\r\nsources:\r\n\t- id: s\r\n")
        .first?.hasPrefix("test.yaml:5:1: a tab here") == true)
  }

  @Test("a file read into memory hands pages back, and is read again whole when asked")
  func releasedInputIsReadAgain() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("big.yaml")
    let bytes = Data((0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) })
    try bytes.write(to: file)
    let input = try #require(try BoundedInput.mapped(file.path, limit: 1 << 30))
    #expect(input.data == bytes)
    #expect(try input.intact() == bytes)
    input.release(upTo: 200_000)
    #expect(input.isReleased)
    #expect(try input.intact() == bytes)
    // A file changed since it was read is not taken for it.
    try Data(bytes.reversed()).write(to: file)
    #expect(throws: LoadingError.self) { try input.intact() }
  }

  /// A new, empty folder of the test's own.
  private static func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-yaml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// A dossier of 40,000 people in YAML, over 2 MiB, so that pages are
  /// handed back while it is read; its last line is 40,004.
  private static let bigDossier =
    "parley: \"1.0\"\nid: big\ntitle: Big\nentities:\n"
    + (0..<40_000).map {
      "  - {id: e\($0), kind: person, name: \"Person number \($0) of many\"}\n"
    }.joined()
}
