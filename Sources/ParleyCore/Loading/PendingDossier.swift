/// A dossier read but not yet validated, and the validation still to run
/// (``DossierLoader/loadDeferringValidation(path:format:)``).
package struct PendingDossier: Sendable {
  /// The dossier, valid only once ``check`` has returned.
  package let dossier: Dossier
  /// Validates the dossier; throws ``ValidationReport`` with every problem
  /// and its place, or ``LoadingError`` when the file must be read again to
  /// place them and no longer can be.
  package let check: @Sendable () throws -> Void

  /// Pairs a dossier with its check.
  package init(dossier: Dossier, check: @escaping @Sendable () throws -> Void) {
    (self.dossier, self.check) = (dossier, check)
  }
}
