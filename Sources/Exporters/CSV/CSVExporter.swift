import ParleyCore
import ParleyTables

/// The `csv` format: the dossier's timeline as an RFC 4180 table for
/// spreadsheets, pandas and Knight Lab's TimelineJS.
///
/// It serializes the table projection (``TableProjection``). Three flavours
/// (`--csv-flavor`): `timeline` (the default) writes one row per talk,
/// event, statement and position in chronological order; `timelinejs`
/// writes TimelineJS's 18-column spreadsheet template; `positions` writes
/// the stance table, or with `--wide` the holders × issues matrix of latest
/// stances. Cells that a spreadsheet would run as a formula are neutralised
/// unless `--csv-raw` is given; `--bom` and `--crlf` suit Excel.
/// `README.md` documents every column.
package struct CSVExporter: Exporter {
  /// Creates the exporter.
  package init() {}

  /// `csv`, with its options.
  package let format = FormatDescriptor(
    id: "csv", name: "CSV timeline (RFC 4180)",
    mediaType: "text/csv", fileExtension: "csv",
    summary:
      "The timeline as a spreadsheet table, a TimelineJS sheet or a stance table; formula-safe by default.",
    options: [
      .value(
        "csv-flavor",
        help:
          "Which table: the chronological timeline, TimelineJS's spreadsheet template, or the stance table.",
        choices: CSVSettings.Flavor.allCases.map(\.rawValue),
        defaultValue: CSVSettings.Flavor.timeline.rawValue),
      .value(
        "undated", help: "Keep undated records (at the end) or drop them; never given a date.",
        choices: TableProjection.Undated.allCases.map(\.rawValue),
        defaultValue: TableProjection.Undated.keep.rawValue),
      .flag(
        "csv-raw",
        help: "Write cells as they are: no ' before a leading =, +, -, @, tab or CR."),
      .flag("bom", help: "Start with a UTF-8 byte order mark, for Excel."),
      .flag("crlf", help: "End lines with CRLF (RFC 4180) instead of LF."),
      .flag(
        "wide",
        help:
          "With --csv-flavor positions: a holders × issues matrix of each pair's latest stance."),
    ])

  /// Writes the table.
  ///
  /// - Throws: ``ExportOptionError`` for options that do not fit together
  ///   (`wide` without the positions flavour); ``OutputError`` when the
  ///   output cannot be written.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    let settings = try CSVSettings(options)
    let projection = TableProjection(dossier, table: settings.table, undated: settings.undated)
    let table = CSVTableWriter(output: output, settings: settings)
    try table.begin()
    try table.header(projection.columns)
    for row in projection.rows { try table.row(row) }
  }
}
