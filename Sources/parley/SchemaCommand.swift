import ArgumentParser
import ParleyCore

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of the Parley IR.",
    discussion: "Editors and validators such as Python's jsonschema can check dossiers with it."
  )

  func run() throws {
    Terminal.output(IRSchema.json)
  }
}
