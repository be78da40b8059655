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
public enum Cleanup {
  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var files: Set<String> = []
    var groups: Set<pid_t> = []
  }

  private static let registry = Registry()

  static func add(file path: String) { registry.lock.withLock { _ = registry.files.insert(path) } }
  static func remove(file path: String) {
    registry.lock.withLock { _ = registry.files.remove(path) }
  }
  static func add(group: pid_t) { registry.lock.withLock { _ = registry.groups.insert(group) } }
  static func remove(group: pid_t) { registry.lock.withLock { _ = registry.groups.remove(group) } }

  /// Kills the plugins' process groups and removes the temporary files.
  public static func run() {
    let (files, groups) = registry.lock.withLock { (registry.files, registry.groups) }
    for group in groups { killpg(group, SIGKILL) }
    for file in files { unlink(file) }
  }
}
