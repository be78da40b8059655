import ParleyCore

/// The CSV options of one export, read from the command line's values.
struct CSVSettings: Sendable, Hashable {
  /// Which table to write.
  enum Flavor: String, CaseIterable, Sendable {
    /// One row per dated talk, event, statement and position, in time order.
    case timeline
    /// Knight Lab TimelineJS's 18-column spreadsheet template.
    case timelinejs
    /// The stance table: one row per holder, issue and date.
    case positions
  }

  /// What happens to records without a date.
  enum UndatedPolicy: String, CaseIterable, Sendable {
    /// Listed after the dated rows.
    case keep
    /// Left out.
    case drop
  }

  /// Which table.
  var flavor = Flavor.timeline
  /// What to do with undated records.
  var undated = UndatedPolicy.keep
  /// Whether cells starting like a formula get a leading `'`.
  var neutralisesFormulas = true
  /// Whether the output starts with a UTF-8 byte order mark.
  var byteOrderMark = false
  /// The line ending: `\n`, or `\r\n` with `--crlf`.
  var lineEnding = "\n"
  /// For the positions flavour: the holders × issues matrix.
  var wide = false

  /// The defaults: timeline, undated kept, formulas neutralised, LF, no BOM.
  init() {}

  /// Reads the options.
  ///
  /// - Throws: ``ParleyError/usage(_:)`` when `--wide` is given with another
  ///   flavour than `positions`.
  init(_ options: ExportOptions) throws(ParleyError) {
    if let name = options.value("csv-flavor") {
      guard let flavor = Flavor(rawValue: name) else {
        throw .usage(
          "--csv-flavor \(name): not a CSV flavour; use one of: \(Flavor.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      self.flavor = flavor
    }
    if let name = options.value("undated") {
      guard let policy = UndatedPolicy(rawValue: name) else {
        throw .usage("--undated \(name): use keep or drop")
      }
      self.undated = policy
    }
    neutralisesFormulas = !options.flag("csv-raw")
    byteOrderMark = options.flag("bom")
    lineEnding = options.flag("crlf") ? "\r\n" : "\n"
    wide = options.flag("wide")
    if wide && flavor != .positions {
      throw .usage(
        "--wide only applies to the stance table: add --csv-flavor positions, or leave out --wide")
    }
  }

  /// Whether rows without a date are written.
  var keepsUndated: Bool { undated == .keep }
}
