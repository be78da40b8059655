import CLibXML2

/// A problem libxml2 reported, with where it is when known.
package struct XMLDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// What libxml2 said, trimmed.
  package var message: String
  /// The line, from 1, if known.
  package var line: Int?
  /// The column, from 1, if known.
  package var column: Int?

  /// Creates a diagnostic.
  package init(message: String, line: Int? = nil, column: Int? = nil) {
    (self.message, self.line, self.column) = (message, line, column)
  }

  /// `line:column: message`, or the message alone.
  package var description: String {
    guard let line else { return message }
    return "\(line):\(column ?? 1): \(message)"
  }
}

/// Collects libxml2's structured errors. libxml2 calls back through a plain C
/// function with this object as its context: capturing closures cannot be C
/// callbacks.
final class XMLErrorLog {
  private(set) var diagnostics: [XMLDiagnostic] = []

  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  func append(_ error: xmlError) {
    // Warnings (level 1) are not failures.
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let message = error.message.map { String(cString: $0) } ?? "unknown XML error"
    // Without the line break libxml2 ends its messages with.
    var end = message.endIndex
    while end > message.startIndex, message[message.index(before: end)].isWhitespace {
      end = message.index(before: end)
    }
    diagnostics.append(
      XMLDiagnostic(
        message: String(message[..<end]),
        line: error.line > 0 ? Int(error.line) : nil,
        column: error.int2 > 0 ? Int(error.int2) : nil))
  }

  /// The first error, or a generic one naming what failed.
  func firstError(or fallback: String) -> XMLDiagnostic {
    diagnostics.first ?? XMLDiagnostic(message: fallback)
  }

  /// Routes this thread's libxml2 errors to the log while `body` runs.
  func capturing<T>(_ body: () throws(XMLDiagnostic) -> T) throws(XMLDiagnostic) -> T {
    xmlSetStructuredErrorFunc(context, collectXMLError)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    return try body()
  }
}

/// The C callback: forwards an error to the `XMLErrorLog` in `context`.
func collectXMLError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let context, let error else { return }
  Unmanaged<XMLErrorLog>.fromOpaque(context).takeUnretainedValue().append(error.pointee)
}

/// libxml2's options for parsing input that may be hostile: no network, and
/// none of NOENT or DTDLOAD, which would substitute entities or load DTDs
/// (the XXE and billion-laughs attacks).
let safeParseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
