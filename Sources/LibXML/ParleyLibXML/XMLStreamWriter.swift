import CLibXML2

/// Writes XML through libxml2's `xmlTextWriter`, streaming: the bytes go to
/// `sink` as libxml2 produces them, never into one big buffer.
package final class XMLStreamWriter {
  /// Receives output bytes; returns false to abort the write.
  package typealias Sink = (UnsafeRawBufferPointer) -> Bool

  private let writer: xmlTextWriterPtr
  private let output: SinkBox

  /// Creates a writer; `indent` pretty-prints with two spaces.
  package init(indent: Bool, sink: @escaping Sink) throws(XMLDiagnostic) {
    output = SinkBox(sink: sink)
    let context = Unmanaged.passUnretained(output).toOpaque()
    guard let buffer = xmlOutputBufferCreateIO(writeToSink, nil, context, nil) else {
      throw XMLDiagnostic(message: "libxml2 could not create an output buffer")
    }
    guard let writer = xmlNewTextWriter(buffer) else {
      xmlOutputBufferClose(buffer)
      throw XMLDiagnostic(message: "libxml2 could not create a text writer")
    }
    self.writer = writer
    if indent {
      xmlTextWriterSetIndent(writer, 1)
      xmlTextWriterSetIndentString(writer, "  ")
    }
  }

  deinit {
    xmlFreeTextWriter(writer)
  }

  /// `<?xml version="1.0" encoding="UTF-8"?>`.
  package func startDocument() throws(XMLDiagnostic) {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
  }

  /// Closes every open element and flushes.
  package func endDocument() throws(XMLDiagnostic) {
    try check(xmlTextWriterEndDocument(writer), "end the document")
    try check(xmlTextWriterFlush(writer), "flush the output")
  }

  /// Opens an element.
  package func startElement(_ name: String) throws(XMLDiagnostic) {
    try check(Self.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "start <\(name)>")
  }

  /// Closes the innermost element, as `<a/>` when it is empty.
  package func endElement() throws(XMLDiagnostic) {
    try check(xmlTextWriterEndElement(writer), "end an element")
  }

  /// Writes an attribute of the element just opened; libxml2 escapes it.
  package func attribute(_ name: String, _ value: String) throws(XMLDiagnostic) {
    let written = Self.withXMLChars(name) { name in
      Self.withXMLChars(value) { xmlTextWriterWriteAttribute(writer, name, $0) }
    }
    try check(written, "write the attribute \(name)")
  }

  /// Writes text content; libxml2 escapes it.
  package func text(_ value: String) throws(XMLDiagnostic) {
    try check(Self.withXMLChars(value) { xmlTextWriterWriteString(writer, $0) }, "write text")
  }

  /// `<name>value</name>`.
  package func element(_ name: String, text value: String) throws(XMLDiagnostic) {
    try startElement(name)
    if !value.isEmpty { try text(value) }
    try check(xmlTextWriterFullEndElement(writer), "end <\(name)>")
  }

  /// Runs `body` with `text` as libxml2's NUL-terminated UTF-8, in place:
  /// passing a `String` where libxml2 takes `xmlChar *` copies it into a
  /// new array each time. `CChar` and `xmlChar` are both one byte, and
  /// libxml2 copies what it keeps before the call returns.
  private static func withXMLChars<Result>(
    _ text: String, _ body: (UnsafePointer<xmlChar>) -> Result
  ) -> Result {
    text.withCString { characters in
      characters.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
    }
  }

  /// `what` is made only on failure: a document makes millions of calls.
  private func check(_ result: Int32, _ what: @autoclosure () -> String) throws(XMLDiagnostic) {
    if result < 0 { throw XMLDiagnostic(message: "could not \(what())") }
  }
}

/// Holds the sink for the C callback, which gets it back through its context.
private final class SinkBox {
  let sink: XMLStreamWriter.Sink
  init(sink: @escaping XMLStreamWriter.Sink) { self.sink = sink }
}

/// libxml2's output callback: hands a chunk to the writer's sink.
private func writeToSink(
  _ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32
) -> Int32 {
  guard let context, let buffer, length >= 0 else { return -1 }
  let box = Unmanaged<SinkBox>.fromOpaque(context).takeUnretainedValue()
  return box.sink(UnsafeRawBufferPointer(start: buffer, count: Int(length))) ? length : -1
}
