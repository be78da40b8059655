import Foundation
import ParleyCore
import ParleyJSON
import Testing

@testable import ParleyRuntime

/// A file input read the quick way is validated beside its export: an
/// invalid one still fails with every problem and its place, and no output
/// is put in place.
@Suite("Validation beside the export")
struct DeferredValidationTests {
  private func convert(_ json: String) throws -> (BatchConverter.Result, output: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-deferred-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("in.json").path
    let output = directory.appendingPathComponent("out.json").path
    try json.write(toFile: input, atomically: true, encoding: .utf8)
    let converter = BatchConverter(
      loader: DossierLoader(), inputFormat: nil, exporters: [CanonicalJSONExporter()],
      options: ExportOptions())
    let result = converter.convert(
      ConversionJob(input: .file(input), destinations: [.file(output)]))
    let written = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    return (result, written)
  }

  @Test("a valid input is written")
  func valid() throws {
    let (result, output) = try convert(#"{"parley":"1.0","id":"d","title":"T"}"#)
    #expect(result.error == nil)
    #expect(output.contains(#""id": "d""#))
  }

  @Test("an invalid input fails with its places, and nothing is written")
  func invalid() throws {
    let (result, output) = try convert(
      #"{"parley":"1.0","id":"d","title":"T","positions":[{"id":"p","holder":"x","issue":"i","stance":"demands"}]}"#
    )
    let report = try #require(result.error as? ValidationReport)
    #expect(
      report.diagnostics.map { "\($0.location?.description ?? "") \($0.path?.description ?? "")" }
        == [
          "1:70 positions[0].holder", "1:82 positions[0].issue",
        ])
    #expect(report.diagnostics.allSatisfy { $0.file?.hasSuffix("/in.json") == true })
    #expect(output.isEmpty)
  }
}
