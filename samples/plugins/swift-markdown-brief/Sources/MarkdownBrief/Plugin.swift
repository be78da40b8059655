import Foundation
import ParleyCore

/// `parley-export-markdown`: a Parley exporter plugin (docs/plugins.md) that
/// writes a dossier as a Markdown briefing.
///
/// `--describe` prints the descriptor; with no arguments the plugin reads the
/// envelope from standard input and writes the briefing to standard output.
@main
enum MarkdownPlugin {
  static let descriptor = """
    {
      "protocol": 1,
      "name": "markdown",
      "description": "A Markdown briefing: the talks, the positions per issue and the direct quotes.",
      "mediaType": "text/markdown",
      "extension": "md",
      "irVersions": ["1"],
      "options": [
        {"name": "markdown-no-quotes", "help": "Leave the quotes section out.", "takesValue": false}
      ]
    }
    """

  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments == ["--describe"] {
      print(descriptor)
      return
    }
    guard arguments.isEmpty else {
      fail("unexpected arguments \(arguments); Parley calls this plugin with none, or --describe")
    }
    do {
      let (options, document) = try split(FileHandle.standardInput.readDataToEndOfFile())
      let dossier = try DossierLoader().load(data: document, format: .json, name: "envelope")
      let briefing = Briefing(
        dossier, includesQuotes: options["markdown-no-quotes"] as? Bool != true)
      FileHandle.standardOutput.write(Data(briefing.markdown().utf8))
    } catch {
      fail("\(error)")
    }
  }

  /// The envelope's options, and its document as JSON for `DossierLoader`.
  static func split(_ input: Data) throws(EnvelopeError) -> ([String: Any], Data) {
    guard let json = try? JSONSerialization.jsonObject(with: input),
      let envelope = json as? [String: Any]
    else { throw EnvelopeError("the envelope on standard input is not a JSON object") }
    guard envelope["protocol"] as? Int == 1 else {
      throw EnvelopeError(
        "unsupported protocol \(envelope["protocol"] ?? "none"); this plugin speaks 1")
    }
    guard let document = envelope["document"] as? [String: Any],
      let data = try? JSONSerialization.data(withJSONObject: document)
    else { throw EnvelopeError("the envelope has no document") }
    return (envelope["options"] as? [String: Any] ?? [:], data)
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("parley-export-markdown: \(message)\n".utf8))
    exit(1)
  }
}

/// A malformed envelope.
struct EnvelopeError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
