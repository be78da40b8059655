/// How N-Triples and Turtle spell terms: IRIs between angle brackets and
/// string literals between double quotes, escaped the same way in both, as
/// bytes appended to a buffer.
package enum RDFTermSyntax {
  /// The full IRI of a term of the projection: a compact IRI with one of the
  /// four prefixes of ``RDFVocabulary/prefixes`` is expanded, as a JSON-LD
  /// processor expands it against the inline context (so all three syntaxes
  /// give the same triples); anything else is already absolute.
  package static func fullIRI(_ term: String) -> String {
    if term == RDFVocabulary.type { return "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" }
    guard let colon = term.firstIndex(of: ":") else { return term }
    let local = term[term.index(after: colon)...]
    // JSON-LD reads `prefix://…` as an absolute IRI, never a compact one.
    guard !local.hasPrefix("//") else { return term }
    let prefix = term[..<colon]
    guard let namespace = RDFVocabulary.prefixes.first(where: { $0.prefix == prefix }) else {
      return term
    }
    return namespace.namespace + local
  }

  /// Appends `<iri>`. The projection only makes IRIs without the characters
  /// an IRI reference may not hold; should one slip through, it is
  /// percent-encoded rather than written raw.
  package static func appendIRI(_ iri: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "<"))
    for byte in iri.utf8 {
      switch byte {
      case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
        UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
        UInt8(ascii: "`"):
        bytes.append(UInt8(ascii: "%"))
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      default:
        bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: ">"))
  }

  /// Appends `"text"`, escaped as canonical N-Triples escapes it (and Turtle
  /// reads it): `\"`, `\\`, `\n`, `\r`, `\t`, `\b` and `\f` as two
  /// characters, the other controls (U+0000–U+001F, U+007F) as `\u00XX`;
  /// everything else, characters outside the Basic Multilingual Plane
  /// included, as its UTF-8 bytes.
  package static func appendString(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0...0x1F, 0x7F:
        bytes.append(contentsOf: Array("\\u00".utf8))
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      default:
        bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
