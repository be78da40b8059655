import ArgumentParser
import ParleyCore
import ParleyFormats
import ParleyIngest
import ParleyJSON
import ParleyRuntime

struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Draft a dossier from news articles (plain text, HTML, JSON Lines).",
    discussion: """
      Reads articles — .txt as saved from a web page, .html/.htm pages, .jsonl/.ndjson \
      with one {id, title, published, url, publisher, language, text} object per line; directories \
      recursively; - for standard input — and drafts one IR dossier with rules and a \
      lexicon: actors, people and their titles, talks, quotes and reported speech, \
      positions and events. Every record's provenance gives the source, the evidence span \
      and its text, a confidence and the rule, as RULE@LEXICON:VERSION. The draft is meant \
      for review: check it, then export it. Stance cues that found no issue are listed on \
      standard error as warnings, FILE:LINE:COLUMN. For thousands of files, name their \
      directory or list them in a file given with --inputs-from.
      A file that cannot be read is reported and skipped; the draft is written from the \
      rest. Exit codes: 0 success, 1 some input invalid or no article found, 2 usage \
      error, 3 some file unreadable or the output not writable.
      """
  )

  @Argument(help: "Article files or directories; - reads standard input.")
  var inputs: [String] = []

  @Option(
    name: .customLong("inputs-from"),
    help: ArgumentHelp(
      "Also read the files or directories listed in this file, one per line (or NUL-separated, as find -print0 writes them); - reads the list from standard input. For thousands of files.",
      valueName: "list"))
  var inputLists: [String] = []

  @Option(
    name: .shortAndLong,
    help: "Write the draft here instead of standard output, in the format its extension names.")
  var output: String?

  @Option(
    name: [.customShort("t"), .customLong("to")],
    help: ArgumentHelp(
      "The draft's format (default: from -o's extension, else JSON), e.g. yaml.",
      valueName: "format"))
  var format: String?

  @Option(
    name: .customLong("lexicon"),
    help: "A lexicon (YAML) merged over the built-in one; repeat to add several.")
  var lexicons: [String] = []

  @Flag(
    help:
      "Use only the lexicons given with --lexicon, not the built-in one (but for the labels theirs leave out)."
  )
  var noBuiltinLexicon = false

  @Flag(help: "Print to standard error why each record exists: its rules and evidence.")
  var explain = false

  @Option(
    name: .customLong("max-input-bytes"),
    help: ArgumentHelp(
      "The most bytes one article file may have, e.g. 512M.", valueName: "size"))
  var maximumInputBytes = ByteCount(BoundedInput.defaultMaximumBytes)

  @Option(help: "The draft dossier's id.")
  var id = "draft"

  @Option(help: "The draft dossier's title.")
  var title: String?

  func run() throws {
    guard IRIdentifier.isValid(id) else {
      throw UsageError(
        "--id \(id.displayed) is not a valid id: ids start with a letter or digit and use only letters, digits, '-', '_', '.' and ':'"
      )
    }
    if inputs.isEmpty && inputLists.isEmpty {
      throw UsageError("give the article files or directories to read, or --inputs-from LIST")
    }
    if inputLists.filter({ $0 == "-" }).count + (inputs.contains("-") ? 1 : 0) > 1 {
      throw UsageError(
        "standard input can be read once: give either - or --inputs-from -, not both")
    }
    let exporter = try draftExporter()
    let merged = Lexicon.merged(lexicons, overBuiltin: !noBuiltinLexicon)
    // Every bad lexicon is reported, not only the first.
    if merged.problems.count == 1 { throw merged.problems[0] }
    if !merged.problems.isEmpty {
      for problem in merged.problems { Terminal.error(Failure.message(for: problem)) }
      throw ExitCode(merged.problems.compactMap(Failure.exitCode(for:)).max() ?? 1)
    }
    guard let lexicon = merged.lexicon else {
      throw UsageError("--no-builtin-lexicon needs at least one --lexicon FILE")
    }
    try lexicon.check()
    var loader = ArticleLoader()
    loader.maximumInputBytes = maximumInputBytes.value
    loader.furniture = PageFurniture(lexicon)
    var inputs = self.inputs
    for list in inputLists { inputs += try loader.listedPaths(list) }
    let (files, missing) = loader.files(inputs)
    var problems = missing
    var articles: [Article] = []
    for file in files {
      let result = loader.read(file)
      articles += result.articles
      problems += result.problems
    }
    for problem in problems { Terminal.error(Failure.message(for: problem)) }
    for article in articles {
      for warning in article.warnings { Terminal.error("\(article.origin): warning: \(warning)") }
    }
    guard !articles.isEmpty else {
      // The problems are printed above; only the exit code is left to give.
      if let worst = problems.compactMap(Failure.exitCode(for:)).max() { throw ExitCode(worst) }
      throw ValidationReport([
        Diagnostic(message: "no articles found", hint: "give .txt, .html or .jsonl files")
      ])
    }
    let drafted = Ingestor(lexicon: lexicon).drafting(articles, id: id, title: title)
    let draft = drafted.dossier
    let diagnostics = Validator().validate(draft)
    guard diagnostics.isEmpty else {
      // A draft that fails validation is a bug in the rules, never the user's fault.
      throw ValidationReport(
        diagnostics.map {
          var diagnostic = $0
          diagnostic.hint = "this is a bug in parley ingest; please report it with the articles"
          return diagnostic
        })
    }
    let destination: OutputDestination = output.map { .file($0) } ?? .standardOutput
    try destination.write { writer in
      try exporter.export(draft, options: ExportOptions(), to: writer)
    }
    if explain { Terminal.error(Explanation.render(draft)) }
    for warning in drafted.warnings { Terminal.error("warning: \(warning)") }
    if !problems.isEmpty {
      Terminal.error(
        "\(problems.count) input problem\(problems.count == 1 ? "" : "s"); drafted from \(articles.count) article\(articles.count == 1 ? "" : "s")"
      )
      throw ExitCode(problems.compactMap(Failure.exitCode(for:)).max() ?? 1)
    }
  }

  /// The format of `-t`, or the one `-o`'s extension names, else canonical
  /// JSON; a format that needs a file needs `-o`.
  private func draftExporter() throws -> any Exporter {
    let registry = BuiltinFormats.registry
    let exporter: any Exporter
    if let format {
      exporter = try registry.exporter(named: format)
    } else {
      exporter = output.flatMap { registry.exporter(forPath: $0) } ?? CanonicalJSONExporter()
    }
    if exporter.format.needsFile && (output == nil || output == "-") {
      throw UsageError.needsFile(exporter.format)
    }
    return exporter
  }
}
