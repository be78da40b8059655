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
