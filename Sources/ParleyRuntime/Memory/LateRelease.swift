import Dispatch

/// Frees big values on a thread of its own, so that a command goes on, or
/// ends, without waiting for a dossier of a million records to be taken
/// apart record by record.
///
/// At most one value is being freed at a time: handing over another waits
/// until the one before is gone, so that a batch never holds more than one
/// dossier it is done with. A process that exits does not wait either: the
/// system takes its memory back whole.
package enum LateRelease {
  private static let queue = DispatchQueue(label: "org.parley.late-release")
  private static let slot = DispatchSemaphore(value: 1)

  /// Frees `value` on the release thread, once nothing else holds it.
  package static func release<Value: Sendable>(_ value: consuming Value) {
    slot.wait()
    let box = Box(value)
    queue.async {
      box.value = nil
      slot.signal()
    }
  }

  /// Holds the value until the release thread drops it.
  private final class Box<Held: Sendable>: @unchecked Sendable {
    // Written once here, then once on the release thread, which the queue
    // orders after the write.
    var value: Held?

    init(_ value: consuming Held) { self.value = value }
  }
}
