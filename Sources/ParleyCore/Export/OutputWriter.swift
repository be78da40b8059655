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
  private var buffer: [UInt8] = []
  private static let capacity = 1 << 16
  /// The number of bytes written so far, flushed or not.
  package var byteCount: Int { flushedCount + buffer.count }
  private var flushedCount = 0
  /// Problems the exporter worked around, e.g. characters a format cannot
  /// carry; the CLI prints them as warnings once the export is done.
  public private(set) var warnings: [String] = []

  /// What an in-memory writer has collected, written out or not.
  public var collected: [UInt8] { flushedBytes + buffer }
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
    buffer.reserveCapacity(Self.capacity)
  }

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
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Appends raw bytes.
  public func write<Bytes: Collection>(bytes: Bytes) throws(OutputError)
  where Bytes.Element == UInt8 {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Writes out what is buffered.
  package func flush() throws(OutputError) {
    flushedCount += buffer.count
    if descriptor < 0 {
      flushedBytes += buffer
      buffer.removeAll(keepingCapacity: true)
      return
    }
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let number = errno
        buffer.removeAll(keepingCapacity: true)
        throw OutputError(
          path: name, reason: "cannot write: \(String(cString: strerror(number)))",
          isClosedStandardOutput: number == EPIPE && descriptor == STDOUT_FILENO)
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
