/// A merge that cannot be made without a choice: records with the same id
/// and different content.
package enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The conflicts, each with both values.
  case conflicts([MergeConflict])

  /// Every conflict, then what to do.
  package var description: String {
    switch self {
    case .conflicts(let conflicts):
      let count = conflicts.count
      return conflicts.map(\.description).joined(separator: "\n")
        + "\n\(count) record\(count == 1 ? "" : "s") conflict: records with the same id must have the same content; correct one of them, or choose which input wins"
    }
  }
}
