import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// Files.
extension LoadingTests {

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
    let directory = try Self.newDirectory("load")
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

  /// A big file is read again to place what the validator finds; one
  /// changed in between (here only touched) cannot be, and the findings
  /// stand without places instead of being lost.
  @Test("the problems of a file touched while it was checked are kept, without places")
  func touchedWhileChecked() throws {
    let directory = try Self.newDirectory("touch")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("big.json")
    let entities = (0..<120_000).map {
      #"{"id":"e\#($0)","kind":"person","name":"Person number \#($0) of very many"}"#
    }
    let text =
      #"{"parley":"1.0","id":"d","title":"T","entities":["# + entities.joined(separator: ",\n")
      + #"],"positions":[{"id":"p","holder":"nobody","issue":"i","stance":"demands"}],"#
      + #""issues":[{"id":"i","label":"I"}]}"#
    try Data(text.utf8).write(to: file)
    #expect(text.utf8.count > 8 << 20, "big enough to be handed back and read again")
    let pending = try DossierLoader().loadDeferringValidation(path: file.path)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
    do {
      try pending.check()
      Issue.record("the bad holder was not reported")
    } catch let report as ValidationReport {
      #expect(report.diagnostics.map(\.message) == [#"unknown entity "nobody""#])
      #expect(report.diagnostics.allSatisfy { $0.file == file.path && $0.location == nil })
    }
    // Untouched, the same problem is placed on its line.
    let placed = try DossierLoader().loadDeferringValidation(path: file.path)
    #expect(throws: ValidationReport.self) { try placed.check() }
    do { try placed.check() } catch let report as ValidationReport {
      #expect(report.diagnostics.first?.location?.line == 120_000)
    }
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

  /// A new, empty folder of the test's own, named after `purpose`.
  private static func newDirectory(_ purpose: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }
}
