/// Writes a ``Dossier`` in one output format.
///
/// An exporter streams: it writes its output piece by piece to the
/// ``OutputWriter`` and never builds the whole document in memory. It must be
/// deterministic: the same dossier and options give the same bytes.
///
/// To add a format, implement this protocol in a module of its own and list
/// the exporter in the registry of built-in formats.
public protocol Exporter: Sendable {
  /// What the registry, `parley formats` and the CLI's help say about the format.
  var format: FormatDescriptor { get }

  /// Writes `dossier` to `output`.
  ///
  /// - Parameter options: values for the options ``format`` declares,
  ///   already checked against those declarations.
  /// - Throws: ``OutputError`` when the output cannot be written, and
  ///   ``ExportOptionError`` for option values the format cannot use; an
  ///   exporter may throw errors of its own, such as a plugin's.
  func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter) throws
}
