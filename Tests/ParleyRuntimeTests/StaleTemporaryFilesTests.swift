import Foundation
import Testing

@testable import ParleyRuntime

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Stale temporary files")
struct StaleTemporaryFilesTests {
  @Test("a killed run's temporary file goes; a live run's, which it holds locked, stays")
  func sweep() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-stale-\(UUID().uuidString)/")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
}
