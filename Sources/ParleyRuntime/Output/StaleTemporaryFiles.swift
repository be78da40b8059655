import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes the temporary files that runs killed outright (`kill -9`, a
/// crash, a power cut) left in a directory: `.parley-*.tmp` files no process
/// holds the lock of. A live run holds an exclusive `flock` on its temporary
/// file from before it has that name until it is renamed into place, so its
/// file is never touched. Each directory is swept once per process, before
/// its first output.
enum StaleTemporaryFiles {
  private final class Swept: @unchecked Sendable {
    let lock = NSLock()
    var directories: Set<String> = []
  }

  private static let swept = Swept()

  /// Sweeps `directory` (`""` for the current one) unless this process did.
  static func sweepOnce(_ directory: String) {
    let first = swept.lock.withLock { swept.directories.insert(directory).inserted }
    guard first else { return }
    sweep(directory)
  }

  /// Removes the stale temporary files of `directory` now, as another run
  /// starting may do at any moment.
  static func sweep(_ directory: String) {
    let folder = directory.isEmpty ? "." : directory
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(".parley-") {
      // A `.new` file is one being created and not yet locked (a run killed
      // in that instant leaves one): only one a minute old is stale.
      let staging = name.hasSuffix(".new")
      guard staging || name.hasSuffix(".tmp") else { continue }
      let path = directory + name
      let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
      guard descriptor >= 0 else { continue }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
        !staging || time(nil) - status.st_mtim.tv_sec > 60,
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
      else { continue }
      unlink(path)
    }
  }
}
