import Foundation
import ParleyCore

/// Converts JSON Lines — one dossier per line of a stream — through a
/// ``BatchConverter``, a window of lines at a time, so that memory stays
/// bounded however long the stream. Results come back in input order.
package struct JSONLinesBatch: Sendable {
  /// The converter; its jobs read bytes and write to memory.
  package var converter: BatchConverter
  /// How many lines are converted at once.
  package var parallelism: Int

  /// Creates a batch over `converter`.
  package init(converter: BatchConverter, parallelism: Int) {
    var converter = converter
    converter.inputFormat = .json
    converter.createsDirectories = false
    self.converter = converter
    self.parallelism = max(1, parallelism)
  }

  /// A converted line: its number, from 1, its text, and the converter's result.
  package typealias Line = (number: Int, text: String, result: BatchConverter.Result)

  /// Reads lines with `nextLine` until it returns `nil`, skipping blank
  /// lines, and hands each window's results to `emit`, in order.
  ///
  /// - Throws: ``JSONLinesError`` when the first line shows that the stream
  ///   is one JSON document over several lines; what `nextLine` throws.
  package func run(nextLine: () throws -> String?, emit: ([Line]) throws -> Void) throws {
    let destinations = Array(repeating: OutputDestination.memory, count: converter.exporters.count)
    let windowSize = parallelism * 8
    var window: [(number: Int, text: String, job: ConversionJob)] = []
    var number = 0
    var started = false
    func drain() throws {
      guard !window.isEmpty else { return }
      let results = converter.run(window.map(\.job), parallelism: parallelism)
      try emit(zip(window, results).map { ($0.number, $0.text, $1) })
      window.removeAll(keepingCapacity: true)
    }
    while true {
      let next: String?
      do {
        next = try nextLine()
      } catch {
        // The lines read so far still get their results.
        try drain()
        throw error
      }
      guard let line = next else { break }
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      if !started {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "{" || trimmed == "[" { throw JSONLinesError.multiLineDocument(line: number) }
        started = true
      }
      let job = ConversionJob(
        input: .bytes(Data(line.utf8), name: "line \(number)"), destinations: destinations)
      window.append((number, line, job))
      if window.count >= windowSize { try drain() }
    }
    try drain()
  }
}
