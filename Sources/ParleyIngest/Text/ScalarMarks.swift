/// The text of scalar ranges of a whole article, for quoting evidence once
/// every article has been read.
///
/// ``ScalarText`` keeps every scalar and its UTF-8 offset: thirteen bytes
/// for each byte of text, too many to hold for every article of a large
/// batch at once. This keeps only where every 64th scalar starts and reads
/// the rest from the text's own UTF-8: an eighth of a byte per scalar.
struct ScalarMarks {
  private let text: String
  /// The UTF-8 offset of scalars 0, 64, 128 …
  private let marks: [Int]
  private static let stride = 64

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    var marks: [Int] = []
    text.utf8.withContiguousStorageIfAvailable { bytes in
      marks.reserveCapacity(bytes.count / Self.stride + 1)
      var scalar = 0
      for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
        if scalar % Self.stride == 0 { marks.append(offset) }
        scalar += 1
      }
    }
    self.marks = marks
  }

  /// The text of scalars `range`, as ``ScalarText/string(_:)`` gives it.
  func string(_ range: Range<Int>) -> String {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      let start = offset(of: range.lowerBound, in: bytes, after: nil)
      let end = offset(of: range.upperBound, in: bytes, after: (range.lowerBound, start))
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    } ?? ""
  }

  /// The UTF-8 offset of scalar `scalar`: read forward from the mark before
  /// it, or from a scalar already placed after that mark.
  private func offset(
    of scalar: Int, in bytes: UnsafeBufferPointer<UInt8>, after known: (scalar: Int, offset: Int)?
  ) -> Int {
    guard !marks.isEmpty else { return 0 }
    let mark = min(scalar / Self.stride, marks.count - 1)
    var (count, offset) = (mark * Self.stride, marks[mark])
    if let known, known.scalar <= scalar, known.scalar > count { (count, offset) = known }
    while count < scalar, offset < bytes.count {
      offset += 1
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      count += 1
    }
    return offset
  }
}
