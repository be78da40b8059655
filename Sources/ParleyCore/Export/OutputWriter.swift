#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered byte stream to a file descriptor. Exporters write text into it
/// piece by piece; it flushes every 64 KiB, so no output is ever held whole in
/// memory.
public final class OutputWriter {
  private let descriptor: Int32
  /// What errors call the output, e.g. its path.
  package let name: String
  /// The bytes not yet written out: a fixed block, filled by copying, so
  /// that the many small writes an exporter makes cost a copy each.
  private let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: OutputWriter.capacity)
  // Writers are used from one thread at a time: no dynamic exclusivity
  // checks, which would cost more than the copies themselves.
  @exclusivity(unchecked) private var used = 0
  private static let capacity = 1 << 16
  /// The bytes buffered, not yet written out.
  private var buffer: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage, count: used)
  }
  /// The number of bytes written so far, flushed or not.
  package var byteCount: Int { flushedCount + used }
  private var flushedCount = 0
  /// Problems the exporter worked around, e.g. characters a format cannot
  /// carry; the CLI prints them as warnings once the export is done.
  public private(set) var warnings: [String] = []

  /// What an in-memory writer has collected, written out or not.
  public var collected: [UInt8] { flushedBytes + Array(buffer) }
  private var flushedBytes: [UInt8] = []

  /// The path of the new, empty regular file the output goes to, when it
  /// goes to one (never standard output or a pipe): a format that must
  /// write a file itself, such as a database, writes it there.
  package let filePath: String?

  /// Suffixes of files beside the destination that belong to the file it
  /// replaces and must go with it, such as a database's `-wal` journal:
  /// left behind, they would be applied to the new file.
  package private(set) var companionSuffixes: [String] = []

  /// Asks for the files named by the destination and each of `suffixes` to
  /// be removed once the output has replaced the destination.
  package func removeCompanions(withSuffixes suffixes: [String]) {
    companionSuffixes += suffixes
  }

  /// Wraps an open file descriptor; `name` is what errors call it, and
  /// `filePath` the path of the new regular file it writes, if it is one.
  package init(descriptor: Int32, name: String, filePath: String? = nil) {
    self.descriptor = descriptor
    self.name = name
    self.filePath = filePath
  }

  deinit { storage.deallocate() }

  /// A writer that keeps the output in memory, in ``collected``: for small
  /// outputs embedded elsewhere, such as JSON Lines results.
  public init(inMemory name: String) {
    self.descriptor = -1
    self.name = name
    self.filePath = nil
  }

  /// Records a problem the exporter worked around, for the user to see.
  public func warn(_ message: String) {
    warnings.append(message)
  }

  /// Appends the UTF-8 bytes of `text`.
  public func write(_ text: String) throws(OutputError) {
    // The text's own bytes, in place (on the stack for a short text).
    var text = text
    let copied = text.withUTF8 { bytes in
      Result { () throws(OutputError) in try append(bytes) }
    }
    try copied.get()
  }

  /// Appends one byte: punctuation, written without going through a string.
  package func write(byte: UInt8) throws(OutputError) {
    storage[used] = byte
    used += 1
    if used == Self.capacity { try flush() }
  }

  /// Appends raw bytes.
  public func write<Bytes: Collection>(bytes: Bytes) throws(OutputError)
  where Bytes.Element == UInt8 {
    var failure: OutputError?
    let copied: Void? = bytes.withContiguousStorageIfAvailable { contiguous in
      do throws(OutputError) {
        try append(contiguous)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    guard copied == nil else { return }
    for byte in bytes { try write(byte: byte) }
  }

  /// Copies `bytes` into the buffer, writing it out whenever it fills.
  private func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
    guard var source = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
      let room = Self.capacity - used
      let count = min(room, remaining)
      (storage + used).update(from: source, count: count)
      used += count
      source += count
      remaining -= count
      if used == Self.capacity { try flush() }
    }
  }

  /// Writes out what is buffered.
  package func flush() throws(OutputError) {
    flushedCount += used
    if descriptor < 0 {
      flushedBytes.append(contentsOf: buffer)
      used = 0
      return
    }
    var offset = 0
    while offset < used {
      let written = systemWrite(descriptor, storage + offset, used - offset)
      if written < 0 {
        if errno == EINTR { continue }
        let number = errno
        used = 0
        throw OutputError(
          path: name, reason: "cannot write: \(String(cString: strerror(number)))",
          isClosedStandardOutput: number == EPIPE && descriptor == STDOUT_FILENO)
      }
      offset += written
    }
    used = 0
  }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
