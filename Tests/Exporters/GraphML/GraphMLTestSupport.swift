import Foundation
import ParleyCore
import ParleyGraph
import ParleyTestSupport
import Testing

@testable import ParleyGraphML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an export wrote to its file, and the warnings it recorded.
struct Captured {
  let text: String
  let warnings: [String]
}

/// Runs `body` with an ``OutputWriter`` on a fresh temporary file, then reads
/// the file back.
func capture(_ body: (OutputWriter) throws -> Void) throws -> Captured {
  let directory = FileManager.default.temporaryDirectory.path
  var template = Array((directory + "/parley-graphml-XXXXXX").utf8CString)
  let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
  try #require(descriptor >= 0, "mkstemp failed")
  let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  defer {
    close(descriptor)
    unlink(path)
  }
  let writer = OutputWriter(descriptor: descriptor, name: path)
  try body(writer)
  try writer.flush()
  let data = try #require(FileManager.default.contents(atPath: path))
  return Captured(text: String(decoding: data, as: UTF8.self), warnings: writer.warnings)
}

/// Exports `dossier` as GraphML with `options` (option name → value).
func exported(_ dossier: Dossier, _ options: [String: String] = [:]) throws -> Captured {
  try capture { writer in
    try GraphMLExporter().export(dossier, options: ExportOptions(options), to: writer)
  }
}

/// The element of `text` that starts with `opening`, up to its closing tag
/// (`    </edge>` or `    </node>`); nil when `opening` does not occur.
func element(in text: String, from opening: String) -> Substring? {
  guard let start = text.range(of: opening) else { return nil }
  let rest = text[start.lowerBound...]
  guard let end = rest.range(of: "\n    </") else { return rest }
  return rest[..<end.lowerBound]
}

/// `text` escaped for content or an attribute, and how many characters were replaced.
func escape(_ text: String, inAttribute: Bool = false) -> (String, Int) {
  var replaced = 0
  let escaped = XMLText.escaped(text, inAttribute: inAttribute, replaced: &replaced)
  return (escaped, replaced)
}
