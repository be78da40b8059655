import Foundation
import ParleyCore

/// Loads a dossier from YAML text, validating it.
package func dossier(_ yaml: String) throws -> Dossier {
  try DossierLoader().load(data: Data(yaml.utf8), format: .yaml, name: "test.yaml")
}

/// Runs `exporter` on `dossier` with `options` and returns what it wrote, as text.
package func render(
  _ exporter: any Exporter, _ dossier: Dossier, _ options: [String: String] = [:]
) throws -> String {
  String(decoding: try rendered(exporter, dossier, options).bytes, as: UTF8.self)
}

/// Runs `exporter` on `dossier` with `options` and returns the bytes it wrote.
package func renderBytes(
  _ exporter: any Exporter, _ dossier: Dossier, _ options: [String: String] = [:]
) throws -> [UInt8] {
  try rendered(exporter, dossier, options).bytes
}

/// Runs `exporter` on `dossier` with `options`, checked as the command line
/// checks them, and returns the bytes it wrote and the warnings it gave.
package func rendered(
  _ exporter: any Exporter, _ dossier: Dossier, _ options: [String: String] = [:]
) throws -> (bytes: [UInt8], warnings: [String]) {
  let checked = try ExportOptions(options).checked(for: exporter.format)
  let writer = OutputWriter(inMemory: "test output")
  try exporter.export(dossier, options: checked, to: writer)
  try writer.flush()
  return (writer.collected, writer.warnings)
}

/// The repository's root folder.
package let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The sample dossier, `samples/security-talks-2022.parley.yaml`, loaded and validated.
package func sampleDossier() throws -> Dossier {
  try DossierLoader().load(
    path: repositoryRoot.appendingPathComponent("samples/security-talks-2022.parley.yaml").path)
}
