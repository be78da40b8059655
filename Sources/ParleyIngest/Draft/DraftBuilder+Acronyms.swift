extension DraftBuilder {
  /// Whether any body the lexicon does not know has an acronym yet.
  var hasAcronyms: Bool { !acronyms.isEmpty }

  /// Notes that `acronym` names the body `id`; the first body noted keeps
  /// it.
  func noteAcronym(_ acronym: String, of id: String) {
    if acronyms[acronym] == nil { acronyms[acronym] = id }
  }

  /// The body the lexicon does not know that `acronym` names, if any.
  func organization(acronym: String) -> String? { acronyms[acronym] }
}
