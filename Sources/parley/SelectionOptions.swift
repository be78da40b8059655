import ArgumentParser
import ParleyCore
import ParleyOperations

/// The selection options `export` and `select` share (docs/toolkit.md).
struct SelectionOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("Keep records that can fall on or after this EDTF date.", valueName: "date"),
    transform: date)
  var since: EDTFDate?

  @Option(
    help: ArgumentHelp(
      "Keep records that can fall on or before this EDTF date.", valueName: "date"),
    transform: date)
  var until: EDTFDate?

  @Option(
    help: ArgumentHelp(
      "With --since or --until, keep or drop undated records (default: drop); the CSV format's option too.",
      valueName: "keep|drop"))
  var undated: Selection.Undated?

  @Option(
    name: .customLong("actor"),
    help: ArgumentHelp(
      "Keep records this actor (id, name or alias) holds, says, attends or acts in.",
      valueName: "actor"))
  var actors: [String] = []

  @Option(
    name: .customLong("issue"),
    help: ArgumentHelp("Keep records about this issue (id or label).", valueName: "issue"))
  var issues: [String] = []

  @Option(
    name: .customLong("talk"),
    help: ArgumentHelp(
      "Keep this talk (id or name) and what was said and done at it.", valueName: "talk"))
  var talks: [String] = []

  @Option(
    name: .customLong("stance"),
    help: ArgumentHelp("Keep positions with this stance.", valueName: "stance"))
  var stances: [Stance] = []

  @Option(
    name: .customLong("kind"),
    help: ArgumentHelp(
      "Keep only these kinds of record.", valueName: "talk|position|statement|event"))
  var kinds: [Selection.Kind] = []

  /// The selection the options describe.
  var selection: Selection {
    var selection = Selection()
    selection.since = since
    selection.until = until
    selection.undated = undated ?? .drop
    selection.actors = actors
    selection.issues = issues
    selection.talks = talks
    selection.stances = Set(stances)
    selection.kinds = Set(kinds)
    return selection
  }

  func validate() throws {
    do {
      try selection.check()
    } catch {
      throw ValidationError("--since \(since!) is after --until \(until!): swap the two dates")
    }
  }
}

extension SelectionOptions {
  /// Parses an EDTF date given on the command line.
  static func date(_ text: String) throws -> EDTFDate {
    do {
      return try EDTFDate(text)
    } catch {
      throw ValidationError(
        "\"\(text)\" is not an EDTF date (\(error)); write e.g. 2022-01-10, 2022-01 or 2022")
    }
  }
}

extension Stance: ExpressibleByArgument {}
extension Selection.Kind: ExpressibleByArgument {}
extension Selection.Undated: ExpressibleByArgument {}
