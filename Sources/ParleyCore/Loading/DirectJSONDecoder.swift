import Foundation

/// Decodes a dossier straight from JSON bytes into its records, the IR
/// description driving it field by field: no syntax tree, no positions, no
/// string built only to be thrown away.
///
/// It reads valid dossiers only. At the first thing it does not expect — a
/// syntax error, an unknown or duplicate field, a value of the wrong type,
/// an invalid id, date or choice, a missing required field — it gives up
/// (``Miss``), and the loader reads the input again the thorough way, which
/// reports every problem with its line and column. So a valid dossier costs
/// one quick pass, and an invalid one is reported exactly as before.
struct DirectJSONDecoder {
  /// The decoder met something it leaves to the thorough reader.
  struct Miss: Error {}

  /// The input; the threads of a shared list read the same bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The cursor: the offset of the next byte to read.
  var index = 0
  /// Ids seen so far, so that the many references to one record share one
  /// string's storage; each thread of a shared list has its own.
  var ids: [String: String] = [:]
  /// The ids of each thread that decodes big lists (see ``Sharing``).
  var threadIDs: [[String: String]] = []
  /// The chunks of the next big list, cut by a thread that ran out of
  /// chunks of the list before it (see ``ListChunks/following(_:in:sharing:)``).
  var nextChunks: ListChunks?
  /// Each record kind's plan, made the first time the kind is met.
  private var plans: [ObjectIdentifier: FieldPlan] = [:]
  /// Called with how far the decoder has read, every few megabytes.
  let release: (@Sendable (Int) -> Void)?
  /// The offset past which ``release`` is called next.
  var nextRelease = DirectJSONDecoder.releaseStep
  /// How far the decoder reads between two hand-backs of pages: a smaller
  /// input is never read again to place a problem.
  static let releaseStep = 8 << 20
  /// How the big lists of the top level are shared among threads; `nil` in
  /// the decoders of those threads. Lists nested in records are read by
  /// one thread (see ``recordDepth``).
  let sharing: Sharing?
  /// How many records the cursor is in: 1 in the dossier itself, whose
  /// lists alone are shared.
  private var recordDepth = 0

  init(
    bytes: UnsafeBufferPointer<UInt8>, release: (@Sendable (Int) -> Void)?, sharing: Sharing?
  ) {
    self.bytes = bytes
    self.release = release
    self.sharing = sharing
  }

