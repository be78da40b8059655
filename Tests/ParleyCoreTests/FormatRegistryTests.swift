import ParleyCore
import ParleyTestSupport
import Testing

/// A format like `json`, with its ids, aliases and flag.
private struct JSONLikeExporter: Exporter {
  let format = FormatDescriptor(
    id: "json", aliases: ["parley-json", "ir"], name: "JSON", mediaType: "application/json",
    fileExtension: "json", summary: "JSON.",
    options: [.flag("compact", help: "Write JSON on one line instead of pretty-printed.")])

  func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter) throws {
    try output.write(dossier.id)
  }
}

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

  func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter) throws {
    try output.write(dossier.id)
  }
}

@Suite("Format registry and export options")
struct FormatRegistryTests {
  let registry = FormatRegistry([JSONLikeExporter(), GraphExporter()])

  @Test(
    "formats are found by id or alias, case-insensitively",
    arguments: [
      ("json", "json"), ("JSON", "json"), ("ir", "json"), ("Parley-JSON", "json"),
      ("graphml", "graphml"), ("graph", "graphml"),
    ])
  func byName(_ name: String, _ id: String) throws {
    #expect(try registry.exporter(named: name).format.id == id)
  }

  @Test("an unknown format is an error with a suggestion and the known formats")
  func unknownFormat() {
    #expect(throws: FormatLookupError(name: "jsn", suggestion: "json", known: ["json", "graphml"]))
    {
      try registry.exporter(named: "jsn")
    }
    #expect(
      FormatLookupError(name: "jsn", suggestion: "json", known: ["json", "graphml"]).description
        == #"unknown format "jsn"; did you mean "json"? (known formats: json, graphml)"#)
    #expect(throws: FormatLookupError(name: "xlsx", suggestion: nil, known: ["json", "graphml"])) {
      try registry.exporter(named: "xlsx")
    }
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
    let json = try given.checked(for: JSONLikeExporter().format)
    #expect(json == ExportOptions(["compact": "true"]))
    #expect(json.flag("compact"))
    #expect(json.value("graph") == nil)
    let graph = try given.checked(for: GraphExporter().format)
    #expect(graph.value("graph") == "talks")
    #expect(graph.value("label") == "x")
    #expect(!ExportOptions().flag("compact"))
  }

  @Test("a value outside an option's choices is an error with a suggestion")
  func checkedRefusesBadChoice() {
    let format = GraphExporter().format
    let choices = ["actors", "talks"]
    #expect(
      throws: ExportOptionError(
        option: "graph", value: "actrs",
        problem: .notAChoice(format: "graphml", choices: choices, suggestion: "actors"))
    ) { try ExportOptions(["graph": "actrs"]).checked(for: format) }
    #expect(
      throws: ExportOptionError(
        option: "graph", value: "zzz",
        problem: .notAChoice(format: "graphml", choices: choices, suggestion: nil))
    ) { try ExportOptions(["graph": "zzz"]).checked(for: format) }
  }
}
