import Foundation
import ParleyCore
import ParleyFormats

/// `parley export -f jsonl -t FORMAT`: one dossier per line of standard input
/// (JSON), one result per line of standard output, in input order, so that
/// xargs, GNU parallel or Spark's `RDD.pipe` can drive Parley. Lines are
/// converted in parallel, a window at a time, so memory stays bounded.
///
/// A result is `{"line":N,"id":ID,"format":F,"output":TEXT}` for each format,
/// or `{"line":N,"id":ID,"exitCode":C,"error":MESSAGE}` when the line fails.
struct JSONLinesExport {
  let exporters: [any Exporter]
  let options: ExportOptions
  let jobs: Int

  init(arguments: [String], formats: String?, registry: FormatRegistry, jobs: Int) throws {
    guard let formats else { throw ParleyError.usage("-f jsonl needs -t FORMAT") }
    let request = try ExportRequest(
      arguments: arguments.isEmpty ? ["-"] : arguments, formats: formats, output: nil,
      outputDirectory: "-", registry: registry)
    guard request.inputs == ["-"] else {
      throw ParleyError.usage("-f jsonl reads standard input only; give no input files")
    }
    exporters = request.chosenExporters
    options = request.options
    self.jobs = jobs
  }

  func run() throws {
    let output = OutputWriter(descriptor: 1, name: "standard output")
    var lineNumber = 0
    var worst: Int32 = 0
    var window: [(Int, String)] = []
    let windowSize = max(1, jobs) * 8
    func drain() throws {
      let lines = window
      let results = Results(count: lines.count)
      DispatchQueue.concurrentPerform(iterations: lines.count) { index in
        results.set(index, convert(line: lines[index].1, number: lines[index].0))
      }
      for result in results.all {
        try output.write(result.text)
        worst = max(worst, result.exitCode)
      }
      try output.flush()
      window.removeAll(keepingCapacity: true)
    }
    while let line = readLine(strippingNewline: true) {
      lineNumber += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      window.append((lineNumber, line))
      if window.count >= windowSize { try drain() }
    }
    try drain()
    if worst != 0 { throw CommandFailure(code: worst) }
  }

  private func convert(line: String, number: Int) -> (text: String, exitCode: Int32) {
    let name = "line \(number)"
    var id: String?
    do throws(ParleyError) {
      let dossier = try BuiltinFormats.loader.load(data: Data(line.utf8), format: .json, name: name)
      id = dossier.id
      var text = ""
      for exporter in exporters {
        let writer = OutputWriter(inMemory: name)
        try exporter.export(dossier, options: try options.checked(for: exporter.format), to: writer)
        try writer.flush()
        text += Self.result(
          number, id,
          [
            ("format", exporter.format.id),
            ("output", String(decoding: writer.collected, as: UTF8.self)),
          ])
      }
      return (text, 0)
    } catch {
      // An invalid dossier that is still JSON says which one it is.
      let known = id ?? Self.declaredID(line, name: name)
      return (
        Self.result(number, known, [("error", error.description)], exitCode: error.exitCode),
        error.exitCode
      )
    }
  }

  /// The top-level string `id` of a line that parses as a JSON object, if any.
  private static func declaredID(_ line: String, name: String) -> String? {
    guard let node = try? SyntaxNode(json: Data(line.utf8), file: name),
      case .object(let fields) = node.value,
      case .string(let id)? = fields.first(where: { $0.key == "id" })?.value.value
    else { return nil }
    return id
  }

  private static func result(
    _ line: Int, _ id: String?, _ fields: [(String, String)], exitCode: Int32? = nil
  ) -> String {
    var text = "{\"line\":\(line)"
    if let id { text += ",\"id\":" + JSONWriter.quoted(id) }
    if let exitCode { text += ",\"exitCode\":\(exitCode)" }
    for (key, value) in fields { text += ",\"\(key)\":" + JSONWriter.quoted(value) }
    return text + "}\n"
  }
}

/// One slot per line, filled by worker threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [(text: String, exitCode: Int32)?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: (text: String, exitCode: Int32)) {
    lock.withLock { slots[index] = value }
  }

  var all: [(text: String, exitCode: Int32)] { lock.withLock { slots.map { $0! } } }
}
