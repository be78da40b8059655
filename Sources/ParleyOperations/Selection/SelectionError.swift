/// A selection that cannot be made: it names something the dossier does not
/// have, or its date window is empty.
package enum SelectionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No record of `noun` (`actor`, `issue`, `talk`) is called `value`;
  /// `suggestion` is the nearest id or name.
  case unknown(noun: String, value: String, suggestion: String?)
  /// The window ends before it begins.
  case emptyWindow(since: String, until: String)

  /// What is wrong and what to do.
  package var description: String {
    switch self {
    case .unknown(let noun, let value, let suggestion):
      let naming =
        switch noun {
        case "actor": "an entity by its id, name or alias"
        case "issue": "an issue by its id or label"
        default: "a talk by its id or name"
        }
      return "no \(noun) \"\(value)\" in the dossier"
        + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "") + "; name \(naming)"
    case .emptyWindow(let since, let until):
      return
        "the date window is empty: it ends (\(until)) before it begins (\(since)); swap the two dates"
    }
  }
}
