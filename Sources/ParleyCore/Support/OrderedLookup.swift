/// Texts found by name, for names asked in about the order they were given:
/// a search starts after the name found last, so nearly every lookup is one
/// comparison of two short names (their lengths first), with no hashing.
/// Writers use it for what each attribute of an element opens with.
package struct OrderedLookup {
  private let names: [String]
  /// Each name's length in bytes: most names that differ differ in length,
  /// which is cheaper to compare than the names.
  private let lengths: [Int]
  private let texts: [String]
  private var next = 0

  /// A lookup of `pairs` of name and text, in the order names are asked.
  package init(_ pairs: [(name: String, text: String)]) {
    names = pairs.map(\.name)
    lengths = names.map(\.utf8.count)
    texts = pairs.map(\.text)
  }

  /// The text of `name`, or `nil` when it has none.
  package mutating func text(for name: String) -> String? {
    let length = name.utf8.count
    for offset in names.indices {
      var index = next + offset
      if index >= names.count { index -= names.count }
      if lengths[index] == length, names[index] == name {
        next = index + 1 == names.count ? 0 : index + 1
        return texts[index]
      }
    }
    return nil
  }
}
