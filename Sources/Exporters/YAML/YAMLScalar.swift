/// How the YAML writer spells a string: plain where every YAML 1.1 and 1.2
/// reader reads it back as that same string, a literal block (`|`) for
/// multi-line text, and double quotes with escapes everywhere else.
///
/// A string is quoted when it would otherwise be misread: as null, a
/// boolean, a number, a date or a merge key in either version of YAML
/// (`no`, `yes`, `on`, `null`, `~`, `0x10`, `0o7`, `012`, `1e3`, `1_000`,
/// `.inf`, `2022-01-10`, `<<` …); when it starts with an indicator (`-`,
/// `?`, `:`, `,`, `[`, `]`, `{`, `}`, `#`, `&`, `*`, `!`, `|`, `>`, `'`,
/// `"`, `%`, `@` or a backquote); when it holds `: ` or ` #`, ends with
/// `:`, starts or ends with a space, or holds a tab, a line break or a
/// character YAML does not allow unescaped.
enum YAMLScalar {
  /// Whether `text` can be written without quotes.
  static func isPlain(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return false }
    if indicators.contains(first) || first == UInt8(ascii: " ") || last == UInt8(ascii: " ")
      || last == UInt8(ascii: ":")
    {
      return false
    }
    var previous: UInt8 = 0
    for byte in utf8 {
      if byte < 0x20 || byte == 0x7F { return false }
      if byte == UInt8(ascii: " ") && previous == UInt8(ascii: ":") { return false }
      if byte == UInt8(ascii: "#") && previous == UInt8(ascii: " ") { return false }
      previous = byte
    }
    if !text.unicodeScalars.allSatisfy(isPrintable) { return false }
    return !resolvesToNonString(text)
  }

  /// Whether a YAML 1.1 or 1.2 reader would read the plain scalar `text` as
  /// something other than a string.
  static func resolvesToNonString(_ text: String) -> Bool {
    if words.contains(text) { return true }
    guard let first = text.utf8.first,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "+")
        || first == UInt8(ascii: ".")
    else { return false }
    return NumberShapes.matches(text)
  }

  /// The words YAML 1.1 or 1.2 resolves to null, a boolean, or a merge or
  /// value key.
  private static let words: Set<String> = [
    "~", "null", "Null", "NULL",
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
    "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF",
    "<<", "=",
  ]

  /// The characters a plain scalar cannot start with.
  private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

  /// Whether YAML allows `scalar` unescaped (its printable set, less the
  /// characters YAML 1.1 reads as line breaks and the byte order mark).
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE,
      0xFF00...0xFFFD, 0x10000...0x10FFFF:
      true
    default:
      false
    }
  }

  /// Appends `text` as a value at a line indented by `indent` spaces: plain,
  /// as a literal block, or double-quoted. A literal block's lines end with
  /// a line break; the other forms do not.
  static func appendValue(
    _ text: String, indent: Int, to bytes: inout [UInt8], plain: Bool? = nil
  ) {
    if plain ?? isPlain(text) {
      bytes.append(contentsOf: text.utf8)
    } else if let chomping = literalChomping(text) {
      appendLiteral(text, chomping: chomping, indent: indent + 2, to: &bytes)
    } else {
      appendDoubleQuoted(text, to: &bytes)
    }
  }

  /// Appends `text` as a key: plain, or double-quoted.
  static func appendKey(_ text: String, to bytes: inout [UInt8]) {
    if isPlain(text) {
      bytes.append(contentsOf: text.utf8)
    } else {
      appendDoubleQuoted(text, to: &bytes)
    }
  }

  /// The chomping indicator a literal block of `text` needs (`-` without a
  /// final line break, none with one), or `nil` when `text` is better
  /// double-quoted: one line only, several final line breaks, a character that must be
  /// escaped, a tab, a carriage return, a line that ends with a space, or a
  /// first line that starts with one (its indentation would be misread).
  static func literalChomping(_ text: String) -> String? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return nil }
    var trailing = 0
    while lines.last?.isEmpty == true {
      lines.removeLast()
      trailing += 1
    }
    guard let firstLine = lines.first(where: { !$0.isEmpty }),
      !firstLine.hasPrefix(" ")
    else { return nil }
    for line in lines {
      if line.utf8.last == UInt8(ascii: " ") { return nil }
      for scalar in line.unicodeScalars
      where scalar == "\t" || scalar == "\r" || !isPrintable(scalar) {
        return nil
      }
    }
    // More than one final line break would need `|+`, which also keeps the
    // blank lines that follow the block in the document: quote instead.
    guard trailing <= 1 else { return nil }
    return trailing == 0 ? "-" : ""
  }

  private static func appendLiteral(
    _ text: String, chomping: String, indent: Int, to bytes: inout [UInt8]
  ) {
    bytes.append(UInt8(ascii: "|"))
    bytes.append(contentsOf: chomping.utf8)
    bytes.append(0x0A)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if chomping == "" { lines.removeLast() }
    for line in lines {
      if !line.isEmpty {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        bytes.append(contentsOf: line.utf8)
      }
      bytes.append(0x0A)
    }
  }

  /// Appends `"text"` with YAML's escapes: `\\`, `\"`, the C escapes, `\N`,
  /// `\L` and `\P` for YAML 1.1's other line breaks, `\xXX` and `\uXXXX`
  /// for every other character YAML does not allow unescaped.
  static func appendDoubleQuoted(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": bytes.append(contentsOf: #"\""#.utf8)
      case "\\": bytes.append(contentsOf: #"\\"#.utf8)
      case "\0": bytes.append(contentsOf: #"\0"#.utf8)
      case "\u{7}": bytes.append(contentsOf: #"\a"#.utf8)
      case "\u{8}": bytes.append(contentsOf: #"\b"#.utf8)
      case "\t": bytes.append(contentsOf: #"\t"#.utf8)
      case "\n": bytes.append(contentsOf: #"\n"#.utf8)
      case "\u{B}": bytes.append(contentsOf: #"\v"#.utf8)
      case "\u{C}": bytes.append(contentsOf: #"\f"#.utf8)
      case "\r": bytes.append(contentsOf: #"\r"#.utf8)
      case "\u{1B}": bytes.append(contentsOf: #"\e"#.utf8)
      case "\u{85}": bytes.append(contentsOf: #"\N"#.utf8)
      case "\u{2028}": bytes.append(contentsOf: #"\L"#.utf8)
      case "\u{2029}": bytes.append(contentsOf: #"\P"#.utf8)
      case _ where isPrintable(scalar):
        bytes.append(contentsOf: String(scalar).utf8)
      case _ where scalar.value <= 0xFF:
        bytes.append(contentsOf: #"\x"#.utf8)
        appendHex(scalar.value, digits: 2, to: &bytes)
      default:
        bytes.append(contentsOf: #"\u"#.utf8)
        appendHex(scalar.value, digits: 4, to: &bytes)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static func appendHex(_ value: UInt32, digits: Int, to bytes: inout [UInt8]) {
    let hex = Array("0123456789ABCDEF".utf8)
    for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
      bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)])
    }
  }

  /// A real number as every YAML reader reads a float: the shortest form
  /// that round-trips, with a decimal point and a signed exponent
  /// (`1.0e-05`, not `1e-05`, which YAML 1.1 reads as a string).
  static func number(_ value: Double) -> String {
    if value.isNaN { return ".nan" }
    if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
    var text = value.description
    var exponent = ""
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = String(text[text.index(after: e)...])
      text = String(text[..<e])
      if !exponent.hasPrefix("-") && !exponent.hasPrefix("+") { exponent = "+" + exponent }
      exponent = "e" + exponent
    }
    if !text.contains(".") { text += ".0" }
    return text + exponent
  }
}
