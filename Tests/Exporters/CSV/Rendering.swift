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
  String(decoding: try renderBytes(exporter, dossier, options), as: UTF8.self)
}

/// Runs `exporter` on `dossier` with `options` and returns the bytes it wrote.
func renderBytes(
  _ exporter: any Exporter, _ dossier: Dossier, _ options: [String: String] = [:]
) throws -> [UInt8] {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("parley-test-\(UUID().uuidString).out").path
  defer { try? FileManager.default.removeItem(atPath: path) }
  let checked = try ExportOptions(options).checked(for: exporter.format)
  try OutputDestination.file(path).write { (writer: OutputWriter) throws(ParleyError) in
    try exporter.export(dossier, options: checked, to: writer)
  }
  return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Parses RFC 4180 text (LF or CRLF line ends) into rows of fields, failing
/// on anything malformed: a quote inside an unquoted field, text after a
/// closing quote, an unterminated quoted field.
func parseCSV(_ text: String) throws -> [[String]] {
  struct Malformed: Error { var reason: String }
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var scalars = Array(text.unicodeScalars)[...]
  var quoted = false
  var fieldStarted = false
  while let scalar = scalars.popFirst() {
    if quoted {
      if scalar == "\"" {
        if scalars.first == "\"" {
          field.unicodeScalars.append("\"")
          scalars.removeFirst()
        } else {
          quoted = false
          guard let next = scalars.first, next == "," || next == "\n" || next == "\r" else {
            if scalars.isEmpty { continue }
            throw Malformed(reason: "text after a closing quote")
          }
        }
      } else {
        field.unicodeScalars.append(scalar)
      }
      continue
    }
    switch scalar {
    case "\"":
      guard field.isEmpty, !fieldStarted else { throw Malformed(reason: "quote in a bare field") }
      quoted = true
      fieldStarted = true
    case ",":
      row.append(field)
      field = ""
      fieldStarted = false
    case "\r":
      guard scalars.first == "\n" else { throw Malformed(reason: "bare CR") }
    case "\n":
      row.append(field)
      rows.append(row)
      row = []
      field = ""
      fieldStarted = false
    default:
      field.unicodeScalars.append(scalar)
      fieldStarted = true
    }
  }
  if quoted { throw Malformed(reason: "unterminated quoted field") }
  if fieldStarted || !row.isEmpty {
    row.append(field)
    rows.append(row)
  }
  return rows
}