  /// The dossier `bytes` holds, or `nil` when they are not plainly a valid
  /// dossier's JSON (before validation).
  ///
  /// - Parameters:
  ///   - releasing: called now and then with the offset before which the
  ///     decoder will not read again, so that a mapped input can hand those
  ///     pages back; from any of the decoding threads, possibly at once and
  ///     with an offset lower than one given before.
  ///   - sharing: how big lists are shared among threads.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, releasing: (@Sendable (Int) -> Void)? = nil,
    sharing: Sharing = .automatic
  ) -> Dossier? {
    var decoder = DirectJSONDecoder(bytes: bytes, release: releasing, sharing: sharing)
    do {
      return try decoder.document()
    } catch {
      return nil
    }
  }

  private mutating func document() throws(Miss) -> Dossier {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    let dossier = try record(Dossier.self, plan: plan(for: Dossier.self))
    skipWhitespace()
    guard index == bytes.count else { throw Miss() }
    guard let version = IRVersion(dossier.version), version.major == IRVersion.current.major
    else { throw Miss() }
    return dossier
  }

  // MARK: Records

  /// The plan of a record kind.
  mutating func plan<Record: DescribedRecord>(for type: Record.Type) -> FieldPlan {
    let key = ObjectIdentifier(type)
    if let plan = plans[key] { return plan }
    let plan = FieldPlan(type)
    plans[key] = plan
    return plan
  }

  /// One record of a described kind: an object whose keys are its fields.
  mutating func record<Record: DescribedRecord>(
    _ type: Record.Type, plan: FieldPlan
  ) throws(Miss) -> Record {
    var record = Record.placeholder
    var seen: UInt64 = 0
    recordDepth += 1
    defer { recordDepth -= 1 }
    var next = 0
    try expect(UInt8(ascii: "{"))
    skipWhitespace()
    if !take(UInt8(ascii: "}")) {
      while true {
        skipWhitespace()
        let field = try fieldIndex(in: plan, after: next)
        next = field + 1 == plan.names.count ? 0 : field + 1
        guard seen & (1 << field) == 0 else { throw Miss() }
        seen |= 1 << field
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
        skipWhitespace()
        // The binding is read without counting a reference to it (see
        // ``FieldPlan/bindings``).
        do {
          try plan.bindings[field]._withUnsafeGuaranteedRef { binding in
            try read(unsafeDowncast(binding, to: FieldBinding<Record>.self), into: &record)
          }
        } catch {
          throw Miss()
        }
        skipWhitespace()
        if take(UInt8(ascii: ",")) { continue }
        try expect(UInt8(ascii: "}"))
        break
      }
    }
    guard seen & plan.required == plan.required else { throw Miss() }
    return record
  }

  /// A list of records of a described kind.
  mutating func records<Record: DescribedRecord>(_ type: Record.Type) throws(Miss) -> [Record] {
    var list: [Record] = []
    try expect(UInt8(ascii: "["))
    skipWhitespace()
    if take(UInt8(ascii: "]")) { return list }
    if let sharing, recordDepth == 1 {
      let ahead = nextChunks
      nextChunks = nil
      if let chunks = ahead?.start == index
        ? ahead : ListChunks(bytes, from: index, sharing: sharing)
      {
        return try records(Record.self, in: chunks, sharing: sharing)
      }
    }
    let plan = plan(for: Record.self)
    while true {
      skipWhitespace()
      list.append(try record(Record.self, plan: plan))
      if index >= nextRelease, let release {
        release(index)
        nextRelease = index + Self.releaseStep
      }
      skipWhitespace()
      if take(UInt8(ascii: ",")) { continue }
      try expect(UInt8(ascii: "]"))
      return list
    }
  }

  /// The index, among the record's fields, of the key at the cursor.
  private mutating func fieldIndex(in plan: FieldPlan, after next: Int) throws(Miss) -> Int {
    guard take(UInt8(ascii: "\"")) else { throw Miss() }
    let start = index
    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      // Field names are plain ASCII: anything else is no field's name.
      guard bytes[index] != UInt8(ascii: "\\") else { throw Miss() }
      index += 1
    }
    guard index < bytes.count else { throw Miss() }
    let length = index - start
    let key = bytes.baseAddress! + start
    index += 1
    // Records mostly list their fields in canonical order: try the field
    // after the previous one first.
    let count = plan.names.count
    var field = next
    for _ in 0..<count {
      let name = plan.names[field]
      if name.count == length,
        name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key, length) == 0 })
      {
        return field
      }
      field = field + 1 == count ? 0 : field + 1
    }
    throw Miss()
  }

  /// Reads one field's value into `record`.
  private mutating func read<Record>(_ binding: FieldBinding<Record>, into record: inout Record)
    throws(Miss)
  {
    let reading = binding.reading
    switch binding.access {
    case .text(let property):
      property.set(&record, reading.holdsIDs ? try id() : try string())
    case .optionalText(let property):
      property.set(&record, reading.holdsIDs ? try id() : try string())
    case .texts(let property):
      property.set(&record, try strings(ids: reading.holdsIDs))
    case .choice(let access):
      guard access.set(&record, try string()) else { throw Miss() }
    case .date(let property):
      guard let date = try? EDTFDate(try string()) else { throw Miss() }
      property.set(&record, date)
    case .duration(let property):
      guard let duration = try? ISODuration(try string()) else { throw Miss() }
      property.set(&record, duration)
    case .number(let property):
      property.set(&record, try number().real)
    case .span(let property):
      try expect(UInt8(ascii: "["))
      skipWhitespace()
      guard case .integer(let start) = try number() else { throw Miss() }
      skipWhitespace()
      try expect(UInt8(ascii: ","))
      skipWhitespace()
      guard case .integer(let end) = try number() else { throw Miss() }
      skipWhitespace()
      try expect(UInt8(ascii: "]"))
      property.set(&record, TextSpan(start: start, end: end))
    case .attributes(let property):
      property.set(&record, try attributes())
    case .records(let nested):
      try nested.decodeDirectly(&record, &self)
    }
  }

  // MARK: Values

  /// A string.
  private mutating func string() throws(Miss) -> String {
    guard take(UInt8(ascii: "\"")) else { throw Miss() }
    let start = index
    var ascii = true
    // Eight bytes at a time while none is a quote, a backslash or a control
    // character (the byte loop below finds which); bytes of 0x80 and above
    // only mean the text needs UTF-8 validation.
    if let base = bytes.baseAddress {
      while index + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        guard !Self.hasSpecialByte(word) else { break }
        if word & Self.highBits != 0 { ascii = false }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else { throw Miss() }
        return text
      }
      if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
      guard byte >= 0x20 else { throw Miss() }
      if byte >= 0x80 { ascii = false }
      index += 1
    }
    throw Miss()
  }

  private static let lowBits: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Whether one of the eight bytes of `word` is `"`, `\` or below 0x20.
  @inline(__always)
  private static func hasSpecialByte(_ word: UInt64) -> Bool {
    let quote = word ^ (lowBits &* 0x22)
    let backslash = word ^ (lowBits &* 0x5C)
    let zeroInQuote = (quote &- lowBits) & ~quote
    let zeroInBackslash = (backslash &- lowBits) & ~backslash
    let control = (word &- lowBits &* 0x20) & ~word
    return (zeroInQuote | zeroInBackslash | control) & highBits != 0
  }

  /// The rest of a string that has escapes, from its first byte at `start`.
  private mutating func escapedString(from start: Int) throws(Miss) -> String {
    guard
      var text = String(
        validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    else { throw Miss() }
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return text
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.count else { throw Miss() }
        let escape = bytes[index + 1]
        index += 2
        if escape == UInt8(ascii: "u") {
          text.unicodeScalars.append(try unicodeEscape())
        } else if let character = JSONSyntax.escaped(escape) {
          text.unicodeScalars.append(character)
        } else {
          throw Miss()
        }
      default:
        guard byte >= 0x20 else { throw Miss() }
        let run = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
          bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20
        {
          index += 1
        }
        guard
          let part = String(
            validating: UnsafeBufferPointer(rebasing: bytes[run..<index]), as: UTF8.self)
        else { throw Miss() }
        text += part
      }
    }
    throw Miss()
  }

  /// `\uXXXX`, a surrogate pair taken whole; the cursor is after the `u`.
  private mutating func unicodeEscape() throws(Miss) -> Unicode.Scalar {
    let high = try hex4()
    if (0xD800...0xDBFF).contains(high) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw Miss() }
      index += 2
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else { throw Miss() }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }
    guard let scalar = Unicode.Scalar(high) else { throw Miss() }
    return scalar
  }

  private mutating func hex4() throws(Miss) -> UInt32 {
    guard index + 4 <= bytes.count else { throw Miss() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = JSONSyntax.hexValue(bytes[index]) else { throw Miss() }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  /// An id: a string with the id syntax, its storage shared with every
  /// other occurrence of the same id.
  private mutating func id() throws(Miss) -> String {
    guard take(UInt8(ascii: "\"")) else { throw Miss() }
    let start = index
    guard index < bytes.count, Self.isIDStart(bytes[index]) else { throw Miss() }
    index += 1
    while index < bytes.count, Self.isIDByte(bytes[index]) { index += 1 }
    guard take(UInt8(ascii: "\"")) else { throw Miss() }
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
    // Up to 15 bytes, a string is stored inline: nothing to share.
    guard index - 1 - start > 15 else { return text }
    if let known = ids[text] { return known }
    ids[text] = text
    return text
  }

  /// A letter or digit: what an id starts with (``FieldReader/isValidID(_:)``).
  @inline(__always)
  private static func isIDStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  /// A byte an id may hold after its first.
  @inline(__always)
  private static func isIDByte(_ byte: UInt8) -> Bool {
    isIDStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }

  /// A list of strings, or of ids.
  private mutating func strings(ids: Bool) throws(Miss) -> [String] {
    var list: [String] = []
    try expect(UInt8(ascii: "["))
    skipWhitespace()
    if take(UInt8(ascii: "]")) { return list }
    while true {
      skipWhitespace()
      list.append(ids ? try id() : try string())
      skipWhitespace()
      if take(UInt8(ascii: ",")) { continue }
      try expect(UInt8(ascii: "]"))
      return list
    }
  }

  /// A JSON number, as the thorough reader reads it: whole numbers that fit
  /// an `Int` are integers, the rest finite reals.
  private enum Number {
    case integer(Int)
    case real(Double)

    var real: Double {
      switch self {
      case .integer(let value): Double(value)
      case .real(let value): value
      }
    }
  }

  private mutating func number() throws(Miss) -> Number {
    let start = index
    _ = take(UInt8(ascii: "-"))
    guard index < bytes.count, isDigit(bytes[index]) else { throw Miss() }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      guard index >= bytes.count || !isDigit(bytes[index]) else { throw Miss() }
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    var isInteger = true
    if take(UInt8(ascii: ".")) {
      isInteger = false
      guard index < bytes.count, isDigit(bytes[index]) else { throw Miss() }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw Miss() }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger, let integer = Int(text) { return .integer(integer) }
    guard let real = Double(text), real.isFinite else { throw Miss() }
    return .real(real)
  }

  /// Free attributes: an object of strings, numbers and booleans.
  private mutating func attributes() throws(Miss) -> [String: AttributeValue] {
    var attributes: [String: AttributeValue] = [:]
    try expect(UInt8(ascii: "{"))
    skipWhitespace()
    if take(UInt8(ascii: "}")) { return attributes }
    while true {
      skipWhitespace()
      let name = try string()
      guard attributes[name] == nil else { throw Miss() }
      skipWhitespace()
      try expect(UInt8(ascii: ":"))
      skipWhitespace()
      guard index < bytes.count else { throw Miss() }
      switch bytes[index] {
      case UInt8(ascii: "\""): attributes[name] = .string(try string())
      case UInt8(ascii: "t"):
        try word("true")
        attributes[name] = .boolean(true)
      case UInt8(ascii: "f"):
        try word("false")
        attributes[name] = .boolean(false)
      default:
        switch try number() {
        case .integer(let value): attributes[name] = .integer(value)
        case .real(let value): attributes[name] = FieldReader.attributeNumber(value)
        }
      }
      skipWhitespace()
      if take(UInt8(ascii: ",")) { continue }
      try expect(UInt8(ascii: "}"))
      return attributes
    }
  }

  // MARK: Bytes

  private mutating func word(_ word: StaticString) throws(Miss) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw Miss() }
    let matches = word.withUTF8Buffer { expected in
      (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
    }
    guard matches else { throw Miss() }
    index += count
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while index < bytes.count, JSONSyntax.isWhitespace(bytes[index]) { index += 1 }
  }

  @inline(__always)
  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  @inline(__always)
  private mutating func expect(_ byte: UInt8) throws(Miss) {
    guard take(byte) else { throw Miss() }
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}

/// What the direct decoder needs of a record kind: its field names as bytes
/// and which fields are required, worked out once per kind.
struct FieldPlan {
  let names: [[UInt8]]
  let required: UInt64
  /// The kind's ``DescribedRecord/fields``, each read without counting a
  /// reference to it (threads decoding at once would all write its count):
  /// ``owner`` keeps them alive as long as the plan.
  let bindings: [Unmanaged<AnyObject>]
  /// The table of ``bindings``, held once, counted.
  private let owner: [AnyObject]

  init<Record: DescribedRecord>(_ type: Record.Type) {
    owner = Record.fields
    bindings = owner.map { Unmanaged.passUnretained($0) }
    precondition(Record.fields.count <= 64, "a field set fits in a 64-bit mask")
    names = Record.fields.map { Array($0.reading.name.utf8) }
    var required: UInt64 = 0
    for (index, binding) in Record.fields.enumerated() where binding.reading.isRequired {
      required |= 1 << index
    }
    self.required = required
  }
}
