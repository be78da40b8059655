import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What must not outlive an interrupted run: temporary output files and the
/// process groups of running plugins. The CLI calls ``run()`` when it is
/// interrupted (SIGINT, SIGTERM, SIGHUP), so Ctrl-C leaves no partial file
/// and no plugin behind.
package enum Cleanup {
  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var files: Set<String> = []
    var groups: Set<pid_t> = []
    var interrupted = false
    var signal: Int32?
  }

  private static let registry = Registry()

  /// Creates a temporary file with `create` and registers it, as one step
  /// under the registry's lock (see ``starting(_:)``); returns the
  /// descriptor, or -1 after an interruption or when `create` fails.
  package static func creating(_ path: String, _ create: () -> Int32) -> Int32 {
    registry.lock.withLock {
      guard !registry.interrupted else {
        errno = EINTR
        return -1
      }
      let descriptor = create()
      if descriptor >= 0 { registry.files.insert(path) }
      return descriptor
    }
  }

  package static func remove(file path: String) {
    registry.lock.withLock { _ = registry.files.remove(path) }
  }

  /// Starts a plugin with `spawn` and registers its process group, as one
  /// step under the registry's lock: an interruption cannot fall between the
  /// two (the process exits right after ``run()``), and after one nothing
  /// more is started.
  package static func starting(_ spawn: () -> pid_t?) -> pid_t? {
    registry.lock.withLock {
      guard !registry.interrupted, let group = spawn() else { return nil }
      registry.groups.insert(group)
      return group
    }
  }

  package static func remove(group: pid_t) {
    registry.lock.withLock { _ = registry.groups.remove(group) }
  }

  /// The signal that interrupted the run, once ``run(signal:)`` has begun:
  /// whatever fails after it (a plugin it killed) is its consequence, and
  /// the process ends as the signal says, not as the failure would.
  package static var interruption: Int32? { registry.lock.withLock { registry.signal } }

  /// Kills the plugins' process groups and removes the temporary files;
  /// anything registered afterwards is cleaned up as it comes.
  package static func run(signal: Int32? = nil) {
    let (files, groups) = registry.lock.withLock {
      registry.interrupted = true
      if registry.signal == nil { registry.signal = signal }
      return (registry.files, registry.groups)
    }
    for group in groups { killpg(group, SIGKILL) }
    for file in files { unlink(file) }
  }
}
