import Foundation

/// Parses JSON (RFC 8259) into a ``SyntaxNode`` tree, keeping the line and
/// column of every value. Strict: trailing commas, duplicate keys, comments,
/// invalid UTF-8 and other JSON extensions are errors with a position.
///
/// Parley parses JSON itself because Foundation's decoder keeps no positions,
/// accepts trailing commas and duplicate keys, and is several times slower
/// than this single pass over the bytes.
enum JSONSyntax {
  /// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
  static let maximumDepth = 512

  static func parse(_ data: Data, file: String) throws(ValidationReport) -> SyntaxNode {
    try parse(data, file: file, streaming: [], element: { _, _, _ in })
  }

  /// Parses a document whose top level is an object, handing each element of
  /// the top-level lists named in `keys` to `element` as soon as it is parsed
  /// instead of keeping it: those lists are empty in the returned tree.
  static func parse(
    _ data: Data, file: String, streaming keys: Set<String>,
    element: (String, Int, SyntaxNode) -> Void
  ) throws(ValidationReport) -> SyntaxNode {
    let result = data.withUnsafeBytes { raw -> Result<SyntaxNode, JSONSyntaxError> in
      var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
      parser.streamedKeys = keys
      do throws(JSONSyntaxError) {
        return .success(try parser.parseDocument(element: element))
      } catch {
        return .failure(error)
      }
    }
    switch result {
    case .success(let tree):
      return tree
    case .failure(let error):
      throw ValidationReport([
        Diagnostic(
          file: file, location: SourceLocation(line: error.line, column: error.column),
          message: "malformed JSON: \(error.message)",
          hint: "check the JSON syntax there: quotes, commas and brackets")
      ])
    }
  }
}

extension JSONSyntax {
  /// The character a one-letter escape stands for (`\n` → newline), or
  /// `nil` when the letter is no JSON escape (`u` included, which takes digits).
  static func escaped(_ letter: UInt8) -> Unicode.Scalar? {
    switch letter {
    case UInt8(ascii: "\""): "\""
    case UInt8(ascii: "\\"): "\\"
    case UInt8(ascii: "/"): "/"
    case UInt8(ascii: "b"): "\u{08}"
    case UInt8(ascii: "f"): "\u{0C}"
    case UInt8(ascii: "n"): "\n"
    case UInt8(ascii: "r"): "\r"
    case UInt8(ascii: "t"): "\t"
    default: nil
    }
  }

  /// Whether a byte is JSON's whitespace: space, tab, line feed, carriage
  /// return.
  @inline(__always)
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
      || byte == UInt8(ascii: "\r")
  }

  /// The value of a hex digit, or `nil`.
  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}

struct JSONSyntaxError: Error {
  let message: String
  let line: Int
  let column: Int
}

