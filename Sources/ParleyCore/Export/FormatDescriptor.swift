/// Describes an output format: its names, its media type and file extension,
/// and the options it takes.
public struct FormatDescriptor: Sendable, Hashable {
  /// The name used with `-t`, e.g. `graphml`.
  package var id: String
  /// Other names accepted with `-t`.
  package var aliases: [String]
  /// The format's human name, e.g. "GraphML".
  package var name: String
  /// The IANA media type of the output.
  package var mediaType: String
  /// The usual file extension, without the dot; `-o` infers the format from it.
  package var fileExtension: String
  /// One sentence on what the format is for.
  package var summary: String
  /// The options the format takes, given on the command line as `--NAME`.
  package var options: [FormatOption]
  /// Other file extensions `-o` recognizes the format by, e.g. `yml`.
  package var otherFileExtensions: [String] = []
  /// Whether the format writes a file that cannot stream, such as a
  /// database: it cannot go to standard output or a pipe.
  package var needsFile = false

  /// Creates a descriptor.
  public init(
    id: String, aliases: [String] = [], name: String, mediaType: String, fileExtension: String,
    summary: String, options: [FormatOption] = []
  ) {
    (
      self.id, self.aliases, self.name, self.mediaType, self.fileExtension, self.summary,
      self.options
    ) = (id, aliases, name, mediaType, fileExtension, summary, options)
  }
}
