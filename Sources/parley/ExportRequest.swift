import ParleyCore

/// What `parley export` was asked to do: the inputs, the formats and where each
/// output goes, checked before any file is read.
struct ExportRequest {
  var inputs: [String] = []
  var options = ExportOptions()
  private var exporters: [any Exporter] = []
  private var output: String?
  private var outputDirectory: String?

  init(
    arguments: [String], formats: String?, output: String?, outputDirectory: String?,
    registry: FormatRegistry
  ) throws(ParleyError) {
    self.output = output
    self.outputDirectory = outputDirectory
    try splitArguments(arguments, knownOptions: registry.allOptions)
    guard !inputs.isEmpty else {
      throw .usage("no input: name one or more dossiers, or - for standard input")
    }
    if output != nil && outputDirectory != nil {
      throw .usage("-o and --out-dir cannot be used together")
    }
    if let formats {
      for name in formats.split(separator: ",", omittingEmptySubsequences: true) {
        exporters.append(try registry.exporter(named: String(name)))
      }
      guard !exporters.isEmpty else { throw .usage("-t needs a format name (see parley formats)") }
    } else if let output, output != "-", let inferred = registry.exporter(forPath: output) {
      exporters = [inferred]
    } else {
      let known = registry.exporters.map(\.format.fileExtension).joined(separator: ", .")
      throw .usage(
        "no output format: add -t FORMAT, or give -o a file name ending in .\(known)")
    }
    if let output, output != "-",
      inputs.contains(where: { ConversionPlan.resolved($0) == ConversionPlan.resolved(output) })
    {
      throw .usage("-o \(output) is an input; writing there would destroy it")
    }
    if outputDirectory == nil {
      if inputs.count > 1 {
        throw .usage("\(inputs.count) inputs need --out-dir DIR (one output file each)")
      }
      if exporters.count > 1 {
        throw .usage("several formats need --out-dir DIR (one output file each)")
      }
    }
  }

  /// The exporters, in the order of `-t`.
  var chosenExporters: [any Exporter] { exporters }

  /// Where the single output goes without `--out-dir`.
  var singleDestination: OutputDestination {
    output == nil || output == "-" ? .standardOutput : .file(output!)
  }

  /// Separates inputs from format options (`--compact`, `--graph actors`,
  /// `--graph=actors`), which the registry declares.
  private mutating func splitArguments(
    _ arguments: [String], knownOptions: [String: FormatOption]
  ) throws(ParleyError) {
    var index = 0
    var onlyInputs = false
    var values: [String: String] = [:]
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyInputs || argument == "-" || !argument.hasPrefix("-") {
        inputs.append(argument)
        continue
      }
      if argument == "--" {
        onlyInputs = true
        continue
      }
      let body = argument.drop { $0 == "-" }
      let parts = body.split(separator: "=", maxSplits: 1)
      let name = String(parts.first ?? "")
      guard argument.hasPrefix("--"), let option = knownOptions[name] else {
        let hint = Suggestions.nearest(
          to: name, in: Array(knownOptions.keys) + ExportRequest.commandOptions)
        throw .usage(
          "unknown option \(argument)\(hint.map { "; did you mean --\($0)?" } ?? "") (see parley export --help)"
        )
      }
      if option.takesValue {
        if parts.count == 2 {
          values[name] = String(parts[1])
        } else if index < arguments.count {
          values[name] = arguments[index]
          index += 1
        } else {
          throw .usage("--\(name) needs a value")
        }
      } else {
        guard parts.count == 1 else { throw .usage("--\(name) takes no value") }
        values[name] = "true"
      }
    }
    options = ExportOptions(values)
  }

  static let commandOptions = [
    "to", "from", "output", "out-dir", "help", "jobs", "quiet", "json", "plugin-path",
    "plugin-timeout",
  ]
}
