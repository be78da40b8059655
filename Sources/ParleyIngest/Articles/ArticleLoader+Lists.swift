import Foundation
import ParleyCore

extension ArticleLoader {
  /// The paths that the list in file `list` names, for ``files(_:)``: one
  /// per line, or, when the list holds a NUL byte (as `find -print0`
  /// writes it), one per NUL-ended piece, so that a name may hold a line
  /// break. Blank entries are skipped, and a line's closing carriage return
  /// is not part of its path; paths are relative to the current directory.
  /// `-` reads the list from standard input.
  ///
  /// A list is how thousands of files are given: a command line that
  /// names them one by one costs more to parse than they take to read.
  package func listedPaths(_ list: String) throws(LoadingError) -> [String] {
    let data = try BoundedInput.read(list, limit: maximumInputBytes)
    let separator: UInt8 = data.contains(0) ? 0 : 0x0A
    var paths: [String] = []
    for piece in data.split(separator: separator, omittingEmptySubsequences: true) {
      var entry = piece
      if separator == 0x0A, entry.last == 0x0D { entry = entry.dropLast() }
      guard !entry.isEmpty else { continue }
      paths.append(String(decoding: entry, as: UTF8.self))
    }
    return paths
  }
}
