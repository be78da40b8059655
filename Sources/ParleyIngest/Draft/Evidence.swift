import Foundation

/// Why a draft record exists: a span of one article and the rule that read it.
struct Evidence: Hashable, Sendable {
  /// Index of the article in the ingest.
  var article: Int
  /// Scalar offsets into the article's text.
  var span: Range<Int>
  /// The rule id, e.g. `quote.speaker-after`.
  var rule: String
  var confidence: Double
}

/// Lower-case ASCII words joined by hyphens, for ids: "Sergei Ryabkov" →
/// "sergei-ryabkov", "Jürgen" → "jurgen". A name with letters that folding
/// leaves outside ASCII is transliterated first (ICU's `Any-Latin;
/// Latin-ASCII`, from its first hundred characters): "Лавров" →
/// "lavrov", "王毅" → "wang-yi", "Støre" → "store"; "x" when nothing is left.
func slug(_ text: String) -> String {
  var text = folded(text)
  // (The first hundred characters: an id needs no more, and the transform
  // costs more than linear time in the length of what it is given.)
  if text.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.isAlphabetic }),
    let latin = String(text.prefix(100)).applyingTransform(latinASCII, reverse: false)
  {
    // Soft signs and other marks transliterated as apostrophes belong to
    // the word: "Ольга Васильева" is olga-vasileva, not ol-ga-vasil-eva.
    text = String(latin.lowercased().unicodeScalars.filter { !apostrophes.contains($0) })
  }
  var result = ""
  var pendingDash = false
  for scalar in text.unicodeScalars {
    if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
      if pendingDash && !result.isEmpty { result += "-" }
      pendingDash = false
      result.unicodeScalars.append(scalar)
    } else {
      pendingDash = true
    }
  }
  return result.isEmpty ? "x" : result
}

/// Any script to Latin, then to ASCII: ids for names written in Cyrillic,
/// Chinese, Arabic, Greek, Korean ….
private let latinASCII = StringTransform("Any-Latin; Latin-ASCII")

/// What transliteration writes for soft and hard signs, ayin and hamza.
private let apostrophes: Set<Unicode.Scalar> = ["'", "ʹ", "ʺ", "ʼ", "ʻ", "ʿ", "ʾ", "`"]

/// Case, diacritics, typographic apostrophes and dashes folded, for comparing names.
func folded(_ text: String) -> String {
  // Most names are ASCII: lower-casing is all the folding they need.
  if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
  return Token.key(text).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
}
