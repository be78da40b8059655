import ParleyCore
import ParleyOperations
import ParleyRuntime

/// What is done to each dossier between reading and writing: the selection,
/// then each filter in order.
struct Preparation: Sendable {
  let selection: Selection
  let filters: [DossierFilter]
  let loader: DossierLoader

  /// The preparation as a batch converter runs it; `nil` when there is
  /// nothing to do.
  var closure: (@Sendable (Dossier, String) throws -> Dossier)? {
    guard !selection.isEmpty || !filters.isEmpty else { return nil }
    return { dossier, input in try prepare(dossier, input: input) }
  }

  func prepare(_ dossier: Dossier, input: String) throws -> Dossier {
    var dossier = try selection.apply(to: dossier)
    for filter in filters {
      dossier = try filter.run(on: dossier, input: input, loader: loader)
    }
    return dossier
  }
}
