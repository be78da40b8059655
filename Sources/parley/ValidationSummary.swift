import ParleyCore

/// `parley validate --json`: every file's outcome, for scripts.
///
/// `{"valid": N, "invalid": N, "files": [{"input", "valid", "records"?,
/// "exitCode"?, "error"?, "problems"?: [{"line"?, "column"?, "path"?,
/// "message", "hint"?}]}]}`; `problems` lists a validation's diagnostics,
/// `error` any other failure (an unreadable file, say).
struct ValidationSummary: Encodable {
  var valid: Int
  var invalid: Int
  var files: [ValidationOutcome]

  init(_ outcomes: [ValidationOutcome]) {
    files = outcomes
    valid = outcomes.filter(\.valid).count
    invalid = outcomes.count - valid
  }
}

/// One file's outcome.
struct ValidationOutcome: Encodable {
  /// One problem found in it.
  struct Problem: Encodable {
    var line: Int?
    var column: Int?
    var path: String?
    var message: String
    var hint: String?
  }

  var input: String
  var valid: Bool
  var records: Int?
  var exitCode: Int32?
  var error: String?
  var problems: [Problem]?

  /// A valid dossier of `records` records.
  init(input: String, records: Int) {
    (self.input, self.valid, self.records) = (input, true, records)
  }

  /// A file that failed with `error`.
  init(input: String, error: any Error, exitCode: Int32) {
    (self.input, self.valid, self.exitCode) = (input, false, exitCode)
    if let report = error as? ValidationReport {
      problems = report.diagnostics.map { diagnostic in
        Problem(
          line: diagnostic.location?.line, column: diagnostic.location?.column,
          path: diagnostic.path?.description, message: diagnostic.message, hint: diagnostic.hint)
      }
    } else {
      self.error = Failure.message(for: error)
    }
  }
}
