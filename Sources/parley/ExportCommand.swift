import ArgumentParser
import ParleyCore
import ParleyFormats

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Convert dossiers to one or more output formats.",
    discussion: """
      Each input is validated first; an invalid one is reported and skipped, and the rest \
      are still converted. Every output file is written to a temporary file and renamed into \
      place, so a failed export never leaves a partial file.

      The format comes from -t, or else from the extension of -o. With several inputs or \
      formats, use --out-dir: each output is named after its input (talks.parley.yaml → \
      talks.graphml).

      Format options (see parley formats --json):
      \(ExportCommand.formatOptionsHelp)

      Exit codes: 0 success, 1 some input invalid, 2 usage error, 3 I/O error.
      """
  )

  @Option(
    name: [.customShort("t"), .customLong("to")],
    help: ArgumentHelp(
      "Output format(s), comma-separated (see parley formats).", valueName: "format"))
  var formats: String?

  @Option(
    name: [.customShort("f"), .customLong("from")],
    help: "Input format, for standard input or odd extensions (json, yaml, xml).")
  var inputFormat: InputFormat?

  @Option(
    name: [.short, .customLong("output")], help: "Output file; - for standard output (the default)."
  )
  var output: String?

  @Option(name: .customLong("out-dir"), help: "Directory for the outputs, named after the inputs.")
  var outputDirectory: String?

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "Dossiers to convert (.json, .yaml, .yml; - for standard input), and format options.",
      valueName: "input"))
  var arguments: [String] = []

  func run() throws {
    let request = try ExportRequest(
      arguments: arguments, formats: formats, output: output, outputDirectory: outputDirectory,
      registry: BuiltinFormats.registry)
    var failures: [(String, ParleyError)] = []
    for input in request.inputs {
      do {
        let dossier = try BuiltinFormats.loader.load(path: input, format: inputFormat)
        for (exporter, destination) in try request.destinations(for: input) {
          let options = try request.options.checked(for: exporter.format)
          let warnings = try destination.write { (writer: OutputWriter) throws(ParleyError) in
            try exporter.export(dossier, options: options, to: writer)
          }
          for warning in warnings {
            Terminal.error("\(input): warning: \(exporter.format.id): \(warning)")
          }
        }
      } catch {
        Terminal.error(error.description)
        failures.append((input, error))
      }
    }
    guard !failures.isEmpty else { return }
    if request.inputs.count > 1 {
      Terminal.error(
        "\(request.inputs.count - failures.count) of \(request.inputs.count) inputs converted; failed: "
          + failures.map(\.0).joined(separator: ", "))
    }
    throw CommandFailure(code: failures.map(\.1.exitCode).max()!)
  }

  static var formatOptionsHelp: String {
    BuiltinFormats.registry.exporters.flatMap { exporter in
      exporter.format.options.map { option in
        let value =
          option.takesValue
          ? " <\(option.choices.isEmpty ? "value" : option.choices.joined(separator: "|"))>" : ""
        return "  --\(option.name)\(value)  [\(exporter.format.id)] \(option.help)"
      }
    }.joined(separator: "\n")
  }
}
