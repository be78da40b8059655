import ParleyCore

/// Writes indented XML straight to the output, byte for byte as libxml2's
/// text writer writes it in indent mode (two spaces a level), for what GEXF
/// needs: elements, attributes, and text in elements without children.
/// GEXF was written through libxml2, and its bytes must not move; a call to
/// libxml2 per attribute cost more than the rest of the export.
final class GEXFMarkup {
  private let output: OutputWriter
  /// The names of the elements open, outermost first.
  private var open: [String] = []
  /// Whether the innermost element's start tag still takes attributes.
  private var startTagOpen = false
  /// How many characters XML 1.0 cannot carry were replaced with U+FFFD.
  private(set) var replaced = 0

  init(output: OutputWriter) { self.output = output }

  /// `<?xml version="1.0" encoding="UTF-8"?>`.
  func startDocument() throws(OutputError) {
    try output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
  }

  /// Opens an element, on a line of its own.
  func startElement(_ name: String) throws(OutputError) {
    try startTag(name)
    open.append(name)
    startTagOpen = true
  }

  /// `<name` on a line of its own.
  private func startTag(_ name: String) throws(OutputError) {
    try newLine()
    try output.write("<")
    try output.write(name)
  }

  /// Closes the parent's start tag when it is still open (the parent now
  /// has a child), and indents a new line.
  private func newLine() throws(OutputError) {
    if startTagOpen {
      startTagOpen = false
      try output.write(">\n")
    }
    try indent(open.count)
  }

  /// An attribute of the element just opened, escaped: `<`, `>`, `&`, `"`,
  /// tab, newline and carriage return as references.
  func attribute(_ name: String, _ value: String) throws(OutputError) {
    try output.write(" ")
    try output.write(name)
    try output.write("=\"")
    try XMLText.write(value, inAttribute: true, replaced: &replaced, to: output)
    try output.write("\"")
  }

  /// An element without children on a line of its own, whose last
  /// attribute is `value`: `opening` is the element up to that value's
  /// quote, already escaped (one write for what would take several calls).
  func emptyElement(opening: String, value: String) throws(OutputError) {
    try newLine()
    try output.write(opening)
    try XMLText.write(value, inAttribute: true, replaced: &replaced, to: output)
    try output.write("\"/>\n")
  }

  /// Closes the innermost element: `/>` when it has no children.
  func endElement() throws(OutputError) {
    let name = open.removeLast()
    if startTagOpen {
      startTagOpen = false
      try output.write("/>\n")
      return
    }
    try indent(open.count)
    try output.write("</")
    try output.write(name)
    try output.write(">\n")
  }

  /// `<name>text</name>`, with `<`, `>`, `&`, `"` and carriage return
  /// escaped in the text; both tags even when the text is empty.
  func element(_ name: String, text: String) throws(OutputError) {
    try startTag(name)
    try output.write(">")
    try XMLText.write(
      text, inAttribute: false, quotesInText: true, replaced: &replaced, to: output)
    try output.write("</")
    try output.write(name)
    try output.write(">\n")
  }

  /// Closes every element still open.
  func endDocument() throws(OutputError) {
    while !open.isEmpty { try endElement() }
  }

  private func indent(_ level: Int) throws(OutputError) {
    try output.write(
      level < Self.indents.count ? Self.indents[level] : String(repeating: "  ", count: level))
  }

  /// Two spaces a level, for the levels GEXF has.
  private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }
}
