import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of a plugin executable: feeds its standard input from one thread,
/// drains standard error on another, hands standard output to a sink as it
/// arrives, and kills the process when it outlives its timeout.
///
/// `@unchecked Sendable`: the threads share only the lock-protected state.
final class PluginProcess: @unchecked Sendable {
  struct Outcome {
    var status: Int32
    var killedBySignal: Bool
    var timedOut: Bool
    var standardError: String
    /// Set when writing the input failed, e.g. the plugin stopped reading.
    var inputError: ParleyError?
  }

  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let lock = NSLock()
  private var errorBytes = Data()
  private var inputError: ParleyError?
  private var timedOut = false
  /// Standard error kept for messages, at most this much.
  private static let errorLimit = 64 * 1024

  init(executable: String, arguments: [String]) {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
  }

  /// Runs the process to its end.
  ///
  /// - Parameters:
  ///   - feed: writes the standard input; it is closed afterwards.
  ///   - sink: receives standard output in chunks; if it throws, the
  ///     process is killed and the error rethrown.
  func run(
    timeout: Double, feed: @escaping @Sendable (OutputWriter) throws(ParleyError) -> Void,
    sink: (Data) throws(ParleyError) -> Void
  ) throws(ParleyError) -> Outcome {
    do {
      try process.run()
    } catch {
      throw .plugin(
        name: process.executableURL?.lastPathComponent ?? "?",
        message: "cannot be started: \(error.localizedDescription)")
    }
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { self.writeInput(feed) }
    DispatchQueue.global().async(group: group) { self.drainErrors() }
    let deadline = DispatchWorkItem { self.expire() }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)

    var sinkError: ParleyError?
    let reader = output.fileHandleForReading
    while true {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      if sinkError != nil { continue }
      do throws(ParleyError) {
        try sink(chunk)
      } catch {
        sinkError = error
        process.terminate()
      }
    }
    process.waitUntilExit()
    deadline.cancel()
    group.wait()
    if let sinkError { throw sinkError }
    return lock.withLock {
      Outcome(
        status: process.terminationStatus,
        killedBySignal: process.terminationReason == .uncaughtSignal,
        timedOut: timedOut,
        standardError: String(decoding: errorBytes, as: UTF8.self),
        inputError: inputError)
    }
  }

  private func writeInput(_ feed: (OutputWriter) throws(ParleyError) -> Void) {
    let handle = input.fileHandleForWriting
    let writer = OutputWriter(descriptor: handle.fileDescriptor, name: "the plugin's input")
    do throws(ParleyError) {
      try feed(writer)
      try writer.flush()
    } catch {
      lock.withLock { inputError = error }
    }
    try? handle.close()
  }

  private func drainErrors() {
    let reader = errors.fileHandleForReading
    while true {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      lock.withLock {
        if errorBytes.count < Self.errorLimit { errorBytes.append(chunk.prefix(Self.errorLimit)) }
      }
    }
  }

  /// Past the timeout: ask the process to stop, then make it.
  private func expire() {
    guard process.isRunning else { return }
    lock.withLock { timedOut = true }
    process.terminate()
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
      if self.process.isRunning { kill(pid, SIGKILL) }
    }
  }
}
