import ParleyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor, each within a limit: a line longer
/// than the limit ends the reading with an error, holding no more than the
/// limit in memory (a stream with no line break, such as `/dev/zero`, ends
/// there too).
package struct BoundedLineReader {
  private let descriptor: Int32
  private let name: String
  private let limit: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  private var number = 0
  private var checked = false

  /// Reads from `descriptor`, which messages call `name`; no line may
  /// have more than `limit` bytes.
  package init(descriptor: Int32, name: String, limit: Int) {
    (self.descriptor, self.name, self.limit) = (descriptor, name, limit)
  }

  /// The next line without its line break (and a carriage return before
  /// it), or `nil` at the end.
  ///
  /// - Throws: ``LoadingError/lineTooLong(path:line:limit:)`` and
  ///   ``LoadingError/unreadable(path:reason:)``.
  package mutating func next() throws(LoadingError) -> String? {
    var scanned = start
    while true {
      if let newline = Self.firstNewline(in: buffer, from: scanned) {
        number += 1
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        return line
      }
      scanned = buffer.count
      if buffer.count - start > limit {
        throw .lineTooLong(path: name, line: number + 1, limit: limit)
      }
      if finished {
        guard start < buffer.count else { return nil }
        number += 1
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        scanned -= start
        start = 0
      }
      let before = buffer.count
      buffer.append(contentsOf: repeatElement(0, count: 1 << 16))
      let count = buffer.withUnsafeMutableBytes {
        systemRead(descriptor, $0.baseAddress! + before, 1 << 16)
      }
      if count < 0 {
        buffer.removeLast(1 << 16)
        if errno == EINTR { continue }
        throw .unreadable(path: name, reason: "cannot be read: \(String(cString: strerror(errno)))")
      }
      buffer.removeLast((1 << 16) - count)
      if count == 0 { finished = true }
      if !checked && (buffer.count >= 1 << 16 || finished) {
        checked = true
        if buffer.contains(0) {
          throw .unreadable(
            path: name, reason: "holds NUL bytes: it is binary data, not JSON Lines text")
        }
      }
    }
  }
}

extension BoundedLineReader {
  /// The index of the first line feed in `buffer` at or after `start`.
  fileprivate static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
    guard start < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes in
      memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start).map {
        bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self))
      }
    }
  }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
{
  read(descriptor, buffer, count)
}
