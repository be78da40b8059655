/// A reference target in values that cost nothing to copy, for the checks
/// of every record: the collection's position among the dossier's, and for
/// entities the kinds allowed, one bit each.
struct CheckedTarget {
  /// The collection's position, or -1 when the dossier has none of it.
  let collection: Int
  /// Whether the target is an entity.
  let isEntity: Bool
  /// The entity kinds allowed, by their position in `Entity.Kind.allCases`.
  let kinds: UInt64

  init(_ target: ReferenceTarget, ids: IDIndex) {
    precondition(Entity.Kind.allCases.count <= 64, "entity kinds are kept as bits of a UInt64")
    collection = ids.number(of: target.collection) ?? -1
    switch target {
    case .entity(let allowed):
      isEntity = true
      kinds = Entity.Kind.allCases.enumerated().reduce(0) { bits, kind in
        allowed?.contains(kind.element) ?? true ? bits | 1 << UInt64(kind.offset) : bits
      }
    default:
      isEntity = false
      kinds = 0
    }
  }

  /// Whether an entity of `kind` may be referred to.
  func allows(_ kind: Entity.Kind) -> Bool {
    guard let position = Entity.Kind.allCases.firstIndex(of: kind) else { return false }
    return kinds & 1 << UInt64(position) != 0
  }
}
