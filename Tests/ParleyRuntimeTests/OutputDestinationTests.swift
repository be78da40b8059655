import Foundation
import ParleyCore
import ParleyRuntime
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh directory, removed when the test is done with it.
private final class ScratchDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "parley-output-\(UUID().uuidString)"
      ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  /// The names in the directory, sorted; hidden files included.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  func contents(_ name: String) -> String? {
    FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
  }

  func permissions(_ name: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: file(name))
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}

// The umask is process-wide: these tests run one at a time.
@Suite("Output files", .serialized)
struct OutputTests {
  @Test("a new file gets the whole output and no temporary file remains")
  func writesNewFile() throws {
    let scratch = try ScratchDirectory()
    try OutputDestination.file(scratch.file("out.json")).write {
      (writer: OutputWriter) in
      try writer.write("{\"a\": \"Ω\"}")
      try writer.write(bytes: [0x0A])
    }
    #expect(scratch.contents("out.json") == "{\"a\": \"Ω\"}\n")
    #expect(try scratch.names() == ["out.json"])
  }

  @Test("a successful write replaces the old content entirely")
  func replacesOldFile() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.file("out.json")
    try Data(String(repeating: "old content ", count: 1000).utf8).write(
      to: URL(fileURLWithPath: path))
    try OutputDestination.file(path).write { (writer: OutputWriter) in
      try writer.write("new")
    }
    #expect(scratch.contents("out.json") == "new")
    #expect(try scratch.names() == ["out.json"])
  }

  @Test(
    "when the body throws, the old file is kept and no temporary file remains",
    arguments: [10, 200_000])
  func failureKeepsOldFile(_ bytesBeforeFailure: Int) throws {
    let scratch = try ScratchDirectory()
    let path = scratch.file("talks.json")
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    #expect {
      try OutputDestination.file(path).write { (writer: OutputWriter) in
        // Large outputs are flushed to the temporary file before the failure.
        try writer.write(String(repeating: "x", count: bytesBeforeFailure))
        throw OutputError(path: "test", reason: "boom")
      }
    } throws: { error in
      (error as? OutputError)?.reason == "boom"
    }
    #expect(scratch.contents("talks.json") == "old")
    #expect(try scratch.names() == ["talks.json"])
    #expect(try !scratch.names().contains { $0.hasPrefix(".parley-") })
  }

  @Test("when the body throws and there was no file, none is created")
  func failureCreatesNothing() throws {
    let scratch = try ScratchDirectory()
    #expect(throws: ValidationReport.self) {
      try OutputDestination.file(scratch.file("new.json")).write {
        (writer: OutputWriter) in
        try writer.write("partial")
        throw ValidationReport([Diagnostic(message: "bad")])
      }
    }
    #expect(try scratch.names() == [])
  }

  @Test(
    "a new file gets the permissions 0666 less the umask",
    arguments: [0o022, 0o027, 0o077, 0o002, 0o000])
  func permissionsFollowUmask(_ mask: Int) throws {
    let scratch = try ScratchDirectory()
    let previous = umask(mode_t(mask))
    defer { umask(previous) }
    try OutputDestination.file(scratch.file("out.json")).write {
      (writer: OutputWriter) in
      try writer.write("{}")
    }
    #expect(try scratch.permissions("out.json") == 0o666 & ~mask)
    // The umask is left as it was.
    let current = umask(mode_t(mask))
    #expect(Int(current) == mask)
  }

  @Test("a destination in a missing directory is an output error")
  func missingDirectory() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.file("no/such/dir/out.json")
    #expect {
      try OutputDestination.file(path).write { (writer: OutputWriter) in
        try writer.write("{}")
      }
    } throws: { error in
      guard let error = error as? OutputError else { return false }
      return error.path == path
        && error.reason == "cannot create the output file: No such file or directory"
    }
  }

  @Test("a destination that names a directory is an output error")
  func directoryDestination() throws {
    let scratch = try ScratchDirectory()
    #expect {
      try OutputDestination.file(scratch.path + "/").write {
        (writer: OutputWriter) in
        try writer.write("{}")
      }
    } throws: { error in
      (error as? OutputError)?.reason == "is a directory, not a file name"
    }
    #expect(try scratch.names() == [])
  }

  @Test("a writer counts the UTF-8 bytes it was given")
  func byteCount() throws {
    let scratch = try ScratchDirectory()
    var count = 0
    try OutputDestination.file(scratch.file("out.txt")).write {
      (writer: OutputWriter) in
      try writer.write("aΩ👋🏽")
      try writer.write(bytes: [1, 2, 3])
      count = writer.byteCount
    }
    #expect(count == 1 + 2 + 8 + 3)
    #expect(FileManager.default.contents(atPath: scratch.file("out.txt"))?.count == count)
  }

  @Test("destinations describe themselves as the CLI names them")
  func descriptions() {
    #expect(OutputDestination.standardOutput.description == "-")
    #expect(OutputDestination.file("out/talks.json").description == "out/talks.json")
    #expect(OutputDestination.memory.description == "(memory)")
  }
}
