import ParleyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an export goes: a file, replaced atomically, or standard output.
///
/// A file is written to a temporary file beside it and renamed over the
/// destination only once complete, so a failed or interrupted export never
/// leaves a partial file and never clobbers the old one.
package enum OutputDestination: Sendable, Hashable, CustomStringConvertible {
  /// Standard output.
  case standardOutput
  /// A file path.
  case file(String)
  /// Memory: the bytes are handed back, for outputs embedded elsewhere
  /// such as JSON Lines results.
  case memory

  /// `-` or the path.
  package var description: String {
    switch self {
    case .standardOutput: "-"
    case .file(let path): path
    case .memory: "(memory)"
    }
  }

  /// What a write left: the exporter's warnings, and for memory the bytes.
  package struct Written: Sendable {
    /// The warnings the exporter recorded with ``OutputWriter/warn(_:)``.
    package var warnings: [String]
    /// The output, for a memory destination.
    package var collected: [UInt8]?
  }

  /// Runs `body` with a writer to the destination and commits the output when
  /// it returns; if it throws, a file destination is left untouched.
  @discardableResult
  package func write(_ body: (OutputWriter) throws -> Void) throws -> Written {
    switch self {
    case .standardOutput:
      guard !StandardStreams.outputWasClosed else {
        throw OutputError(
          path: "standard output",
          reason: "is closed, so nothing can be written to it; write to a file")
      }
      let writer = OutputWriter(descriptor: STDOUT_FILENO, name: "standard output")
      try body(writer)
      try writer.flush()
      return Written(warnings: writer.warnings)
    case .memory:
      let writer = OutputWriter(inMemory: "memory")
      try body(writer)
      try writer.flush()
      return Written(warnings: writer.warnings, collected: writer.collected)
    case .file(let path) where Self.isSpecialFile(path):
      // /dev/null, /dev/stdout, a named pipe: there is nothing to replace
      // atomically, and renaming over one would replace the device itself.
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw OutputError(path: path, reason: "cannot open it: \(String(cString: strerror(errno)))")
      }
      defer { close(descriptor) }
      let writer = OutputWriter(descriptor: descriptor, name: path)
      try body(writer)
      try writer.flush()
      return Written(warnings: writer.warnings)
    case .file(let path):
      let temporary = try TemporaryFile(beside: path)
      do {
        let writer = OutputWriter(
          descriptor: temporary.descriptor, name: path, filePath: temporary.temporaryPath)
        try body(writer)
        try writer.flush()
        try temporary.commit()
        // What belonged to the replaced file (a database's journal) would be
        // applied to the new one: it goes, once the new file is in place.
        for suffix in writer.companionSuffixes { unlink(path + suffix) }
        return Written(warnings: writer.warnings)
      } catch {
        temporary.discard()
        throw error
      }
    }
  }
}

extension OutputDestination {
  /// Whether `path` exists and is not a regular file (or a link to one).
  static func isSpecialFile(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    return (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFDIR
  }
}

/// A temporary file in the destination's directory (so the final rename stays
/// on one file system), with the permissions a new file would get.
private final class TemporaryFile {
  let descriptor: Int32
  let temporaryPath: String
  let destination: String
  private var isOpen = true

  init(beside destination: String) throws(OutputError) {
    self.destination = destination
    let slash = destination.lastIndex(of: "/")
    let directory = slash.map { String(destination[...$0]) } ?? ""
    let base = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
    guard !base.isEmpty else {
      throw OutputError(path: destination, reason: "is a directory, not a file name")
    }
    StaleTemporaryFiles.sweepOnce(directory)
    // Like mkstemp, but with mode 0666 so the umask applies as for any new
    // file (mkstemp's 0600 would need a umask(2) dance, which races threads).
    var generator = SystemRandomNumberGenerator()
    while true {
      let suffix = String(generator.next() & 0xFF_FFFF_FFFF, radix: 36)
      // Short, so a destination name near the length limit still fits.
      let candidate = directory + ".parley-" + suffix + ".tmp"
      let descriptor = Cleanup.creating(candidate) {
        Self.createLocked(candidate, staging: directory + ".parley-" + suffix + ".new")
      }
      if descriptor >= 0 {
        self.descriptor = descriptor
        self.temporaryPath = candidate
        return
      }
      guard errno == EEXIST else {
        let reason = String(cString: strerror(errno))
        throw OutputError(path: destination, reason: "cannot create the output file: \(reason)")
      }
    }
  }

  /// Creates `path` already locked: the file is made under the `staging`
  /// name, locked, and only then given its `.tmp` name. The lock is held
  /// while the file is written, so that a sweep by this or another run
  /// (``StaleTemporaryFiles``) tells a live temporary file from one a killed
  /// run left behind; a file seen before it was locked would be taken for
  /// one and removed under the writer. Returns -1 with `errno` set on failure
  /// (`EEXIST` when either name is taken).
  private static func createLocked(_ path: String, staging: String) -> Int32 {
    let descriptor = open(staging, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { return -1 }
    _ = flock(descriptor, LOCK_EX)
    // A hard link fails rather than replace a file of the same name; where
    // the file system has no hard links, a rename (the names are random).
    var placed = link(staging, path) == 0
    if !placed, errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == EMLINK {
      placed = access(path, F_OK) != 0 && rename(staging, path) == 0
    }
    let failure = errno
    unlink(staging)
    guard placed else {
      close(descriptor)
      errno = failure
      return -1
    }
    return descriptor
  }

  func commit() throws(OutputError) {
    isOpen = false
    // A second descriptor keeps the lock (it belongs to the open file, not
    // to one descriptor) until the file has its final name: closed first,
    // the temporary file would look like a dead run's to a sweep.
    let keeper = dup(descriptor)
    defer { if keeper >= 0 { close(keeper) } }
    guard close(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw OutputError(path: destination, reason: "cannot write: \(reason)")
    }
    defer { Cleanup.remove(file: temporaryPath) }
    guard rename(temporaryPath, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw OutputError(path: destination, reason: "cannot replace the file: \(reason)")
    }
  }

  func discard() {
    if isOpen { close(descriptor) }
    isOpen = false
    unlink(temporaryPath)
    Cleanup.remove(file: temporaryPath)
  }
}
