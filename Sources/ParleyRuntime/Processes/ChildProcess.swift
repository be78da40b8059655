import Foundation
import ParleyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of a child process, a plugin or a filter: feeds its standard
/// input from one thread, drains standard error on another, hands standard
/// output to a sink as it arrives, and kills it when it outlives its timeout.
///
/// The child runs in a process group of its own, so a timeout kills whatever
/// it started too, and nothing it leaves behind can hold Parley's pipes open.
/// (Foundation's `Process` detects the end of a process through a descriptor
/// its children inherit, so a stray grandchild kept it waiting.)
///
/// `@unchecked Sendable`: the threads share only the lock-protected state.
final class ChildProcess: @unchecked Sendable {
  struct Outcome {
    var status: Int32
    var killedBySignal: Bool
    var timedOut: Bool
    var standardError: String
    /// Set when writing the input failed, e.g. the plugin stopped reading.
    var inputError: (any Error)?
  }

  private let executable: String
  private let arguments: [String]
  private let environment: [String: String]
  private let startFailure: (String) -> any Error
  private let lock = NSLock()
  private var errorBytes = Data()
  private var inputError: (any Error)?
  private var timedOut = false
  private var exited = false
  private var pid: pid_t = 0
  private var waitStatus: Int32 = 0
  /// Standard error kept for messages, at most this much: its end.
  private static let errorLimit = 64 * 1024

