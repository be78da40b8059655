@testable import ParleyIngest

extension Lexicon {
  /// The built-in lexicon with a small French one, whose fields are `yaml`,
  /// laid over it.
  static func builtin(with yaml: String) throws -> Lexicon {
    let french = try Lexicon(yaml: "lexicon: fr-test\nversion: \"1\"\n" + yaml, file: "fr.yaml")
    return Lexicon.builtin.merging(french)
  }
}
