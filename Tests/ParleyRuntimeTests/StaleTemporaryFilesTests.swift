import Foundation
import ParleyCore
import Testing

@testable import ParleyRuntime

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Stale temporary files")
struct StaleTemporaryFilesTests {
  @Test("a killed run's temporary file goes; a live run's, which it holds locked, stays")
  func sweep() throws {
    let folder = try freshFolder("parley-stale")
    defer { try? FileManager.default.removeItem(at: folder) }
    let stale = folder.appendingPathComponent(".parley-dead.tmp").path
    let live = folder.appendingPathComponent(".parley-live.tmp").path
    let other = folder.appendingPathComponent("notes.tmp").path
    for path in [stale, live, other] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
    }
    let holder = open(live, O_RDONLY)
    #expect(flock(holder, LOCK_EX) == 0)
    defer { close(holder) }
    StaleTemporaryFiles.sweepOnce(folder.path + "/")
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: other))
  }

  @Test("a file being created, not yet locked, is not taken for a dead run's")
  func stagingFileIsSpared() throws {
    let folder = try freshFolder("parley-stale")
    defer { try? FileManager.default.removeItem(at: folder) }
    let staging = folder.appendingPathComponent(".parley-young.new").path
    #expect(FileManager.default.createFile(atPath: staging, contents: Data("x".utf8)))
    StaleTemporaryFiles.sweepOnce(folder.path + "/")
    #expect(FileManager.default.fileExists(atPath: staging))
  }

  // Issue 17's test runs found this: with -j 2 into a new folder, the first
  // thread's sweep could remove another thread's temporary file in the
  // instant between its creation and its lock, and the rename then failed
  // ("cannot replace the file: No such file or directory"). Here a sweeper
  // (another run starting, say) sweeps the folder over and over while the
  // files are written.
  @Test("writers in one folder while it is swept over and over: every file arrives")
  func concurrentWritersInOneFolder() throws {
    for round in 0..<5 {
      let folder = try freshFolder("parley-race-\(round)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let failures = Failures()
      let done = Failures()
      let sweeper = Thread {
        while done.all.isEmpty { StaleTemporaryFiles.sweep(folder.path + "/") }
      }
      sweeper.start()
      defer { done.add("done") }
      DispatchQueue.concurrentPerform(iterations: 200) { number in
        let path = folder.appendingPathComponent("out-\(number).csv").path
        do {
          _ = try OutputDestination.file(path).write { (writer: OutputWriter) in
            try writer.write(String(repeating: "row \(number)\n", count: 50))
          }
        } catch {
          failures.add("\(error)")
        }
      }
      #expect(failures.all.isEmpty, "round \(round): \(failures.all.prefix(3))")
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(names.count == 200, "round \(round): \(names.count) files")
    }
  }
}

/// A new, empty folder under the temporary directory, named after `prefix`.
private func freshFolder(_ prefix: String) throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "\(prefix)-\(UUID().uuidString)/")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// Messages gathered from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []
  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}
