import CLibXML2

/// Reads XML node by node through libxml2's `xmlTextReader`, with the safe
/// options for untrusted input: no network, no entity substitution, no DTD
/// loading.
package final class XMLStreamReader {
  /// What the reader stands on.
  package enum NodeKind: Sendable {
    case element, endElement, text, whitespace, comment, processingInstruction
    case documentType, entityReference, other
  }

  private let reader: xmlTextReaderPtr
  /// The copy libxml2 reads from, when the reader made one.
  private let buffer: UnsafeMutableRawBufferPointer?
  private let log = XMLErrorLog()

  /// Starts reading `bytes`; `url` names the document in libxml2's messages.
  package init(bytes: some Collection<UInt8>, url: String) throws(XMLDiagnostic) {
    // libxml2 reads from this copy for the reader's whole life.
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
    copy.copyBytes(from: bytes)
    buffer = copy
    guard
      let reader = xmlReaderForMemory(
        copy.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, "UTF-8",
        safeParseOptions)
    else {
      copy.deallocate()
      throw XMLDiagnostic(message: "libxml2 could not start reading")
    }
    self.reader = reader
    xmlTextReaderSetStructuredErrorHandler(reader, collectXMLError, log.context)
  }

  /// Starts reading `bytes` without copying them: they must outlive the
  /// reader.
  package init(borrowing bytes: UnsafeRawBufferPointer, url: String) throws(XMLDiagnostic) {
    buffer = nil
    let empty: StaticString = ""
    let start =
      bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(empty.utf8Start)
    guard
      let reader = xmlReaderForMemory(
        start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, "UTF-8",
        safeParseOptions)
    else {
      throw XMLDiagnostic(message: "libxml2 could not start reading")
    }
    self.reader = reader
    xmlTextReaderSetStructuredErrorHandler(reader, collectXMLError, log.context)
  }

  deinit {
    xmlFreeTextReader(reader)
    buffer?.deallocate()
  }

  /// Moves to the next node; false at the end of the document.
  package func read() throws(XMLDiagnostic) -> Bool {
    switch xmlTextReaderRead(reader) {
    case 1: return true
    case 0:
      if let error = log.diagnostics.first { throw error }
      return false
    default:
      throw log.firstError(or: "malformed XML")
    }
  }

  /// The kind of the current node.
  package var kind: NodeKind {
    switch xmlTextReaderNodeType(reader) {
    case 1: .element
    case 15: .endElement
    case 3, 4: .text
    case 13, 14: .whitespace
    case 8: .comment
    case 7: .processingInstruction
    case 10: .documentType
    case 5: .entityReference
    default: .other
    }
  }

  /// The current node's local name.
  package var localName: String { string(xmlTextReaderConstLocalName(reader)) ?? "" }

  /// The current node's namespace URI, if any.
  package var namespaceURI: String? { string(xmlTextReaderConstNamespaceUri(reader)) }

  /// The text of a text node.
  package var value: String { string(xmlTextReaderConstValue(reader)) ?? "" }

  /// Whether the current element is written `<a/>`, so no end node follows.
  package var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// The line the current node starts on, from 1. (libxml2 records no
  /// column for nodes.)
  package var line: Int {
    guard let node = xmlTextReaderCurrentNode(reader) else {
      return Int(xmlTextReaderGetParserLineNumber(reader))
    }
    return Int(xmlGetLineNo(node))
  }

  /// The current element's attributes (namespace declarations included, as
  /// `xmlns`), in document order.
  package func attributes() -> [(name: String, namespaceURI: String?, value: String)] {
    var result: [(name: String, namespaceURI: String?, value: String)] = []
    guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      result.append((localName, namespaceURI, value))
    }
    xmlTextReaderMoveToElement(reader)
    return result
  }

  private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
