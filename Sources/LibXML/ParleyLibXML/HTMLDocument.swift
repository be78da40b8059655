import CLibXML2

/// An HTML page parsed by libxml2's HTML parser into plain Swift values: its
/// elements, their attributes and their text. No libxml2 pointer escapes;
/// what to make of the page is the caller's business.
package struct HTMLElement: Sendable, Equatable {
  /// The element's name, lowercased, e.g. `p`.
  package var name: String
  /// The attributes, in document order; names lowercased by the parser.
  package var attributes: [(name: String, value: String)]
  /// The child elements and text, in document order.
  package var children: [HTMLNode]

  /// The value of attribute `name`, if present.
  package func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The child elements, in order.
  package var elements: [HTMLElement] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// All the text under the element, in document order, as libxml2's
  /// `xmlNodeGetContent` gives it (comments left out).
  package var textContent: String {
    var text = ""
    appendText(to: &text)
    return text
  }

  private func appendText(to text: inout String) {
    for child in children {
      switch child {
      case .text(let value): text += value
      case .element(let element): element.appendText(to: &text)
      }
    }
  }

  /// Two elements are equal when their names, attributes and children are.
  package static func == (lhs: HTMLElement, rhs: HTMLElement) -> Bool {
    lhs.name == rhs.name && lhs.children == rhs.children
      && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
  }
}

/// A child of an HTML element.
package enum HTMLNode: Sendable, Equatable {
  /// An element.
  case element(HTMLElement)
  /// Text (including CDATA, such as a script's).
  case text(String)
}

/// Parses HTML pages with libxml2's HTML parser, which never uses the
/// network and recovers from the malformed markup real pages contain.
package enum HTMLDocument {
  /// The root element of the page in `bytes` (its encoding from the page's
  /// own declaration, UTF-8 by default), or `nil` for a page with no
  /// element. `url` names the page in messages.
  package static func parse(bytes: [UInt8], url: String) throws(XMLDiagnostic) -> HTMLElement? {
    try parsePage(bytes: bytes, url: url).root
  }

  /// How deep libxml2 builds a page's tree: what is nested deeper is lost.
  package static let depthLimit = 256

  /// The root element of the page, as ``parse(bytes:url:)`` gives it, and
  /// whether the page nests elements deeper than ``depthLimit``, so that the
  /// text below that depth is missing.
  package static func parsePage(bytes: [UInt8], url: String) throws(XMLDiagnostic) -> (
    root: HTMLElement?, tooDeep: Bool
  ) {
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
    guard bytes.count < Int(Int32.max) else {
      throw XMLDiagnostic(message: "the page is larger than 2 GiB")
    }
    let log = XMLErrorLog()
    let document = try log.capturing { () throws(XMLDiagnostic) -> htmlDocPtr in
      let parsed = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap {
          htmlReadMemory(
            UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), Int32(buffer.count), url,
            nil, options)
        }
      }
      guard let parsed else { throw log.firstError(or: "libxml2 could not parse the HTML page") }
      return parsed
    }
    defer { xmlFreeDoc(document) }
    let tooDeep = log.diagnostics.contains { $0.message.contains("Excessive depth") }
    return (xmlDocGetRootElement(document).map(element), tooDeep)
  }

  private static func element(_ node: xmlNodePtr) -> HTMLElement {
    var attributes: [(name: String, value: String)] = []
    var property = node.pointee.properties
    while let current = property {
      if let name = current.pointee.name, let value = xmlGetProp(node, name) {
        attributes.append((String(cString: name), String(cString: value)))
        parley_xml_free(value)
      }
      property = current.pointee.next
    }
    var children: [HTMLNode] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        children.append(.element(element(current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          children.append(.text(String(cString: content)))
        }
      default:
        break
      }
      child = current.pointee.next
    }
    let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    return HTMLElement(name: name, attributes: attributes, children: children)
  }
}
