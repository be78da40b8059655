import Foundation
import ParleyCore

/// One input and where each of its outputs goes, one destination per
/// format, in the order of the converter's exporters.
package struct ConversionJob: Sendable {
  /// Where a dossier comes from.
  package enum Input: Sendable {
    /// A file, or standard input when the path is `-`.
    case file(String)
    /// Bytes already read, such as one line of JSON Lines, and the name
    /// messages give them.
    case bytes(Data, name: String)
    /// A dossier already read (and valid), such as a merge's, and its name.
    case dossier(Dossier, name: String)

    /// The path, or the name of the bytes or the dossier.
    package var name: String {
      switch self {
      case .file(let path): path
      case .bytes(_, let name), .dossier(_, let name): name
      }
    }
  }

  /// The input.
  package var input: Input
  /// One destination per exporter, in the exporters' order.
  package var destinations: [OutputDestination]

  /// Whether every output goes to a file (written to a temporary file and
  /// put in place only on success), none to a stream or memory.
  package var writesFilesOnly: Bool {
    destinations.allSatisfy { destination in
      if case .file = destination { return true }
      return false
    }
  }

  /// Creates a job.
  package init(input: Input, destinations: [OutputDestination]) {
    self.input = input
    self.destinations = destinations
  }
}
