import Foundation

/// Provenance entries: their spans must fall inside their source's text, and
/// their quotes must be the text they span.
extension ValidationRun {
  /// Checks the span and quote of the provenance entry at `path`; its source
  /// reference is checked with the other fields.
  func checkSpan(of entry: UnsafePointer<Provenance>, at path: PendingPath) {
    guard let span = entry.pointee.span else { return }
    guard span.start >= 0, span.start <= span.end else {
      report(
        path.appending("span"), "span [\(span.start), \(span.end)] is not a range",
        hint: "write [start, end] with 0 <= start <= end")
      return
    }
    let source = entry.pointee.source
    guard let text = sourceTexts[source] else { return }
    let spanned: SpannedText
    if let cached = spannedTexts[source] {
      spanned = cached
    } else {
      spanned = SpannedText(text)
      spannedTexts[source] = spanned
    }
    check(span, quote: entry.pointee.quote, of: source, spanned, at: path)
  }

  /// Checks a span and its quote against the text of `source`.
  private func check(
    _ span: TextSpan, quote: String?, of source: String, _ spanned: SpannedText,
    at path: PendingPath
  ) {
    guard span.end <= spanned.scalarCount else {
      report(
        path.appending("span"),
        "span [\(span.start), \(span.end)] runs past the end of source \"\(source)\" (\(spanned.scalarCount) characters)",
        hint: "offsets count Unicode scalars from 0")
      return
    }
    guard let quote, !spanned.text(from: span.start, to: span.end, is: quote)
    else { return }
    let shown = spanned.text(from: span.start, to: span.end)
    let hint =
      spanned.firstOffset(of: quote).map {
        "the quote is at [\($0), \($0 + quote.unicodeScalars.count)]"
      } ?? "the quote does not occur in the source text"
    report(
      path.appending("quote"),
      "quote does not match the text at span [\(span.start), \(span.end)]: \"\(shown.prefix(60))\"",
      hint: hint)
  }
}

/// A source's text as spans index it: where every 64th scalar starts among
/// its UTF-8 bytes, when the text is not all ASCII (a scalar's offset is
/// found from the one before it, at most 63 scalars on). A quote is then
/// compared with the bytes it spans, without building either as scalars,
/// and the index takes an eighth of the text's size.
final class SpannedText {
  private let text: String
  /// The byte offset of scalars 0, 64, 128…; `nil` for ASCII text, where
  /// scalar and byte offsets are the same.
  private let checkpoints: [Int]?
  /// How many Unicode scalars the text has.
  let scalarCount: Int
  private static let stride = 64

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    (checkpoints, scalarCount) = text.withUTF8 { bytes -> ([Int]?, Int) in
      var ascii = true
      for byte in bytes where byte >= 0x80 {
        ascii = false
        break
      }
      guard !ascii else { return (nil, bytes.count) }
      var checkpoints: [Int] = []
      checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
      var scalars = 0
      for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
        if scalars % Self.stride == 0 { checkpoints.append(offset) }
        scalars += 1
      }
      return (checkpoints, scalars)
    }
  }

  /// The byte offset of scalar `scalar` (at most ``scalarCount``) in `bytes`.
  private func byteOffset(of scalar: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let checkpoints else { return scalar }
    guard scalar < scalarCount else { return bytes.count }
    var offset = checkpoints[scalar / Self.stride]
    for _ in 0..<scalar % Self.stride {
      offset += 1
      while bytes[offset] & 0xC0 == 0x80 { offset += 1 }
    }
    return offset
  }

  /// Whether the scalars from `start` to `end` are exactly `quote`.
  func text(from start: Int, to end: Int, is quote: String) -> Bool {
    var quote = quote
    var text = text
    return text.withUTF8 { bytes in
      let first = byteOffset(of: start, in: bytes)
      let last = byteOffset(of: end, in: bytes)
      return quote.withUTF8 { expected in
        expected.count == last - first
          && (expected.isEmpty
            || memcmp(bytes.baseAddress! + first, expected.baseAddress!, expected.count) == 0)
      }
    }
  }

  /// The scalars from `start` to `end`, as a string.
  func text(from start: Int, to end: Int) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let first = byteOffset(of: start, in: bytes)
      let last = byteOffset(of: end, in: bytes)
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)
    }
  }

  /// The scalar offset where `quote` first occurs in the text, if it does:
  /// a search over bytes (a match of UTF-8 starts at a scalar), with no
  /// copy of the text for each quote that does not match.
  func firstOffset(of quote: String) -> Int? {
    var quote = quote
    var text = text
    return text.withUTF8 { bytes -> Int? in
      quote.withUTF8 { needle -> Int? in
        guard let haystack = bytes.baseAddress, let pattern = needle.baseAddress,
          !needle.isEmpty, needle.count <= bytes.count
        else { return nil }
        // Each place the first byte occurs, compared whole: a match may
        // start no later than `last`, so memchr and memcmp stay in bounds.
        let last = bytes.count - needle.count
        var from = 0
        while from <= last,
          let found = memchr(haystack + from, Int32(pattern[0]), last - from + 1)
        {
          let start = UnsafeRawPointer(found) - UnsafeRawPointer(haystack)
          if memcmp(haystack + start, pattern, needle.count) == 0 {
            return scalarOffset(ofByte: start, in: bytes)
          }
          from = start + 1
        }
        return nil
      }
    }
  }

  /// How many scalars start before byte `byte`, a scalar's first byte.
  private func scalarOffset(ofByte byte: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let checkpoints else { return byte }
    // The last checkpoint at or before the byte, then the scalars after it.
    var low = 0
    var high = checkpoints.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if checkpoints[middle] <= byte { low = middle } else { high = middle - 1 }
    }
    var scalars = low * Self.stride
    var offset = checkpoints[low]
    while offset < byte {
      offset += 1
      if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
    }
    return scalars
  }
}
