import Foundation
import Testing

/// A valid dossier: two entities, a talk and an event (4 records).
let goodYAML = """
  parley: "1.0"
  id: geneva-2022
  title: Geneva talks
  entities:
    - {id: russia, kind: state, name: Russia}
    - {id: geneva, kind: place, name: Geneva}
  talks:
    - id: geneva-talks
      name: Strategic Stability Dialogue
      kind: bilateral
      date: 2022-01-10
      venue: geneva
      parties: [russia]
  events:
    - {id: e1, kind: meeting, title: Talks, cameo: 036}

  """

/// `goodYAML` as canonical JSON.
let goodJSON = """
  {
    "parley": "1.0",
    "id": "geneva-2022",
    "title": "Geneva talks",
    "entities": [
      {
        "id": "russia",
        "kind": "state",
        "name": "Russia"
      },
      {
        "id": "geneva",
        "kind": "place",
        "name": "Geneva"
      }
    ],
    "talks": [
      {
        "id": "geneva-talks",
        "name": "Strategic Stability Dialogue",
        "kind": "bilateral",
        "date": "2022-01-10",
        "venue": "geneva",
        "parties": [
          "russia"
        ]
      }
    ],
    "events": [
      {
        "id": "e1",
        "kind": "meeting",
        "title": "Talks",
        "cameo": "036"
      }
    ]
  }

  """

/// An invalid dossier with two problems.
let badYAML = """
  parley: "1.0"
  id: bad
  title: Bad
  entities:
    - id: russia
      kind: stat
      name: Russia
  talks:
    - {id: t1, name: Talk, kind: call, venue: rusia}

  """

/// What `parley validate bad.yaml` reports.
let badDiagnostics = """
  bad.yaml:6:11: entities[0].kind: "stat" is not a valid kind (did you mean "state"?)
  bad.yaml:9:45: talks[0].venue: unknown entity "rusia" (did you mean "russia"?)

  """

/// A dossier with every record type, sources with Unicode text and provenance.
let richYAML = """
  parley: "1.0"
  id: rich
  title: "Переговоры — «talks» 🇷🇺🇺🇸"
  sources:
    - id: src-1
      title: Article
      published: "2022-01-10"
      text: "Ryabkov said: “difficult” 👋🏽 שלום"
  entities:
    - {id: russia, kind: state, name: Russia, aliases: [Moscow]}
    - {id: us, kind: state, name: United States}
    - {id: geneva, kind: place, name: Geneva}
    - id: ryabkov
      kind: person
      name: Sergei Ryabkov
      country: russia
      roles: [{title: Deputy Foreign Minister, of: russia, from: "2008"}]
      attributes: {born: 1960, tenure: 13.5, active: true, note: "a \\"quoted\\" note"}
      sources: [{source: src-1, span: [0, 7], quote: Ryabkov, confidence: 0.9}]
  issues:
    - {id: enlargement, label: NATO enlargement, keywords: [open door]}
  talks:
    - id: geneva-talks
      name: Strategic Stability Dialogue
      kind: bilateral
      date: 2022-01-10
      venue: geneva
      parties: [russia, us]
      participants: [{entity: ryabkov, role: head of delegation, party: russia}]
      issues: [enlargement]
      duration: PT7H30M
  positions:
    - {id: p1, holder: russia, issue: enlargement, stance: demands, evidence: [s1]}
  statements:
    - id: s1
      speaker: ryabkov
      text: difficult
      mode: direct
      sources: [{source: src-1, span: [15, 24], quote: difficult}]
  events:
    - {id: e1, kind: meeting, title: Talks, cameo: 036, date: 2022-01~, actors: [russia, us]}
  relations:
    - {id: r1, kind: represents, from: ryabkov, to: russia, since: "2008/.."}

  """

@Suite("parley command line")
struct CLITests {
  // MARK: - Information

  @Test("--version prints the version")
  func version() async throws {
    let workspace = try Workspace()
    let result = try await Parley.run(["--version"], in: workspace)
    #expect(result.status == 0)
    #expect(result.stdout.wholeMatch(of: #/\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?\n/#) != nil)
    #expect(result.stderr == "")
  }

  @Test("formats lists the format ids, json first")
  func formats() async throws {
    let workspace = try Workspace()
    let result = try await Parley.run(["formats"], in: workspace)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let ids = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(ids.first == "json")
    #expect(ids.last == "")  // the output ends with a newline
    #expect(Set(ids).count == ids.count)
  }

