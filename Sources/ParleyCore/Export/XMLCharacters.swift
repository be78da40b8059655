/// What XML 1.0 text may contain (its `Char` production), for the exporters
/// that write XML: they replace anything else — most C0 control characters,
/// U+FFFE and U+FFFF — with U+FFFD and report it, never writing it raw.
package enum XMLCharacters {
  /// Whether `scalar` may appear in XML 1.0 text.
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