  /// Prepares a run of `executable`.
  ///
  /// - Parameters:
  ///   - environment: variables set for the child, beside Parley's own.
  ///   - startFailure: the error to throw, given the reason, when the
  ///     child cannot be started.
  init(
    executable: String, arguments: [String], environment: [String: String] = [:],
    startFailure: @escaping (String) -> any Error
  ) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
    self.startFailure = startFailure
  }

  /// Runs the process to its end.
  ///
  /// - Parameters:
  ///   - feed: writes the standard input; it is closed afterwards.
  ///   - sink: receives standard output in chunks; if it throws, the
  ///     process is killed and the error rethrown.
  func run(
    timeout: Double, feed: @escaping @Sendable (OutputWriter) throws -> Void,
    sink: (Data) throws -> Void
  ) throws -> Outcome {
    let input = try Self.pipe()
    let output = try Self.pipe()
    let errors = try Self.pipe()
    try spawn(stdin: input.read, stdout: output.write, stderr: errors.write)
    close(input.read)
    close(output.write)
    close(errors.write)

    let group = DispatchGroup()
    let waiter = DispatchGroup()
    DispatchQueue.global().async(group: waiter) { self.waitForExit() }
    DispatchQueue.global().async(group: group) { self.writeInput(feed, to: input.write) }
    DispatchQueue.global().async(group: group) { self.drainErrors(errors.read) }
    let deadline = DispatchWorkItem { self.expire() }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)

    var sinkError: (any Error)?
    readUntilExit(output.read) { chunk in
      guard sinkError == nil else { return }
      do {
        try sink(chunk)
      } catch {
        sinkError = error
        killpg(pid, SIGKILL)
      }
    }
    close(output.read)
    waiter.wait()
    deadline.cancel()
    group.wait()
    close(errors.read)
    if let sinkError { throw sinkError }
    return lock.withLock {
      Outcome(
        status: Self.exitStatus(waitStatus), killedBySignal: Self.wasSignaled(waitStatus),
        timedOut: timedOut, standardError: String(decoding: errorBytes, as: UTF8.self),
        inputError: inputError)
    }
  }

  private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // A new process group, and the signals Parley handles itself back to
    // their defaults.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment =
      ProcessInfo.processInfo.environment.merging(self.environment) { $1 }
      .map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in environment { free(pointer) }
    }
    var result: Int32 = 0
    let started = Cleanup.starting {
      var child: pid_t = 0
      result = posix_spawn(&child, executable, &actions, &attributes, argv, environment)
      return result == 0 ? child : nil
    }
    guard let child = started else {
      let reason = result == 0 ? "Parley is being interrupted" : String(cString: strerror(result))
      throw startFailure(reason)
    }
    lock.withLock { pid = child }
  }

  /// Reaps the child, then ends whatever it left running in its group,
  /// which closes any pipe such leftovers held open: asked first, with a
  /// moment to clean up after themselves (a nested parley removes its own
  /// children), then killed.
  private func waitForExit() {
    var status: Int32 = 0
    let child = lock.withLock { pid }
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    lock.withLock {
      exited = true
      waitStatus = status
    }
    if killpg(child, SIGTERM) == 0 {
      let deadline = Date().addingTimeInterval(1)
      while Date() < deadline, killpg(child, 0) == 0 { usleep(10_000) }
    }
    killpg(child, SIGKILL)
    Cleanup.remove(group: child)
  }

  private func writeInput(_ feed: (OutputWriter) throws -> Void, to descriptor: Int32) {
    let writer = OutputWriter(descriptor: descriptor, name: "the standard input of \(executable)")
    do {
      try feed(writer)
      try writer.flush()
    } catch {
      lock.withLock { inputError = error }
    }
    close(descriptor)
  }

  private func drainErrors(_ descriptor: Int32) {
    readUntilExit(descriptor) { chunk in
      lock.withLock {
        // The end is kept: what a program says last is what it died of.
        errorBytes.append(chunk.suffix(Self.errorLimit))
        if errorBytes.count > Self.errorLimit {
          errorBytes.removeFirst(errorBytes.count - Self.errorLimit)
        }
      }
    }
  }

  /// Reads a pipe to its end; once the plugin was killed for its timeout,
  /// stops when the pipe has been quiet for a moment.
  private func readUntilExit(_ descriptor: Int32, _ handle: (Data) -> Void) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var quietSince: Date?
    while true {
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, 100)
      if ready < 0 {
        if errno == EINTR { continue }
        return
      }
      if ready == 0 {
        if lock.withLock({ timedOut || exited }) {
          if let quietSince, Date().timeIntervalSince(quietSince) > 0.5 { return }
          if quietSince == nil { quietSince = Date() }
        }
        continue
      }
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      handle(Data(buffer[0..<count]))
    }
  }

  /// Past the timeout: ask the plugin's group to stop, then make it.
  private func expire() {
    let (child, done) = lock.withLock { () -> (pid_t, Bool) in
      if !exited { timedOut = true }
      return (pid, exited)
    }
    guard !done else { return }
    killpg(child, SIGTERM)
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
      if !self.lock.withLock({ self.exited }) { killpg(child, SIGKILL) }
    }
  }

  private static func pipe() throws(OutputError) -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [0, 0]
    guard Glibc.pipe(&descriptors) == 0 else {
      throw OutputError(path: "a pipe to a child process", reason: String(cString: strerror(errno)))
    }
    // Close-on-exec, so other plugins started meanwhile do not inherit them;
    // the child's dup2 copies are not marked.
    for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return (descriptors[0], descriptors[1])
  }

  /// The end of a child's standard error, for a message: `; its standard
  /// error says:` and its last 20 lines, each behind `  | `; empty when it
  /// said nothing.
  static func quote(_ standardError: String) -> String {
    let trimmed = standardError.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return "" }
    let lines = trimmed.split(separator: "\n", omittingEmptySubsequences: false).suffix(20)
    return "; its standard error says:\n" + lines.map { "  | " + $0 }.joined(separator: "\n")
  }

  private static func wasSignaled(_ status: Int32) -> Bool {
    let signal = status & 0x7F
    return signal != 0 && signal != 0x7F
  }

  private static func exitStatus(_ status: Int32) -> Int32 {
    wasSignaled(status) ? status & 0x7F : (status >> 8) & 0xFF
  }
}
