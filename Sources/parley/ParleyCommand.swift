import ArgumentParser
import Foundation
import ParleyCore

/// The `parley` command: exports talks dossiers to the formats analysts use.
@main
struct ParleyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parley",
    abstract: "Negotiations as data: draft talks dossiers from news, validate and export them.",
    discussion: """
      Exit codes: 0 success, 1 invalid input, 2 usage error, 3 I/O error, 4 plugin failure.
      """,
    version: ParleyVersion.current,
    subcommands: [
      ExportCommand.self, ValidateCommand.self, FormatsCommand.self, SchemaCommand.self,
      IngestCommand.self, EvalCommand.self,
    ]
  )

  /// Runs the command and maps every failure to a documented exit code.
  static func main() {
    // A plugin that stops reading its input must not kill parley with SIGPIPE;
    // the write fails instead and is reported.
    signal(SIGPIPE, SIG_IGN)
    Interruption.install()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as ParleyError {
      Terminal.error(error.description)
      Terminal.terminate(error.exitCode)
    } catch let exit as CommandFailure {
      Terminal.terminate(exit.code)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        Terminal.output(message)
        Terminal.terminate(0)
      }
      Terminal.error(message)
      // ArgumentParser's usage errors exit with 64; Parley documents 2.
      Terminal.terminate(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// A command that has already reported its problems and only needs to exit.
struct CommandFailure: Error {
  let code: Int32
}
