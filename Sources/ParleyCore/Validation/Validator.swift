/// Checks what the structure cannot: unique ids, references that resolve to
/// records of an allowed kind, provenance spans and quotes against source
/// texts, date order, ranges and hashes. The record descriptions say which
/// fields refer to what; the validator walks every record through them.
public struct Validator: Sendable {
  /// Creates a validator.
  public init() {}

  /// Every problem in the dossier, in document order.
  ///
  /// - Parameter tolerating: ids of records that exist but could not be read;
  ///   references to them are not reported.
  public func validate(_ dossier: Dossier, tolerating: Set<String> = []) -> [Diagnostic] {
    let run = ValidationRun(dossier: dossier, tolerated: tolerating)
    run.checkAll()
    return run.diagnostics
  }
}
