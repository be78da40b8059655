import ArgumentParser
import ParleyCore
import ParleyFormats

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract:
      "Print the JSON Schema (draft 2020-12) of the Parley IR, or with --xml its XML Schema.",
    discussion:
      "Editors and validators (Python's jsonschema, xmllint, xmlschema) check dossiers with them."
  )

  @Flag(help: "Print the XML Schema (XSD) of Parley XML instead.")
  var xml = false

  func run() throws {
    try Terminal.requireOutput()
    Terminal.output(xml ? BuiltinFormats.xmlSchema : IRSchema.json)
  }
}
