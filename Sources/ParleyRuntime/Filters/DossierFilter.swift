import Foundation
import ParleyCore
import ParleyJSON

/// A program run over a dossier, the pandoc way: the dossier goes to its
/// standard input as canonical JSON, and the dossier it writes to standard
/// output, read and validated, replaces it.
///
/// The command is run by `/bin/sh -c`, in a process group of its own, with
/// `PARLEY_FILTER_INPUT` naming the input in its environment.
package struct DossierFilter: Sendable {
  /// The command, as given to the shell.
  package var command: String
  /// The most seconds it may run.
  package var timeout: Double

  /// Creates a filter.
  package init(command: String, timeout: Double) {
    (self.command, self.timeout) = (command, timeout)
  }

  /// Runs the filter on `dossier`.
  ///
  /// - Parameters:
  ///   - input: the name of the input the dossier came from.
  ///   - loader: reads the filter's output, within its input limit.
  /// - Throws: ``FilterError`` when the filter cannot be started, fails, is
  ///   killed, outlives its timeout, writes too much, or writes something
  ///   that is not a valid dossier.
  package func run(on dossier: Dossier, input: String, loader: DossierLoader) throws -> Dossier {
    let command = self.command
    let process = ChildProcess(
      executable: "/bin/sh", arguments: ["-c", command],
      environment: ["PARLEY_FILTER_INPUT": input]
    ) { reason in FilterError(command: command, problem: .cannotStart(reason)) }
    var output = Data()
    let limit = loader.maximumInputBytes
    let outcome = try process.run(
      timeout: timeout,
      feed: { writer in try CanonicalJSON.write(dossier, to: writer, pretty: false) }
    ) { (chunk: Data) throws(FilterError) in
      guard output.count + chunk.count <= limit else {
        throw FilterError(command: command, problem: .tooMuchOutput(limit: limit))
      }
      output.append(chunk)
    }
    let standardError = outcome.standardError
    func failure(_ problem: FilterError.Problem) -> FilterError {
      FilterError(command: command, problem: problem, standardError: standardError)
    }
    if outcome.timedOut { throw failure(.timedOut(seconds: timeout)) }
    if outcome.killedBySignal { throw failure(.killed(signal: outcome.status)) }
    if outcome.status != 0 { throw failure(.failed(status: outcome.status)) }
    if output.isEmpty { throw failure(.noOutput) }
    do {
      return try loader.load(data: output, format: .json, name: "the output of the filter")
    } catch let report as ValidationReport {
      throw failure(.invalidOutput(report))
    }
  }
}
