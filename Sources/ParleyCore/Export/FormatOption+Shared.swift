extension FormatOption {
  /// `compact`: output without indentation, for formats that indent.
  package static let compact = FormatOption.flag("compact", help: "Write without indentation.")
}
