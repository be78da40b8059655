import Foundation
import ParleyCore

/// A command line used wrongly, in words that name its flags.
struct UsageError: LocalizedError, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }

  var errorDescription: String? { description }
}

extension UsageError {
  /// `-t FORMAT` for a format that writes a file (a database) with its
  /// output on standard output.
  static func needsFile(_ format: FormatDescriptor) -> UsageError {
    UsageError(
      "-t \(format.id) writes a database file, which cannot stream to standard output; give -o FILE (e.g. -o out.\(format.fileExtension))"
    )
  }
}
