import Dispatch
import ParleyCore
import ParleyRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// On SIGINT, SIGTERM or SIGHUP: remove temporary outputs, stop running
/// plugins, and exit as the signal would (128 + its number).
enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func install() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        Cleanup.run(signal: number)
        Terminal.error("parley: interrupted; no partial output was left")
        Terminal.terminate(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// Waits for the signal handler to end the process, when a signal is
  /// being handled: a failure it caused (a plugin it killed) must neither
  /// be reported nor decide the exit code.
  static func yieldToSignal() {
    guard Cleanup.interruption != nil else { return }
    while true { pause() }
  }
}