  @Test("formats --json describes every format")
  func formatsJSON() async throws {
    let workspace = try Workspace()
    let plain = try await Parley.run(["formats"], in: workspace)
    let result = try await Parley.run(["formats", "--json"], in: workspace)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let formats = try #require(parsed as? [[String: Any]])
    #expect(
      formats.map { $0["id"] as? String } == plain.stdout.split(separator: "\n").map(String.init))
    for format in formats {
      for key in ["id", "name", "mediaType", "extension", "summary"] {
        #expect(format[key] is String, "\(key) of \(format)")
      }
      #expect(format["aliases"] is [String])
      #expect(format["builtin"] as? Bool == true)
      let options = try #require(format["options"] as? [[String: Any]])
      for option in options {
        #expect(option["name"] is String)
        #expect(option["help"] is String)
        #expect(option["takesValue"] is Bool)
      }
    }
    let json = try #require(formats.first)
    #expect(json["id"] as? String == "json")
    #expect(json["aliases"] as? [String] == ["parley-json", "ir"])
    #expect(json["mediaType"] as? String == "application/json")
    #expect(json["extension"] as? String == "json")
    let options = try #require(json["options"] as? [[String: Any]])
    #expect(options.count == 1)
    #expect(options.first?["name"] as? String == "compact")
    #expect(options.first?["takesValue"] as? Bool == false)
    #expect(
      options.first?["help"] as? String == "Write JSON on one line instead of pretty-printed.")
  }

  @Test("schema prints the IR's JSON Schema")
  func schema() async throws {
    let workspace = try Workspace()
    let result = try await Parley.run(["schema"], in: workspace)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["title"] as? String == "Parley IR 1.0")
    #expect(schema["required"] as? [String] == ["parley", "id", "title"])
    let file = Parley.packageRoot.appendingPathComponent(
      "Sources/ParleyCore/Schema/parley-ir-1.0.schema.json")
    var expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    if !expected.hasSuffix("\n") { expected += "\n" }
    #expect(result.stdout == expected)
  }

  @Test("--help exits 0 and documents the exit codes")
  func help() async throws {
    let workspace = try Workspace()
    let result = try await Parley.run(["export", "--help"], in: workspace)
    #expect(result.status == 0)
    let text = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      text.contains(
        "Exit codes: 0 success, 1 some input invalid, 2 usage error, 3 I/O error, 4 plugin or "
          + "filter failure."))
  }

  // MARK: - validate

  @Test("validate accepts a valid file")
  func validateValid() async throws {
    let workspace = try Workspace()
    try workspace.write("good.yaml", goodYAML)
    let result = try await Parley.run(["validate", "good.yaml"], in: workspace)
    #expect(result.status == 0)
    #expect(result.stdout == "good.yaml: valid (4 records)\n")
    #expect(result.stderr == "")

    let quiet = try await Parley.run(["validate", "-q", "good.yaml"], in: workspace)
    #expect(quiet.status == 0)
    #expect(quiet.stdout == "")
    #expect(quiet.stderr == "")
  }

  @Test("validate reports every problem of an invalid file as FILE:LINE:COL: PATH: MESSAGE (HINT)")
  func validateInvalid() async throws {
    let workspace = try Workspace()
    try workspace.write("bad.yaml", badYAML)
    let result = try await Parley.run(["validate", "bad.yaml"], in: workspace)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == badDiagnostics + "bad.yaml: 2 problems\n")
  }

  @Test("validate of a missing file is an I/O error")
  func validateMissing() async throws {
    let workspace = try Workspace()
    let result = try await Parley.run(["validate", "missing.yaml"], in: workspace)
    #expect(result.status == 3)
    #expect(result.stdout == "")
    #expect(result.stderr == "missing.yaml: no such file\n")
  }

  @Test("validate of several files reports each and exits with the worst code")
  func validateSeveral() async throws {
    let workspace = try Workspace()
    try workspace.write("good.yaml", goodYAML)
    try workspace.write("bad.yaml", badYAML)
    let invalid = try await Parley.run(["validate", "good.yaml", "bad.yaml"], in: workspace)
    #expect(invalid.status == 1)
    #expect(invalid.stdout == "good.yaml: valid (4 records)\n")
    #expect(invalid.stderr == badDiagnostics + "bad.yaml: 2 problems\n1 of 2 files failed\n")

    let missing = try await Parley.run(
      ["validate", "bad.yaml", "missing.yaml", "good.yaml"], in: workspace)
    #expect(missing.status == 3)
    #expect(
      missing.stderr
        == badDiagnostics
        + "bad.yaml: 2 problems\nmissing.yaml: no such file\n2 of 3 files failed\n")
  }

  @Test("validate reads standard input with -f")
  func validateStandardInput() async throws {
    let workspace = try Workspace()
    let good = try await Parley.run(
      ["validate", "-f", "yaml", "-"], in: workspace, input: Data(goodYAML.utf8))
    #expect(good.status == 0)
    #expect(good.stdout == "-: valid (4 records)\n")
    let bad = try await Parley.run(
      ["validate", "--from", "yaml", "-"], in: workspace, input: Data(badYAML.utf8))
    #expect(bad.status == 1)
    #expect(
      bad.stderr == badDiagnostics.replacingOccurrences(of: "bad.yaml:", with: "-:")
        + "-: 2 problems\n")
    let noFormat = try await Parley.run(
      ["validate", "-"], in: workspace, input: Data(goodYAML.utf8))
    #expect(noFormat.status == 2)
    #expect(
      noFormat.stderr == "standard input needs its format: add -f json, -f yaml or -f xml\n")
  }

}
