/// A part of a validation that one thread checks: one of the dossier's own
/// fields, or a run of the records of one of its collections. The shares
/// of a dossier, checked in order, find its problems in document order.
struct ValidationShare: Sendable {
  /// The field's position among the dossier's checked fields.
  let field: Int
  /// The positions of the records checked, for a collection.
  let records: Range<Int>?

  /// The shares of a dossier whose checked fields are `fields`, with at
  /// most `recordsPerShare` records each.
  static func shares(
    of fields: [(field: Int, records: Int?)], recordsPerShare: Int
  ) -> [ValidationShare] {
    fields.flatMap { field, records -> [ValidationShare] in
      guard let records else { return [ValidationShare(field: field, records: nil)] }
      return stride(from: 0, to: max(records, 1), by: recordsPerShare).map {
        ValidationShare(field: field, records: $0..<min($0 + recordsPerShare, records))
      }
    }
  }
}
