import CLibXML2
import CLibXSLT

/// Whole-document operations, which need the document as a tree: canonical
/// XML and XSLT.
package enum XMLDocumentTransforms {
  /// The document in Canonical XML 1.0 (without comments).
  package static func canonicalize(_ document: some Collection<UInt8>, url: String)
    throws(XMLDiagnostic)
    -> [UInt8]
  {
    let log = XMLErrorLog()
    let doc = try parse(document, url: url, log: log)
    defer { xmlFreeDoc(doc) }
    var output: UnsafeMutablePointer<xmlChar>?
    let length = xmlC14NDocDumpMemory(doc, nil, Int32(XML_C14N_1_0.rawValue), nil, 0, &output)
    guard length >= 0, let output else {
      throw XMLDiagnostic(message: "libxml2 could not canonicalize the document")
    }
    defer { parley_xml_free(output) }
    return Array(UnsafeBufferPointer(start: output, count: Int(length)))
  }

  /// The document transformed by the XSLT 1.0 stylesheet at `stylesheetPath`.
  /// The stylesheet may read files but not write them or use the network.
  package static func transform(
    _ document: some Collection<UInt8>, url: String, stylesheetPath: String
  ) throws(XMLDiagnostic) -> [UInt8] {
    let log = XMLErrorLog()
    return try log.capturing { () throws(XMLDiagnostic) -> [UInt8] in
      guard let stylesheet = xsltParseStylesheetFile(stylesheetPath) else {
        throw log.firstError(or: "\(stylesheetPath) is not a usable XSLT stylesheet")
      }
      defer { xsltFreeStylesheet(stylesheet) }
      let doc = try parse(document, url: url, log: log)
      defer { xmlFreeDoc(doc) }
      guard let context = xsltNewTransformContext(stylesheet, doc) else {
        throw XMLDiagnostic(message: "libxslt could not start the transformation")
      }
      defer { xsltFreeTransformContext(context) }
      let preferences = xsltNewSecurityPrefs()
      defer { xsltFreeSecurityPrefs(preferences) }
      for option in [
        XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_READ_NETWORK,
        XSLT_SECPREF_WRITE_NETWORK,
      ] {
        xsltSetSecurityPrefs(preferences, option, xsltSecurityForbid)
      }
      xsltSetCtxtSecurityPrefs(preferences, context)
      guard let result = xsltApplyStylesheetUser(stylesheet, doc, nil, nil, nil, context),
        context.pointee.state == XSLT_STATE_OK
      else {
        throw log.firstError(or: "the XSLT transformation failed")
      }
      defer { xmlFreeDoc(result) }
      var output: UnsafeMutablePointer<xmlChar>?
      var length: Int32 = 0
      guard xsltSaveResultToString(&output, &length, result, stylesheet) == 0 else {
        throw XMLDiagnostic(message: "libxslt could not serialise the result")
      }
      guard let output else { return [] }
      defer { parley_xml_free(output) }
      return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }
  }

  private static func parse(_ document: some Collection<UInt8>, url: String, log: XMLErrorLog)
    throws(XMLDiagnostic) -> xmlDocPtr
  {
    let bytes = Array(document)
    let doc = try log.capturing { () throws(XMLDiagnostic) -> xmlDocPtr? in
      bytes.withUnsafeBufferPointer {
        xmlReadMemory(
          UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), Int32($0.count),
          url, "UTF-8", safeParseOptions)
      }
    }
    guard let doc else { throw log.firstError(or: "malformed XML") }
    return doc
  }
}
