import Foundation
import ParleyCore
import ParleyJSON
import ParleyTestSupport
import Testing

@testable import ParleyXML

/// A dossier with every field of every record kind set, from the IR's
/// description, goes through every reader and writer and loses nothing.
@Suite("Every field, every format")
struct EveryFieldTests {
  let loader = DossierLoader(readers: [XMLDossierReader()])

  func canonical(_ dossier: Dossier) throws -> [UInt8] {
    let writer = OutputWriter(inMemory: "canonical")
    try CanonicalJSON.write(dossier, to: writer)
    try writer.flush()
    return writer.collected
  }

  @Test("the JSON reader reads every field and the canonical writer writes every field")
  func everyFieldReadAndWritten() throws {
    let dossier = try loader.load(data: Data(EveryField.json.utf8), format: .json, name: "x.json")
    let written = try JSONSerialization.jsonObject(with: Data(try canonical(dossier)))
    var missing: [String] = []
    Self.collectMissing(written, IRDescription.dossier, at: "", into: &missing)
    #expect(missing.isEmpty, "fields lost: \(missing)")
  }

  @Test("YAML reads to the same dossier as JSON")
  func yaml() throws {
    let fromJSON = try loader.load(data: Data(EveryField.json.utf8), format: .json, name: "x.json")
    let fromYAML = try loader.load(data: Data(EveryField.yaml.utf8), format: .yaml, name: "x.yaml")
    #expect(fromYAML == fromJSON)
  }

  @Test("canonical JSON reads back to the same dossier, byte for byte")
  func jsonRoundTrip() throws {
    let dossier = try loader.load(data: Data(EveryField.json.utf8), format: .json, name: "x.json")
    let bytes = try canonical(dossier)
    let reread = try loader.load(data: Data(bytes), format: .json, name: "again.json")
    #expect(reread == dossier)
    #expect(try canonical(reread) == bytes)
  }

  @Test("Parley XML reads back to the same dossier, and validates against the XSD")
  func xmlRoundTrip() throws {
    let dossier = try loader.load(data: Data(EveryField.json.utf8), format: .json, name: "x.json")
    let xml = try renderBytes(XMLExporter(), dossier, ["validate": "true"])
    let reread = try loader.load(data: Data(xml), format: InputFormat(rawValue: "xml"), name: "x")
    #expect(reread == dossier)
  }

  /// Records `path.field` for every field of `kind` that `value` lacks,
  /// descending into nested records.
  static func collectMissing(
    _ value: Any, _ kind: RecordDescription, at path: String, into missing: inout [String]
  ) {
    guard let object = value as? [String: Any] else {
      missing.append("\(path) (not an object)")
      return
    }
    for field in kind.fields {
      let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
      guard let fieldValue = object[field.name] else {
        missing.append("\(kind.name): \(fieldPath)")
        continue
      }
      if case .records(let nested) = field.type {
        for element in fieldValue as? [Any] ?? [] {
          collectMissing(element, nested, at: fieldPath, into: &missing)
        }
      }
    }
  }
}
