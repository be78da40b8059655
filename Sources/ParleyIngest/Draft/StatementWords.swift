/// The distinct words of statements' texts as ids, so that telling whether
/// two reports are the same statement compares sorted integers rather than
/// sets of strings.
///
/// A text's words are those ``wordSet(_:)`` gives: lower-cased, folded,
/// split at whatever is not a letter or digit.
struct StatementWords {
  /// Every word seen in a statement, with its id.
  private var vocabulary = Vocabulary()

  /// The ids of the words of `text`, sorted, each once.
  mutating func ids(of text: String) -> [Int32] {
    var ids: [Int32]
    var ascii = text
    if let found = ascii.withUTF8({ asciiIDs($0) }) {
      ids = found
    } else {
      ids = wordSet(text).map { vocabulary.add($0) }
    }
    ids.sort()
    return ids.uniqued()
  }

  /// ``ids(of:)`` of ASCII text (``ASCIIWords``), unsorted, with repeats;
  /// `nil` for other text.
  private mutating func asciiIDs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32]? {
    var ids: [Int32] = []
    ids.reserveCapacity(bytes.count / 5)
    guard ASCIIWords.forEach(in: bytes, { ids.append(vocabulary.add(bytes: $0)) }) else {
      return nil
    }
    return ids
  }

  /// |a ∩ b| / min(|a|, |b|) of two sorted id lists without repeats, as
  /// ``overlap(_:_:)`` gives it for the sets of their words.
  static func overlap(_ a: [Int32], _ b: [Int32]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var (i, j, shared) = (0, 0, 0)
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(shared) / Double(min(a.count, b.count))
  }
}

extension Array where Element == Int32 {
  /// The sorted array without repeats.
  fileprivate func uniqued() -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(count)
    for value in self where result.last != value { result.append(value) }
    return result
  }
}
