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
    let spanned: SpannedText
    switch spannedTexts[source] {
    case .some(let cached?): spanned = cached
    case .some(nil): return
    case nil:
      guard let text = indexes.sourceText(source) else {
        spannedTexts[source] = .some(nil)
        return
      }
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
///
/// Each validating thread makes its own; the text's bytes are read where
/// the source holds them, borrowed, not copied.
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
    (checkpoints, scalarCount) = Self.withBytes(of: text, Self.index)
  }

  /// Calls `body` with the UTF-8 bytes of `text`, in place when they are
  /// contiguous (always, once made so).
  private static func withBytes<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    text.utf8.withContiguousStorageIfAvailable(body)
      ?? Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// The checkpoints of `bytes` and its number of scalars. Eight bytes are
  /// read at a time: a byte starts a scalar unless it is `10xxxxxx`, and a
  /// word is looked at byte by byte only when a checkpoint falls in it.
  private static func index(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Int]?, Int) {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (nil, 0) }
    let count = bytes.count
    let high: UInt64 = 0x8080_8080_8080_8080
    var offset = 0
    var ascii = true
    while offset + 8 <= count {
      if base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & high != 0 {
        ascii = false
        break
      }
      offset += 8
    }
    if ascii {
      while offset < count, bytes[offset] < 0x80 { offset += 1 }
      if offset == count { return (nil, count) }
    }
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity(count / Self.stride + 1)
    var scalars = 0
    offset = 0
    while offset < count {
      if offset + 8 <= count {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        // Continuation bytes: the high bit set, the next one clear.
        let continuations = (word & ~(word << 1) & high).nonzeroBitCount
        let starts = 8 - continuations
        // No checkpoint in this word: scalars + starts stays below the
        // next multiple of the stride (and scalars is not one now).
        if scalars % Self.stride != 0, scalars / Self.stride == (scalars + starts - 1) / Self.stride
        {
          scalars += starts
          offset += 8
          continue
        }
      }
      let end = min(offset + 8, count)
      while offset < end {
        if bytes[offset] & 0xC0 != 0x80 {
          if scalars % Self.stride == 0 { checkpoints.append(offset) }
          scalars += 1
        }
        offset += 1
      }
    }
    return (checkpoints, scalars)
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
    return Self.withBytes(of: text) { bytes in
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
    Self.withBytes(of: text) { bytes in
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
    return Self.withBytes(of: text) { bytes -> Int? in
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
