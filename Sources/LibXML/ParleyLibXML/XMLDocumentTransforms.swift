import CLibXML2
import CLibXSLT
import Foundation

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

  /// The document transformed by the XSLT 1.0 stylesheet `stylesheet`
  /// (its bytes; `stylesheetURL` names it in messages).
  ///
  /// The stylesheet reads nothing but the document: it is parsed from the
  /// bytes given, without the network or external entities; `xsl:import`,
  /// `xsl:include` and `document()` are refused, as are writing files and
  /// the network. Messages never quote the content of another file.
  package static func transform(
    _ document: some Collection<UInt8>, url: String, stylesheet stylesheetBytes: [UInt8],
    stylesheetURL: String
  ) throws(XMLDiagnostic) -> [UInt8] {
    // libxslt's error callback and loader are process-wide, not per thread:
    // one transformation at a time.
    transformLock.lock()
    defer { transformLock.unlock() }
    refuseEveryLoad()
    let log = XMLErrorLog()
    let messages = UnsafeMutablePointer<parley_xslt_messages>.allocate(capacity: 1)
    messages.initialize(to: parley_xslt_messages())
    parley_xslt_capture(messages)
    defer {
      parley_xslt_capture(nil)
      messages.deallocate()
    }
    /// What libxslt said, as one line, or `fallback`.
    func failure(_ fallback: String) -> XMLDiagnostic {
      let said = withUnsafeBytes(of: messages.pointee.text) { raw in
        String(decoding: raw.prefix(messages.pointee.length), as: UTF8.self)
      }
      let lines = said.split(whereSeparator: \.isNewline).map {
        String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
      }
      guard !lines.isEmpty else { return log.firstError(or: fallback) }
      var message = lines.prefix(2).joined(separator: ": ")
      if said.contains("failed to find extension document") || said.contains("xsl:document") {
        message += " (a stylesheet may not write files: no exsl:document or xsl:document)"
      } else if said.contains("refused") || said.contains("denied")
        || said.contains("unable to load")
      {
        message +=
          " (a stylesheet may not read other files or use the network: no xsl:import, xsl:include or document())"
      }
      return XMLDiagnostic(message: message)
    }
    return try log.capturing { () throws(XMLDiagnostic) -> [UInt8] in
      // Entities are never substituted, but a DTD in a stylesheet has no
      // use in Parley but to try: refuse it outright, as the XML reader does.
      if let doctype = stylesheetBytes.firstRange(of: Array("<!DOCTYPE".utf8)) {
        let line = stylesheetBytes[..<doctype.lowerBound].count { $0 == 0x0A } + 1
        throw XMLDiagnostic(
          message:
            "a DOCTYPE is not allowed in a stylesheet: it can only declare entities, which a stylesheet may not use",
          line: line, column: nil)
      }
      let styleDoc = try parse(stylesheetBytes, url: stylesheetURL, log: log)
      guard let stylesheet = xsltParseStylesheetDoc(styleDoc) else {
        xmlFreeDoc(styleDoc)
        throw failure("\(stylesheetURL) is not a usable XSLT stylesheet")
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
        XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY,
        XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK,
      ] {
        xsltSetSecurityPrefs(preferences, option, xsltSecurityForbid)
      }
      xsltSetCtxtSecurityPrefs(preferences, context)
      guard let result = xsltApplyStylesheetUser(stylesheet, doc, nil, nil, nil, context),
        context.pointee.state == XSLT_STATE_OK
      else {
        throw failure("the XSLT transformation failed")
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

  private static let transformLock = NSLock()

  /// Makes libxslt's loader refuse every document and stylesheet it would
  /// load (`document()`, `xsl:import`, `xsl:include`), whatever the
  /// security preferences say. Process-wide; Parley loads nothing through it.
  private static func refuseEveryLoad() {
    xsltSetLoaderFunc { _, _, _, _, _ in nil }
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
