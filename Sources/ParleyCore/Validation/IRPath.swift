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
/// index. Readers and the validator pass these along and build the path only
/// when a problem must be placed, so a valid record costs no path.
package struct PendingPath {
  /// The path of the list or record.
  package let base: IRPath
  /// The element's index in the list at `base`, if any.
  package let index: Int?

  /// The path of `base` itself.
  package init(_ base: IRPath) { (self.base, self.index) = (base, nil) }

  /// The path of element `index` of the list at `base`.
  package init(_ base: IRPath, index: Int) { (self.base, self.index) = (base, index) }

  /// The path, built.
  package var path: IRPath { index.map { base.appending($0) } ?? base }

  /// The path one field further, built.
  package func appending(_ key: String) -> IRPath { path.appending(key) }
}
