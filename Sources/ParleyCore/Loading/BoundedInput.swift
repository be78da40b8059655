import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an input whole, within a limit: a file, a device or pipe, or
/// standard input (`-`). What cannot be a text input ends at once.
///
/// - A regular file larger than the limit is refused before it is read.
/// - A stream is read a chunk at a time; past the limit it stops, holding
///   no more than the limit.
/// - A NUL byte where the text should start (and that is not UTF-16 or
///   UTF-32 text) means binary data, such as `/dev/zero`: the read stops
///   after the first chunk.
package enum BoundedInput {
  /// The default limit on one input: 4 GiB.
  package static let defaultMaximumBytes = 4 << 30
  /// The default limit on one line of JSON Lines: 256 MiB.
  package static let defaultMaximumLineBytes = 256 << 20

  /// The bytes of the file at `path`, or of standard input for `-`.
  ///
  /// - Throws: ``LoadingError`` when the file is missing, a directory,
  ///   unreadable, larger than `limit`, or binary.
  package static func read(_ path: String, limit: Int) throws(LoadingError) -> Data {
    do {
      return try readUnnamed(path, limit: limit)
    } catch {
      guard path == "-" else { throw error }
      // Messages call standard input by its name, not `-`.
      switch error {
      case .unreadable(_, let reason): throw .unreadable(path: "standard input", reason: reason)
      case .tooLarge(_, let limit): throw .tooLarge(path: "standard input", limit: limit)
      default: throw error
      }
    }
  }

  private static func readUnnamed(_ path: String, limit: Int) throws(LoadingError) -> Data {
    let descriptor: Int32
    if path == "-" {
      descriptor = STDIN_FILENO
    } else {
      var status = stat()
      guard stat(path, &status) == 0 else {
        throw .unreadable(path: path, reason: errno == ENOENT ? "no such file" : Self.reason())
      }
      if (status.st_mode & S_IFMT) == S_IFDIR {
        throw .unreadable(path: path, reason: "is a directory, not a file")
      }
      if (status.st_mode & S_IFMT) == S_IFREG && Int(status.st_size) > limit {
        throw .tooLarge(path: path, limit: limit)
      }
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw .unreadable(path: path, reason: "cannot be read (check its permissions)")
      }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var data = Data()
    // Read in chunks of up to 1 MiB, left uninitialised: zeroing a big
    // buffer for every small file cost more than reading it.
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { chunk.deallocate() }
    var checked = false
    while true {
      let count = systemRead(descriptor, chunk.baseAddress, chunk.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: "cannot be read: \(Self.reason())")
      }
      if count == 0 { return data }
      guard data.count + count <= limit else { throw .tooLarge(path: path, limit: limit) }
      data.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
      if !checked && (data.count >= 1 << 16 || count < chunk.count) {
        checked = true
        try refuseBinary(data, path: path)
      }
    }
  }

  private static func reason() -> String { String(cString: strerror(errno)) }

  /// Refuses bytes whose first character after blanks is a NUL: no text
  /// starts so (a stray NUL later on is the reader's to report, at its line
  /// and column), unless the text is UTF-16 or UTF-32.
  private static func refuseBinary(_ data: Data, path: String) throws(LoadingError) {
    let first = data.prefix(1 << 16).first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    if first == 0 && DossierLoader.wideEncoding(of: data) == nil {
      throw .unreadable(path: path, reason: "holds NUL bytes: it is binary data, not text")
    }
  }

  /// The bytes of the regular file at `path`, read into pages of their own
  /// (an anonymous mapping), so that a reader done with some can hand them
  /// back (``MappedInput/release(upTo:)``) and a big input does not stay in
  /// memory whole beside what is read from it. The file's own pages are not
  /// mapped: a file cut short while it is read would then crash the reader
  /// (SIGBUS) instead of being read as far as it goes. `nil` for anything but
  /// a regular file of at least a page, which ``read(_:limit:)`` reads
  /// instead.
  ///
  /// - Throws: ``LoadingError`` as ``read(_:limit:)`` does.
  /// - Parameter threads: how many threads read a big file, each a part
  ///   of it: the new pages are filled (and first touched) at once.
  package static func mapped(
    _ path: String, limit: Int, threads: Int = 1
  ) throws(LoadingError) -> MappedInput? {
    guard path != "-" else { return nil }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size >= page
    else { return nil }
    let size = Int(status.st_size)
    guard size <= limit else { throw .tooLarge(path: path, limit: limit) }
    guard
      let base = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      base != MAP_FAILED
    else { return nil }
    // Up to the size the file had when opened: a file that grows meanwhile
    // is read as it was, one cut short as far as it goes.
    let filled: Int
    switch fill(base, from: descriptor, count: size, parts: size >= 16 << 20 ? threads : 1) {
    case .success(let count): filled = count
    case .failure(let failure):
      munmap(base, size)
      throw .unreadable(path: path, reason: "cannot be read: \(failure.reason)")
    }
    guard filled >= page else {
      munmap(base, size)
      return nil
    }
    let data = Data(
      bytesNoCopy: base, count: filled, deallocator: .custom { _, _ in munmap(base, size) })
    try refuseBinary(data, path: path)
    return MappedInput(
      data: data, base: base, count: filled, path: path, limit: limit,
      identity: FileIdentity(status))
  }
}

