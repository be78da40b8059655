import ArgumentParser
import Foundation
import ParleyCore
import ParleyFormats
import ParleyRuntime

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Convert dossiers to one or more output formats.",
    discussion: """
      Each input is validated first; an invalid one is reported and skipped, and the rest \
      are still converted. Selection options (--since, --actor, …) keep part of each \
      dossier before it is written, as parley select does; --filter runs a program over it \
      (docs/toolkit.md). Every output file is written to a temporary file and renamed into \
      place, so a failed export never leaves a partial file.

      The format comes from -t, or else from the extension of -o. With several inputs, \
      directories or formats, use --out-dir: inputs are converted in parallel and each \
      output is named after its input (DIR/sub/talks.parley.yaml → OUT/sub/talks.graphml; \
      a name already taken gets -2, -3 …).

      With -f jsonl, standard input holds one dossier per line (JSON) and standard output \
      gets one JSON result per line, in input order.

      Format options (see parley formats --json):
      \(ExportCommand.formatOptionsHelp)

      Exit codes: 0 success, 1 some input invalid, 2 usage error, 3 I/O error, \
      4 plugin or filter failure.
      """
  )

  @OptionGroup var conversion: ConversionOptions
  @OptionGroup var selection: SelectionOptions
  @OptionGroup var filters: FilterOptions

  func run() throws {
    try conversion.run(
      command: "export", defaultFormat: nil, selection: selection, filters: filters)
  }

  /// One line per option; an option that several formats declare alike
  /// (the graph formats' `--graph` and `--with`) is listed once, with every
  /// format that takes it.
  static var formatOptionsHelp: String {
    var lines: [(option: FormatOption, formats: [String])] = []
    for exporter in BuiltinFormats.registry.exporters {
      for option in exporter.format.options {
        if let index = lines.firstIndex(where: { $0.option == option }) {
          lines[index].formats.append(exporter.format.id)
        } else {
          lines.append((option, [exporter.format.id]))
        }
      }
    }
    return lines.map { option, formats in
      let value =
        option.takesValue
        ? " <\(option.choices.isEmpty ? "value" : option.choices.joined(separator: "|"))>" : ""
      return "  --\(option.name)\(value)  [\(formats.joined(separator: ", "))] \(option.help)"
    }.joined(separator: "\n")
  }
}
