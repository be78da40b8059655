import Foundation
import ParleyCore

/// Loads a dossier from YAML text, validating it.
func dossier(_ yaml: String) throws -> Dossier {
  try DossierLoader().load(data: Data(yaml.utf8), format: .yaml, name: "test.yaml")
}

/// Runs `exporter` on `dossier` with `options` and returns what it wrote.
func render(
  _ exporter: any Exporter, _ dossier: Dossier, _ options: [String: String] = [:]
) throws -> String {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("parley-test-\(UUID().uuidString).out").path
  defer { try? FileManager.default.removeItem(atPath: path) }
  let checked = try ExportOptions(options).checked(for: exporter.format)
  try OutputDestination.file(path).write { (writer: OutputWriter) throws(ParleyError) in
    try exporter.export(dossier, options: checked, to: writer)
  }
  return try String(contentsOfFile: path, encoding: .utf8)
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
