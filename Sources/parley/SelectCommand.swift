import ArgumentParser

struct SelectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "select",
    abstract: "Keep the part of dossiers that matches a selection.",
    discussion: """
      Keeps the talks, positions, statements and events that match every criterion given \
      (the values of one criterion are alternatives), with every entity, issue, source and \
      relation they need, so the result is a valid dossier. Dates are EDTF; a record is kept \
      when its date can fall inside the window. Actors, issues and talks are named by id or \
      by name, case and punctuation folded. See docs/toolkit.md.

      Writes canonical JSON unless -t or -o's extension names another format; takes every \
      option of parley export.

      Exit codes: 0 success, 1 some input invalid, 2 usage error (also: a selection that \
      names an actor, issue or talk the dossier does not have), 3 I/O error, 4 plugin or \
      filter failure.
      """
  )

  @OptionGroup var conversion: ConversionOptions
  @OptionGroup var selection: SelectionOptions
  @OptionGroup var filters: FilterOptions

  func run() throws {
    try conversion.run(
      command: "select", defaultFormat: "json", selection: selection, filters: filters)
  }
}
