/// A path to a value inside a dossier, written the way a reader finds it:
/// `positions[3].holder`, `talks[0].participants[1].party`.
public struct IRPath: Hashable, Sendable, CustomStringConvertible {
  /// One step of a path.
  public enum Component: Hashable, Sendable {
    /// A field of an object.
    case key(String)
    /// An element of an array, from 0.
    case index(Int)
  }

  /// The steps from the document's root.
  public var components: [Component]

  /// The root of the document.
  package static let root = IRPath(components: [])

  /// Creates a path from its steps.
  package init(components: [Component]) { self.components = components }

  /// The path one field further.
  package func appending(_ key: String) -> IRPath {
    IRPath(components: components + [.key(key)])
  }

  /// The path one array element further.
  package func appending(_ index: Int) -> IRPath {
    IRPath(components: components + [.index(index)])
  }

  /// `positions[3].holder`; the root is `(document)`.
  public var description: String {
    if components.isEmpty { return "(document)" }
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}

/// A path not built yet: a base path and, for an element of a list, its
/// index, and for an element of a list inside that one, the list's field and
/// the element's index. Readers and the validator pass these along and build
/// the path only when a problem must be placed, so a valid record costs no
/// path.
package struct PendingPath {
  /// The path of the list or record.
  private let base: IRPath
  /// The element's index in the list at `base`, or -1.
  private let index: Int
  /// A list in that element, if any (kept apart from its element's index,
  /// so that copying a path copies no optional tuple).
  private let nestedKey: String?
  /// The element's index in that list.
  private let nestedIndex: Int

  /// The path of `base` itself.
  package init(_ base: IRPath) { self.init(base, index: -1, nestedKey: nil, nestedIndex: 0) }

  /// The path of element `index` of the list at `base`.
  package init(_ base: IRPath, index: Int) {
    self.init(base, index: index, nestedKey: nil, nestedIndex: 0)
  }

  private init(_ base: IRPath, index: Int, nestedKey: String?, nestedIndex: Int) {
    (self.base, self.index) = (base, index)
    (self.nestedKey, self.nestedIndex) = (nestedKey, nestedIndex)
  }

  /// The list in field `key` of the value at this path, whose elements'
  /// paths are built only when needed (to one level of nesting in an
  /// element of a list).
  package func list(_ key: String) -> PendingList {
    if nestedKey == nil, index >= 0 { return PendingList(base: base, index: index, key: key) }
    return PendingList(base: appending(key), index: -1, key: nil)
  }

  /// The elements of a list, as ``PendingPath``s.
  package struct PendingList {
    fileprivate let base: IRPath
    fileprivate let index: Int
    fileprivate let key: String?

    /// The path of element `element`.
    package func element(_ element: Int) -> PendingPath {
      guard index >= 0, let key else { return PendingPath(base, index: element) }
      return PendingPath(base, index: index, nestedKey: key, nestedIndex: element)
    }
  }

  /// The path, built.
  package var path: IRPath {
    var components = base.components
    if index >= 0 { components.append(.index(index)) }
    if let nestedKey { components += [.key(nestedKey), .index(nestedIndex)] }
    return IRPath(components: components)
  }

  /// The path one field further, built.
  package func appending(_ key: String) -> IRPath { path.appending(key) }
}
