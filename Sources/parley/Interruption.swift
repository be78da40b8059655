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
        Cleanup.run()
        Terminal.error("parley: interrupted; no partial output was left")
        Terminal.terminate(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
