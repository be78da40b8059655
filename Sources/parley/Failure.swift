import ArgumentParser
import Foundation
import ParleyCore
import ParleyOperations
import ParleyRuntime

/// The one place that turns the library's errors into what the command line
/// says and the exit code it ends with (README: 0 success, 1 invalid input,
/// 2 usage error, 3 I/O error, 4 plugin or filter failure). The library names options
/// by name; here they become flags.
enum Failure {
  /// The documented exit code for `error`; `nil` for errors that are not
  /// Parley's, such as ArgumentParser's own.
  static func exitCode(for error: any Error) -> Int32? {
    switch error {
    case is ValidationReport: 1
    case let error as LoadingError:
      switch error {
      case .unreadable, .tooLarge, .lineTooLong: 3
      case .formatNotKnown, .unknownFormat: 2
      }
    case is OutputError: 3
    case is ExportOptionError, is FormatLookupError, is UsageError, is SelectionError: 2
    case is MergeError, is MergedDossierInvalid, is JSONLinesError: 1
    case is FilterError: 4
    case let error as PluginError: error.kind == .unsupportedIRVersion ? 2 : 4
    case let error as ExitCode: error.rawValue
    default: nil
    }
  }

  /// What the command line says about `error`.
  static func message(for error: any Error) -> String {
    switch error {
    case let error as LoadingError: message(for: error)
    case let error as FilterError:
      if case .tooMuchOutput = error.problem {
        "\(error); raise the limit with --max-input-bytes"
      } else {
        "\(error)"
      }
    case let error as MergeError:
      "\(error) (--prefer first or --prefer last)"
    case let error as JSONLinesError:
      "\(error) (parley export -t json --compact, or jq -c .)"
    case let error as ExportOptionError: message(for: error)
    case let error as FormatLookupError:
      "unknown format \"\(error.name)\""
        + (error.suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        + " (known formats: \(error.known.joined(separator: ", ")); see parley formats)"
    default: "\(error)"
    }
  }

  private static func message(for error: LoadingError) -> String {
    switch error {
    case .formatNotKnown(let path, let formats, let extensions):
      let flags = LoadingError.orList(formats.map { "-f \($0)" })
      return path == "-"
        ? "standard input needs its format: add \(flags)"
        : "cannot tell the format of \(path.displayed) from its extension: name it "
          + LoadingError.orList(extensions.map { "." + $0 }) + ", or add \(flags)"
    case .tooLarge:
      return error.description + "; raise it with --max-input-bytes"
    case .lineTooLong:
      return error.description + "; raise it with --max-line-bytes"
    default:
      return error.description
    }
  }

  private static func message(for error: ExportOptionError) -> String {
    let flag = "--" + error.option
    let subject = flag + (error.value.map { " " + $0 } ?? "")
    switch error.problem {
    case .notAChoice(let format, let choices, let suggestion):
      return "\(subject): not a choice of the \(format) format; use one of: "
        + choices.joined(separator: ", ") + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
    case .invalidValue(let reason, .example(let example)?):
      return "\(subject): \(reason), e.g. \(flag) \(example)"
    case .invalidValue(let reason, .correction(let correction)?):
      return "\(subject): \(reason); try \(flag) \(correction)"
    case .invalidValue(let reason, nil):
      return "\(subject): \(reason)"
    case .needs(let other, let value, let because):
      return "\(subject) \(because): add --\(other) \(value), or leave out \(flag)"
    }
  }
}
