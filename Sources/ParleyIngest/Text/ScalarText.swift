/// A text as Unicode scalars (the unit of IR spans) with its UTF-8 bytes
/// beside, so that pieces become `String`s by copying bytes rather than by
/// appending scalar after scalar.
struct ScalarText: Sendable {
  let scalars: [Unicode.Scalar]
  private let utf8: [UInt8]
  /// UTF-8 offset of each scalar, and of the end.
  private let offsets: [Int]

  init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(text.utf8.count)
    offsets.reserveCapacity(text.utf8.count + 1)
    var offset = 0
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.scalars = scalars
    self.offsets = offsets
    utf8 = Array(text.utf8)
  }

  var count: Int { scalars.count }

  subscript(index: Int) -> Unicode.Scalar { scalars[index] }

  /// The text of scalars `range`.
  func string(_ range: Range<Int>) -> String {
    String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
  }
}
