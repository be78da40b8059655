extension OutputWriter {
  /// A byte sink for a C library's output callback, which can only say
  /// "stop": it writes each chunk, and on failure keeps the error for
  /// ``ByteSink/failure`` and returns false.
  package final class ByteSink {
    private let output: OutputWriter
    /// The first error writing met, if any.
    package private(set) var failure: OutputError?

    init(output: OutputWriter) { self.output = output }

    /// Writes `bytes`; false once writing has failed.
    package func accept(_ bytes: UnsafeRawBufferPointer) -> Bool {
      guard failure == nil else { return false }
      do throws(OutputError) {
        try output.write(bytes: bytes)
        return true
      } catch {
        failure = error
        return false
      }
    }
  }

  /// A sink that writes to this output.
  package func byteSink() -> ByteSink { ByteSink(output: self) }
}
