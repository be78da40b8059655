import ArgumentParser
import ParleyCore
import ParleyFormats

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check dossiers and report every problem at once.",
    discussion: """
      Checks the structure (fields, types, dates) and the content: unique ids, references \
      that resolve to records of an allowed kind, provenance spans and quotes, date order. \
      Problems go to standard error as FILE[:LINE:COLUMN]: PATH: MESSAGE (HINT).
      Exit codes: 0 all valid, 1 some input invalid, 2 usage error, 3 some file unreadable.
      """
  )

  @Argument(help: "Dossiers to check (.json, .yaml, .yml); - reads standard input.")
  var inputs: [String]

  @Option(
    name: [.short, .customLong("from")],
    help: "Input format, for standard input or odd extensions (json, yaml, xml).")
  var format: InputFormat?

  @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
  var quiet = false

  @Option(
    name: .customLong("max-input-bytes"),
    help: ArgumentHelp(
      "The most bytes one input may have, e.g. 512M.", valueName: "size"))
  var maximumInputBytes = ByteCount(BoundedInput.defaultMaximumBytes)

  func run() throws {
    var loader = BuiltinFormats.loader
    loader.maximumInputBytes = maximumInputBytes.value
    var worst: Int32 = 0
    var invalidCount = 0
    for input in inputs {
      do {
        let dossier = try loader.load(path: input, format: format)
        if !quiet { Terminal.output("\(input): valid (\(dossier.recordCount) records)") }
      } catch {
        Terminal.error(Failure.message(for: error))
        if let report = error as? ValidationReport {
          let count = report.diagnostics.count
          Terminal.error("\(input): \(count) problem\(count == 1 ? "" : "s")")
        }
        invalidCount += 1
        worst = max(worst, Failure.exitCode(for: error) ?? 1)
      }
    }
    if inputs.count > 1 && invalidCount > 0 {
      Terminal.error("\(invalidCount) of \(inputs.count) files failed")
    }
    if worst != 0 { throw ExitCode(worst) }
  }
}

extension InputFormat: ExpressibleByArgument {}
