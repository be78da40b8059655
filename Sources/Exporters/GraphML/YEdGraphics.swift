/// yEd's own node graphics (`--flavor yed`), so a file opens readable in yEd:
/// each node a labelled rounded rectangle sized to its label. yEd lays the
/// nodes out itself (Layout menu); every node starts at the origin.
enum YEdGraphics {
  static func shapeNode(label escapedLabel: String) -> String {
    let width = max(40, min(320, escapedLabel.count * 7 + 16))
    return """
            <data key="yed_graphics">
              <y:ShapeNode>
                <y:Geometry height="30.0" width="\(width).0" x="0.0" y="0.0"/>
                <y:Fill color="#E8EEF7" transparent="false"/>
                <y:BorderStyle color="#4A6FA5" type="line" width="1.0"/>
                <y:NodeLabel>\(escapedLabel)</y:NodeLabel>
                <y:Shape type="roundrectangle"/>
              </y:ShapeNode>
            </data>

      """
  }
}
