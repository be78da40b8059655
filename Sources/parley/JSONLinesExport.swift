import ArgumentParser
import Foundation
import ParleyCore
import ParleyRuntime

/// `parley export -f jsonl -t FORMAT`: one dossier per line of standard input
/// (JSON), one result per line of standard output, in input order, so that
/// xargs, GNU parallel or Spark's `RDD.pipe` can drive Parley. The lines go
/// through the same batch converter as files, a window at a time.
///
/// A result is `{"line":N,"id":ID,"format":F,"output":TEXT}` for each format,
/// or `{"line":N,"id":ID,"exitCode":C,"error":MESSAGE}` when the line fails.
struct JSONLinesExport {
  let converter: BatchConverter
  let parallelism: Int
  /// The most bytes one line may have.
  let maximumLineBytes: Int

  /// One line of the results.
  private struct LineResult: Encodable {
    var line: Int
    var id: String?
    var exitCode: Int32?
    var error: String?
    var format: String?
    var output: String?
  }

  func run() throws {
    let output = OutputWriter(descriptor: 1, name: "standard output")
    let json = JSONWriter(output: output, pretty: false)
    let formats = converter.exporters.map(\.format.id)
    var worst: Int32 = 0
    let batch = JSONLinesBatch(converter: converter, parallelism: parallelism)
    var lines = BoundedLineReader(
      descriptor: STDIN_FILENO, name: "standard input", limit: maximumLineBytes)
    try batch.run(nextLine: { try lines.next() }) { lines in
      for (number, text, result) in lines {
        if let error = result.error {
          let code = Failure.exitCode(for: error) ?? 1
          // An invalid dossier that is still JSON says which one it is.
          try json.encode(
            LineResult(
              line: number, id: result.dossierID ?? Self.declaredID(text, number), exitCode: code,
              error: Failure.message(for: error)))
          try json.finish()
          worst = max(worst, code)
        } else {
          for (format, bytes) in zip(formats, result.collected) {
            try json.encode(
              LineResult(
                line: number, id: result.dossierID, format: format,
                output: String(decoding: bytes, as: UTF8.self)))
            try json.finish()
          }
        }
      }
      try output.flush()
    }
    if worst != 0 { throw ExitCode(worst) }
  }

  /// The top-level string `id` of a line that parses as a JSON object, if any.
  private static func declaredID(_ line: String, _ number: Int) -> String? {
    guard let node = try? SyntaxNode(json: Data(line.utf8), file: "line \(number)"),
      case .object(let fields) = node.value,
      case .string(let id)? = fields.first(where: { $0.key == "id" })?.value.value
    else { return nil }
    return id
  }
}
