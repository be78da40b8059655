import Foundation
import Testing

@testable import ParleyCore

/// A big file is read by several threads at once, each a part of it, into
/// pages of its own.
@Suite("Bounded input")
struct BoundedInputTests {
  /// A file of `count` letters that are not all alike, in a folder of its own.
  private static func file(_ count: Int) throws -> (URL, Data) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let bytes = Data((0..<count).map { UInt8(ascii: "a") + UInt8(($0 &* 31 &+ $0 >> 11) % 26) })
    let file = directory.appendingPathComponent("big.json")
    try bytes.write(to: file)
    return (file, bytes)
  }

  @Test("a file read in parts by several threads is the file", arguments: [1, 2, 3, 4])
  func readInParts(threads: Int) throws {
    let (file, bytes) = try Self.file((17 << 20) + 12_345)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let input = try #require(try BoundedInput.mapped(file.path, limit: 1 << 30, threads: threads))
    #expect(input.data == bytes)
  }

  @Test(
    "a file shorter than its size said is read as far as it goes, whichever part it ends in",
    arguments: [1, 2, 3, 5])
  func cutShort(parts: Int) throws {
    let (file, bytes) = try Self.file(100_003)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let descriptor = open(file.path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    for said in [100_003, 100_004, 150_000, 400_000] {
      let buffer = UnsafeMutableRawPointer.allocate(byteCount: said, alignment: 16)
      defer { buffer.deallocate() }
      let read = try BoundedInput.fill(buffer, from: descriptor, count: said, parts: parts).get()
      #expect(read == bytes.count, "\(said) bytes said, in \(parts) parts")
      #expect(Data(bytes: buffer, count: read) == bytes)
    }
  }
}
