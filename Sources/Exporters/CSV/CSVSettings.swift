import ParleyCore
import ParleyTables

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

  /// Which table.
  var flavor = Flavor.timeline
  /// What to do with undated records.
  var undated = TableProjection.Undated.keep
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
  /// - Throws: ``ExportOptionError`` when `wide` is given with another
  ///   flavour than `positions`.
  init(_ options: ExportOptions) throws(ExportOptionError) {
    if let name = options.value("csv-flavor") {
      guard let flavor = Flavor(rawValue: name) else {
        throw ExportOptionError(
          option: "csv-flavor", value: name,
          problem: .notAChoice(
            format: "csv", choices: Flavor.allCases.map(\.rawValue), suggestion: nil))
      }
      self.flavor = flavor
    }
    if let name = options.value("undated") {
      guard let policy = TableProjection.Undated(rawValue: name) else {
        throw ExportOptionError(
          option: "undated", value: name,
          problem: .notAChoice(format: "csv", choices: ["keep", "drop"], suggestion: nil))
      }
      self.undated = policy
    }
    neutralisesFormulas = !options.flag("csv-raw")
    byteOrderMark = options.flag("bom")
    lineEnding = options.flag("crlf") ? "\r\n" : "\n"
    wide = options.flag("wide")
    if wide && flavor != .positions {
      throw ExportOptionError(
        option: "wide", value: nil,
        problem: .needs(
          option: "csv-flavor", value: "positions", because: "only applies to the stance table"))
    }
  }

  /// The table the options choose.
  var table: TableProjection.Table {
    switch flavor {
    case .timeline: .timeline
    case .timelinejs: .timelinejs
    case .positions: wide ? .stanceMatrix : .positions
    }
  }
}
