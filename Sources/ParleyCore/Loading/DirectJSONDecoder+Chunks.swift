import Foundation
import Synchronization

/// Big lists decoded by several threads: the list is cut into chunks of
/// whole records by a quick scan of its structure, each thread decodes the
/// chunks it takes into their places in one array, and the records come out
/// in document order, as one thread would have decoded them.
///
/// A chunk must be decoded to exactly where the next one starts. So a scan
/// misled by odd input can only send the input to the thorough reader
/// (``DirectJSONDecoder/Miss``); it never changes what is decoded.
extension DirectJSONDecoder {
  /// How the big lists of a dossier are shared among threads.
  struct Sharing: Sendable {
    /// How many threads decode; 1 decodes every list on the calling thread.
    var threads: Int
    /// About how many bytes of records one chunk holds.
    var chunkBytes: Int

    /// One thread per processor, up to four, with chunks of 1 MiB.
    static let automatic = Sharing(
      threads: min(4, ProcessInfo.processInfo.activeProcessorCount), chunkBytes: 1 << 20)
  }

  /// Decodes the list whose chunks are `chunks`, with the threads `sharing`
  /// allows; the cursor is then after the list's `]`.
  mutating func records<Record: DescribedRecord>(
    _ type: Record.Type, in chunks: ListChunks, sharing: Sharing
  ) throws(Miss) -> [Record] {
    let progress = Mutex(ChunkProgress(count: chunks.starts.count, nextRelease: nextRelease))
    // The threads read the input, and each writes the places of the
    // records of the chunks it takes.
    let bytes = UncheckedSendable(value: bytes)
    let release = release
    // Each thread keeps its own ids from list to list: an id's storage is
    // shared by the references one thread decodes, never counted by two.
    let threads = min(sharing.threads, chunks.starts.count)
    if threadIDs.count < threads {
      threadIDs += Array(repeating: [:], count: threads - threadIDs.count)
    }
    let tables = Mutex(threadIDs)
    threadIDs = []
    // The first thread out of chunks cuts the next list meanwhile.
    let ahead = Mutex<(claimed: Bool, chunks: ListChunks?)>((false, nil))
    let list = [Record](unsafeUninitializedCapacity: chunks.recordCount) { buffer, initialized in
      let records = UncheckedSendable(value: buffer)
      DispatchQueue.concurrentPerform(iterations: threads) { thread in
        var decoder = DirectJSONDecoder(bytes: bytes.value, release: nil, sharing: nil)
        tables.withLock { swap(&$0[thread], &decoder.ids) }
        // A plan of the thread's own: the threads share no counted object.
        let plan = decoder.plan(for: Record.self)
        while let chunk = progress.withLock({ $0.take() }) {
          let decoded = decoder.decode(chunk: chunk, of: chunks, plan: plan, into: records.value)
          let releasable = progress.withLock { $0.finish(chunk, decoded: decoded, chunks) }
          if let releasable, let release { release(releasable) }
        }
        tables.withLock { swap(&$0[thread], &decoder.ids) }
        let first = ahead.withLock { state in
          defer { state.claimed = true }
          return !state.claimed
        }
        // Not after a miss: the thorough reader reads the input anyway.
        guard first, !progress.withLock({ $0.missed }) else { return }
        let next = ListChunks.following(chunks.end, in: bytes.value, sharing: sharing)
        ahead.withLock { $0.chunks = next }
      }
      // On a miss, the chunks decoded whole are undone; the others were
      // undone by the thread that missed.
      let finished = progress.withLock { $0 }
      if finished.missed {
        for chunk in chunks.starts.indices where finished.decoded[chunk] {
          let range = chunks.records(of: chunk)
          (buffer.baseAddress! + range.lowerBound).deinitialize(count: range.count)
        }
        initialized = 0
      } else {
        initialized = chunks.recordCount
      }
    }
    guard list.count == chunks.recordCount else { throw Miss() }
    threadIDs = tables.withLock { $0 }
    nextChunks = ahead.withLock { $0.chunks }
    nextRelease = progress.withLock { $0.nextRelease }
    index = chunks.end + 1
    return list
  }

  /// Decodes one chunk into its places in `records`: on a miss, the records
  /// it initialized are deinitialized and `false` is returned.
  private mutating func decode<Record: DescribedRecord>(
    chunk: Int, of chunks: ListChunks, plan: FieldPlan,
    into records: UnsafeMutableBufferPointer<Record>
  ) -> Bool {
    let range = chunks.records(of: chunk)
    let isLast = chunk == chunks.starts.count - 1
    let end = isLast ? chunks.end : chunks.starts[chunk + 1]
    var position = range.lowerBound
    index = chunks.starts[chunk]
    do throws(Miss) {
      while true {
        let record = try record(Record.self, plan: plan)
        guard position < range.upperBound, index <= end else { throw Miss() }
        (records.baseAddress! + position).initialize(to: record)
        position += 1
        skipWhitespace()
        if take(UInt8(ascii: ",")) {
          skipWhitespace()
          // Another record follows a comma: in the next chunk, or here.
          if index == end && !isLast { break }
          guard index < end else { throw Miss() }
          continue
        }
        guard isLast, index == end else { throw Miss() }
        break
      }
      guard position == range.upperBound else { throw Miss() }
      return true
    } catch {
      let written = position - range.lowerBound
      (records.baseAddress! + range.lowerBound).deinitialize(count: written)
      return false
    }
  }
}

/// Which chunks of a list were taken and decoded, shared by the threads.
struct ChunkProgress {
  private var next = 0
  private(set) var decoded: [Bool]
  /// The chunks before this one are all decoded.
  private var prefix = 0
  /// Pages are handed back once the decoded part reaches this offset.
  private(set) var nextRelease: Int
  private(set) var missed = false

