import ParleyGraph

/// Node shapes and colours by type and kind, edge colours and styles by
/// stance: the Okabe–Ito palette, which colour-blind readers can tell apart,
/// with line styles so that stances differ in print too.
enum DOTStyle {
  static func node(_ attributes: GraphAttributes) -> (shape: String, style: String, fill: String) {
    switch (attributes["type"]?.text, attributes["kind"]?.text) {
    case ("entity", "state"): ("box", "filled", "#56B4E9")
    case ("entity", "person"): ("ellipse", "filled", "#E69F00")
    case ("entity", "organization"), ("entity", "alliance"): ("box", "rounded,filled", "#56B4E9")
    case ("entity", "place"): ("house", "filled", "#DDDDDD")
    case ("entity", _): ("ellipse", "filled", "#DDDDDD")
    case ("talk", _): ("octagon", "filled", "#009E73")
    case ("issue", _): ("box", "rounded,filled", "#CC79A7")
    case ("source", _): ("note", "filled", "#F0E442")
    case ("statement", _): ("plaintext", "filled", "#FFFFFF")
    default: ("ellipse", "filled", "#DDDDDD")
    }
  }

  static func edge(_ attributes: GraphAttributes) -> (colour: String, style: String) {
    switch attributes["stance"]?.text {
    case "demands": ("#D55E00", "bold")
    case "rejects": ("#CC0000", "bold")
    case "conditional": ("#E69F00", "dashed")
    case "open": ("#56B4E9", "dashed")
    case "proposes": ("#0072B2", "solid")
    case "supports", "accepts": ("#009E73", "solid")
    default: ("#888888", "solid")
    }
  }
}
