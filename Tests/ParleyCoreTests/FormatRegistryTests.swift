import ParleyCore
import Testing

/// A second format, with a value option, so the registry has a choice.
private struct GraphExporter: Exporter {
  let format = FormatDescriptor(
    id: "graphml", aliases: ["graph"], name: "GraphML", mediaType: "application/graphml+xml",
    fileExtension: "graphml", summary: "A graph.",
    options: [
      .value("graph", help: "Which graph.", choices: ["actors", "talks"], defaultValue: "actors"),
      .value("label", help: "A free label."),
      .flag("compact", help: "Another compact flag."),
    ])

  func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws(ParleyError)
  {
    try output.write(dossier.id)
  }
}

@Suite("Format registry and export options")
struct FormatRegistryTests {
  let registry = FormatRegistry([CanonicalJSONExporter(), GraphExporter()])

  @Test(
    "formats are found by id or alias, case-insensitively",
    arguments: [
      ("json", "json"), ("JSON", "json"), ("ir", "json"), ("Parley-JSON", "json"),
      ("graphml", "graphml"), ("graph", "graphml"),
    ])
  func byName(_ name: String, _ id: String) throws {
    #expect(try registry.exporter(named: name).format.id == id)
  }

  @Test("an unknown format is a usage error with a suggestion and the known formats")
  func unknownFormat() {
    #expect(
      usageMessage { try registry.exporter(named: "jsn") }
        == #"unknown format "jsn"; did you mean "json"? (known formats: json, graphml; see "#
        + "parley formats)")
    #expect(
      usageMessage { try registry.exporter(named: "xlsx") }
        == #"unknown format "xlsx" (known formats: json, graphml; see parley formats)"#)
  }

  @Test(
    "a format is inferred from a file extension",
    arguments: [
      ("out.json", "json"), ("dir/OUT.JSON", "json"), ("talks.graphml", "graphml"),
    ])
  func byPath(_ path: String, _ id: String) {
    #expect(registry.exporter(forPath: path)?.format.id == id)
  }

  @Test(
    "no format for an unknown or missing extension", arguments: ["out.xml", "json", "out", "-"])
  func noFormatForPath(_ path: String) {
    #expect(registry.exporter(forPath: path) == nil)
  }

  @Test("allOptions lists every option once, the first declaration winning")
  func allOptions() {
    let options = registry.allOptions
    #expect(Set(options.keys) == ["compact", "graph", "label"])
    #expect(options["compact"]?.help == "Write JSON on one line instead of pretty-printed.")
    #expect(options["graph"]?.choices == ["actors", "talks"])
    #expect(options["graph"]?.defaultValue == "actors")
  }

  @Test("checked options keep those of the format and drop the rest")
  func checkedKeepsOwnOptions() throws {
    let given = ExportOptions(["compact": "true", "graph": "talks", "label": "x"])
    let json = try given.checked(for: CanonicalJSONExporter().format)
    #expect(json == ExportOptions(["compact": "true"]))
    #expect(json.flag("compact"))
    #expect(json.value("graph") == nil)
    let graph = try given.checked(for: GraphExporter().format)
    #expect(graph.value("graph") == "talks")
    #expect(graph.value("label") == "x")
    #expect(!ExportOptions().flag("compact"))
  }

  @Test("a value outside an option's choices is a usage error with a suggestion")
  func checkedRefusesBadChoice() {
    let format = GraphExporter().format
    #expect(
      usageMessage { try ExportOptions(["graph": "actrs"]).checked(for: format) }
        == "--graph actrs: not a choice of the graphml format; use one of: actors, talks "
        + #"(did you mean "actors"?)"#)
    #expect(
      usageMessage { try ExportOptions(["graph": "zzz"]).checked(for: format) }
        == "--graph zzz: not a choice of the graphml format; use one of: actors, talks")
  }

  /// The message of the usage error `body` throws; records an issue otherwise.
  private func usageMessage<T>(
    sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> T
  ) -> String? {
    do {
      _ = try body()
      Issue.record("expected a usage error", sourceLocation: sourceLocation)
    } catch ParleyError.usage(let message) {
      return message
    } catch {
      Issue.record("expected a usage error, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
  }
}
