import ParleyCore

/// An exporter that serializes the RDF projection: it writes the projection
/// the `base` option asks for, and the projection is made here, once.
package protocol RDFFormat: Exporter {
  /// Writes `projection`'s resources.
  func write(_ projection: RDFProjection, to output: OutputWriter) throws
}

extension RDFFormat {
  /// Projects the dossier under the `base` option and writes it.
  ///
  /// - Throws: ``ExportOptionError`` when `base` is not an absolute IRI that
  ///   ids can be appended to, and what ``write(_:to:)`` throws.
  package func export(_ dossier: Dossier, options: ExportOptions, to output: OutputWriter)
    throws
  {
    try write(RDFProjection(dossier, options: options), to: output)
  }
}