/// A single forward pass over UTF-8 bytes. `line` and `column` follow the
/// cursor; the column counts Unicode scalars (bytes that are not UTF-8
/// continuation bytes), from 1.
private struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  var line = 1
  var column = 1

  /// Top-level lists whose elements go to the `element` callback.
  var streamedKeys: Set<String> = []

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func parseDocument(element: (String, Int, SyntaxNode) -> Void = { _, _, _ in })
    throws(JSONSyntaxError) -> SyntaxNode
  {
    let result = withoutActuallyEscaping(element) { element in
      Result { () throws(JSONSyntaxError) -> SyntaxNode in
        try parseWholeDocument(element: streamedKeys.isEmpty ? nil : element)
      }
    }
    return try result.get()
  }

  private mutating func parseWholeDocument(element: ((String, Int, SyntaxNode) -> Void)?)
    throws(JSONSyntaxError) -> SyntaxNode
  {
    // A UTF-8 byte order mark is allowed and ignored.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    skipWhitespace()
    guard index < bytes.count else { throw error("the document is empty") }
    let value =
      peek(UInt8(ascii: "{"))
      ? try parseObject(depth: 0, at: SourceLocation(line: line, column: column), element: element)
      : try parseValue(depth: 0)
    skipWhitespace()
    guard index == bytes.count else { throw error("unexpected text after the JSON value") }
    return value
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> SyntaxNode {
    guard depth < JSONSyntax.maximumDepth else {
      throw error("nested more than \(JSONSyntax.maximumDepth) levels deep")
    }
    guard index < bytes.count else { throw error("unexpected end of the document") }
    let location = SourceLocation(line: line, column: column)
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth, at: location)
    case UInt8(ascii: "["): return try parseArray(depth: depth, at: location)
    case UInt8(ascii: "\""): return SyntaxNode(.string(try parseString()), location: location)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return SyntaxNode(.bool(true), location: location)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return SyntaxNode(.bool(false), location: location)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return SyntaxNode(.null, location: location)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return SyntaxNode(try parseNumber(), location: location)
    default:
      throw error("unexpected \(describe(bytes[index])); expected a value")
    }
  }

  private mutating func parseObject(
    depth: Int, at location: SourceLocation,
    element: ((String, Int, SyntaxNode) -> Void)? = nil
  ) throws(JSONSyntaxError) -> SyntaxNode {
    advance()  // {
    var entries: [(key: String, value: SyntaxNode)] = []
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      advance()
      return SyntaxNode(.object(entries), location: location)
    }
    var keys: Set<String>?
    while true {
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else {
        throw error(
          entries.isEmpty
            ? "expected a key in double quotes" : "expected a key in double quotes after ','")
      }
      let keyLine = line
      let keyColumn = column
      let key = try parseString()
      // Duplicate keys: a linear scan for the usual small objects.
      let duplicate: Bool
      if entries.count < 16 {
        duplicate = entries.contains { $0.key == key }
      } else {
        if keys == nil { keys = Set(entries.map(\.key)) }
        duplicate = !keys!.insert(key).inserted
      }
      if duplicate {
        throw JSONSyntaxError(
          message: "duplicate key \"\(key)\" in an object", line: keyLine, column: keyColumn)
      }
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key \"\(key)\"") }
      advance()
      skipWhitespace()
      if let element, streamedKeys.contains(key), peek(UInt8(ascii: "[")) {
        let listLocation = SourceLocation(line: line, column: column)
        try parseStreamedArray(depth: depth + 1) { element(key, $0, $1) }
        entries.append((key, SyntaxNode(.array([]), location: listLocation)))
      } else {
        entries.append((key, try parseValue(depth: depth + 1)))
      }
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        advance()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { throw error("a trailing ',' before '}' is not JSON") }
        continue
      }
      if peek(UInt8(ascii: "}")) {
        advance()
        return SyntaxNode(.object(entries), location: location)
      }
      throw error("expected ',' or '}' after a value in an object")
    }
  }

  /// A list whose elements go to `element` one by one, as parsed; `depth` is
  /// the list's own.
  private mutating func parseStreamedArray(
    depth: Int, element: (Int, SyntaxNode) -> Void
  ) throws(JSONSyntaxError) {
    advance()  // [
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      advance()
      return
    }
    var count = 0
    while true {
      skipWhitespace()
      element(count, try parseValue(depth: depth + 1))
      count += 1
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        advance()
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { throw error("a trailing ',' before ']' is not JSON") }
        continue
      }
      if peek(UInt8(ascii: "]")) {
        advance()
        return
      }
      throw error("expected ',' or ']' after a value in a list")
    }
  }

  private mutating func parseArray(depth: Int, at location: SourceLocation)
    throws(JSONSyntaxError) -> SyntaxNode
  {
    var elements: [SyntaxNode] = []
    try parseStreamedArray(depth: depth) { elements.append($1) }
    return SyntaxNode(.array(elements), location: location)
  }

  /// A string; the cursor is on its opening quote.
  private mutating func parseString() throws(JSONSyntaxError) -> String {
    advance()  // "
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = try decode(start..<index)
        advance()
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error("a control character must be escaped in a string") }
      advance()
    }
    var text = try decode(start..<index)
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        return text
      case UInt8(ascii: "\\"):
        advance()
        guard index < bytes.count else { break }
        let escape = bytes[index]
        advance()
        if escape == UInt8(ascii: "u") {
          text.unicodeScalars.append(try parseUnicodeEscape())
        } else if let character = JSONSyntax.escaped(escape) {
          text.unicodeScalars.append(character)
        } else {
          throw error("'\\\(Character(Unicode.Scalar(escape)))' is not a JSON escape")
        }
      default:
        if byte < 0x20 { throw error("a control character must be escaped in a string") }
        let run = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
          bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20
        {
          advance()
        }
        text += try decode(run..<index)
      }
    }
    throw error("the string is not closed")
  }

  /// `\uXXXX`, with surrogate pairs; the cursor is after the `u`.
  private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let high = try hex4()
    if (0xD800...0xDBFF).contains(high) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw error("a lone surrogate \\u\(String(high, radix: 16)) is not a character") }
      advance()
      advance()
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw error("\\u\(String(high, radix: 16)) must be followed by a low surrogate")
      }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }
    guard let scalar = Unicode.Scalar(high) else {
      throw error("a lone surrogate \\u\(String(high, radix: 16)) is not a character")
    }
    return scalar
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = JSONSyntax.hexValue(bytes[index]) else {
        throw error("\\u needs four hex digits")
      }
      value = value << 4 | digit
      advance()
    }
    return value
  }

  /// A number as JSON's grammar has it: whole numbers that fit an `Int`
  /// become integers, everything else a `Double`.
  private mutating func parseNumber() throws(JSONSyntaxError) -> SyntaxNode.Value {
    let start = index
    if peek(UInt8(ascii: "-")) { advance() }
    guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs digits") }
    if bytes[index] == UInt8(ascii: "0") {
      advance()
      if index < bytes.count, isDigit(bytes[index]) {
        throw error("a number may not start with 0 (leading zeros are not JSON)")
      }
    } else {
      while index < bytes.count, isDigit(bytes[index]) { advance() }
    }
    var isInteger = true
    if peek(UInt8(ascii: ".")) {
      isInteger = false
      advance()
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("a decimal point needs digits after it")
      }
      while index < bytes.count, isDigit(bytes[index]) { advance() }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      isInteger = false
      advance()
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { advance() }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("an exponent needs digits")
      }
      while index < bytes.count, isDigit(bytes[index]) { advance() }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger, let integer = Int(text) { return .integer(integer) }
    guard let number = Double(text), number.isFinite else {
      throw error("\(text) is too large for a number")
    }
    return .number(number)
  }

  private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    let matches =
      index + count <= bytes.count
      && word.withUTF8Buffer { expected in
        (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
      }
    guard matches else { throw error("unexpected \(describe(bytes[index])); expected a value") }
    for _ in 0..<count { advance() }
  }

  private func decode(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    guard let text = String(validating: slice, as: UTF8.self) else {
      throw error("the text is not valid UTF-8")
    }
    return text
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        index += 1
        column += 1
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
        column = 1
      default:
        return
      }
    }
  }

  @inline(__always)
  private mutating func advance() {
    // Continuation bytes do not start a new scalar.
    if bytes[index] & 0xC0 != 0x80 { column += 1 }
    index += 1
  }

  private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private func describe(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F
      ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }

  private func error(_ message: String) -> JSONSyntaxError {
    // `// …` and `/* … */` are what most JSON mistakes of this kind are.
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "/"),
      bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")
    {
      return JSONSyntaxError(
        message: "comments are not allowed in JSON (\(message))", line: line, column: column)
    }
    return JSONSyntaxError(message: message, line: line, column: column)
  }
}
