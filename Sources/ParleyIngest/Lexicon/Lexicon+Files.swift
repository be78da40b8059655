import ParleyCore

extension Lexicon {
  /// The lexicon `files` make, each laid over the ones before it, over the
  /// built-in one with `overBuiltin`; and every file's problems, not only
  /// the first's: an unreadable file (``LoadingError``) or a
  /// ``ValidationReport`` of an invalid one. The lexicon is `nil` when a
  /// file has a problem, or when there is no file and no built-in one.
  package static func merged(_ files: [String], overBuiltin: Bool) -> (
    lexicon: Lexicon?, problems: [any Error]
  ) {
    var lexicon: Lexicon? = overBuiltin ? .builtin : nil
    var problems: [any Error] = []
    for file in files {
      do {
        let extra = try Lexicon(contentsOf: file)
        lexicon = lexicon.map { $0.merging(extra) } ?? extra
      } catch {
        problems.append(error)
      }
    }
    return (problems.isEmpty ? lexicon : nil, problems)
  }
}
