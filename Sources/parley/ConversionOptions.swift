import ArgumentParser
import Foundation
import ParleyCore
import ParleyFormats
import ParleyOperations
import ParleyRuntime

/// What `export` and `select` share: inputs, formats and their options,
/// where the outputs go, and how a batch runs.
struct ConversionOptions: ParsableArguments, WritesFormats {
  @OptionGroup var common: OutputOptions

  @Option(name: .customLong("out-dir"), help: "Directory for the outputs, named after the inputs.")
  var outputDirectory: String?

  @Option(
    name: [.short, .long], parsing: .unconditional,
    help: "Inputs converted at once, 1 to \(Self.maximumJobs) (default: the number of cores).")
  var jobs: Int?

  /// The most inputs converted at once.
  static let maximumJobs = 1024

  @Flag(name: .shortAndLong, help: "No progress bar and no summary; problems are still reported.")
  var quiet = false

  @Flag(help: "Print a JSON summary of the batch on standard output.")
  var json = false

  @Option(
    name: .customLong("max-line-bytes"),
    help: .size("With -f jsonl, the most bytes one line may have."))
  var maximumLineBytes = ByteCount(BoundedInput.defaultMaximumLineBytes)

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "Dossiers or directories to convert (.json, .yaml, .yml, .xml; - for standard input), "
        + "and format options.",
      valueName: "input"))
  var arguments: [String] = []

  /// The checks that need no input and no format: flags that do not go
  /// together. They come first, before any input or format is looked at.
  private var flagProblem: String? {
    if let jobs, !(1...Self.maximumJobs).contains(jobs) {
      return "-j must be a whole number from 1 to \(Self.maximumJobs), not \(jobs)"
    }
    if let problem = OutputOptions.timeoutProblem("--plugin-timeout", pluginTimeout) {
      return problem
    }
    if inputFormat == ExportRequest.jsonLines && formats == nil {
      return "-f jsonl needs -t FORMAT"
    }
    if inputFormat == ExportRequest.jsonLines && (output != nil || outputDirectory != nil) {
      return "-f jsonl writes its results to standard output: leave out -o and --out-dir"
    }
    if output != nil && outputDirectory != nil {
      return "-o and --out-dir cannot be used together"
    }
    if json && outputDirectory == nil && inputFormat != ExportRequest.jsonLines {
      return "--json summarises a batch: use it with --out-dir"
    }
    return nil
  }

  /// Converts the inputs, selecting and filtering each dossier first.
  ///
  /// - Parameter defaultFormat: the format when neither -t nor -o's
  ///   extension gives one; `nil` makes that a usage error.
  func run(
    command name: String, defaultFormat: String?, selection: SelectionOptions,
    filters: FilterOptions
  ) throws {
    if let problem = flagProblem { throw UsageError(problem) }
    let catalog = self.catalog
    var request = try ExportRequest(
      self, catalog: catalog, defaultFormat: defaultFormat, command: name)
    if let undated = selection.undated { request.setOption("undated", undated.rawValue) }
    let loader = self.loader
    var converter = BatchConverter(
      loader: loader, inputFormat: request.inputFormat,
      exporters: request.exporters, options: request.options)
    converter.preparation =
      Preparation(
        selection: selection.selection, filters: filters.filters, loader: loader
      ).closure
    switch request.destination {
    case .jsonLines:
      try JSONLinesExport(
        converter: converter, parallelism: parallelism, maximumLineBytes: maximumLineBytes.value
      ).run()
    case .single(let destination):
      converter.createsDirectories = false
      let result = converter.convert(
        ConversionJob(input: .file(request.inputs[0]), destinations: [destination]))
      report(warnings: result)
      if let error = result.error {
        Terminal.endIfOutputClosed(by: error)
        Terminal.error(Failure.message(for: error))
        throw ExitCode(Failure.exitCode(for: error) ?? 1)
      }
    case .directory(let directory):
      let plan = ConversionPlan(
        inputs: request.inputs,
        extensions: BuiltinFormats.loader.readers.flatMap(\.fileExtensions),
        formats: request.exporters.map(\.format), outputDirectory: directory)
      try convert(plan, with: converter)
    }
  }

  private func convert(_ plan: ConversionPlan, with converter: BatchConverter) throws {
    let progress = ProgressBar(total: plan.jobs.count, enabled: !quiet && !json)
    let results = converter.run(plan.jobs, parallelism: parallelism) { result in
      progress.advance(failed: result.error != nil)
    }
    progress.finish()
    Interruption.yieldToSignal()
    for result in results {
      report(warnings: result)
      guard let error = result.error else { continue }
      // A plugin's or an option's failure does not say which input it was
      // converting; the loader's and the outputs' messages name their file.
      let named =
        error is PluginError || error is ExportOptionError || error is SelectionError
        || error is FilterError
      Terminal.error((named ? "\(result.input.displayed): " : "") + Failure.message(for: error))
    }
    let failures = results.filter { $0.error != nil }
    if json {
      try BatchSummary(results: results).write()
    } else if !quiet && (results.count > 1 || !failures.isEmpty) {
      var line = "\(results.count - failures.count) of \(results.count) inputs converted"
      if !failures.isEmpty {
        line +=
          "; \(failures.count) failed: " + failures.map(\.input.displayed).joined(separator: ", ")
      }
      Terminal.error(line)
    }
    if let worst = failures.compactMap({ $0.error.map { Failure.exitCode(for: $0) ?? 1 } }).max() {
      throw ExitCode(worst)
    }
  }

  private var parallelism: Int {
    max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
  }

  private func report(warnings result: BatchConverter.Result) {
    for warning in result.warnings { Terminal.error("\(result.input): warning: \(warning)") }
  }

}
