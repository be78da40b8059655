import ArgumentParser
import ParleyRuntime

/// `--filter` and `--filter-timeout`, as `export`, `select` and `merge` take
/// them.
struct FilterOptions: ParsableArguments {
  @Option(
    name: .customLong("filter"),
    help: ArgumentHelp(
      "A program that reads the dossier as JSON on standard input and writes one back; repeatable, run in order.",
      valueName: "command"))
  var commands: [String] = []

  @Option(
    name: .customLong("filter-timeout"), parsing: .unconditional,
    help: "Seconds each filter may take, more than 0 and at most 86400.")
  var timeout: Double = 60

  /// The filters, in order.
  var filters: [DossierFilter] { commands.map { DossierFilter(command: $0, timeout: timeout) } }

  func validate() throws {
    if let problem = OutputOptions.timeoutProblem("--filter-timeout", timeout) {
      throw ValidationError(problem)
    }
    if commands.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
      throw ValidationError("--filter needs a command, e.g. --filter 'python3 my_filter.py'")
    }
  }
}
