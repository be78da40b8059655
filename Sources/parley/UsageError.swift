import Foundation

/// A command line used wrongly, in words that name its flags.
struct UsageError: LocalizedError, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }

  var errorDescription: String? { description }
}
