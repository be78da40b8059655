import ParleyCore

/// An exporter that serializes the graph projection: it offers the
/// projection's options and writes the graph they choose. The built-in
/// graph formats share the projection step through it.
package protocol GraphFormat: Exporter {
  /// Writes `graph`, the projection the options chose.
  func write(_ graph: GraphProjection, options: ExportOptions, to output: OutputWriter) throws
}

extension GraphFormat {
  /// Projects the dossier as the `graph` and `with` options ask and writes
  /// the graph.
  ///
  /// - Throws: ``ExportOptionError`` for a node type `with` does not know,
  ///   and what ``write(_:options:to:)`` throws.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    try write(GraphProjection(dossier, options: options), options: options, to: output)
  }
}