extension BoundedInput {
  /// Why a read failed: the system's error number, put in words once the
  /// threads are done (`strerror` is not for several threads at once).
  struct ReadFailure: Error {
    let number: Int32
    var reason: String { String(cString: strerror(number)) }
  }

  /// Reads the first `count` bytes of `descriptor` into `base`, in `parts`
  /// parts read at once, each by a thread of its own; how many bytes were
  /// read before the file ended (it may have been cut short meanwhile).
  static func fill(
    _ base: UnsafeMutableRawPointer, from descriptor: Int32, count: Int, parts: Int
  ) -> Result<Int, ReadFailure> {
    let parts = max(1, parts)
    let size = (count + parts - 1) / parts
    let address = UInt(bitPattern: base)
    let results = Mutex([Result<Int, ReadFailure>](repeating: .success(0), count: parts))
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let start = part * size
      let end = min(count, start + size)
      var filled = start
      var result = Result<Int, ReadFailure>.success(0)
      while filled < end {
        let pointer = UnsafeMutableRawPointer(bitPattern: address)! + filled
        let read = pread(descriptor, pointer, end - filled, off_t(filled))
        if read < 0 {
          if errno == EINTR { continue }
          result = .failure(ReadFailure(number: errno))
          break
        }
        if read == 0 { break }
        filled += read
        result = .success(filled - start)
      }
      results.withLock { $0[part] = result }
    }
    // The parts in order, up to the first that ends early.
    var total = 0
    for (part, result) in results.withLock({ $0 }).enumerated() {
      switch result {
      case .failure(let failure): return .failure(failure)
      case .success(let read):
        total += read
        if read < min(count, (part + 1) * size) - part * size { return .success(total) }
      }
    }
    return .success(total)
  }
}

/// A file read into pages of its own (``BoundedInput/mapped(_:limit:threads:)``),
/// which a reader hands back as it goes.
package struct MappedInput: Sendable {
  /// The bytes; the pages handed back no longer hold them (on Linux they
  /// read as zeros).
  package let data: Data
  /// The pages' address, as a number: they belong to ``data``.
  private let base: UInt
  private let count: Int
  private let path: String
  private let limit: Int
  /// The file as it was when read, to tell whether it is still the same.
  private let identity: FileIdentity
  private let released = Released()

  /// Whether any page was handed back; set by the reading thread, read by
  /// whichever checks the dossier.
  private final class Released: Sendable {
    let any = Atomic<Bool>(false)
  }

  fileprivate init(
    data: Data, base: UnsafeMutableRawPointer, count: Int, path: String, limit: Int,
    identity: FileIdentity
  ) {
    (self.data, self.base, self.count) = (data, UInt(bitPattern: base), count)
    (self.path, self.limit, self.identity) = (path, limit, identity)
  }

  /// Hands the pages before `offset` back to the system: they leave memory.
  package func release(upTo offset: Int) {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let end = min(offset, count) / page * page
    guard end > 0, let pages = UnsafeMutableRawPointer(bitPattern: base) else { return }
    released.any.store(true, ordering: .releasing)
    _ = madvise(pages, end, MADV_DONTNEED)
  }

  /// Whether any page was handed back, so that ``data`` is no longer whole.
  package var isReleased: Bool { released.any.load(ordering: .acquiring) }

  /// The whole input: ``data`` while no page was handed back, else the file
  /// read again (to report problems with their places).
  ///
  /// - Throws: ``LoadingError`` when the file can no longer be read, or is
  ///   no longer the file that was read (changed, replaced or cut short).
  package func intact() throws(LoadingError) -> Data {
    guard isReleased else { return data }
    var status = stat()
    guard stat(path, &status) == 0, FileIdentity(status) == identity else {
      throw .unreadable(
        path: path,
        reason: "changed while it was read, so its problems cannot be placed; read it again")
    }
    return try BoundedInput.read(path, limit: limit)
  }
}

/// What tells a file from another, or from itself once changed: its device,
/// inode, size and time of last change.
private struct FileIdentity: Equatable, Sendable {
  let device: UInt64
  let inode: UInt64
  let size: Int64
  let seconds: Int
  let nanoseconds: Int

  init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    seconds = Int(status.st_mtim.tv_sec)
    nanoseconds = Int(status.st_mtim.tv_nsec)
  }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
