#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ids for the words of a lexicon, so that matching compares integers. A
/// token whose word is in no lexicon phrase or word list gets
/// ``Token/unknownWord`` and matches nothing.
///
/// Every token of every article is looked up here, twice: the words are kept
/// as UTF-8 bytes in a table of their own, found by a hash of eight bytes at
/// a time, where a `Dictionary` of `String`s would hash byte by byte. The
/// table holds only the lexicon's words, so text cannot lengthen a search:
/// a word that is not there is known at the first empty slot.
struct Vocabulary: Sendable {
  /// The words' bytes, one after another.
  private var bytes: [UInt8] = []
  /// Where each word's bytes start, and where the last one ends.
  private var starts: [Int] = [0]
  /// Each word as a string, so that a token of a known word takes its key
  /// (and, in lower case, its text) from here rather than making one.
  private var words: [String] = []
  /// A word's id plus one in the slot its hash points to or the next free
  /// one; 0 for a free slot. At most a quarter of the slots are taken, so
  /// that a word the lexicon lacks, most words, is known at once.
  private var slots = [Int32](repeating: 0, count: 64)

  /// How many words have ids.
  var count: Int { starts.count - 1 }

  /// The id of `key`, given it now if it has none.
  mutating func add(_ key: String) -> Int32 {
    var key = key
    return key.withUTF8 { add(bytes: $0) }
  }

  /// The id of the word whose key is `word` (UTF-8), given it now if it
  /// has none: a string is made only for a word not seen before.
  mutating func add(bytes word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (found, slot) = find(word)
    if let found { return found }
    let id = Int32(count)
    let key = String(decoding: word, as: UTF8.self)
    bytes.append(contentsOf: word)
    starts.append(bytes.count)
    words.append(key)
    slots[slot] = id + 1
    if count * 4 > slots.count { grow() }
    return id
  }

  /// Gives each token the id of its key.
  func assign(_ tokens: inout [Token]) {
    for index in tokens.indices {
      var key = tokens[index].key
      tokens[index].word = key.withUTF8 { find($0).id } ?? Token.unknownWord
    }
  }

  /// The id of the word whose key is `bytes`, if a lexicon phrase or word
  /// list has it.
  func id(ofKey bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    find(bytes).id
  }

  /// The word whose id is `id`.
  func word(_ id: Int32) -> String { words[Int(id)] }

  /// The id of `key`, if a lexicon phrase or word list has it.
  func id(of key: String) -> Int32? {
    var key = key
    return key.withUTF8 { find($0).id }
  }

  /// The word's id if it has one, and the slot it is in or would go in.
  private func find(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32?, slot: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
    // Every token of every article comes here: read through pointers,
    // compared with `memcmp`.
    return slots.withUnsafeBufferPointer { slots in
      starts.withUnsafeBufferPointer { starts in
        bytes.withUnsafeBufferPointer { bytes in
          while true {
            let taken = slots[slot]
            if taken == 0 { return (nil, slot) }
            let id = Int(taken - 1)
            let start = starts[id]
            if starts[id + 1] - start == word.count,
              word.isEmpty || memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0
            {
              return (Int32(id), slot)
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// Twice the slots, every word placed again.
  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    bytes.withUnsafeBufferPointer { bytes in
      for id in 0..<count {
        let word = UnsafeBufferPointer(rebasing: bytes[starts[id]..<starts[id + 1]])
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id + 1)
      }
    }
  }

  /// A hash of the bytes, mixed eight at a time.
  private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
    var offset = 0
    if let base = word.baseAddress {
      while offset + 8 <= word.count {
        let chunk = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
        hash = (hash ^ chunk) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        offset += 8
      }
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < word.count {
      tail |= UInt64(word[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    return hash ^ hash >> 29
  }
}
