/// An input that could not be read at all: the file is missing or
/// unreadable, or its format is unknown. (Problems inside a readable input
/// are a ``ValidationReport``.)
public enum LoadingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file does not exist, is a directory, or cannot be read.
  case unreadable(path: String, reason: String)
  /// The input's format is not given and cannot be told from its name:
  /// `path` is `-` for standard input.
  case formatNotKnown(path: String, formats: [InputFormat], extensions: [String])
  /// No reader reads the format named.
  case unknownFormat(InputFormat, known: [InputFormat])
  /// The input is larger than the limit on one input, in bytes.
  case tooLarge(path: String, limit: Int)
  /// A line of a line-by-line input is longer than the limit on one line.
  case lineTooLong(path: String, line: Int, limit: Int)

  /// What went wrong, in the library's own terms.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path.displayed): \(reason)"
    case .formatNotKnown("-", let formats, _):
      "standard input needs its format: \(LoadingError.orList(formats.map(\.rawValue)))"
    case .formatNotKnown(let path, let formats, let extensions):
      "cannot tell the format of \(path.displayed) from its extension: name it "
        + LoadingError.orList(extensions.map { "." + $0 }) + ", or give its format ("
        + LoadingError.orList(formats.map(\.rawValue)) + ")"
    case .tooLarge(let path, let limit):
      "\(path.displayed): larger than the limit of \(LoadingError.bytes(limit)) on one input"
    case .lineTooLong(let path, let line, let limit):
      "\(path.displayed): line \(line) is longer than the limit of \(LoadingError.bytes(limit)) on one line"
    case .unknownFormat(let format, let known):
      "unknown input format \"\(format)\" (known: \(known.map(\.rawValue).joined(separator: ", ")))"
    }
  }

  /// A size in the largest binary unit it is a whole number of, e.g. `4 GiB`.
  package static func bytes(_ count: Int) -> String {
    for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
    where count >= size && count % size == 0 {
      return "\(count / size) \(unit)"
    }
    return "\(count) bytes"
  }

  /// "a, b or c".
  package static func orList(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " or " + items.last!
  }
}
