import Foundation
import Synchronization
import Testing

@testable import ParleyRuntime

/// Values handed to ``LateRelease`` are freed, on a thread of its own.
@Suite("Late release")
struct LateReleaseTests {
  /// The threads values were freed on.
  private final class Log: Sendable {
    let threads = Mutex<[pthread_t]>([])
  }

  /// Says on which thread it was freed.
  private final class Tracked: Sendable {
    let log: Log
    let done = DispatchSemaphore(value: 0)

    init(into log: Log) { self.log = log }

    deinit {
      log.threads.withLock { $0.append(pthread_self()) }
      done.signal()
    }
  }

  @Test("every value handed over is freed, on another thread than the caller's")
  func freedElsewhere() {
    let log = Log()
    var signals: [DispatchSemaphore] = []
    for _ in 0..<5 {
      let value = Tracked(into: log)
      signals.append(value.done)
      LateRelease.release(consume value)
    }
    for signal in signals { #expect(signal.wait(timeout: .now() + 10) == .success) }
    let threads = log.threads.withLock { $0 }
    #expect(threads.count == 5)
    #expect(threads.allSatisfy { pthread_equal($0, pthread_self()) == 0 })
  }
}
