/// The errors Parley's operations throw, each with a documented exit code.
public enum ParleyError: Error, Sendable, CustomStringConvertible {
  /// The input is malformed or invalid; every problem found is listed.
  case invalidInput([Diagnostic])
  /// A file could not be read or written.
  case io(path: String, reason: String)
  /// The command was called wrongly, e.g. an unknown format.
  case usage(String)
  /// An exporter plugin failed: it crashed, hung, or wrote nothing or garbage.
  case plugin(name: String, message: String)

  /// The process exit code for this error, as the README documents:
  /// 1 invalid input, 2 usage error, 3 I/O error, 4 plugin failure.
  public var exitCode: Int32 {
    switch self {
    case .invalidInput: 1
    case .usage: 2
    case .io: 3
    case .plugin: 4
    }
  }

  /// One line per problem.
  public var description: String {
    switch self {
    case .invalidInput(let diagnostics):
      diagnostics.map(\.description).joined(separator: "\n")
    case .io(let path, let reason):
      "\(path): \(reason)"
    case .usage(let message):
      message
    case .plugin(let name, let message):
      "plugin \(name): \(message)"
    }
  }
}
