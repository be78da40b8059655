#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input, output and error as the process found them.
///
/// A stream the caller closed (`parley … >&-`) leaves its descriptor number
/// free, and the next file opened would get it: output meant for the
/// terminal would then land in that file. ``secure()`` fills the gap with
/// `/dev/null` and remembers that standard output was closed, so an export
/// to it fails with a clear message instead.
package enum StandardStreams {
  nonisolated(unsafe) private static var closedOutput = false

  /// Whether standard output was closed when ``secure()`` ran.
  package static var outputWasClosed: Bool { closedOutput }

  /// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed;
  /// call it first thing, before any file is opened.
  package static func secure() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      if descriptor == STDOUT_FILENO { closedOutput = true }
      let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if opened >= 0 && opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }
}
