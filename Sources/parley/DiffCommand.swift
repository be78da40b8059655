import ArgumentParser
import ParleyCore
import ParleyFormats
import ParleyOperations

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed from one dossier to another.",
    discussion: """
      Lists, per collection, the records added, removed and changed (with each changed \
      field's old and new value), and the positions that moved: a holder whose latest \
      stance on an issue differs. --json prints one JSON object (docs/toolkit.md).

      Exit codes, as diff(1): 0 the dossiers are the same, 1 they differ, 2 an error.
      """
  )

  @Argument(help: ArgumentHelp("The old dossier (.json, .yaml, .yml, .xml).", valueName: "a"))
  var old: String

  @Argument(help: ArgumentHelp("The new dossier.", valueName: "b"))
  var new: String

  @Option(
    name: [.short, .customLong("from")],
    help: "Input format, for standard input or odd extensions (json, yaml, xml).")
  var format: InputFormat?

  @Flag(help: "Print the differences as JSON.")
  var json = false

  @OptionGroup var limit: InputLimitOption

  func validate() throws {
    if old == "-" && new == "-" {
      throw ValidationError("only one of the two dossiers can be standard input")
    }
  }

  func run() throws {
    do {
      try Terminal.requireOutput()
    } catch {
      Terminal.error(Failure.message(for: error))
      throw ExitCode(2)
    }
    let loader = limit.loader
    let before: Dossier
    let after: Dossier
    do {
      before = try loader.load(path: old, format: format)
      after = try loader.load(path: new, format: format)
    } catch {
      // Every error is 2 here, as diff(1) has it: 1 means "they differ".
      Terminal.error(Failure.message(for: error))
      throw ExitCode(2)
    }
    let diff = DossierDiff(from: before, to: after)
    if json {
      let output = OutputWriter(descriptor: 1, name: "standard output")
      let writer = JSONWriter(output: output, pretty: true)
      do {
        try diff.write(to: writer, old: old, new: new)
        try writer.finish()
        try output.flush()
      } catch {
        Terminal.endIfOutputClosed(by: error)
        Terminal.error(Failure.message(for: error))
        throw ExitCode(2)
      }
    } else if !diff.isEmpty {
      let names = Dictionary(
        (before.entities + after.entities).map { ($0.id, $0.name) }, uniquingKeysWith: { $1 })
      Terminal.output(diff.text { names[$0]?.displayed })
    }
    if !diff.isEmpty { throw ExitCode(1) }
  }
}