  init(count: Int, nextRelease: Int) {
    decoded = Array(repeating: false, count: count)
    self.nextRelease = nextRelease
  }

  /// The next chunk to decode, or `nil` when there is none or one missed.
  mutating func take() -> Int? {
    guard !missed, next < decoded.count else { return nil }
    defer { next += 1 }
    return next
  }

  /// Records how `chunk` went; returns the offset before which every byte
  /// of the list is decoded, when it moved past the next step of
  /// ``DirectJSONDecoder/releaseStep`` (as one thread hands pages back).
  mutating func finish(_ chunk: Int, decoded success: Bool, _ chunks: ListChunks) -> Int? {
    guard success else {
      missed = true
      return nil
    }
    decoded[chunk] = true
    while prefix < decoded.count, decoded[prefix] { prefix += 1 }
    let done = prefix < decoded.count ? chunks.starts[prefix] : chunks.end
    guard done >= nextRelease else { return nil }
    nextRelease = done + DirectJSONDecoder.releaseStep
    return done
  }
}

/// A list of records cut into chunks of whole records, by a scan that
/// follows strings and nesting only.
struct ListChunks {
  /// The offset of each chunk's first record.
  private(set) var starts: [Int] = []
  /// The index in the list of each chunk's first record.
  private(set) var firstRecords: [Int] = []
  private(set) var recordCount = 0
  /// The offset of the list's closing `]`.
  private(set) var end = 0

  /// The offset of the list's first record.
  var start: Int { starts[0] }

  /// The records of `chunk`, as indexes in the list.
  func records(of chunk: Int) -> Range<Int> {
    firstRecords[chunk]..<(chunk + 1 < starts.count ? firstRecords[chunk + 1] : recordCount)
  }

  /// The chunks of the list whose first record starts at `start`, or `nil`
  /// when it is not plainly a list of objects or makes only one chunk.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, sharing: DirectJSONDecoder.Sharing) {
    guard sharing.threads > 1, bytes.count - start > sharing.chunkBytes,
      let base = bytes.baseAddress
    else { return nil }
    var scanner = StructureScanner(base: base, count: bytes.count, index: start)
    var chunkStart = -sharing.chunkBytes
    while true {
      guard scanner.peek == UInt8(ascii: "{") else { return nil }
      if scanner.index - chunkStart >= sharing.chunkBytes {
        chunkStart = scanner.index
        starts.append(chunkStart)
        firstRecords.append(recordCount)
      }
      recordCount += 1
      guard scanner.skipObject() else { return nil }
      scanner.skipWhitespace()
      if scanner.peek == UInt8(ascii: ",") {
        scanner.index += 1
        scanner.skipWhitespace()
        continue
      }
      guard scanner.peek == UInt8(ascii: "]") else { return nil }
      end = scanner.index
      break
    }
    guard starts.count > 1 else { return nil }
  }
}

extension ListChunks {
  /// The chunks of the list that follows, as the next field of the same
  /// object, the list whose closing `]` is at `end`: `, "key": [ {…`. `nil`
  /// when anything else follows or the list makes only one chunk. The
  /// decoder uses them only if it does reach that list's first record.
  static func following(
    _ end: Int, in bytes: UnsafeBufferPointer<UInt8>, sharing: DirectJSONDecoder.Sharing
  ) -> ListChunks? {
    guard let base = bytes.baseAddress else { return nil }
    var scanner = StructureScanner(base: base, count: bytes.count, index: end + 1)
    guard scanner.take(UInt8(ascii: ",")) else { return nil }
    scanner.skipWhitespace()
    guard scanner.peek == UInt8(ascii: "\""), scanner.skipString(),
      scanner.take(UInt8(ascii: ":")), scanner.take(UInt8(ascii: "["))
    else { return nil }
    scanner.skipWhitespace()
    return ListChunks(bytes, from: scanner.index, sharing: sharing)
  }
}

/// Follows JSON's strings and nesting over bytes, without reading values.
private struct StructureScanner {
  let base: UnsafePointer<UInt8>
  let count: Int
  var index: Int

  /// The byte at the cursor, or 0 at the end.
  var peek: UInt8 { index < count ? base[index] : 0 }

  /// Moves past `byte` after any whitespace; `false` when another byte
  /// comes first.
  mutating func take(_ byte: UInt8) -> Bool {
    skipWhitespace()
    guard peek == byte else { return false }
    index += 1
    return true
  }

  mutating func skipWhitespace() {
    while index < count, JSONSyntax.isWhitespace(base[index]) { index += 1 }
  }

  /// Moves past the object (or list) at the cursor; `false` at the end of
  /// the input.
  mutating func skipObject() -> Bool {
    var depth = 0
    while index < count {
      switch base[index] {
      case UInt8(ascii: "\""):
        guard skipString() else { return false }
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 {
          index += 1
          return true
        }
      default:
        break
      }
      index += 1
    }
    return false
  }

  /// Moves past the string whose opening quote is at the cursor: to the
  /// first quote after it not escaped by an odd number of backslashes.
  mutating func skipString() -> Bool {
    let first = index + 1
    var from = first
    while from < count {
      guard let found = memchr(base + from, Int32(UInt8(ascii: "\"")), count - from) else {
        return false
      }
      let quote = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      var backslashes = 0
      while quote - backslashes - 1 >= first, base[quote - backslashes - 1] == UInt8(ascii: "\\") {
        backslashes += 1
      }
      from = quote + 1
      if backslashes % 2 == 0 {
        index = from
        return true
      }
    }
    return false
  }
}
