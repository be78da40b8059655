import Foundation

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
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var checked = false
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: "cannot be read: \(Self.reason())")
      }
      if count == 0 { return data }
      guard data.count + count <= limit else { throw .tooLarge(path: path, limit: limit) }
      data.append(contentsOf: chunk[..<count])
      if !checked && (data.count >= 1 << 16 || count < chunk.count) {
        checked = true
        // Text that starts with a NUL is no text (a stray NUL later on is
        // the reader's to report, at its line and column).
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if first == 0 && DossierLoader.wideEncoding(of: data) == nil {
          throw .unreadable(
            path: path, reason: "holds NUL bytes: it is binary data, not text")
        }
      }
    }
  }

  private static func reason() -> String { String(cString: strerror(errno)) }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
