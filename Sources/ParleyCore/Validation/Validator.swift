import Foundation
import Synchronization

/// Checks what the structure cannot: unique ids, references that resolve to
/// records of an allowed kind, provenance spans and quotes against source
/// texts, date order, ranges and hashes. The record descriptions say which
/// fields refer to what; the validator walks every record through them.
///
/// A big dossier is checked by several threads, each taking runs of records
/// in turn; the problems come out as one thread would find them, in
/// document order.
public struct Validator: Sendable {
  /// How many threads check a big dossier's records.
  package var threads: Int
  /// How many records of a collection one thread checks at a time.
  package var recordsPerShare: Int

  /// Creates a validator.
  public init() {
    self.init(threads: DirectJSONDecoder.Sharing.automatic.threads)
  }

  /// A validator with `threads` threads, each taking `recordsPerShare`
  /// records at a time.
  package init(threads: Int, recordsPerShare: Int = 2048) {
    self.threads = max(1, threads)
    self.recordsPerShare = max(1, recordsPerShare)
  }

  /// Every problem in the dossier, in document order.
  ///
  /// - Parameter tolerating: ids of records that exist but could not be read;
  ///   references to them are not reported.
  public func validate(_ dossier: Dossier, tolerating: Set<String> = []) -> [Diagnostic] {
    let indexes = ValidationIndexes(dossier, tolerated: tolerating)
    let first = ValidationRun(indexes)
    first.checkUniqueIDs()
    let shares = ValidationShare.shares(
      of: first.checkedFields(), recordsPerShare: recordsPerShare)
    // Threads pay off only past a few shares of records.
    let threads = dossier.recordCount > 2 * recordsPerShare ? min(threads, shares.count) : 1
    guard threads > 1 else {
      for share in shares { first.check(share) }
      return first.diagnostics
    }
    // Each thread takes the next share and keeps its own caches; the
    // problems of each share are put back in the shares' order.
    let next = Atomic(0)
    let found = Mutex([[Diagnostic]](repeating: [], count: shares.count))
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      let run = ValidationRun(indexes)
      while case let share = next.add(1, ordering: .relaxed).oldValue, share < shares.count {
        run.check(shares[share])
        let diagnostics = run.takeDiagnostics()
        if !diagnostics.isEmpty { found.withLock { $0[share] = diagnostics } }
      }
    }
    return first.diagnostics + found.withLock { $0.joined() }
  }
}
