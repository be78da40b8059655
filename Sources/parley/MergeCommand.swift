import ArgumentParser
import ParleyCore
import ParleyFormats
import ParleyOperations
import ParleyRuntime

struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Make one dossier from several.",
    discussion: """
      Records with the same id and the same content (apart from provenance) become one, \
      with their provenance joined. An entity of a later input that has the same kind and \
      a name or alias equal, case and punctuation folded, to an entity already merged takes \
      that entity's id, and every reference to it is rewritten (--report lists them). \
      Records with the same id and different content conflict: each is reported with both \
      values, and the merge fails unless --prefer says which wins. The result has the first \
      input's id and title and is validated. See docs/toolkit.md.

      Writes canonical JSON unless -t or -o's extension names another format.

      Exit codes: 0 success, 1 an input is invalid or records conflict, 2 usage error, \
      3 I/O error, 4 plugin or filter failure.
      """
  )

  @OptionGroup var conversion: MergeOutputOptions

  @Option(
    help: ArgumentHelp(
      "Resolve conflicts with the earlier or the later input's record.", valueName: "first|last"))
  var prefer: DossierMerge.Preference?

  @Flag(help: "Print each reconciled entity on standard error.")
  var report = false

  @OptionGroup var filters: FilterOptions

  func run() throws {
    if conversion.inputFormat == ExportRequest.jsonLines {
      throw UsageError("merge reads dossier files, not JSON Lines; give the files")
    }
    if let problem = OutputOptions.timeoutProblem("--plugin-timeout", conversion.pluginTimeout) {
      throw UsageError(problem)
    }
    let request = try ExportRequest(
      conversion, catalog: conversion.catalog, defaultFormat: "json", mergesInputs: true,
      command: "merge")
    let loader = conversion.loader
    let inputs = ConversionPlan.expand(
      request.inputs, extensions: loader.readers.flatMap(\.fileExtensions))
    guard inputs.count >= 2 else {
      throw UsageError("merge needs two or more dossiers, not \(inputs.count)")
    }
    if inputs.filter({ $0 == "-" }).count > 1 {
      throw UsageError("standard input can be only one of the dossiers")
    }
    if case .single(.file(let path)) = request.destination,
      let input = inputs.first(where: {
        ConversionPlan.resolved($0) == ConversionPlan.resolved(path)
      })
    {
      throw UsageError(
        "-o \(path.displayed) is an input (\(input.displayed)); writing there would destroy it")
    }
    var dossiers: [DossierMerge.Input] = []
    for input in inputs {
      dossiers.append(
        DossierMerge.Input(
          name: input, dossier: try loader.load(path: input, format: request.inputFormat)))
    }
    let merge = DossierMerge(dossiers, preference: prefer)
    if report {
      for reconciliation in merge.reconciliations { Terminal.error("merge: \(reconciliation)") }
    }
    for conflict in merge.conflicts {
      guard let winner = conflict.resolution else { continue }
      let kept = winner == .first ? conflict.firstInput : conflict.laterInput
      for line in conflict.description.split(separator: "\n") {
        Terminal.error("warning: \(line) (kept \(kept)'s, --prefer \(winner.rawValue))")
      }
    }
    let merged = try merge.result()
    let problems = Validator().validate(merged)
    guard problems.isEmpty else {
      throw MergedDossierInvalid(
        problems: problems.map { problem in
          let origin = problem.path.flatMap(merge.input(of:)).map {
            " (a record from \($0.displayed))"
          }
          return
            "the merge: \(problem.path.map { "\($0)" } ?? "(document)")\(origin ?? ""): \(problem.message)"
            + (problem.hint.map { " (\($0))" } ?? "")
        })
    }
    guard case .single(let destination) = request.destination else {
      preconditionFailure("merge has one output")
    }
    var converter = BatchConverter(
      loader: loader, inputFormat: nil, exporters: request.exporters, options: request.options)
    converter.createsDirectories = false
    converter.preparation =
      Preparation(selection: Selection(), filters: filters.filters, loader: loader).closure
    let result = converter.convert(
      ConversionJob(input: .dossier(merged, name: "the merge"), destinations: [destination]))
    for warning in result.warnings { Terminal.error("warning: \(warning)") }
    if let error = result.error { throw error }
  }
}

/// A merge whose result is not a valid dossier, though each input was: ids
/// that clash across collections, say.
struct MergedDossierInvalid: Error, CustomStringConvertible {
  /// One line per problem, each naming the input its record came from.
  let problems: [String]

  var description: String {
    problems.joined(separator: "\n")
      + "\nthe merged dossier is not valid (above): correct the inputs so that they fit together"
  }
}

extension DossierMerge.Preference: ExpressibleByArgument {}

/// What `merge` takes of `export`'s options: the output, its format and
/// format options, plugins and the input limit; no batch options.
struct MergeOutputOptions: ParsableArguments, RequestOptions, WritesFormats {
  @OptionGroup var common: OutputOptions

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "Dossiers or directories to merge (.json, .yaml, .yml, .xml; - for standard input, once), "
        + "and format options.",
      valueName: "input"))
  var arguments: [String] = []

  /// Merge has one output: never a directory.
  var outputDirectory: String? { nil }
}
