/// A name as selection and merge compare it: lower case, punctuation
/// removed, runs of white space as one space, trimmed. `"U.S."`, `"u.s"`
/// and `"US"` fold alike; so do `"Sergei  Ryabkov"` and `"sergei ryabkov"`.
package struct FoldedName: Hashable, Sendable, CustomStringConvertible {
  /// The folded text.
  package let description: String

  /// Folds `name`.
  package init(_ name: String) {
    var folded = ""
    var pendingSpace = false
    for character in name.lowercased() {
      if character.isWhitespace {
        pendingSpace = !folded.isEmpty
        continue
      }
      if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory.isPunctuation }) {
        continue
      }
      if pendingSpace {
        folded.append(" ")
        pendingSpace = false
      }
      folded.append(character)
    }
    description = folded
  }
}

extension Unicode.GeneralCategory {
  /// Whether the category is one of the punctuation categories (P*).
  fileprivate var isPunctuation: Bool {
    switch self {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      true
    default: false
    }
  }
}
