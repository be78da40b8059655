/// The GraphML keys of one kind of element: each attribute's name with the
/// text that opens its `<data>`. Elements list their attributes in the
/// order the keys are declared, so a search starts after the key found
/// last: nearly always one comparison of two short names, and no hashing.
struct GraphMLDataKeys {
  private let names: [String]
  /// Each name's length in bytes: most names that differ differ in length,
  /// which is cheaper to compare than the names.
  private let lengths: [Int]
  private let openings: [String]
  private var next = 0

  /// Keys for `pairs` of attribute name and key id, in declaration order.
  init(_ pairs: [(name: String, id: String)]) {
    names = pairs.map(\.name)
    lengths = names.map(\.utf8.count)
    openings = pairs.map { "      <data key=\"\($0.id)\">" }
  }

  /// `      <data key="ID">` for the attribute `name`, or `nil` when no key
  /// was declared for it.
  mutating func opening(for name: String) -> String? {
    let length = name.utf8.count
    for offset in names.indices {
      var index = next + offset
      if index >= names.count { index -= names.count }
      if lengths[index] == length, names[index] == name {
        next = index + 1 == names.count ? 0 : index + 1
        return openings[index]
      }
    }
    return nil
  }
}
