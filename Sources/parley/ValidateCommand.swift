import ArgumentParser
import ParleyCore
import ParleyFormats
import ParleyRuntime

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check dossiers and report every problem at once.",
    discussion: """
      Checks the structure (fields, types, dates) and the content: unique ids, references \
      that resolve to records of an allowed kind, provenance spans and quotes, date order. \
      Directories are searched for dossiers as parley export searches them. Problems go to \
      standard error as FILE[:LINE:COLUMN]: PATH: MESSAGE (HINT); with --json, standard \
      output gets one JSON object with every file's outcome and problems.
      Exit codes: 0 all valid, 1 some input invalid, 2 usage error, 3 some file unreadable.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Dossiers (.json, .yaml, .yml, .xml) or directories to check; - reads standard input.",
      valueName: "input"))
  var inputs: [String]

  @Option(
    name: [.short, .customLong("from")],
    help: "Input format, for standard input or odd extensions (json, yaml, xml).")
  var format: InputFormat?

  @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
  var quiet = false

  @Flag(help: "Print every file's outcome and problems as JSON on standard output.")
  var json = false

  @OptionGroup var limit: InputLimitOption

  func run() throws {
    if json || !quiet { try Terminal.requireOutput() }
    let loader = limit.loader
    let files = ConversionPlan.expand(
      inputs, extensions: loader.readers.flatMap(\.fileExtensions))
    guard !files.isEmpty else {
      let extensions = loader.readers.flatMap(\.fileExtensions).map { "." + $0 }
      throw UsageError(
        "no dossiers (\(extensions.joined(separator: ", "))) in \(inputs.joined(separator: ", "))")
    }
    var worst: Int32 = 0
    var invalidCount = 0
    var outcomes: [ValidationOutcome] = []
    for input in files {
      do {
        let dossier = try loader.load(path: input, format: format)
        let records = dossier.recordCount
        LateRelease.release(consume dossier)
        outcomes.append(ValidationOutcome(input: input, records: records))
        if !quiet && !json {
          Terminal.output("\(input.displayed): valid (\(records) records)")
        }
      } catch {
        let code = Failure.exitCode(for: error) ?? 1
        outcomes.append(ValidationOutcome(input: input, error: error, exitCode: code))
        if !json {
          Terminal.error(Failure.message(for: error))
          if let report = error as? ValidationReport {
            let count = report.diagnostics.count
            Terminal.error("\(input.displayed): \(count) problem\(count == 1 ? "" : "s")")
          }
        }
        invalidCount += 1
        worst = max(worst, code)
      }
    }
    if json {
      let output = OutputWriter(descriptor: 1, name: "standard output")
      let writer = JSONWriter(output: output, pretty: true)
      try writer.encode(ValidationSummary(outcomes))
      try writer.finish()
      try output.flush()
    } else if files.count > 1 && invalidCount > 0 {
      Terminal.error("\(invalidCount) of \(files.count) files failed")
    }
    if worst != 0 { throw ExitCode(worst) }
  }
}

extension InputFormat: ExpressibleByArgument {}
