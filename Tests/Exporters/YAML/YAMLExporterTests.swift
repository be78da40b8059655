import Foundation
import ParleyCore
import ParleyJSON
import ParleyTestSupport
import Testing

@testable import ParleyYAML

@Suite("YAML exporter")
struct YAMLExporterTests {
  /// Canonical JSON of a dossier, the yardstick of "the same dossier".
  func canonical(_ dossier: Dossier) throws -> [UInt8] {
    try renderBytes(CanonicalJSONExporter(), dossier)
  }

  func reread(_ yaml: String) throws -> Dossier {
    try DossierLoader().load(data: Data(yaml.utf8), format: .yaml, name: "out.yaml")
  }

  @Test("the sample reads back as the same dossier, and writes the same YAML again")
  func sampleRoundTrip() throws {
    let sample = try sampleDossier()
    let yaml = try render(YAMLExporter(), sample)
    let again = try reread(yaml)
    #expect(try canonical(again) == canonical(sample))
    #expect(try render(YAMLExporter(), again) == yaml)
  }

  @Test("a dossier with every field of every kind reads back the same")
  func everyField() throws {
    let dossier = try dossier(EveryField.yaml)
    let yaml = try render(YAMLExporter(), dossier)
    #expect(try canonical(try reread(yaml)) == canonical(dossier))
  }

  @Test("hostile text: words, numbers, indicators, controls and line breaks survive")
  func hostileText() throws {
    let texts = [
      "no", "0x10", "1e3", "~", "@x", "- x", ": x", "# x", "&a", "*a", "!t", "%p", "`b`", "a\tb",
      "trailing ", " leading", "line\nbreaks\n", "\u{0}\u{1F}\u{7F}\u{85}\u{2028}", "2022-01-10",
      "quote \" \\", "🕊️", "a: b #c", "|", ">", "'single'", "\"", "{x: 1}", "[1, 2]",
    ]
    var yaml = """
      parley: "1.0"
      id: hostile
      title: t
      entities:

      """
    for (index, text) in texts.enumerated() {
      var quoted: [UInt8] = []
      YAMLScalar.appendDoubleQuoted(text, to: &quoted)
      yaml += "  - {id: e\(index), kind: other, name: \(String(decoding: quoted, as: UTF8.self))"
      yaml += ", aliases: [\(String(decoding: quoted, as: UTF8.self))]"
      yaml +=
        ", attributes: {\(String(decoding: quoted, as: UTF8.self)): \(String(decoding: quoted, as: UTF8.self))}}\n"
    }
    let dossier = try dossier(yaml)
    let written = try render(YAMLExporter(), dossier)
    let again = try reread(written)
    #expect(try canonical(again) == canonical(dossier))
    for (entity, text) in zip(again.entities, texts) {
      #expect(entity.name == text)
      #expect(entity.aliases == [text])
      #expect(entity.attributes[text] == .string(text))
    }
  }

  @Test("a header comment names the IR version; lists are indented; spans are flow lists")
  func layout() throws {
    let yaml = try render(YAMLExporter(), try sampleDossier())
    #expect(yaml.hasPrefix("# A Parley dossier, IR version 1.0\nparley: \"1.0\"\n"))
    #expect(yaml.contains("\n\nsources:\n  - id: "))
    #expect(yaml.contains("    aliases:\n      - Moscow\n"))
    #expect(yaml.contains("        span: ["))
  }
}
