import ParleyGraph

/// The `viz:color` of nodes by kind and of edges by stance, so that a graph
/// opened in Gephi is readable before any styling. Colours are from the
/// Okabe–Ito palette, which colour-blind readers can tell apart.
enum GEXFColours {
  /// An RGB colour.
  typealias RGB = (red: Int, green: Int, blue: Int)

  /// A node's colour, from its `type` and `kind` attributes.
  static func node(_ attributes: GraphAttributes) -> RGB {
    switch (attributes["type"]?.text, attributes["kind"]?.text) {
    case ("entity", "state"): (0, 114, 178)
    case ("entity", "person"): (230, 159, 0)
    case ("entity", "organization"), ("entity", "alliance"): (86, 180, 233)
    case ("entity", _): (153, 153, 153)
    case ("talk", _): (0, 158, 115)
    case ("issue", _): (204, 121, 167)
    case ("source", _): (240, 228, 66)
    case ("statement", _): (213, 94, 0)
    default: (153, 153, 153)
    }
  }

  /// An edge's colour: by its stance when it has one, else grey.
  static func edge(_ attributes: GraphAttributes) -> RGB {
    switch attributes["stance"]?.text {
    case "demands": (213, 94, 0)
    case "rejects": (204, 0, 0)
    case "conditional": (230, 159, 0)
    case "open": (86, 180, 233)
    case "proposes": (0, 114, 178)
    case "supports", "accepts": (0, 158, 115)
    default: (170, 170, 170)
    }
  }
}
