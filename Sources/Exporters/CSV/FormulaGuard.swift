/// Neutralises spreadsheet formulas (CSV injection), as OWASP recommends: a
/// cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// single quote in front, so Excel, LibreOffice and Google Sheets show it as
/// text instead of running it. A plain number (`-5`, `+3.25`, `1e-3`) is left
/// as it is: numbers stay numbers.
enum FormulaGuard {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// `cell`, with a `'` in front when it would start a formula.
  static func neutralised(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, triggers.contains(first),
      !isPlainNumber(cell)
    else { return cell }
    return "'" + cell
  }

  /// Whether `text` is a decimal number: an optional sign, digits with an
  /// optional fraction, and an optional exponent; nothing else.
  static func isPlainNumber(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars[...]
    func digits() -> Int {
      let count = scalars.prefix { ("0"..."9").contains($0) }.count
      scalars = scalars.dropFirst(count)
      return count
    }
    if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
    var mantissa = digits()
    if scalars.first == "." {
      scalars = scalars.dropFirst()
      mantissa += digits()
    }
    guard mantissa > 0 else { return false }
    if let marker = scalars.first, marker == "e" || marker == "E" {
      scalars = scalars.dropFirst()
      if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
      guard digits() > 0 else { return false }
    }
    return scalars.isEmpty
  }
}
