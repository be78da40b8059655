import ParleyCore

/// A filter that failed: it could not be started, exited with an error, was
/// killed, ran too long, or wrote something that is not a valid dossier.
package struct FilterError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  package enum Problem: Sendable {
    /// It could not be started, for this reason.
    case cannotStart(String)
    /// It exited with this status.
    case failed(status: Int32)
    /// A signal killed it.
    case killed(signal: Int32)
    /// It ran longer than it may, and was stopped.
    case timedOut(seconds: Double)
    /// It wrote nothing.
    case noOutput
    /// It wrote more than an input may have.
    case tooMuchOutput(limit: Int)
    /// It wrote something that is not a valid dossier.
    case invalidOutput(ValidationReport)
  }

  /// The filter's command.
  package var command: String
  /// What went wrong.
  package var problem: Problem
  /// What it wrote to standard error, if anything.
  package var standardError: String

  /// Creates an error.
  package init(command: String, problem: Problem, standardError: String = "") {
    (self.command, self.problem, self.standardError) = (command, problem, standardError)
  }

  /// `filter 'CMD' failed with exit code 2; its standard error says: …`.
  package var description: String {
    let what: String
    switch problem {
    case .cannotStart(let reason): what = "cannot be started: \(reason)"
    case .failed(let status): what = "failed with exit code \(status)"
    case .killed(let signal): what = "was killed by signal \(signal)"
    case .timedOut(let seconds):
      what =
        "did not finish within \(seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)") s and was stopped; make it faster, or allow it more time"
    case .noOutput: what = "wrote nothing; a filter must write the dossier to its standard output"
    case .tooMuchOutput(let limit):
      what = "wrote more than \(limit) bytes, the most an input may have, and was stopped"
    case .invalidOutput(let report):
      what =
        "wrote something that is not a valid dossier; it must write one dossier as JSON:\n"
        + report.description
    }
    return "filter '\(command.displayed)' \(what)" + ChildProcess.quote(standardError)
  }
}
