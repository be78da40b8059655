import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress bar on standard error — files done of total, rate,
/// time left — drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
  private let total: Int
  private let enabled: Bool
  private let lock = NSLock()
  private let start = Date()
  private var done = 0
  private var failed = 0
  private var lastDrawn = Date.distantPast

  init(total: Int, enabled: Bool) {
    self.total = total
    self.enabled = enabled && total > 1 && isatty(STDERR_FILENO) == 1
  }

  func advance(failed didFail: Bool) {
    guard enabled else { return }
    lock.withLock {
      done += 1
      if didFail { failed += 1 }
      let now = Date()
      guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
      lastDrawn = now
      draw(now)
    }
  }

  func finish() {
    guard enabled else { return }
    lock.withLock { Terminal.errorFragment("\r\u{1B}[K") }
  }

  private func draw(_ now: Date) {
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let remaining = rate > 0 ? Double(total - done) / rate : 0
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
    var line = "\r[\(bar)] \(done)/\(total) files  \(String(format: "%.1f", rate))/s"
    line += "  ETA \(Int(remaining.rounded()))s"
    if failed > 0 { line += "  \(failed) failed" }
    Terminal.errorFragment(line + "\u{1B}[K")
  }
}
