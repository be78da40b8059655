import ParleyCore

/// Mints the IRIs of the graph's nodes: the base IRI followed by the
/// percent-encoded record id. Parts of a record (a provenance entry, a role, a
/// participant) get the record's IRI followed by `/PART/N`; ids never contain
/// `/`, so these cannot collide with a record's IRI.
struct NodeIRIs: Sendable {
  /// The root of the default base: the default base is this, the
  /// percent-encoded dossier id and `/`.
  static let defaultRoot = "https://w3id.org/parley/id/"

  /// The base every node IRI starts with; it is also the dossier's own IRI.
  let base: String

  /// Checks `base`, or makes the default base from the dossier id.
  ///
  /// - Throws: ``ExportOptionError`` (option `base`) when `base` is not an
  ///   absolute IRI or does not end with a character ids can follow.
  init(base: String?, dossierID: String) throws(ExportOptionError) {
    guard let base else {
      self.base = Self.defaultRoot + Self.percentEncoded(dossierID) + "/"
      return
    }
    func invalid(_ reason: String, _ remedy: ExportOptionError.Remedy? = nil) -> ExportOptionError {
      ExportOptionError(option: "base", value: base, problem: .invalidValue(reason, remedy: remedy))
    }
    guard Self.hasScheme(base) else {
      throw invalid(
        "not an absolute IRI; give one with a scheme", .example("https://example.org/talks/"))
    }
    if let bad = base.unicodeScalars.first(where: Self.isForbiddenInIRI) {
      throw invalid(
        "\(Self.describe(bad)) is not allowed in an IRI; percent-encode it (e.g. a space as %20)")
    }
    guard let last = base.last, "/#:=".contains(last) else {
      throw invalid(
        "must end with /, #, : or = so that record ids can be appended", .correction(base + "/"))
    }
    self.base = base
  }

  /// The IRI of the record with id `id`.
  func node(_ id: String) -> String { base + Self.percentEncoded(id) }

  /// The IRI of the `index`th (from 1) part of kind `part` of the node `owner`,
  /// e.g. `…/russia/source/2`.
  func part(of owner: String, _ part: String, _ index: Int) -> String {
    owner + "/" + part + "/" + String(index)
  }

  /// `text` with every byte of its UTF-8 form percent-encoded (`%3A`) except
  /// the unreserved characters of RFC 3986: letters, digits, `-`, `.`, `_`
  /// and `~`. An id made only of dots is encoded whole, so it can never be
  /// read as a `.` or `..` path segment.
  static func percentEncoded(_ text: String) -> String {
    let onlyDots = !text.isEmpty && text.allSatisfy { $0 == "." }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isUnreserved(byte) && !(onlyDots && byte == UInt8(ascii: ".")) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += percentByte(byte)
      }
    }
    return result
  }

  /// `url` as an IRI reference to write in `@id`, or `nil` when it is not an
  /// absolute IRI (it is then written as a plain string). Characters that
  /// may not appear in an IRI (spaces, `<`, `>`, `"`, `{`, `}`, `|`, `\`,
  /// `^`, `` ` `` and controls) are percent-encoded; the rest is kept.
  static func linkIRI(_ url: String) -> String? {
    guard hasScheme(url) else { return nil }
    var result = ""
    for scalar in url.unicodeScalars {
      if isForbiddenInIRI(scalar) {
        for byte in String(scalar).utf8 { result += percentByte(byte) }
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `text` starts with an RFC 3986 scheme and a colon.
  static func hasScheme(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
    let scheme = text[..<colon].unicodeScalars
    guard let first = scheme.first, isLetter(first) else { return false }
    return scheme.allSatisfy {
      isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
    }
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  private static func isForbiddenInIRI(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value)
      || "<>\"{}|\\^`".unicodeScalars.contains(scalar)
  }

  private static func percentByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }

  private static func describe(_ scalar: Unicode.Scalar) -> String {
    scalar == " " ? "a space" : scalar.value < 0x20 ? "a control character" : "\"\(scalar)\""
  }
}
