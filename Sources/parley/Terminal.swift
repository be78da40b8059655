import ParleyCore
import ParleyRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing lines to standard output and standard error, and exiting. Writes go
/// straight to the file descriptors, so they interleave correctly with the
/// exporters' own buffered output to standard output.
enum Terminal {
  static func output(_ text: String) { writeLine(text, to: STDOUT_FILENO) }

  /// Problems go to standard error, never mixed into exported data; no
  /// control character in them reaches the terminal raw (an escape sequence
  /// in a file name or in a plugin's message is printed as `\u{1B}`).
  static func error(_ text: String) { writeLine(text.displayedKeepingLines, to: STDERR_FILENO) }

  /// Text without a newline, for the progress bar.
  static func errorFragment(_ text: String) { write(text, to: STDERR_FILENO) }

  /// Fails when standard output was closed (`parley … >&-`): a command
  /// whose output is its result must not end as if it had written it.
  static func requireOutput() throws(OutputError) {
    guard StandardStreams.outputWasClosed else { return }
    throw OutputError(
      path: "standard output", reason: "is closed, so nothing can be written to it")
  }

  static func terminate(_ code: Int32) -> Never {
    exit(code)
  }

  /// Ends quietly when `error` says standard output's reader has gone
  /// (`parley … | head`); returns otherwise.
  static func endIfOutputClosed(by error: any Error) {
    if let error = error as? OutputError, error.isClosedStandardOutput { endOnClosedOutput() }
  }

  /// Ends as other Unix tools end when the reader of their output goes
  /// away: killed by SIGPIPE, which the shell reports as 141, with no
  /// message. Temporary files are removed first.
  static func endOnClosedOutput() -> Never {
    Cleanup.run(signal: SIGPIPE)
    signal(SIGPIPE, SIG_DFL)
    raise(SIGPIPE)
    exit(128 + SIGPIPE)
  }

  private static func writeLine(_ text: String, to descriptor: Int32) {
    write(text.hasSuffix("\n") ? text : text + "\n", to: descriptor)
  }

  private static func write(_ text: String, to descriptor: Int32) {
    var line = text
    line.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written < 0 && errno == EPIPE && descriptor == STDOUT_FILENO { endOnClosedOutput() }
        if written <= 0 { return }
        offset += written
      }
    }
  }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
