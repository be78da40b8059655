import ParleyCore
import ParleyRuntime

/// `--json`: the batch's outcome for scripts, on standard output.
struct BatchSummary: Encodable {
  /// One input's outcome.
  struct Entry: Encodable {
    var input: String
    var outputs: [String]
    var exitCode: Int32?
    var error: String?
    var warnings: [String]?
  }

  var succeeded: Int
  var failed: Int
  var results: [Entry]

  init(results: [BatchConverter.Result]) {
    let failures = results.filter { $0.error != nil }.count
    succeeded = results.count - failures
    failed = failures
    self.results = results.map { result in
      Entry(
        input: result.input, outputs: result.outputs,
        exitCode: result.error.map { Failure.exitCode(for: $0) ?? 1 },
        error: result.error.map(Failure.message(for:)),
        warnings: result.warnings.isEmpty ? nil : result.warnings)
    }
  }

  func write() throws {
    let output = OutputWriter(descriptor: 1, name: "standard output")
    let json = JSONWriter(output: output, pretty: true)
    try json.encode(self)
    try json.finish()
    try output.flush()
  }
}
