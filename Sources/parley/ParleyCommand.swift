import ArgumentParser
import Foundation
import ParleyCore
import ParleyRuntime

/// The `parley` command: exports talks dossiers to the formats analysts use.
@main
struct ParleyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parley",
    abstract: "Negotiations as data: draft talks dossiers from news, validate and export them.",
    discussion: """
      Exit codes: 0 success, 1 invalid input, 2 usage error, 3 I/O error, 4 plugin or filter failure; diff: 0 same, 1 different, 2 error.
      """,
    version: ParleyVersion.current,
    subcommands: [
      ExportCommand.self, SelectCommand.self, MergeCommand.self, DiffCommand.self,
      ValidateCommand.self, FormatsCommand.self, SchemaCommand.self, IngestCommand.self,
      EvalCommand.self,
    ]
  )

  /// Parses the command line, runs the command, and maps every failure to a
  /// documented exit code.
  static func main() {
    // Before anything is opened: a closed standard stream must not lend its
    // number to a file.
    StandardStreams.secure()
    // A plugin that stops reading its input must not kill parley with SIGPIPE;
    // the write fails instead and is reported.
    signal(SIGPIPE, SIG_IGN)
    // Plugins may run parley themselves (docs/plugins.md): tell them where it is.
    if let own = Bundle.main.executableURL?.resolvingSymlinksInPath().path {
      setenv("PARLEY_EXECUTABLE", own, 1)
    }
    Interruption.install()
    var command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      let message = fullMessage(for: error)
      if exitCode(for: error) == .success {
        Terminal.output(message)
        Terminal.terminate(0)
      }
      if !message.isEmpty { Terminal.error(message) }
      // Whatever parsing or a command's validate() refuses is a usage error.
      Terminal.terminate(2)
    }
    do {
      try command.run()
    } catch let exit as ExitCode {
      Interruption.yieldToSignal()
      Terminal.terminate(exit.rawValue)
    } catch {
      Interruption.yieldToSignal()
      Terminal.endIfOutputClosed(by: error)
      guard let code = Failure.exitCode(for: error) else {
        // ArgumentParser's own: a help request, a clean exit.
        let message = fullMessage(for: error)
        let code = exitCode(for: error)
        if code == .success {
          Terminal.output(message)
          Terminal.terminate(0)
        }
        Terminal.error(message)
        Terminal.terminate(code == .validationFailure ? 2 : code.rawValue)
      }
      Terminal.error(Failure.message(for: error))
      Terminal.terminate(code)
    }
  }
}
