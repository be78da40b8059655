import ParleyCore
import ParleyFormats
import ParleyRuntime

/// What `parley export` was asked to do, parsed once from the command line
/// into typed values and checked before any input is read: the inputs, the
/// formats with their options, and where the outputs go.
struct ExportRequest {
  /// Where the outputs go.
  enum Destination {
    /// One output, from `-o` or standard output.
    case single(OutputDestination)
    /// One file per input and format, under `--out-dir`.
    case directory(String)
    /// One JSON result per line of standard input (`-f jsonl`).
    case jsonLines
  }

  /// The inputs: files, directories, or `-`.
  private(set) var inputs: [String] = []
  /// The input format, when given.
  let inputFormat: InputFormat?
  /// The formats, in the order of `-t`.
  private(set) var exporters: [any Exporter] = []
  /// The format options given, by name.
  private(set) var options = ExportOptions()
  /// Where the outputs go.
  let destination: Destination

  /// The command parsed, for messages: `export`, `select`, `merge`.
  let commandName: String

  /// The one input format that is not a dossier reader's: JSON Lines.
  static let jsonLines = InputFormat(rawValue: "jsonl")

  /// Parses `arguments` (inputs and format options) and the command's
  /// options against `catalog`; `defaultFormat` is the format when neither
  /// -t nor -o's extension gives one.
  ///
  /// - Parameter mergesInputs: whether the inputs become one dossier, with
  ///   one output.
  init(
    _ command: some RequestOptions, catalog: FormatCatalog, defaultFormat: String? = nil,
    mergesInputs: Bool = false, command name: String = "export"
  ) throws {
    commandName = name
    let jsonLines = command.inputFormat == Self.jsonLines
    inputFormat = jsonLines ? nil : command.inputFormat
    let output = command.output
    if jsonLines {
      destination = .jsonLines
    } else if let directory = command.outputDirectory {
      destination = .directory(directory)
    } else {
      destination = .single(output == nil || output == "-" ? .standardOutput : .file(output!))
    }
    try split(command.arguments, catalog: catalog)
    if jsonLines {
      if inputs.isEmpty { inputs = ["-"] }
      guard inputs == ["-"] else {
        throw UsageError("-f jsonl reads standard input only; give no input files")
      }
    }
    guard !inputs.isEmpty else {
      throw UsageError("no input: name one or more dossiers, or - for standard input")
    }
    try chooseFormats(
      command.formats, output: output, catalog: catalog, defaultFormat: defaultFormat)
    if case .single(.file(let path)) = destination,
      inputs.contains(where: { ConversionPlan.resolved($0) == ConversionPlan.resolved(path) })
    {
      throw UsageError("-o \(path) is an input; writing there would destroy it")
    }
    if case .single = destination {
      if inputs.count > 1 && !mergesInputs {
        throw UsageError("\(inputs.count) inputs need --out-dir DIR (one output file each)")
      }
      if exporters.count > 1 {
        throw UsageError(
          mergesInputs
            ? "merge writes one dossier in one format: give one -t FORMAT"
            : "several formats need --out-dir DIR (one output file each)")
      }
    }
    for exporter in exporters where exporter.format.needsFile {
      switch destination {
      case .single(.standardOutput):
        throw UsageError.needsFile(exporter.format)
      case .jsonLines:
        throw UsageError(
          "-t \(exporter.format.id) writes a database file, which cannot be a JSON Lines result; leave it out of -t (name the formats you want rather than all)"
        )
      default:
        break
      }
    }
  }

  /// The formats of `-t` (comma-separated), or the one `-o`'s extension implies.
  private mutating func chooseFormats(
    _ formats: String?, output: String?, catalog: FormatCatalog, defaultFormat: String?
  ) throws {
    if let formats {
      for name in formats.split(separator: ",", omittingEmptySubsequences: true) {
        let named =
          name.lowercased() == Self.allFormats
          ? BuiltinFormats.registry.exporters : [try catalog.exporter(named: String(name))]
        for exporter in named
        where !exporters.contains(where: { $0.format.id == exporter.format.id }) {
          exporters.append(exporter)
        }
      }
      guard !exporters.isEmpty else {
        throw UsageError("-t needs a format name (see parley formats)")
      }
    } else if case .single(.file(let path)) = destination,
      let inferred = catalog.exporter(forPath: path)
    {
      exporters = [inferred]
    } else if let defaultFormat {
      exporters = [try catalog.exporter(named: defaultFormat)]
    } else {
      let known = catalog.registry.exporters.map(\.format.fileExtension).joined(separator: ", .")
      throw UsageError(
        "no output format: add -t FORMAT, or give -o a file name ending in .\(known)")
    }
  }

  /// Separates inputs from format options (`--compact`, `--graph actors`,
  /// `--graph=actors`), which the formats declare.
  private mutating func split(_ arguments: [String], catalog: FormatCatalog) throws {
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
      let parts = argument.drop { $0 == "-" }.split(separator: "=", maxSplits: 1)
      let name = String(parts.first ?? "")
      if argument.hasPrefix("--"), Self.commandOptions.contains(name) {
        // An option of `export` that this command (merge) does not take.
        throw UsageError("\(argument) does not apply to this command (see its --help)")
      }
      guard argument.hasPrefix("--"), let option = catalog.option(named: name) else {
        let known = Array(catalog.registry.allOptions.keys) + Self.commandOptions
        let hint = Suggestions.nearest(to: name, in: known.sorted())
        throw UsageError(
          "unknown option \(argument)\(hint.map { "; did you mean --\($0)?" } ?? "") (see parley \(commandName) --help)"
        )
      }
      if option.takesValue {
        if parts.count == 2 {
          values[name] = String(parts[1])
        } else if index < arguments.count {
          values[name] = arguments[index]
          index += 1
        } else {
          throw UsageError("--\(name) needs a value")
        }
      } else {
        guard parts.count == 1 else { throw UsageError("--\(name) takes no value") }
        values[name] = "true"
      }
    }
    options = ExportOptions(values)
  }

  /// Sets a format option the command line parsed itself, such as
  /// `--undated`, which the selection and the CSV format share.
  mutating func setOption(_ name: String, _ value: String) {
    var values = options.values
    values[name] = value
    options = ExportOptions(values)
  }

  /// `-t all`: every built-in format.
  static let allFormats = "all"

  /// The command's own options, for suggestions.
  static let commandOptions = [
    "to", "from", "output", "out-dir", "help", "jobs", "quiet", "json", "plugin-path",
    "plugin-timeout", "max-input-bytes", "max-line-bytes", "since", "until", "undated", "actor",
    "issue", "talk", "stance", "kind", "filter", "filter-timeout",
  ]
}

/// The options an ``ExportRequest`` is parsed from: those of `export` and
/// `select`, or the fewer of `merge`.
protocol RequestOptions {
  /// `-t`, as given.
  var formats: String? { get }
  /// `-f`.
  var inputFormat: InputFormat? { get }
  /// `-o`.
  var output: String? { get }
  /// `--out-dir`.
  var outputDirectory: String? { get }
  /// Inputs and format options.
  var arguments: [String] { get }
}

extension ConversionOptions: RequestOptions {}
