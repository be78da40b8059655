import CLibXML2

/// Validates documents against an XML Schema (XSD) with libxml2.
package final class XMLSchemaValidator {
  private let schema: xmlSchemaPtr

  /// Compiles the schema from its text.
  package init(schema text: String) throws(XMLDiagnostic) {
    let log = XMLErrorLog()
    let bytes = Array(text.utf8)
    let parsed: xmlSchemaPtr? = try log.capturing { () throws(XMLDiagnostic) -> xmlSchemaPtr? in
      let context = bytes.withUnsafeBufferPointer {
        xmlSchemaNewMemParserCtxt(
          UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), Int32($0.count))
      }
      guard let context else { return nil }
      defer { xmlSchemaFreeParserCtxt(context) }
      xmlSchemaSetParserStructuredErrors(context, collectXMLError, log.context)
      return xmlSchemaParse(context)
    }
    guard let parsed else { throw log.firstError(or: "the XML Schema does not compile") }
    schema = parsed
  }

  deinit {
    xmlSchemaFree(schema)
  }

  /// Every validity problem of the document; empty when it is valid. A
  /// malformed document gives its parse errors.
  package func problems(in document: some Collection<UInt8>, url: String) -> [XMLDiagnostic] {
    let log = XMLErrorLog()
    let bytes = Array(document)
    let parsed = try? log.capturing { () throws(XMLDiagnostic) -> xmlDocPtr? in
      bytes.withUnsafeBufferPointer {
        xmlReadMemory(
          UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), Int32($0.count),
          url, "UTF-8", safeParseOptions)
      }
    }
    guard let doc = parsed else {
      return [log.firstError(or: "malformed XML")]
    }
    defer { xmlFreeDoc(doc) }
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      return [XMLDiagnostic(message: "libxml2 could not start validating")]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    xmlSchemaSetValidStructuredErrors(context, collectXMLError, log.context)
    let result = xmlSchemaValidateDoc(context, doc)
    if result == 0 { return [] }
    return log.diagnostics.isEmpty
      ? [XMLDiagnostic(message: "the document is not valid")] : log.diagnostics
  }
}
