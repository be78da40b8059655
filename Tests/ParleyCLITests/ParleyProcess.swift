import Foundation
import Testing

/// What one run of `parley` did.
struct ParleyResult: CustomStringConvertible {
  var status: Int32
  var stdout: String
  var stderr: String

  var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Finds the built `parley` binary and runs it as a subprocess.
enum Parley {
  /// The places the binary may be, best first: beside the test runner
  /// (SwiftPM puts every product of a build in one directory), beside the
  /// `.xctest` bundle (macOS), and the package's `.build/debug`. `$PARLEY`,
  /// when set, is the only candidate.
  static var candidates: [URL] {
    if let path = ProcessInfo.processInfo.environment["PARLEY"], !path.isEmpty {
      return [URL(fileURLWithPath: path)]
    }
    var urls: [URL] = []
    if let runner = CommandLine.arguments.first, !runner.isEmpty {
      let resolved = URL(fileURLWithPath: runner).resolvingSymlinksInPath()
      urls.append(resolved.deletingLastPathComponent().appendingPathComponent("parley"))
    }
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      urls.append(executable.deletingLastPathComponent().appendingPathComponent("parley"))
    }
    for bundle in [Bundle.main] + Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      urls.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("parley"))
    }
    urls.append(packageRoot.appendingPathComponent(".build/debug/parley"))
    return urls
  }

  /// The package's root folder, found from this source file.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ParleyCLITests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The binary, or `nil` when it was not built.
  static let executable: URL? = candidates.first {
    FileManager.default.isExecutableFile(atPath: $0.path)
  }

  /// The binary; fails the test, naming where it looked, when it is missing.
  static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
    try #require(
      executable,
      """
      the parley binary was not found: build it with `swift build` or set PARLEY. Looked in:
      \(candidates.map(\.path).joined(separator: "\n"))
      """, sourceLocation: sourceLocation)
  }

  /// Runs `parley` with `arguments` in `directory`, feeding it `input` on
  /// standard input (empty by default), and waits for it at most `timeout`.
  static func run(
    _ arguments: [String], in directory: Workspace, input: Data = Data(),
    timeout: Duration = .seconds(120), sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> ParleyResult {
    let executable = try require(sourceLocation: sourceLocation)
    // Files, not pipes: a full pipe would block parley while the test waits for it.
    let io = try Workspace()
    let stdinURL = io.url("stdin")
    let stdoutURL = io.url("stdout")
    let stderrURL = io.url("stderr")
    try input.write(to: stdinURL)
    _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
    let stdin = try FileHandle(forReadingFrom: stdinURL)
    let stdout = try FileHandle(forWritingTo: stdoutURL)
    let stderr = try FileHandle(forWritingTo: stderrURL)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory.root
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let deadline = ContinuousClock.now + timeout
    while process.isRunning {
      if ContinuousClock.now > deadline {
        process.terminate()
        Issue.record(
          "parley \(arguments) ran longer than \(timeout)", sourceLocation: sourceLocation)
        break
      }
      try await Task.sleep(for: .milliseconds(5))
    }
    process.waitUntilExit()
    return ParleyResult(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
  }
}

/// A temporary directory, removed when the value goes away.
final class Workspace {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-cli-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  func url(_ name: String) -> URL { root.appendingPathComponent(name) }

  /// Writes `text` to `name`, creating folders as needed.
  func write(_ name: String, _ text: String) throws {
    let url = url(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// The contents of `name`, or `nil` if there is no such file.
  func read(_ name: String) -> String? {
    FileManager.default.contents(atPath: url(name).path).map { String(decoding: $0, as: UTF8.self) }
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url(name).path) }

  /// The names in a folder of the workspace, hidden ones too, sorted.
  func list(_ folder: String = ".") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url(folder).path).sorted()
  }
}
